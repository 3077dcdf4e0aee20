"""Bad input: each gets one clear line, and nothing stored is damaged. Through the app's
handlers (the same calls the UI makes) and the importers."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from assistant import llm
from assistant.app import db, store
from assistant.app.db import Task
from assistant.errors import BadInputError
from tests.conftest import write_png
from tests.test_eval import echo_model

RESPONSE = "The return policy lasts six months."


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request, tmp_path, fake):
    from assistant_ui.handlers import App  # noqa: PLC0415

    url = f"sqlite:///{tmp_path / 'aa.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    sessions = db.connect(url)
    with sessions() as s:
        store.add_user(s, "ann", "annotator", "password-1")
        project = store.create_project(s, "answers", "rewrite")
        store.add_task(s, project, "r1", {"prompt": "", "response": RESPONSE})
    fake.enqueue([echo_model] * 30)
    yield App(sessions, llm.ModelSpec(model="fake/test", retries=0))
    sessions.kw["bind"].dispose()


from tests.test_store import pg_url  # noqa: E402, F401 - the fixture


def _history(app, task_id):
    with app.sessions() as s:
        return [(e.kind, e.text) for e in store.history(s, s.get(Task, task_id))]


@pytest.mark.parametrize("notes, flags, message", [
    ("", [], "write your notes first"),
    ("   \n\t \n", [], "write your notes first"),
    ("x" * 1_000_000, [], "notes are 1,000,000 characters; the limit is 20,000"),
    ("policy is 30 days\x00", [], "NUL character"),
    ("policy is 30 days", ["no_such_flag"], "unknown flag"),
], ids=["empty", "whitespace", "1MB", "nul", "unknown-flag"])
def test_bad_notes_get_one_line_and_nothing_is_stored(app, notes, flags, message):
    task_id = app.next_task("ann")["task_id"]
    before = _history(app, task_id)
    for call in (lambda: list(app.compose("ann", task_id, notes, flags)),
                 lambda: app.check_edit("ann", task_id, notes, flags, "Some text."),
                 lambda: app.submit("ann", task_id, notes, flags, "Some text.")):
        with pytest.raises(BadInputError, match=message) as raised:
            call()
        assert "\n" not in str(raised.value) and len(str(raised.value)) < 300
    assert _history(app, task_id) == before  # nothing stored, nothing changed
    with app.sessions() as s:
        assert s.get(Task, task_id).status == "in_progress"


def test_control_characters_mixed_scripts_and_emoji_are_kept_exactly(app):
    notes = "policy is 30 days \u202eevil\u202c\nreçu requis · 領収書が必要 · إيصال 🧾👍🏽\nmaybe \x1b[31mexchange\x1b[0m only"
    task_id = app.next_task("ann")["task_id"]
    final = [u for u in app.compose("ann", task_id, notes, [])][-1]
    assert final["draft"]
    done = app.submit("ann", task_id, notes, [], final["draft"] + " 🧾")
    assert "submitted" in done["message"]
    history = _history(app, task_id)
    assert ("notes", notes) in history and ("submit", final["draft"] + " 🧾") in history


def test_a_task_number_that_is_not_a_number_is_one_line(app):
    app.next_task("ann")
    with pytest.raises(BadInputError, match="not a task number"):
        app.check_edit("ann", "1; DROP TABLE tasks", "notes", [], "Text.")


def test_imports_report_bad_lines_by_number_and_keep_the_rest(tmp_path):
    sessions = db.connect(f"sqlite:///{tmp_path / 'aa.db'}")
    lines = [json.dumps({"id": "ok-1", "prompt": "q", "response": "fine"}).encode(),
             b'{"id": "bad-utf8", "response": "caf\xe9"}',  # latin-1, not UTF-8
             b'{"id": "broken", "response": ',
             json.dumps({"id": "extra", "response": "x", "rating": 5}).encode(),  # unknown field
             json.dumps({"id": "empty", "response": ""}).encode(),
             json.dumps({"id": "ok-2", "prompt": "q", "response": "emoji 🧾 and 領収書"}).encode()]
    (tmp_path / "t.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    with sessions() as s:
        project = store.create_project(s, "answers", "rewrite")
        result = store.import_tasks(s, project, str(tmp_path / "t.jsonl"))
        assert result.imported == 2 and [n for n, _ in result.skipped] == [2, 3, 4, 5]
        problems = result.problems()
        assert problems[0] == "line 2: not UTF-8 (byte 35)" and problems[1].startswith("line 3: not JSON")
        assert "rating" in problems[2] and all("\n" not in p for p in problems)
        stored = sorted(t.external_id for t in s.query(Task))
        assert stored == ["ok-1", "ok-2"]


def test_images_that_are_huge_corrupt_or_not_images_are_refused_by_name(tmp_path):
    folder = tmp_path / "imgs"
    write_png(folder / "good.png")
    (folder / "corrupt.png").write_bytes((folder / "good.png").read_bytes()[:40])
    (folder / "text.jpg").write_text("just words")
    Image.new("1", (20_000, 20_000)).save(folder / "bomb.png")  # 400 megapixels in a small file
    sessions = db.connect(f"sqlite:///{tmp_path / 'aa.db'}")
    with sessions() as s:
        project = store.create_project(s, "photos", "caption")
        result = store.import_tasks(s, project, str(folder))
        assert result.imported == 1
        problems = sorted(result.problems())
        assert problems[0].startswith("bomb.png: too many pixels")
        assert problems[1].startswith("corrupt.png: not a readable image")
        assert problems[2].startswith("text.jpg: not a readable image")
        with pytest.raises(BadInputError, match="too many pixels"):
            store.add_uploads(s, project, [folder / "bomb.png"], tmp_path / "uploads")
        assert [t.external_id for t in s.query(Task)] == ["good"]
