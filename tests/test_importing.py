"""Import from Label Studio exports and foreign JSONL, fields renamed with --map."""

import json

from assistant.app import db, export, projects
from assistant.cli import main
from tests.conftest import write_png


def _setup(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    with db.connect(url)() as s:
        projects.create_project(s, "streets", "caption")
        projects.create_project(s, "answers", "rewrite")
    return url


def _items(url, project):
    with db.connect(url)() as s:
        return [(r.item_id, r.image or r.response, r.prompt)
                for r in export.export_records(s, projects.get_project(s, project), "all")]


def test_a_label_studio_export_imports_with_mapped_fields(tmp_path, capsys):
    url = _setup(tmp_path)
    write_png(tmp_path / "imgs" / "a.png")
    (tmp_path / "ls.json").write_text(json.dumps([
        {"id": 7, "data": {"img": "imgs/a.png", "other": 1}, "annotations": []},
        {"id": 8, "data": {"img": "imgs/missing.png"}},
        "not a task",
    ]))
    assert main(["import", "--project", "streets", "--map", "image=img", str(tmp_path / "ls.json"), "--db", url]) == 0
    captured = capsys.readouterr()
    assert "imported 1 task(s) into 'streets'; skipped 0 already there; updated 0; refused 2" in captured.out
    assert "line 2: missing.png: image not found" in captured.err and "line 3: not a JSON object" in captured.err
    assert _items(url, "streets") == [("7", str((tmp_path / "imgs" / "a.png").resolve()), None)]


def test_jsonl_with_other_keys_imports_with_a_map(tmp_path, capsys):
    url = _setup(tmp_path)
    (tmp_path / "r.jsonl").write_text(json.dumps({"uid": "q1", "question": "How long?", "text": "Six months."}) + "\n"
                                      + json.dumps({"data": {"uid": "q2", "text": "Two weeks."}}) + "\n")
    assert main(["import", "--project", "answers", "--map", "id=uid,prompt=question,response=text",
                 str(tmp_path / "r.jsonl"), "--db", url]) == 0
    assert _items(url, "answers") == [("q1", "Six months.", "How long?"), ("q2", "Two weeks.", None)]
    assert main(["import", "--project", "answers", "--map", "image=img", str(tmp_path / "r.jsonl"), "--db", url]) == 2
    assert "a rewrite task has id, prompt, response" in capsys.readouterr().err


def test_our_label_studio_export_imports_back_as_the_same_items(tmp_path):
    url = _setup(tmp_path)
    write_png(tmp_path / "a.png")
    (tmp_path / "t.jsonl").write_text('{"id": "a", "image": "a.png"}\n')
    assert main(["import", "--project", "streets", str(tmp_path / "t.jsonl"), "--db", url]) == 0
    assert main(["export", "--project", "streets", "--format", "label-studio", "--status", "all",
                 "--out", str(tmp_path / "ls.json"), "--db", url]) == 0
    with db.connect(url)() as s:
        projects.create_project(s, "again", "caption")
    assert main(["import", "--project", "again", "--map", "id=item_id", str(tmp_path / "ls.json"), "--db", url]) == 0
    assert _items(url, "again") == _items(url, "streets")


def _count(url, project):
    with db.connect(url)() as s:
        return len(export.export_records(s, projects.get_project(s, project), "all"))


def test_importing_a_file_again_adds_nothing_and_update_replaces(tmp_path, capsys):
    """Issue 22, finding 9: five uploads of one file made five copies of every task."""
    url = _setup(tmp_path)
    rows = [{"id": "q1", "prompt": "How long?", "response": "Six months."},
            {"prompt": "", "response": "No id, so a hash of the item is its id."}]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    for _ in range(5):
        assert main(["import", "--project", "answers", str(tmp_path / "r.jsonl"), "--db", url]) == 0
    assert _count(url, "answers") == 2
    assert "imported 0 task(s) into 'answers'; skipped 2 already there; updated 0; refused 0" in capsys.readouterr().out
    rows[0]["response"] = "Six weeks."
    rows.append({"id": "q1", "response": "twice in one file"})
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["import", "--project", "answers", "--update", str(tmp_path / "r.jsonl"), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "imported 0 task(s) into 'answers'; skipped 1 already there; updated 1; refused 1" in out
    assert "line 3: id 'q1' already came on line 1" in err
    assert sorted(r[1] for r in _items(url, "answers")) == ["No id, so a hash of the item is its id.", "Six weeks."]
    # the app's upload is idempotent too
    with db.connect(url)() as s:
        result = projects.add_uploads(s, projects.get_project(s, "answers"), [tmp_path / "r.jsonl"], tmp_path / "up")
        assert (result.imported, result.existing, result.updated) == (0, 2, 0)
    assert _count(url, "answers") == 2


def test_images_uploaded_again_are_the_same_items(tmp_path):
    url = _setup(tmp_path)
    write_png(tmp_path / "a.png")
    with db.connect(url)() as s:
        project = projects.get_project(s, "streets")
        assert projects.add_uploads(s, project, [tmp_path / "a.png"], tmp_path / "up").imported == 1
        again = projects.add_uploads(s, project, [tmp_path / "a.png"], tmp_path / "up")
        assert (again.imported, again.existing) == (0, 1)
        assert projects.import_tasks(s, project, str(tmp_path)).existing == 1  # the folder: the same id "a"
    assert _count(url, "streets") == 1


def test_an_old_database_with_duplicate_items_upgrades_and_reimports_add_nothing(tmp_path):
    from sqlalchemy import create_engine, inspect  # noqa: PLC0415

    from assistant.app.db import Task  # noqa: PLC0415

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    db.upgrade(engine, "0004_team")
    engine.dispose()
    with db.connect(url)() as s:  # connect upgrades to the head: the index comes with 0006_item_ids
        project = projects.create_project(s, "answers", "rewrite")
        s.add_all([Task(project_id=project.id, external_id="q1", payload={"prompt": "", "response": "x"})
                   for _ in range(2)])  # what repeated imports left behind
        s.commit()
        (tmp_path / "r.jsonl").write_text(json.dumps({"id": "q1", "response": "x"}) + "\n")
        result = projects.import_tasks(s, project, str(tmp_path / "r.jsonl"))
        assert (result.imported, result.existing) == (0, 1)
    indexes = inspect(create_engine(url)).get_indexes("tasks")
    assert {"name": "ix_tasks_project_item", "column_names": ["project_id", "external_id"]}.items() <= {
        **next(i for i in indexes if i["name"] == "ix_tasks_project_item")}.items()


def test_a_csv_of_task_rows_imports_too(tmp_path, capsys):
    url = _setup(tmp_path)
    (tmp_path / "r.csv").write_text("id,prompt,response\nq1,How long?,Six months.\nq2,,\n", encoding="utf-8-sig")
    assert main(["import", "--project", "answers", str(tmp_path / "r.csv"), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "imported 1 task(s)" in out and "line 3: response: Field required" in err
    assert _items(url, "answers") == [("q1", "Six months.", "How long?")]
