"""The second blind set (`checker-blind2`): which rows it takes, and that the eval loads it from its
own files (assistant/eval/blind2.py). Made-up rows; its figures are not asserted here."""

from __future__ import annotations

import hashlib
import json

from assistant.eval import blind, blind2
from assistant.eval.run import evaluate


def _defacto(doc_id, instructions=("Remove the information about Paris from the summary.",), summary="Lyon."):
    return {"doc_id": doc_id, "candidate": "Paris and Lyon.",
            "feedback": {"summary": summary, "instruction_list": list(instructions)}}


def test_defacto_rows_are_those_with_instructions_and_a_summary_in_hash_order_at_the_sets_positions(
        tmp_path, monkeypatch):
    rows = [_defacto(i) for i in range(12)] + [_defacto(20, instructions=()), _defacto(21, summary=" ")]
    path = tmp_path / "defacto-test.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(blind2, "DEFACTO_POSITIONS", range(4, 8))
    ordered = sorted((str(i) for i in range(12)), key=lambda k: hashlib.sha1(f"defacto-test:{k}".encode()).hexdigest())
    assert [r.key for r in blind2.defacto_rows(path)] == ordered[4:8]


def test_iiw_rows_are_the_files_lines_31_to_60(tmp_path):
    rows = [{"image/key": f"k{n}", "IIW": "A cup.", "objects": [{"label": "cup", "description": "A red cup."}]}
            for n in range(1, 71)]
    path = tmp_path / "iiw400-rest.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [r.key for r in blind2.iiw_rows(path)] == [f"k{n}" for n in range(31, 61)]


def test_the_eval_reads_blind2_from_its_own_files(tmp_path, monkeypatch):
    from assistant import cli

    cases, labels = tmp_path / "blind2-cases.jsonl", tmp_path / "blind2.jsonl"
    blind.write_cases([blind.Case(id="defacto:4", source="defacto",
                                  notes="Replace the information about Paris with the information about Lyon.",
                                  draft="The mayor of Paris spoke.", original="The mayor of Paris spoke.")], cases)
    labels.write_text(blind.AlarmLabel(case="defacto:4", kind="dropped", key="n1", family="instructions",
                                       true=True, reason="t").model_dump_json() + "\n", encoding="utf-8")
    monkeypatch.setattr(blind, "BLIND2_CASES", cases)
    monkeypatch.setattr(blind, "BLIND2_LABELS", labels)
    monkeypatch.setattr(blind, "CASES", tmp_path / "absent.jsonl")  # neither other set is read
    monkeypatch.setattr(blind, "DEV2_CASES", tmp_path / "absent.jsonl")
    assert blind.set_files("checker-blind2") == (cases, labels)
    _, summary = evaluate("checker-blind2", str(tmp_path), progress=False)
    assert summary["dataset"] == "checker-blind2" and summary["cases_file"] == str(cases)
    assert summary["figures"]["true_alarms_kept"] == {"true_labelled": 1, "still_raised": 1, "recall": 1.0}
    assert cli.main(["eval", "--dataset", "checker-blind2", "--path", str(tmp_path)]) == 0
