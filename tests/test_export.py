"""Export: an approved task leaves the app with everything done to it, in four formats, and
each format reads back to the same record (with the target's own reader where there is one)."""

import csv
import json

import pytest
from sqlalchemy import select

from assistant import formats, label_studio
from assistant.app import accounts, db, export, projects, store
from assistant.errors import BadInputError
from assistant.records import ExportRecord, TaskLine
from assistant_ui.exports import export_file
from assistant_ui.handlers import App, Forbidden
from tests.conftest import import_images
from tests.test_store import pg_url  # noqa: F401 - the PostgreSQL fixture
from tests.test_eval import echo_model

NOTES = "-red bus on the left\nwet road, maybe rain"
FINAL = "=HYPERLINK(\"http://x\") A red bus waits on the left; the road is wet, maybe from rain."


@pytest.fixture
def app(tmp_path, fake, fake_spec):
    sessions = db.connect(f"sqlite:///{tmp_path / 'app.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        accounts.add_user(s, "lea", "lead", "password-2")
        project = projects.create_project(s, "streets", "caption")
        import_images(s, project, tmp_path, ["a", "b"])
    return App(sessions, fake_spec)


@pytest.fixture
def approved(app, fake):
    """Task 1 composed, a question answered, composed again, edited, submitted and approved."""
    fake.enqueue([echo_model] * 6)  # two composes, each with its repair round (the echo's fragments)
    view = app.next_task("ann")
    *_, first = list(app.compose("ann", view["task_id"], NOTES, []))
    question = first["questions"][0]
    notes = app.answer("ann", view["task_id"], NOTES, [], [question], ["daylight"])["notes"]
    list(app.compose("ann", view["task_id"], notes, []))
    app.submit("ann", view["task_id"], notes, [], FINAL)
    app.decide("lea", view["task_id"], "approve", "")
    return {"task_id": view["task_id"], "question": question, "notes": notes}


def _records(app, status="approved"):
    with app.sessions() as s:
        return export.export_records(s, projects.get_project(s, "streets"), status)


def test_an_approved_record_carries_everything(app, approved):
    [record] = _records(app)
    assert record.task_id == approved["task_id"] and record.item_id == "a" and record.status == "approved"
    assert record.image.endswith("a.png") and record.notes == approved["notes"] and record.notes.startswith("-red bus")
    assert [o.id for o in record.observations] == ["n1", "n2", "n3"] and record.observations[1].hedged
    assert record.draft.model == "fake/test" and record.draft.prompt_version and record.draft.checklist_version
    assert record.draft.text.startswith("There is a red bus on the left.") and record.draft.check.ok
    assert record.final_text == FINAL and record.final_check is not None
    assert record.provenance == record.final_check.sentences and record.provenance[0].notes
    assert record.questions[0].question == approved["question"] and record.questions[0].answer == "daylight"
    assert (record.annotator, record.reviewer, record.decision) == ("ann", "lea", "approve")
    stamps = record.timestamps
    assert stamps.created <= stamps.claimed <= stamps.drafted <= stamps.submitted <= stamps.decided
    assert record.edit_distance > 0


def test_status_filter(app, approved):
    assert len(_records(app, "approved")) == 1 and _records(app, "submitted") == []
    every = _records(app, "all")
    assert [r.item_id for r in every] == ["a", "b"] and every[1].draft is None and every[1].status == "open"


@pytest.mark.parametrize("fmt,suffix", [("jsonl", ".jsonl"), ("label-studio", ".json"), ("hf", ".parquet"),
                                        ("hf", ".jsonl"), ("csv", ".csv")])
def test_every_format_round_trips_to_the_same_record(app, approved, tmp_path, fmt, suffix):
    records = _records(app, "all")
    out = tmp_path / f"export{suffix}"
    with app.sessions() as s:
        assert export.export_project(s, "streets", fmt, out, "all") == 2
    assert formats.read(out, fmt) == records


def test_label_studio_task_shape(app, approved, tmp_path):
    with app.sessions() as s:
        export.export_project(s, "streets", "label-studio", tmp_path / "ls.json", "approved")
    [task] = json.loads((tmp_path / "ls.json").read_text())
    assert task["data"]["image"].endswith("a.png") and task["data"]["notes"] == approved["notes"]
    [annotation] = task["annotations"]
    assert annotation["result"] == [{"id": "final", "from_name": "caption", "to_name": "image", "type": "textarea",
                                     "value": {"text": [FINAL]}}]
    [prediction] = task["predictions"]
    assert prediction["model_version"] == "fake/test" and prediction["result"][0]["type"] == "textarea"
    # an edit made in Label Studio is what comes back
    annotation["result"][0]["value"]["text"] = ["A red bus."]
    assert label_studio.record_from_label_studio(task).final_text == "A red bus."


def test_csv_opens_cleanly_in_a_spreadsheet(app, approved, tmp_path):
    with app.sessions() as s:
        export.export_project(s, "streets", "csv", tmp_path / "x.csv", "approved")
    raw = (tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: spreadsheets detect the encoding
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f))
    assert row["final_text"].startswith("'=HYPERLINK") and row["notes"].startswith("'-red")
    assert not any(cell.startswith(formats.FORMULA_STARTS) for cell in row.values())
    assert json.loads(row["questions"])[0]["answer"] == "daylight"  # nested fields as JSON strings


def test_neutralising_is_reversible():
    for cell in ("=1+1", "+x", "-", "@SUM", "'=quoted", "'", "plain", "", "'plain"):
        assert formats.restore(formats.neutralise(cell)) == cell


def test_hugging_face_datasets_reads_typed_nested_columns(app, approved, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    datasets = pytest.importorskip("datasets")
    records = _records(app, "all")
    with app.sessions() as s:
        export.export_project(s, "streets", "hf", tmp_path / "x.parquet", "all")
        export.export_project(s, "streets", "hf", tmp_path / "x.jsonl", "all")
    for builder, path in (("parquet", "x.parquet"), ("json", "x.jsonl")):
        loaded = datasets.load_dataset(builder, data_files=str(tmp_path / path), split="train",
                                       cache_dir=str(tmp_path / "hf-cache"))
        assert loaded.num_rows == 2
        assert loaded[0]["final_check"]["sentences"][0]["notes"] == records[0].provenance[0].notes
        assert loaded[0]["questions"][0]["answer"] == "daylight"
    features = datasets.load_dataset("parquet", data_files=str(tmp_path / "x.parquet"), split="train",
                                     cache_dir=str(tmp_path / "hf-cache")).features
    assert features["edit_distance"].dtype == "int64" and features["timestamps"]["submitted"].dtype == "timestamp[us, tz=UTC]"
    # typed even where every row is empty: a list of strings, not of nulls
    assert features["flags"].feature.dtype == "string"
    assert features["final_check"]["facts"].feature["status"].dtype == "string"


def test_only_a_lead_exports_from_the_app(app, approved):
    with pytest.raises(Forbidden):
        export_file(app, "ann", "streets", "jsonl", "approved")
    result = export_file(app, "lea", "streets", "csv", "approved")
    assert result["message"].startswith("Exported 1 approved task(s) of 'streets' as csv. Information flow in 'streets': ")
    assert formats.read(result["path"], "csv") == _records(app)
    with pytest.raises(BadInputError, match="no project"):
        export_file(app, "lea", "nope", "jsonl", "approved")


def test_schemas_are_published_with_field_descriptions():
    schema = ExportRecord.model_json_schema()
    assert "final_check" in schema["properties"] and "observation" in schema["properties"]["observations"]["description"]
    assert TaskLine.model_json_schema()["required"] == ["id", "kind", "notes"]


def test_export_reads_the_same_on_postgresql(pg_url, tmp_path, fake, fake_spec):
    sessions = db.connect(pg_url)
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        accounts.add_user(s, "lea", "lead", "password-2")
        project = projects.create_project(s, "answers", "rewrite")
        projects.add_task(s, project, "r1", {"prompt": "How long?", "response": "Six months."})
    app = App(sessions, fake_spec)
    view = app.next_task("ann")
    app.submit("ann", view["task_id"], "three months, not six", ["factual_error"], "It takes three months.")
    app.decide("lea", view["task_id"], "reject", "-check the source")
    with sessions() as s:
        [record] = export.export_records(s, projects.get_project(s, "answers"), "all")
        export.export_project(s, "answers", "csv", tmp_path / "x.csv", "all")
    assert (record.prompt, record.response, record.flags) == ("How long?", "Six months.", ["factual_error"])
    assert (record.decision, record.comment, record.draft, record.edit_distance) == ("reject", "-check the source", None, None)
    assert formats.read(tmp_path / "x.csv", "csv") == [record]


def test_exports_carry_edge_cases_and_guideline_version_and_leave_gold_copies_out(app, approved):
    from assistant.app import assignment, edge_cases  # noqa: PLC0415

    with app.sessions() as s:
        lead = s.scalar(select(db.User).where(db.User.name == "lea"))
        ann = s.scalar(select(db.User).where(db.User.name == "ann"))
        task_b = s.scalar(select(db.Task).where(db.Task.external_id == "b"))
        store.next_task(s, ann)
        store.save_notes(s, task_b, ann, "maybe a cat", [])
        edge_cases.raise_edge_case(s, task_b, ann, "cannot tell a cat from a fox", note="n1", notes="maybe a cat")
        template = s.get(db.Task, approved["task_id"])
        assignment.mark_gold(s, template, lead, "red bus on the left")
        copy = assignment.link(s, template)  # no copy yet: the template itself is not a copy
        assert copy is None
    every = _records(app, "all")
    escalated = next(r for r in every if r.item_id == "b")
    assert escalated.status == "escalated" and escalated.unresolved_edge_case
    assert escalated.edge_cases[0].reason == "cannot tell a cat from a fox" and escalated.edge_cases[0].note == "n1"
    approved_record = next(r for r in every if r.item_id == "a")
    assert approved_record.record.source == "final" and approved_record.record.text == FINAL
    assert approved_record.gold  # the template a lead marked is gold, and says so


def test_formula_cells_after_leading_whitespace_are_neutralised():
    """Issue 22, finding 10: a spreadsheet skips leading spaces and line breaks before `=`."""
    for cell in (" =1+1", "\n=HYPERLINK(\"http://x\")", "  \r\n @SUM(A1)", " \t-2+3"):
        assert formats.neutralise(cell) == "'" + cell and formats.restore(formats.neutralise(cell)) == cell
    for cell in (" plain", "\n", " ' quoted"):
        assert formats.neutralise(cell) == cell and formats.restore(formats.neutralise(cell)) == cell
