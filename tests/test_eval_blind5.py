"""The fifth blind set (`checker-blind5`): which rows it takes and the raw captions' stopping rule
(assistant/eval/blind5.py); that the eval loads and scores it from its own files is tested with blind4's
(tests/test_eval_blind4.py). Made-up rows; its figures are not asserted here."""

from __future__ import annotations

import json

import pytest

from assistant.eval import baseline, blind, blind5
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


def test_the_frozen_set_holds_only_the_three_caption_sources():
    """The committed cases (read as data; the eval and label checks are in test_eval_blind4.py)."""
    if not blind5.CASES.exists():
        pytest.skip("checker-blind5 not built")
    assert {c.source for c in blind.read_cases(blind5.CASES)} <= {"caption-full", "caption-terse", "caption-raw"}
