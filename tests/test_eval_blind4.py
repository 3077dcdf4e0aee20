"""The fourth blind set (`checker-blind4`): which rows it takes, and that the eval loads and scores it
from its own files (assistant/eval/blind4.py; the last two tests serve `checker-blind5` too). Made-up rows; its figures are not asserted here."""

from __future__ import annotations

import hashlib
import json

import pytest

from assistant.eval import blind, blind4, blind5
from assistant.eval.datasets import DefactoRow
from assistant.eval.run import evaluate


def _defacto(doc_id, instructions=("Remove the information about Paris from the summary.",), summary="Lyon."):
    return {"doc_id": doc_id, "candidate": "Paris and Lyon.",
            "feedback": {"summary": summary, "instruction_list": list(instructions)}}


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_locnar_rows_are_the_files_lines_191_to_215_then_216_to_240(tmp_path):
    rows = [{"image/key": f"k{n}", "IIW": "A cup.", "objects": [{"label": "", "description": "A red cup."}]}
            for n in range(1, 261)]
    path = _write(tmp_path / "locnar-heldout.jsonl", rows)
    assert [r.key for r in blind4.locnar_rows(path)] == [f"k{n}" for n in range(191, 216)]
    assert [r.key for r in blind4.locnar_rows(path, blind4.LOCNAR_LINES_MORE)] == [f"k{n}" for n in range(216, 241)]


def test_defacto_rows_are_the_untaken_validation_rows_with_instructions_and_a_summary_in_blind4s_hash_order(tmp_path):
    rows = [_defacto(i) for i in range(30)] + [_defacto(90, instructions=()), _defacto(91, summary=" ")]
    path = _write(tmp_path / "defacto-val.jsonl", rows)
    taken = {"defacto:3", "defacto:17", "caption-full:5"}
    free = [str(i) for i in range(30) if i not in (3, 17)]
    order = sorted(free, key=lambda k: hashlib.sha1(f"issue-23-blind4:{k}".encode()).hexdigest())
    assert [r.key for r in blind4.defacto_rows(path, taken)] == order
    assert order != sorted(free, key=lambda k: hashlib.sha1(f"issue-23-blind:{k}".encode()).hexdigest())


def test_taken_defacto_reads_the_ids_of_precision_and_of_every_other_sets_cases(tmp_path, monkeypatch):
    from assistant.eval import precision

    other = tmp_path / "other-cases.jsonl"
    blind.write_cases([blind.Case(id="defacto:7", source="defacto", notes="Remove Paris.", draft="Lyon.", original="Paris."),
                       blind.Case(id="caption-full:k1", source="caption-full", notes="A red cup.", draft="A red cup.")],
                      other)
    monkeypatch.setattr(precision, "select_reports", lambda _: [precision.HumanReport("defacto:2", "defacto", [], "x", "y")])
    assert blind4.taken_defacto(tmp_path, (other, tmp_path / "absent.jsonl")) == {"defacto:2", "defacto:7"}


def test_rewrites_are_taken_until_the_set_has_the_alarms_wanted(tmp_path, monkeypatch):
    rows = [DefactoRow.model_validate(_defacto(i)) for i in range(5)]
    monkeypatch.setattr(blind, "alarms", lambda case: [case.id] * 2)  # two alarms a case
    assert [c.id for c in blind4.enough(rows, alarms_so_far=95)] == ["defacto:0", "defacto:1", "defacto:2"]
    assert blind4.enough(rows, alarms_so_far=100) == []
    assert len(blind4.enough(rows, alarms_so_far=0)) == 5  # the rows run out first


@pytest.mark.parametrize(("name", "files", "source"), [("checker-blind4", "BLIND4", "caption-full"),
                                                      ("checker-blind5", "BLIND5", "caption-raw")])
def test_the_eval_reads_and_scores_a_blind_set_from_its_own_files(tmp_path, monkeypatch, name, files, source):
    """blind4 and blind5 (`blind5.py` adds the raw captions): each is read from its own two files only."""
    from assistant import cli

    cases, labels = tmp_path / "cases.jsonl", tmp_path / "labels.jsonl"
    blind.write_cases([blind.Case(id=f"{source}:k9", source=source,
                                  notes="A red cup stands on a wooden table.\nA green lamp hangs above.",
                                  draft="A red cup stands on a wooden table.", made_by="embedded x at abc1234")], cases)
    labels.write_text(blind.AlarmLabel(case=f"{source}:k9", kind="dropped", key="n2", family="matching",
                                       true=True, reason="t").model_dump_json() + "\n"
                      + blind.MissLabel(case=f"{source}:k9", note="n1", span="wooden table", problem="detail_dropped",
                                        reason="t").model_dump_json() + "\n", encoding="utf-8")
    for other in ("CASES", "DEV2_CASES", "BLIND2_CASES", "BLIND3_CASES", "BLIND4_CASES", "BLIND5_CASES"):
        monkeypatch.setattr(blind, other, tmp_path / "absent.jsonl")  # no other set is read
    monkeypatch.setattr(blind, f"{files}_CASES", cases)
    monkeypatch.setattr(blind, f"{files}_LABELS", labels)
    assert blind.set_files(name) == (cases, labels)
    _, summary = evaluate(name, str(tmp_path), progress=False)
    figures = summary["figures"]
    assert summary["dataset"] == name and summary["cases_file"] == str(cases)
    assert figures["by_source"][source]["labelled"] == 1
    assert figures["true_alarms_kept"] == {"true_labelled": 1, "still_raised": 1, "recall": 1.0}
    assert figures["misses"]["labelled"] == 1
    assert cli.main(["eval", "--dataset", name, "--path", str(tmp_path)]) == 0


@pytest.mark.parametrize("module", [blind4, blind5], ids=["blind4", "blind5"])
def test_the_frozen_set_loads_with_a_label_for_every_case_it_names(module):
    """The committed cases parse, and every label names a case of the set (labels and cases read as data)."""
    if not module.CASES.exists():
        pytest.skip(f"{module.__name__} not built")
    ids = {c.id for c in blind.read_cases(module.CASES)}
    alarm_labels, misses = blind.read_labels(module.LABELS)
    assert ids and {lb.case for lb in alarm_labels} | {m.case for m in misses} <= ids
    assert all(m.case.startswith("caption-") for m in misses)
    assert all(" at " in c.made_by for c in blind.read_cases(module.CASES) if c.source.startswith("caption-"))
