"""Issue 26: our exports come back as the same records. Export a project in each format,
import the file into a project of a fresh database, export that: every field is the same
but the task id and the project, which are the new database's."""

import json

import pytest

from assistant import formats, label_studio
from assistant.app import db, export, projects, store
from assistant.cli import main
from tests.test_export import app, approved  # noqa: F401 - the fixtures

SAME = {"task_id", "project"}


def _records(url, project):
    with db.connect(url)() as s:
        return export.export_records(s, projects.get_project(s, project), "all")


def _fields(record):
    return record.model_dump(exclude=SAME)


@pytest.fixture
def exported(app, approved, tmp_path, fake):  # noqa: F811
    """Task a approved (draft, question, final text, review), task b submitted and rejected."""
    from tests.test_eval import echo_model  # noqa: PLC0415

    fake.enqueue([echo_model])
    view = app.next_task("ann")
    list(app.compose("ann", view["task_id"], "a cat on a wall\nmaybe asleep", []))
    app.submit("ann", view["task_id"], "a cat on a wall\nmaybe asleep", [], "A cat lies on a wall, maybe asleep.")
    app.decide("lea", view["task_id"], "reject", "say which wall")
    with app.sessions() as s:
        return export.export_records(s, projects.get_project(s, "streets"), "all")


@pytest.mark.parametrize("fmt,suffix", [("jsonl", ".jsonl"), ("csv", ".csv"), ("label-studio", ".json"),
                                        ("hf", ".parquet")])
def test_each_format_round_trips_to_the_same_records(app, exported, tmp_path, fmt, suffix, capsys):
    out = tmp_path / f"out{suffix}"
    with app.sessions() as s:
        export.export_project(s, "streets", fmt, out, "all")
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert main(["project", "add", "again", "--kind", "caption", "--db", url]) == 0
    assert main(["import", "--project", "again", str(out), "--db", url]) == 0
    assert "imported 2 task(s) into 'again'" in capsys.readouterr().out
    back = _records(url, "again")
    assert [r.status for r in back] == ["approved", "rejected"]
    for before, after in zip(exported, back, strict=True):
        assert _fields(after) == _fields(before)
    # a second import of the same file adds nothing
    assert main(["import", "--project", "again", str(out), "--db", url]) == 0
    assert "imported 0 task(s) into 'again'; skipped 2 already there; updated 0; refused 0" in capsys.readouterr().out
    assert [_fields(r) for r in _records(url, "again")] == [_fields(r) for r in back]


def _label_studio_export(ours: list[dict]) -> list[dict]:
    """What Label Studio's own JSON export makes of our tasks once annotated there: its ids,
    `"predictions": [id]`, the prediction object on the annotation, `completed_by` an id."""
    tasks = []
    for n, task in enumerate(ours, start=1):
        prediction = dict(task["predictions"][0], id=100 + n, created_ago="1 hour") if task["predictions"] else None
        annotations = [dict(a, id=200 + n, completed_by=1, was_cancelled=False, created_at="2026-12-04T10:00:00Z",
                            prediction=prediction or {}) for a in task["annotations"]]
        tasks.append({"id": 300 + n, "data": task["data"], "annotations": annotations,
                      "predictions": [prediction["id"]] if prediction else [], "meta": {}, "inner_id": n})
    return tasks


def test_label_studio_s_own_export_comes_back_with_the_work(app, exported, tmp_path, capsys):
    with app.sessions() as s:
        export.export_project(s, "streets", "label-studio", tmp_path / "ours.json", "all")
    tasks = _label_studio_export(json.loads((tmp_path / "ours.json").read_text()))
    tasks[1]["annotations"][0]["result"][0]["value"]["text"] = ["A cat sleeps on a low wall."]  # edited in LS
    (tmp_path / "ls.json").write_text(json.dumps(tasks))
    records = formats.read(tmp_path / "ls.json", "label-studio")  # crashed on "predictions": [1]
    assert [r.item_id for r in records] == ["a", "b"] and records[1].final_text == "A cat sleeps on a low wall."
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert main(["project", "add", "again", "--kind", "caption", "--db", url]) == 0
    assert main(["import", "--project", "again", str(tmp_path / "ls.json"), "--db", url]) == 0
    back = _records(url, "again")
    assert _fields(back[0]) == _fields(exported[0])
    assert back[1].final_text == "A cat sleeps on a low wall." and back[1].notes == exported[1].notes
    assert (back[1].draft.text, back[1].draft.model) == (exported[1].draft.text, exported[1].draft.model)

    # without our record (a task made or stripped in Label Studio): notes, final text, draft
    # and model version, status and item id still come back
    for task in tasks:
        del task["data"][label_studio.LS_RECORD_KEY]
    (tmp_path / "bare.json").write_text(json.dumps(tasks))
    assert main(["project", "add", "bare", "--kind", "caption", "--db", url]) == 0
    assert main(["import", "--project", "bare", str(tmp_path / "bare.json"), "--db", url]) == 0
    bare = _records(url, "bare")
    assert [(r.item_id, r.status, r.notes) for r in bare] == [("a", "submitted", exported[0].notes),
                                                             ("b", "submitted", exported[1].notes)]
    assert bare[0].final_text == exported[0].final_text and bare[0].draft.text == exported[0].draft.text
    assert bare[0].draft.model == "fake/test" and str(bare[0].timestamps.submitted) == "2026-12-04 10:00:00"


def test_export_links_images_for_label_studio_local_files_or_a_url(app, exported, tmp_path):
    out = tmp_path / "ls.json"
    url = f"sqlite:///{tmp_path / 'app.db'}"
    base = ["export", "--project", "streets", "--format", "label-studio", "--status", "all", "--out", str(out),
            "--db", url]
    assert main(base + ["--image-root", str(tmp_path)]) == 0
    tasks = json.loads(out.read_text())
    assert [t["data"]["image"] for t in tasks] == ["/data/local-files/?d=a.png", "/data/local-files/?d=b.png"]
    assert tasks[0]["data"][label_studio.LS_RECORD_KEY]["image"] == str(tmp_path / "a.png")  # our record keeps the path
    assert main(base + ["--image-root", str(tmp_path), "--image-url-prefix", "https://img.example.com/x/"]) == 0
    assert json.loads(out.read_text())[1]["data"]["image"] == "https://img.example.com/x/b.png"
    assert main(base + ["--image-root", str(tmp_path / "elsewhere")]) == 2
    (tmp_path / "elsewhere").mkdir()
    assert main(base + ["--image-root", str(tmp_path / "elsewhere")]) == 2  # an image not under it: nothing written
    assert main(["export", "--project", "streets", "--format", "csv", "--out", str(tmp_path / "x.csv"),
                 "--image-root", str(tmp_path), "--db", url]) == 2
    # Label Studio's export of those tasks: the local-files links resolve back under --image-root
    ls = _label_studio_export(tasks)
    for task in ls:
        del task["data"][label_studio.LS_RECORD_KEY]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ls.json").write_text(json.dumps(ls))
    assert main(["project", "add", "again", "--kind", "caption", "--db", url]) == 0
    assert main(["import", "--project", "again", "--image-root", str(tmp_path), str(tmp_path / "sub" / "ls.json"),
                 "--db", url]) == 0
    assert [r.image for r in _records(url, "again")] == [str(tmp_path / "a.png"), str(tmp_path / "b.png")]


def test_a_mixed_batch_is_refused_for_label_studio_and_exports_by_kind(tmp_path, capsys):
    from assistant.batch import BatchResult  # noqa: PLC0415

    lines = []
    for n, (kind, extra) in enumerate([("caption", {"image": "a.png"}), ("rewrite", {"response": "Six months."})]):
        task = {"id": f"t{n}", "kind": kind, "notes": "a note", **extra}
        lines.append(BatchResult.model_validate({"id": f"t{n}", "status": "done", "task": task, "text": "A draft.",
                                                 "model": "fake/test", "finished_at": "2026-12-04T10:00:00"}))
    results = tmp_path / "results.jsonl"
    results.write_text("".join(line.model_dump_json() + "\n" for line in lines))
    out = tmp_path / "ls.json"
    assert main(["export", "--batch", str(results), "--format", "label-studio", "--out", str(out)]) == 2
    assert "mix caption and rewrite" in capsys.readouterr().err and not out.exists()
    assert main(["export", "--batch", str(results), "--format", "label-studio", "--kind", "rewrite",
                 "--out", str(out)]) == 0
    assert [t["data"]["response"] for t in json.loads(out.read_text())] == ["Six months."]


def test_an_import_of_which_nothing_is_usable_exits_non_zero(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'aa.db'}"
    assert main(["project", "add", "streets", "--kind", "caption", "--db", url]) == 0
    (tmp_path / "t.jsonl").write_text('{"id": "a", "image": "missing.png"}\n')
    assert main(["import", "--project", "streets", str(tmp_path / "t.jsonl"), "--db", url]) == 2
    out, err = capsys.readouterr()
    assert "imported 0 task(s)" in out and "refused 1" in out and "error: nothing imported" in err


def test_update_appends_the_changed_work_to_the_history(app, exported, tmp_path, capsys):
    with app.sessions() as s:
        export.export_project(s, "streets", "label-studio", tmp_path / "ls.json", "all")
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert main(["project", "add", "again", "--kind", "caption", "--db", url]) == 0
    assert main(["import", "--project", "again", str(tmp_path / "ls.json"), "--db", url]) == 0
    tasks = json.loads((tmp_path / "ls.json").read_text())
    tasks[1]["annotations"][0]["result"][0]["value"]["text"] = ["A cat sleeps on a low wall."]
    (tmp_path / "ls.json").write_text(json.dumps(tasks))
    assert main(["import", "--project", "again", str(tmp_path / "ls.json"), "--db", url]) == 0
    assert "skipped 2 already there; updated 0" in capsys.readouterr().out
    assert _records(url, "again")[1].final_text == exported[1].final_text  # skipped: unchanged
    assert main(["import", "--project", "again", "--update", str(tmp_path / "ls.json"), "--db", url]) == 0
    assert "skipped 1 already there; updated 1; refused 0" in capsys.readouterr().out
    assert _records(url, "again")[1].final_text == "A cat sleeps on a low wall."
    with db.connect(url)() as s:
        task = s.get(db.Task, _records(url, "again")[1].task_id)
        assert [e.text for e in store.history(s, task) if e.kind == "submit"] == [
            exported[1].final_text, "A cat sleeps on a low wall."]  # appended, never rewritten


from tests.test_store import pg_url  # noqa: E402, F401 - the PostgreSQL fixture


def test_a_round_trip_into_postgresql(app, exported, tmp_path, pg_url, capsys):  # noqa: F811
    with app.sessions() as s:
        export.export_project(s, "streets", "csv", tmp_path / "x.csv", "all")
    assert main(["project", "add", "again", "--kind", "caption", "--db", pg_url]) == 0
    for _ in range(2):
        assert main(["import", "--project", "again", str(tmp_path / "x.csv"), "--db", pg_url]) == 0
    back = _records(pg_url, "again")
    assert [_fields(r) for r in back] == [_fields(r) for r in exported]
