"""The third blind set (`checker-blind3`): which rows it takes, and that the eval loads and scores it
from its own files (assistant/eval/blind3.py). Made-up rows; its figures are not asserted here."""

from __future__ import annotations

import hashlib
import json

import pytest

from assistant.eval import blind, blind3, defacto_train
from assistant.eval.run import evaluate


def _defacto(doc_id, instructions=("Remove the information about Paris from the summary.",), summary="Lyon."):
    return {"doc_id": doc_id, "candidate": "Paris and Lyon.",
            "feedback": {"summary": summary, "instruction_list": list(instructions)}}


def test_defacto_rows_are_train_positions_600_to_749_of_its_hash_order_and_no_dev2_source_reaches_them(tmp_path):
    rows = [_defacto(i) for i in range(760)] + [_defacto(900, instructions=()), _defacto(901, summary=" ")]
    path = tmp_path / "defacto-train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    order = sorted((str(i) for i in range(760)), key=lambda k: hashlib.sha1(f"defacto-train:{k}".encode()).hexdigest())
    assert [r.key for r in blind3.defacto_rows(path)] == order[600:750]
    dev2 = {r.key for source in defacto_train.SOURCE_POSITIONS for r in defacto_train.rows(path, source)}
    assert dev2 == set(order[:600])
    with pytest.raises(KeyError):
        defacto_train.rows(path, "blind3")


def test_locnar_rows_are_the_files_lines_161_to_170(tmp_path):
    rows = [{"image/key": f"k{n}", "IIW": "A cup.", "objects": [{"label": "", "description": "A red cup."}]}
            for n in range(1, 181)]
    path = tmp_path / "locnar-heldout.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [r.key for r in blind3.locnar_rows(path)] == [f"k{n}" for n in range(161, 171)]


def test_the_eval_reads_and_scores_blind3_from_its_own_files(tmp_path, monkeypatch):
    from assistant import cli

    cases, labels = tmp_path / "blind3-cases.jsonl", tmp_path / "blind3.jsonl"
    blind.write_cases([blind.Case(id="defacto-train:4", source="defacto-train",
                                  notes="Replace the information about Paris with the information about Lyon.",
                                  draft="The mayor of Paris spoke.", original="The mayor of Paris spoke.")], cases)
    labels.write_text(blind.AlarmLabel(case="defacto-train:4", kind="dropped", key="n1", family="instructions",
                                       true=True, reason="t").model_dump_json() + "\n", encoding="utf-8")
    monkeypatch.setattr(blind, "BLIND3_CASES", cases)
    monkeypatch.setattr(blind, "BLIND3_LABELS", labels)
    for other in ("CASES", "DEV2_CASES", "BLIND2_CASES"):  # no other set is read
        monkeypatch.setattr(blind, other, tmp_path / "absent.jsonl")
    assert blind.set_files("checker-blind3") == (cases, labels)
    _, summary = evaluate("checker-blind3", str(tmp_path), progress=False)
    assert summary["dataset"] == "checker-blind3" and summary["cases_file"] == str(cases)
    assert summary["figures"]["by_source"]["defacto-train"]["labelled"] == 1
    assert summary["figures"]["true_alarms_kept"] == {"true_labelled": 1, "still_raised": 1, "recall": 1.0}
    assert cli.main(["eval", "--dataset", "checker-blind3", "--path", str(tmp_path)]) == 0


def test_the_frozen_set_loads_with_a_label_for_every_case_it_names():
    """The committed cases parse, and every label names a case of the set (labels and cases read as data)."""
    if not blind3.CASES.exists():
        pytest.skip("checker-blind3 not built")
    ids = {c.id for c in blind.read_cases(blind3.CASES)}
    alarm_labels, misses = blind.read_labels(blind3.LABELS)
    assert ids and {lb.case for lb in alarm_labels} | {m.case for m in misses} <= ids
    assert all(m.case.startswith("caption-") for m in misses)
