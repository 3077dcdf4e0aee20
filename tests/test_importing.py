"""Import from Label Studio exports and foreign JSONL, fields renamed with --map."""

import json

from assistant.app import db, export, store
from assistant.cli import main
from tests.conftest import write_png


def _setup(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    with db.connect(url)() as s:
        store.create_project(s, "streets", "caption")
        store.create_project(s, "answers", "rewrite")
    return url


def _items(url, project):
    with db.connect(url)() as s:
        return [(r.item_id, r.image or r.response, r.prompt)
                for r in export.export_records(s, store.get_project(s, project), "all")]


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
    assert "imported 1 task(s) into 'streets'; skipped 2" in captured.out
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
        store.create_project(s, "again", "caption")
    assert main(["import", "--project", "again", "--map", "id=item_id", str(tmp_path / "ls.json"), "--db", url]) == 0
    assert _items(url, "again") == _items(url, "streets")
