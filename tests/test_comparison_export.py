"""Comparison export: the Label Studio pairwise config, tasks and reader, and TRL preference
rows that Hugging Face `datasets` loads. A tie survives Label Studio and is left out of
DPO pairs (counted); markup in a response is data, never markup."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from assistant import label_studio
from assistant.errors import BadInputError
from assistant.kinds.comparison import export as cx
from assistant.kinds.comparison.task import ComparisonTask
from assistant.notes import flag_taxonomy

PROMPT = "When did the statute take effect?"
A = "It took effect in 1999."
B = "It took effect on 1 March 2001 (section 4)."
#: Markup, template and formula text an annotator may paste; it must stay exactly as typed.
HOSTILE = ('</Text><HyperText name="x" value="$prompt"/><script>alert(1)</script> '
           '<img src=x onerror="alert(2)"> {{7*7}} ${prompt} =HYPERLINK("http://x") "quoted" \u2028 line\nbreak')


def _record(item_id="c1", choice="B", status="approved", **kw) -> cx.ComparisonRecord:
    base = dict(item_id=item_id, prompt=PROMPT, response_a=A, response_b=B, choice=choice,
                flags_a=["factual_error"], flags_b=[], notes="A: wrong year, 1999 not 2001; B cites section 4",
                rationale="B is better: it gives the right year, 2001, and cites section 4.",
                draft_rationale="B is better because it has the right year.", draft_model="fake/test",
                status=status, annotator="ann@example.com")
    return cx.ComparisonRecord(**{**base, **kw})


def _records() -> list[cx.ComparisonRecord]:
    return [_record("c1", "B"), _record("c2", "A", flags_a=[], flags_b=["verbosity", "tone"]),
            _record("c3", "tie", rationale="Both give 2001 and cite section 4; neither is better."),
            _record("c4", "A", status="submitted"), _record("c5", None, status="open", rationale=None,
                                                           draft_rationale=None, draft_model=None, flags_a=[],
                                                           annotator=None)]


# ---------------------------------------------------------------- Label Studio


def test_the_label_config_names_every_control_the_results_use():
    root = ET.fromstring(cx.label_config())
    objects = {e.get("name"): e.get("value") for e in root.iter("Text")}
    assert objects == {"prompt": "$prompt", "response_a": "$response_a", "response_b": "$response_b", "notes": "$notes"}
    controls = {e.get("name"): e for e in root.iter() if e.tag in ("Choices", "TextArea")}
    assert set(controls) == {"choice", "rationale", "flags_a", "flags_b"}
    assert all(c.get("toName") in objects for c in controls.values())
    assert [c.get("value") for c in controls["choice"]] == ["A", "B", "tie"]  # a tie is a choice, not a missing one
    assert controls["choice"].get("choice") == "single-radio" and controls["flags_a"].get("choice") == "multiple"
    assert [c.get("value") for c in controls["flags_b"]] == list(flag_taxonomy())
    # every result a task carries names a control and an object of the config, with its type
    tag_type = {"Choices": "choices", "TextArea": "textarea"}
    task = cx.label_studio_task(_record())
    for result in task["annotations"][0]["result"] + task["predictions"][0]["result"]:
        control = controls[result["from_name"]]
        assert result["to_name"] == control.get("toName") and result["type"] == tag_type[control.tag]
    assert set(objects) <= set(task["data"])


def test_a_submitted_comparison_is_an_annotation_and_its_draft_a_prediction():
    task = cx.label_studio_task(_record())
    [annotation] = task["annotations"]
    assert annotation["ground_truth"] is True
    assert annotation["result"] == [
        {"id": "choice", "from_name": "choice", "to_name": "prompt", "type": "choices", "value": {"choices": ["B"]}},
        {"id": "rationale", "from_name": "rationale", "to_name": "prompt", "type": "textarea",
         "value": {"text": ["B is better: it gives the right year, 2001, and cites section 4."]}},
        {"id": "flags_a", "from_name": "flags_a", "to_name": "response_a", "type": "choices",
         "value": {"choices": ["factual_error"]}}]
    [prediction] = task["predictions"]
    assert prediction["model_version"] == "fake/test"
    assert [r["value"] for r in prediction["result"]] == [{"choices": ["B"]},
                                                         {"text": ["B is better because it has the right year."]}]
    assert task["data"]["response_a"] == A and task["data"][cx.LS_RECORD_KEY]["choice"] == "B"
    assert cx.LS_RECORD_KEY == label_studio.LS_RECORD_KEY  # one key for every kind's Label Studio tasks

    submitted = cx.label_studio_task(_record(status="submitted"))
    assert submitted["annotations"][0]["ground_truth"] is False
    untouched = cx.label_studio_task(_records()[-1])
    assert untouched["annotations"] == [] and untouched["predictions"] == []


def test_our_label_studio_file_reads_back_to_the_same_records_tie_included(tmp_path):
    records = _records()
    cx.write_label_studio(records, tmp_path / "out" / "ls.json")
    back = cx.read_label_studio(tmp_path / "out" / "ls.json")
    assert back == records
    assert back[2].choice == "tie" and back[2].rationale.startswith("Both give 2001")


def _label_studio_export(ours: list[dict], full: bool = False) -> list[dict]:
    """What Label Studio 1.23's JSON export makes of imported tasks (as the live test saw):
    its ids, `"predictions": [id]`, `"prediction": {}` and `completed_by` a user id on the
    annotation; a snapshot with `only_id: false` has prediction and user objects instead."""
    tasks = []
    for n, task in enumerate(ours, start=1):
        predictions = [dict(p, id=100 + n) for p in task["predictions"]]
        annotations = [dict(a, id=200 + n, was_cancelled=False, prediction={},
                            completed_by={"id": 1, "email": "lead@example.com"} if full else 1)
                       for a in task["annotations"]]
        tasks.append({"id": 300 + n, "data": task["data"], "annotations": annotations,
                      "predictions": predictions if full else [p["id"] for p in predictions]})
    return tasks


def test_work_done_in_label_studio_is_what_comes_back():
    tasks = _label_studio_export([cx.label_studio_task(r) for r in _records()])
    # in Label Studio an annotator changes c1 from B to a tie, rewrites its rationale and
    # clears its flags; c5 (open here) gets chosen there, and a cancelled annotation is skipped
    tasks[0]["annotations"][0]["result"] = [
        {"from_name": "choice", "to_name": "prompt", "type": "choices", "value": {"choices": ["tie"]}},
        {"from_name": "rationale", "to_name": "prompt", "type": "textarea", "value": {"text": ["Equally good.", "Both cite it."]}}]
    tasks[4]["annotations"] = [{"was_cancelled": True, "result": []},
                               {"result": [{"from_name": "choice", "to_name": "prompt", "type": "choices",
                                            "value": {"choices": ["A"]}}], "completed_by": 1}]
    back = cx.read_label_studio(tasks)
    assert (back[0].choice, back[0].rationale, back[0].flags_a, back[0].annotator) == (
        "tie", "Equally good.\nBoth cite it.", [], "ann@example.com")  # a user id names nobody: ours stays
    assert back[0].draft_rationale == "B is better because it has the right year." and back[0].draft_model == "fake/test"
    assert (back[4].choice, back[4].status, back[4].annotator) == ("A", "submitted", None)
    assert back[1:4] == _records()[1:4]

    # without our record (made in Label Studio, or stripped) the data keys and results carry
    # the work; the draft needs the prediction object, which only a snapshot export holds
    for task in tasks:
        del task["data"][cx.LS_RECORD_KEY]
    bare = cx.read_label_studio(tasks)
    assert [(r.item_id, r.choice, r.status, r.draft_rationale) for r in bare] == [
        ("c1", "tie", "submitted", None), ("c2", "A", "submitted", None), ("c3", "tie", "submitted", None),
        ("c4", "A", "submitted", None), ("c5", "A", "submitted", None)]
    assert bare[1].flags_b == ["verbosity", "tone"] and bare[2].notes == _records()[2].notes
    full = _label_studio_export([cx.label_studio_task(r) for r in _records()], full=True)
    for task in full:
        del task["data"][cx.LS_RECORD_KEY]
    snapshot = cx.read_label_studio(full)
    assert (snapshot[0].draft_rationale, snapshot[0].draft_model, snapshot[0].annotator) == (
        "B is better because it has the right year.", "fake/test", "lead@example.com")
    assert [(r.choice, r.rationale) for r in snapshot] == [(r.choice, r.rationale) for r in _records()]


def test_a_pairwise_result_reads_as_a_choice_and_a_bad_one_names_its_task():
    def task(result):
        return {"id": 7, "data": {"item_id": "p", "prompt": PROMPT, "response_a": A, "response_b": B},
                "annotations": [{"result": [result]}]}

    left = {"from_name": "comparison", "to_name": "comparison", "type": "pairwise", "value": {"selected": "left"}}
    right = dict(left, value={"selected": "right"})
    assert [cx.record_from_label_studio(task(r)).choice for r in (left, right)] == ["A", "B"]
    # a task of Label Studio's "Human Preference collection for RLHF" template: $answer1, $answer2
    template = {"id": 8, "data": {"prompt": PROMPT, "answer1": A, "answer2": B}, "annotations": [{"result": [right]}]}
    record = cx.record_from_label_studio(template)
    assert (record.item_id, record.response_a, record.response_b, record.choice, record.status) == ("8", A, B, "B", "submitted")
    bad = [dict(left, value={"selected": "middle"}),
           {"from_name": "choice", "to_name": "prompt", "type": "choices", "value": {"choices": ["A", "B"]}},
           {"from_name": "choice", "to_name": "prompt", "type": "choices", "value": {"choices": ["C"]}}]
    for result in bad:
        with pytest.raises(BadInputError, match="^task 1: "):
            cx.read_label_studio([task(result)])
    with pytest.raises(BadInputError, match="task 2: .*under 'data'"):
        cx.read_label_studio([task(left), {"prompt": PROMPT}])
    flagged = task({"from_name": "flags_a", "to_name": "response_a", "type": "choices", "value": {"choices": ["nonsense"]}})
    with pytest.raises(BadInputError, match="unknown flag 'nonsense'"):
        cx.record_from_label_studio(flagged)


def test_markup_in_responses_stays_inert_data(tmp_path):
    """A response is task data behind a $variable shown by a Text tag (plain text): the config
    never contains it, and every file keeps it byte for byte."""
    hostile = _record(prompt=HOSTILE, response_a=HOSTILE, response_b="<b>bold?</b>", notes=HOSTILE, rationale=HOSTILE)
    config = cx.label_config()
    assert "HyperText" not in config and "script" not in config and "{{" not in config
    assert {e.tag for e in ET.fromstring(config).iter()} == {"View", "Header", "Text", "Choices", "Choice", "TextArea"}
    cx.write_label_studio([hostile], tmp_path / "ls.json")
    [task] = json.loads((tmp_path / "ls.json").read_text(encoding="utf-8"))
    assert task["data"]["response_a"] == HOSTILE and task["data"]["prompt"] == HOSTILE
    assert cx.read_label_studio(tmp_path / "ls.json") == [hostile]
    for suffix in (".jsonl", ".parquet"):
        cx.write_preferences([hostile], tmp_path / f"p{suffix}")
        [row] = cx.read_preferences(tmp_path / f"p{suffix}")
        assert (row.prompt, row.chosen, row.rejected, row.rationale) == (HOSTILE, "<b>bold?</b>", HOSTILE, HOSTILE)
    assert len((tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()) == 1  # the newline stays escaped


# ---------------------------------------------------------------- Hugging Face / TRL


def test_the_choice_decides_chosen_and_rejected_and_ties_and_unreviewed_are_counted():
    export = cx.preference_rows(_records())
    assert [(r.item_id, r.choice, r.chosen, r.rejected) for r in export.rows] == [("c1", "B", B, A), ("c2", "A", A, B)]
    assert (export.rows[0].flags_chosen, export.rows[0].flags_rejected) == ([], ["factual_error"])
    assert (export.rows[1].flags_chosen, export.rows[1].flags_rejected) == ([], ["verbosity", "tone"])
    assert (export.ties, export.unreviewed) == (1, 2)  # c3 a tie; c4 submitted, c5 open
    wider = cx.preference_rows(_records(), statuses=("approved", "submitted"))
    assert [r.item_id for r in wider.rows] == ["c1", "c2", "c4"] and (wider.ties, wider.unreviewed) == (1, 1)
    assert cx.preference_rows(_records(), statuses=("open",)).unreviewed == 5  # open and unchosen: no pair


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize("conversational", [False, True])
def test_hugging_face_datasets_loads_the_trl_preference_columns(tmp_path, monkeypatch, suffix, conversational):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    datasets = pytest.importorskip("datasets")
    out = tmp_path / f"prefs{suffix}"
    report = cx.write_preferences(_records(), out, conversational=conversational)
    assert (len(report.rows), report.ties, report.unreviewed) == (2, 1, 2)
    builder = "parquet" if suffix == ".parquet" else "json"
    loaded = datasets.load_dataset(builder, data_files=str(out), split="train", cache_dir=str(tmp_path / "hf-cache"))
    assert loaded.column_names == ["item_id", "prompt", "chosen", "rejected", "rationale", "choice", "flags_chosen",
                                   "flags_rejected", "annotator"]
    assert loaded["item_id"] == ["c1", "c2"] and loaded["choice"] == ["B", "A"]
    if conversational:
        assert loaded[0]["prompt"] == [{"role": "user", "content": PROMPT}]
        assert loaded[0]["chosen"] == [{"role": "assistant", "content": B}]
        assert loaded[1]["rejected"] == [{"role": "assistant", "content": B}]
        assert loaded.features["chosen"].feature["content"].dtype == "string"
    else:
        assert (loaded["prompt"], loaded["chosen"], loaded["rejected"]) == ([PROMPT, PROMPT], [B, A], [A, B])
        assert all(loaded.features[c].dtype == "string" for c in ("prompt", "chosen", "rejected", "rationale"))
    assert loaded[0]["rationale"].startswith("B is better") and loaded[0]["flags_rejected"] == ["factual_error"]
    assert cx.read_preferences(out) == report.rows


def test_only_ties_and_unreviewed_comparisons_still_write_a_file(tmp_path):
    report = cx.write_preferences([_record(choice="tie"), _record("c2", status="submitted")], tmp_path / "p.parquet")
    assert (report.rows, report.ties, report.unreviewed) == ([], 1, 1)
    assert cx.read_preferences(tmp_path / "p.parquet") == []


# ---------------------------------------------------------------- the record


def test_the_record_checks_what_it_carries():
    with pytest.raises(ValueError, match="needs a choice"):
        _record(choice=None)
    with pytest.raises(ValueError, match="unknown flag"):
        _record(flags_b=["wrongness"])
    with pytest.raises(ValueError, match="a response is empty"):
        _record(response_b="  ")
    with pytest.raises(ValueError, match="Extra inputs"):
        cx.ComparisonRecord.model_validate({**_record().model_dump(), "score": 3})
    task = ComparisonTask(notes="A: wrong year\nB: cites section 4", prompt=PROMPT, response_a=A, response_b=B,
                          choice="B", flags_a=["factual-error"])
    record = cx.ComparisonRecord.from_task("c9", task, rationale="B is right.", status="approved")
    assert (record.choice, record.flags_a, record.notes, record.status) == ("B", ["factual_error"], task.notes, "approved")
    schema = cx.ComparisonRecord.model_json_schema()["properties"]
    assert all(schema[f].get("description") for f in cx.ComparisonRecord.model_fields)
