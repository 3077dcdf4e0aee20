"""The second development set (`checker-dev2`): which rows it takes, and that the eval loads it
from its own files (assistant/eval/blind.py). Its figures are not asserted here."""

from __future__ import annotations

import json

import pytest

from assistant.eval import blind, old_captions, precision
from assistant.eval.run import evaluate


def _defacto(doc_id, instructions=("Remove the information about Paris from the summary.",), summary="Lyon."):
    return {"doc_id": doc_id, "candidate": "Paris and Lyon.",
            "feedback": {"summary": summary, "instruction_list": list(instructions)}}


def _iiw(key, notes=3):
    return {"image/key": key, "IIW": "A cup.",
            "objects": [{"label": "cup", "description": " ".join(f"Cup part {i} is red." for i in range(notes))}]}


def _data(tmp_path, monkeypatch):
    """Six DeFacto rows (one without instructions) and five IIW rows; checker-precision takes
    the first two DeFacto rows, the blind set one DeFacto and one IIW row."""
    data = tmp_path / "data"
    data.mkdir()
    defacto = [_defacto(1), _defacto(2), _defacto(3, instructions=()), _defacto(4), _defacto(5), _defacto(6)]
    iiw = [_iiw("k0"), _iiw("k1"), _iiw("k2", notes=1), _iiw("k3"), _iiw("k4")]
    for name, rows in ((blind.DEFACTO_FILE, defacto), (blind.IIW_FILE, iiw)):
        (data / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cases = tmp_path / "blind-cases.jsonl"
    blind.write_cases([blind.Case(id="defacto:5", source="defacto", notes="n", draft="d", original="o"),
                       blind.Case(id="caption-terse:k3", source="caption-terse", notes="n", draft="d")], cases)
    monkeypatch.setattr(blind, "CASES", cases)
    monkeypatch.setattr(precision, "REPORTS", 2)  # no IIW row qualifies: the first two DeFacto rows
    monkeypatch.setattr(blind, "IIW_USED", (range(0, 1),))
    return data


def test_dev2_takes_rows_in_neither_the_blind_set_nor_checker_precision_in_file_order(tmp_path, monkeypatch):
    data = _data(tmp_path, monkeypatch)
    taken = blind.taken_rows(data)
    assert taken == {"defacto:1", "defacto:2", "defacto:5", "iiw:k3"}
    assert [r.key for r in blind.dev2_defacto_rows(data, taken)] == ["4", "6"]
    # k0: a used position; k2: one note line; k3: in the blind set
    assert [r.key for r in blind.dev2_iiw_rows(data, taken)] == ["k1", "k4"]


def test_the_eval_reads_dev2_from_its_own_files(tmp_path, monkeypatch):
    from assistant import cli

    cases, labels = tmp_path / "dev2-cases.jsonl", tmp_path / "dev2.jsonl"
    blind.write_cases([blind.Case(id="defacto:4", source="defacto",
                                  notes="Replace the information about Paris with the information about Lyon.",
                                  draft="The mayor of Paris spoke.", original="The mayor of Paris spoke.")], cases)
    labels.write_text(blind.AlarmLabel(case="defacto:4", kind="dropped", key="n1", family="instructions",
                                       true=True, reason="t").model_dump_json() + "\n", encoding="utf-8")
    monkeypatch.setattr(blind, "DEV2_CASES", cases)
    monkeypatch.setattr(blind, "DEV2_LABELS", labels)
    monkeypatch.setattr(blind, "CASES", tmp_path / "absent.jsonl")  # the blind set is not read
    assert blind.set_files("checker-dev2") == (cases, labels)
    _, summary = evaluate("checker-dev2", str(tmp_path), progress=False)
    assert summary["dataset"] == "checker-dev2" and summary["cases_file"] == str(cases)
    assert summary["figures"]["cases"]["defacto"] == 1
    assert summary["figures"]["true_alarms_kept"] == {"true_labelled": 1, "still_raised": 1, "recall": 1.0}
    assert cli.main(["eval", "--dataset", "checker-dev2", "--path", str(tmp_path)]) == 0


def test_the_committed_dev2_set_is_disjoint_from_the_blind_set_and_checker_precision():
    dev2 = blind.read_cases(blind.DEV2_CASES)
    blind_ids = {c.id for c in blind.read_cases(blind.CASES)}  # the cases file: ids only, never the labels
    precision_ids = {lb.report for lb in precision.read_labels().values()}

    def rows(ids):  # defacto-test rows are of DeFacto's test split, whose doc ids overlap validation's
        return {(i.split(":")[0] if i.startswith("defacto") else "iiw", blind.row_key(i)) for i in ids}

    assert dev2 and not rows(c.id for c in dev2) & rows(blind_ids | precision_ids)
    alarm_labels, misses = blind.read_labels(blind.DEV2_LABELS)
    ids = {c.id for c in dev2}
    assert alarm_labels and all(lb.case in ids for lb in [*alarm_labels, *misses])
    assert all(m.span in next(c.draft for c in dev2 if c.id == m.case) for m in misses)


def test_raw_captions_are_the_raw_baseline_on_the_full_notes_and_skip_built_cases(monkeypatch):
    from assistant.eval import baseline
    from assistant.eval.datasets import IIWRow
    from assistant.llm.spec import ModelSpec

    asked = []
    monkeypatch.setattr(baseline, "run_raw", lambda task, spec: (asked.append(task.notes) or "A red cup.", 0.1, 1))
    rows = [IIWRow.model_validate(_iiw(k)) for k in ("k1", "k4")]
    cases = list(blind.raw_caption_cases(rows, ModelSpec(), done={"caption-raw:k1"}))
    assert [(c.id, c.source, c.draft) for c in cases] == [("caption-raw:k4", "caption-raw", "A red cup.")]
    assert asked == [rows[1].task().notes] and cases[0].notes == rows[1].task().notes
    assert "caption-raw" in blind.SOURCES


def test_old_prompt_captions_freeze_the_old_codes_answers_on_this_codes_notes():
    import pytest

    from assistant.eval.datasets import IIWRow
    from assistant.eval.terse import terse_task

    row = IIWRow.model_validate(_iiw("k7"))
    tasks = list(old_captions.old_caption_tasks([row]))
    assert tasks == [{"id": "caption-old-full:k7", "notes": row.task().notes},
                     {"id": "caption-old-terse:k7", "notes": terse_task(row).notes}]
    answers = [{"id": "caption-old-terse:k7", "draft": "A red cup.", "made_by": f"embedded {old_captions.OLD_PROMPT}"}]
    [case] = old_captions.old_caption_cases(tasks, answers)  # the full-notes answer is not there yet
    assert (case.source, case.draft, case.notes) == ("caption-old-terse", "A red cup.", tasks[1]["notes"])
    assert case.made_by == f"embedded {old_captions.OLD_PROMPT} at {old_captions.OLD_COMMIT}"
    with pytest.raises(ValueError, match="not caption-2026.11.30.2"):
        list(old_captions.old_caption_cases(tasks, [answers[0] | {"made_by": "embedded caption-2026.12.05.1"}]))


def test_current_code_captions_take_the_rows_after_the_other_caption_sources_that_no_dev2_case_holds(
        tmp_path, monkeypatch):
    from assistant.eval import now_captions

    data = _data(tmp_path, monkeypatch)  # dev2 IIW rows: k1, k4
    iiw = [_iiw(f"k{i}") for i in range(8)]
    (data / blind.IIW_FILE).write_text("".join(json.dumps(r) + "\n" for r in iiw), encoding="utf-8")
    monkeypatch.setattr(blind, "DEV2_IIW_ROWS", 1)
    monkeypatch.setattr(old_captions, "DEV2_OLD_ROWS", 1)
    monkeypatch.setattr(now_captions, "HELD_OUT_FROM", 7)
    existing = [blind.Case(id="iiw-sentences:k4#0", source="iiw-sentences", notes="n", draft="d"),
                blind.Case(id="caption-now-full:k5", source="caption-now-full", notes="n", draft="d")]
    taken = blind.taken_rows(data)
    # k1, k2: the product and old-prompt captions' rows; k3: blind; k4: an iiw-sentences row; k7: held out
    assert [r.key for r in blind.dev2_iiw_rows(data, taken)] == ["k1", "k2", "k4", "k5", "k6", "k7"]
    assert [r.key for r in now_captions.now_rows(data, taken, existing)] == ["k5", "k6"]
    assert now_captions.SOURCES == ("caption-now-full", "caption-now-terse")
    assert set(now_captions.SOURCES) <= set(blind.SOURCES)


def test_defacto_test_rows_take_positions_of_the_hash_order_among_rows_with_instructions_and_a_summary(tmp_path):
    import hashlib

    from assistant.eval import defacto_test

    rows = [_defacto(i) for i in range(1, 9)] + [_defacto(9, instructions=()), _defacto(10, summary=" ")]
    path = tmp_path / "test.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    order = sorted(map(str, range(1, 9)), key=lambda k: hashlib.sha1(f"defacto-test:{k}".encode()).hexdigest())
    assert [r.key for r in defacto_test.rows(path)] == order
    assert [r.key for r in defacto_test.rows(path, range(2, 4))] == order[2:4]
    case = blind.defacto_case(defacto_test.rows(path, range(0, 1))[0], "defacto-test")
    assert (case.id, case.source, case.original) == (f"defacto-test:{order[0]}", "defacto-test", "Paris and Lyon.")


def test_defacto_test_chunks_are_the_only_positions_the_builder_takes():
    from assistant.eval import defacto_test

    assert defacto_test.source_of("0-199") == ("defacto-test", range(0, 200))
    assert defacto_test.source_of("215-399") == ("defacto-test2", range(215, 400))
    assert defacto_test.source_of("600-778") == ("defacto-test3", range(600, 779))
    for other in ("200-214", "400-599", "0-399", "400-778", "599-778"):  # the lead's held-out rows, blind2's, or both chunks at once
        with pytest.raises(ValueError, match="no chunk"):
            defacto_test.source_of(other)
    assert set(defacto_test.SOURCE_POSITIONS) <= set(blind.SOURCES)


def test_defacto_train_rows_take_only_the_first_600_positions_of_their_own_hash_order(tmp_path):
    import hashlib

    from assistant.eval import defacto_train

    rows = [_defacto(i) for i in range(1, 606)] + [_defacto(700, instructions=())]
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    order = sorted(map(str, range(1, 606)), key=lambda k: hashlib.sha1(f"defacto-train:{k}".encode()).hexdigest())
    assert [r.key for r in defacto_train.rows(path)] == order[:200]
    assert [r.key for r in defacto_train.rows(path, "defacto-train2")] == order[200:300]
    assert [r.key for r in defacto_train.rows(path, "defacto-train3")] == order[300:400]
    assert [r.key for r in defacto_train.rows(path, "defacto-train4")] == order[400:500]
    assert [r.key for r in defacto_train.rows(path, "defacto-train5")] == order[500:600]  # 600 on: a future blind set's
    case = blind.defacto_case(defacto_train.rows(path)[0], defacto_train.SOURCE)
    assert case.id == f"defacto-train:{order[0]}" and set(defacto_train.SOURCE_POSITIONS) <= set(blind.SOURCES)
    with pytest.raises(KeyError):
        defacto_train.rows(path, "defacto-train6")


def test_new_captions_read_only_the_first_rows_of_their_file(tmp_path):
    from assistant.eval import new_captions
    from assistant.eval.datasets import IIWRow

    rows = tmp_path / "rest.jsonl"
    # the third line is not even JSON: a later line belongs to another set and is never parsed
    rows.write_text(json.dumps(_iiw("k0")) + "\n" + json.dumps(_iiw("k1")) + "\n" + "{not json\n", encoding="utf-8")
    assert [r.key for r in new_captions.new_rows(rows, 2)] == ["k0", "k1"]
    assert set(new_captions.SOURCES) | {new_captions.HUMAN_SOURCE} <= set(blind.SOURCES)
    row = IIWRow.model_validate(_iiw("k0") | {"IIW": "Something else. A red cup part is here."})
    case = blind.iiw_human_case(row, new_captions.HUMAN_SOURCE)
    assert (case.id, case.source, case.draft) == ("iiw-new-human:k0#1", "iiw-new-human", "A red cup part is here.")


def test_dci_captions_come_from_a_bench_run_on_the_first_rows_only(tmp_path, monkeypatch):
    from assistant.eval import dci_captions

    monkeypatch.setattr(dci_captions, "DCI_ROWS", 2)
    rows = tmp_path / "dci.jsonl"
    # the third line is not even JSON: held-out rows are never parsed
    rows.write_text(json.dumps(_iiw("k0")) + "\n" + json.dumps(_iiw("k1")) + "\n" + "{not json\n", encoding="utf-8")
    summary = {"model": "embedded", "prompt_versions": {"caption": "caption-x"}}
    full, terse = dci_captions.results_files(tmp_path / "out.json")
    assert (full.name, terse.name) == ("out-compose-iiw.json", "out-compose-iiw-terse.json")
    full.write_text(json.dumps({"summary": summary, "rows": [{"line": 1, "product": {"text": "A red cup."}},
                                                             {"line": 2, "product": {"error": "boom"}}]}))
    terse.write_text(json.dumps({"summary": summary, "rows": [{"line": 2, "product": {"text": "Cup."}}]}))
    cases = dci_captions.dci_cases(rows, tmp_path / "out.json")
    assert [(c.id, c.draft, c.made_by) for c in cases] == [
        ("caption-dci-full:k0", "A red cup.", "embedded caption-x"), ("caption-dci-terse:k1", "Cup.", "embedded caption-x")]
    assert set(dci_captions.SOURCES) <= set(blind.SOURCES)


def test_locnar_captions_come_from_a_bench_run_on_the_first_rows_only(tmp_path, monkeypatch):
    from assistant.eval import dci_captions, locnar_captions

    monkeypatch.setattr(locnar_captions, "LOCNAR_ROWS", 1)
    rows = tmp_path / "locnar.jsonl"
    # the second line is not even JSON: later rows are never parsed
    rows.write_text(json.dumps(_iiw("k0")) + "\n" + "{not json\n", encoding="utf-8")
    summary = {"model": "embedded", "prompt_versions": {"caption": "caption-x"}}
    full, terse = dci_captions.results_files(tmp_path / "out.json")
    full.write_text(json.dumps({"summary": summary, "rows": [{"line": 1, "product": {"text": "A red cup."}}]}))
    terse.write_text(json.dumps({"summary": summary, "rows": [{"line": 1, "product": {"text": "Cup."}}]}))
    cases = locnar_captions.locnar_cases(rows, tmp_path / "out.json")
    assert [(c.id, c.draft) for c in cases] == [("caption-locnar-full:k0", "A red cup."),
                                               ("caption-locnar-terse:k0", "Cup.")]
    assert set(locnar_captions.SOURCES) <= set(blind.SOURCES)


def test_locnar2_captions_come_from_a_stages_run_on_their_lines_only(tmp_path, monkeypatch):
    from assistant.eval import locnar_captions

    monkeypatch.setattr(locnar_captions, "LOCNAR2_LINES", range(2, 3))
    rows = tmp_path / "locnar.jsonl"
    # the third line is not even JSON: later rows are never parsed
    rows.write_text(json.dumps(_iiw("k0")) + "\n" + json.dumps(_iiw("k1")) + "\n" + "{not json\n", encoding="utf-8")
    out = tmp_path / "stages.json"
    out.write_text(json.dumps({"rows": [
        {"set": f"{rows}:full", "line": 1, "product": {"text": "Not this row."}},
        {"set": f"{rows}:full", "line": 2, "product": {"text": "A red cup."}},
        {"set": f"{rows}:terse", "line": 2, "product": {"error": "boom"}}]}))
    cases = locnar_captions.locnar2_cases(rows, out, "embedded caption-x")
    assert [(c.id, c.draft, c.made_by) for c in cases] == [("caption-locnar2-full:k1", "A red cup.", "embedded caption-x")]
    assert set(locnar_captions.SOURCES2) <= set(blind.SOURCES)


def test_locnar3_captions_are_their_own_source_on_their_own_lines(tmp_path):
    from assistant.eval import locnar_captions

    rows = tmp_path / "locnar.jsonl"
    rows.write_text(json.dumps(_iiw("k0")) + "\n" + json.dumps(_iiw("k1")) + "\n" + "{not json\n", encoding="utf-8")
    out = tmp_path / "stages.json"
    out.write_text(json.dumps({"rows": [
        {"set": f"{rows}:full", "line": 1, "product": {"text": "Not this row."}},
        {"set": f"{rows}:terse", "line": 2, "product": {"text": "A red cup."}}]}))
    cases = locnar_captions.locnar2_cases(rows, out, "embedded caption-x", range(2, 3), locnar_captions.SOURCES3)
    assert [c.id for c in cases] == ["caption-locnar3-terse:k1"]
    assert set(locnar_captions.SOURCES3) <= set(blind.SOURCES)
    assert locnar_captions.LOCNAR3_LINES == range(41, 53)
