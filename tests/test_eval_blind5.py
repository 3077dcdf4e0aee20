"""The fifth blind set (`checker-blind5`): which rows it takes, the raw captions' stopping rule, and that the
eval loads and scores it from its own files (assistant/eval/blind5.py). Made-up rows; its figures are not
asserted here."""

from __future__ import annotations

import json

import pytest

from assistant.eval import baseline, blind, blind5
from assistant.eval.run import evaluate
from assistant.eval.terse import terse_task


def _rows(path, n=400):
    path.write_text("".join(json.dumps({"image/key": f"k{i}", "IIW": "A cup.",
                                        "objects": [{"label": "", "description": "A red cup is on a wooden table."}]})
                            + "\n" for i in range(1, n + 1)), encoding="utf-8")
    return path


def test_locnar_rows_are_the_files_lines_301_to_330(tmp_path):
    path = _rows(tmp_path / "locnar-heldout.jsonl")
    assert [r.key for r in blind5.locnar_rows(path)] == [f"k{n}" for n in range(301, 331)]


def test_raw_captions_are_of_the_terse_notes_and_stop_once_the_set_has_the_alarms_wanted(tmp_path, monkeypatch):
    rows = blind5.locnar_rows(_rows(tmp_path / "locnar-heldout.jsonl"))
    asked: list[str] = []

    def fake_raw(task, spec):
        asked.append(task.notes)
        return f"caption {len(asked)}", 0.0, 1

    monkeypatch.setattr(baseline, "run_raw", fake_raw)
    monkeypatch.setattr(blind, "alarms", lambda case: [case.id] * 3)  # three alarms a caption
    spec = type("Spec", (), {"model": "m"})()
    cases = list(blind5.raw_cases(rows, spec, {"caption-raw:k302"}, alarms_so_far=140))
    assert [c.id for c in cases] == ["caption-raw:k301", "caption-raw:k303", "caption-raw:k304", "caption-raw:k305"]
    assert len(asked) == 4  # the row after the one that reached 150 is never composed
    assert all(c.source == "caption-raw" and c.notes == terse_task(r).notes
               for c, r in zip(cases, [rows[0], rows[2], rows[3], rows[4]], strict=True))
    assert cases[0].notes != rows[0].task().notes  # the terse notes, not the full ones
    assert list(blind5.raw_cases(rows, spec, set(), alarms_so_far=150)) == [] and len(asked) == 4


def test_the_eval_reads_and_scores_blind5_from_its_own_files(tmp_path, monkeypatch):
    from assistant import cli

    cases, labels = tmp_path / "blind5-cases.jsonl", tmp_path / "blind5.jsonl"
    blind.write_cases([blind.Case(id="caption-raw:k9", source="caption-raw",
                                  notes="A red cup stands on a wooden table.\nA green lamp hangs above.",
                                  draft="A red cup stands on a wooden table.", made_by="m raw at abc1234")], cases)
    labels.write_text(blind.AlarmLabel(case="caption-raw:k9", kind="dropped", key="n2", family="matching",
                                       true=True, reason="t").model_dump_json() + "\n"
                      + blind.MissLabel(case="caption-raw:k9", note="n1", span="wooden table", problem="detail_dropped",
                                        reason="t").model_dump_json() + "\n", encoding="utf-8")
    monkeypatch.setattr(blind, "BLIND5_CASES", cases)
    monkeypatch.setattr(blind, "BLIND5_LABELS", labels)
    for other in ("CASES", "DEV2_CASES", "BLIND2_CASES", "BLIND3_CASES", "BLIND4_CASES"):  # no other set is read
        monkeypatch.setattr(blind, other, tmp_path / "absent.jsonl")
    assert blind.set_files("checker-blind5") == (cases, labels)
    _, summary = evaluate("checker-blind5", str(tmp_path), progress=False)
    figures = summary["figures"]
    assert summary["dataset"] == "checker-blind5" and summary["cases_file"] == str(cases)
    assert figures["by_source"]["caption-raw"]["labelled"] == 1
    assert figures["true_alarms_kept"] == {"true_labelled": 1, "still_raised": 1, "recall": 1.0}
    assert figures["misses"]["labelled"] == 1
    assert cli.main(["eval", "--dataset", "checker-blind5", "--path", str(tmp_path)]) == 0


def test_the_frozen_set_loads_with_a_label_for_every_case_it_names():
    """The committed cases parse, and every label names a case of the set (labels and cases read as data)."""
    if not blind5.CASES.exists():
        pytest.skip("checker-blind5 not built")
    cases = blind.read_cases(blind5.CASES)
    ids = {c.id for c in cases}
    alarm_labels, misses = blind.read_labels(blind5.LABELS)
    assert ids and {lb.case for lb in alarm_labels} | {m.case for m in misses} <= ids
    assert all(m.case.startswith("caption-") for m in misses)
    assert all(" at " in c.made_by for c in cases if c.source.startswith("caption-"))
    assert {c.source for c in cases} <= {"caption-full", "caption-terse", "caption-raw"}
