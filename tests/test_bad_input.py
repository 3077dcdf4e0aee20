"""Bad input: each gets one clear line, and nothing stored is damaged. Through the app's
handlers (the same calls the UI makes) and the importers."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from assistant import llm
from assistant.app import accounts, db, projects, store
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
        accounts.add_user(s, "ann", "annotator", "password-1")
        project = projects.create_project(s, "answers", "rewrite")
        projects.add_task(s, project, "r1", {"prompt": "", "response": RESPONSE})
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
        project = projects.create_project(s, "answers", "rewrite")
        result = projects.import_tasks(s, project, str(tmp_path / "t.jsonl"))
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
        project = projects.create_project(s, "photos", "caption")
        result = projects.import_tasks(s, project, str(folder))
        assert result.imported == 1
        problems = sorted(result.problems())
        assert problems[0].startswith("bomb.png: too many pixels")
        assert problems[1].startswith("corrupt.png: not a readable image")
        assert problems[2].startswith("text.jpg: not a readable image")
        with pytest.raises(BadInputError, match="too many pixels"):
            projects.add_uploads(s, project, [folder / "bomb.png"], tmp_path / "uploads")
        assert [t.external_id for t in s.query(Task)] == ["good"]


def _caption_project(tmp_path):
    url = f"sqlite:///{tmp_path / 'aa.db'}"
    with db.connect(url)() as s:
        projects.create_project(s, "photos", "caption")
    return url


def test_image_urls_the_server_will_not_fetch_are_refused_by_line(tmp_path, monkeypatch, capsys):
    """Issue 22, finding 1: Gradio's fetch guard refuses these, so an imported task would jam
    the annotator; import refuses them instead, one line each."""
    from assistant.app import images  # noqa: PLC0415
    from assistant.cli import main  # noqa: PLC0415

    resolved = {"pictures.example.com": ["93.184.216.34"], "intranet.example.com": ["10.1.2.3"]}
    monkeypatch.setattr(images, "addresses", lambda host: resolved[host])
    url = _caption_project(tmp_path)
    refused = ["http://127.0.0.1:7941/a.png", "http://10.0.0.5/a.png", "http://169.254.169.254/latest/meta-data",
               "http://[::1]/a.png", "http://localhost/a.png", "http://intranet.example.com/a.png",
               "file:///etc/passwd", "ftp://pictures.example.com/a.png", "http://0.0.0.0/a.png", "http://:80/a.png"]
    lines = [{"id": f"bad-{n}", "image": u} for n, u in enumerate(refused)]
    lines.append({"id": "good", "image": "https://pictures.example.com/bus.png"})
    (tmp_path / "t.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert main(["import", "--project", "photos", str(tmp_path / "t.jsonl"), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "imported 1 task(s)" in out and f"refused {len(refused)}" in out
    warnings = err.splitlines()
    assert [w.split(":")[1] for w in warnings] == [f" refused line {n}" for n in range(1, len(refused) + 1)]
    assert all("will not fetch it" in w for w in warnings[:6] + warnings[8:9]), warnings
    assert "only http(s)" in warnings[6] and "only http(s)" in warnings[7] and "no host" in warnings[9]
    with db.connect(url)() as s:
        assert [(t.external_id, t.payload["image"]) for t in s.query(Task)] == [
            ("good", "https://pictures.example.com/bus.png")]


def test_one_bad_line_refuses_only_itself(tmp_path, capsys):
    """Issue 22, finding 2: a line nested 100,000 deep, an image path with a NUL byte or one
    longer than a file name can be each refuse their own line; the good lines are imported."""
    from assistant.cli import main  # noqa: PLC0415

    url = _caption_project(tmp_path)
    write_png(tmp_path / "a.png")
    write_png(tmp_path / "b.png")
    (tmp_path / "t.jsonl").write_text("\n".join([
        json.dumps({"id": "a", "image": "a.png"}),
        "[" * 100_000,
        json.dumps({"id": "nul", "image": "a\x00.png"}),
        json.dumps({"id": "long", "image": "x" * 300 + ".png"}),
        json.dumps({"id": "deep", "image": "a.png", "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}),
        json.dumps({"id": "b", "image": "b.png"}),
    ]) + "\n")
    assert main(["import", "--project", "photos", str(tmp_path / "t.jsonl"), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "imported 2 task(s)" in out and "refused 4" in out and "unexpected" not in err
    assert "line 2: nested deeper than 64 levels" in err and "line 3: image: contains a NUL character" in err
    assert "line 4: the image path is not usable here (OSError: File name too long)" in err
    assert "line 5: nested deeper" in err
    # a Label Studio array: one entry nested too deep is refused, the others are imported
    (tmp_path / "ls.json").write_text('[{"data": {"image": "a.png"}, "id": 1},' + "[" * 100_000 + "]" * 100_000
                                      + ', {"data": {"image": "b.png"}, "id": 3}]')
    with db.connect(url)() as s:
        projects.create_project(s, "again", "caption")
    assert main(["import", "--project", "again", str(tmp_path / "ls.json"), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "imported 2 task(s)" in out and "line 2: nested deeper than 64 levels" in err


def test_an_upload_with_one_bad_line_keeps_the_good_ones(tmp_path):
    sessions = db.connect(_caption_project(tmp_path))
    write_png(tmp_path / "a.png")
    (tmp_path / "t.jsonl").write_text(json.dumps({"id": "a", "image": "a.png"}) + "\n" + "[" * 100_000 + "\n")
    with sessions() as s:
        result = projects.add_uploads(s, projects.get_project(s, "photos"), [tmp_path / "t.jsonl"], tmp_path / "up")
        assert result.imported == 1 and result.problems() == ["line 2: nested deeper than 64 levels"]


def test_a_batch_input_line_nested_too_deep_fails_only_itself():
    from assistant.batch import pending_task  # noqa: PLC0415

    pending = pending_task(3, b"[" * 100_000 + b"\n")
    assert pending.task is None and pending.problem == "line 3: not a JSON line (nested deeper than 64 levels)"
