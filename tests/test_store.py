"""Storage: users, projects, import, the queue, append-only history, review; SQLite and PostgreSQL."""

import json
import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from assistant.app import accounts, db, projects, store
from assistant.diff import diff_html, edit_distance, word_diff
from assistant.errors import AssistantError, BadInputError
from tests.conftest import write_png

PG_ADMIN = os.environ.get("ANNOTATION_ASSISTANT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def sqlite_session(tmp_path):
    factory = db.connect(f"sqlite:///{tmp_path / 'aa.db'}")
    with factory() as session:
        yield session


@pytest.fixture
def pg_url():
    """A fresh schema-isolated database on the local PostgreSQL (trust auth, database test)."""
    name = f"aa_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as e:  # noqa: BLE001
        pytest.fail(f"PostgreSQL on 127.0.0.1:5432 is required for this test: {e}")
    yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def _round_trip(session, tmp_path):
    ann = accounts.add_user(session, "ann", "annotator", "password-1")
    other = accounts.add_user(session, "bob", "annotator", "password-2")
    lead = accounts.add_user(session, "lea", "lead", "password-3")
    project = projects.create_project(session, "streets", "caption")
    jsonl = tmp_path / "tasks.jsonl"
    for name in ("a.png", "b.png"):
        write_png(tmp_path / name)
    jsonl.write_text('{"id": "a", "image": "a.png"}\n{"id": "b", "image": "b.png"}\nnot json\n{"image": ""}\n'
                     '{"id": "typo", "image": "c.png"}\n')
    result = projects.import_tasks(session, project, str(jsonl))
    assert result.imported == 2 and [n for n, _ in result.skipped] == [3, 4, 5]
    assert result.problems()[-1] == "line 5: c.png: image not found"

    first = store.next_task(session, ann)
    assert first.external_id == "a" and first.holder_id == ann.id
    assert store.next_task(session, ann).id == first.id  # held until submitted
    assert store.next_task(session, other).external_id == "b"  # one holder at a time
    with pytest.raises(BadInputError, match="not held by you"):
        store.held_task(session, other, first.id)

    store.save_notes(session, first, ann, "red bus\nwet road, maybe rain")
    store.save_notes(session, first, ann, "red bus\nwet road, maybe rain")  # unchanged: not repeated
    store.add_event(session, first, ann, "draft", "A red bus on a wet road, possibly after rain.",
                    {"check": {"unsupported": []}})
    store.submit(session, first, ann, "A red bus on a road that may be wet from rain.", {"ok": True})
    assert first.status == "submitted" and first.holder_id is None

    assert [t.id for t in store.review_queue(session)] == [first.id]
    with pytest.raises(BadInputError, match="comment"):
        store.decide(session, first, lead, "send_back")
    with pytest.raises(BadInputError, match="only a lead"):
        store.decide(session, first, ann, "approve")
    store.decide(session, first, lead, "send_back", "say which road")
    assert first.status == "returned" and store.returned_comment(session, first) == "say which road"
    assert store.next_task(session, ann).id == first.id  # back with its annotator
    store.submit(session, first, ann, "A red bus on Main Street, which may be wet from rain.", {"ok": True})
    store.decide(session, first, lead, "approve")
    kinds = [e.kind for e in store.history(session, first)]
    assert kinds == ["claim", "notes", "draft", "submit", "decision", "submit", "decision"]
    stats = {s["annotator"]: s for s in store.annotator_stats(session)}
    assert stats["ann"]["tasks_done"] == 1 and stats["ann"]["ai_drafts_accepted_unchanged"] == "0/1"
    assert stats["ann"]["mean_edit_distance_words"] > 0
    return first


def test_round_trip_on_sqlite(sqlite_session, tmp_path):
    _round_trip(sqlite_session, tmp_path)


def test_round_trip_on_postgresql(pg_url, tmp_path):
    factory = db.connect(pg_url)
    with factory() as session:
        task = _round_trip(session, tmp_path)
        assert session.get(db.Task, task.id).status == "approved"
    factory.kw["bind"].dispose()


def test_history_is_append_only(sqlite_session, tmp_path):
    task = _round_trip(sqlite_session, tmp_path)
    event = store.history(sqlite_session, task)[1]
    event.text = "rewritten history"
    with pytest.raises(AssistantError, match="append-only"):
        sqlite_session.commit()
    sqlite_session.rollback()
    sqlite_session.delete(store.history(sqlite_session, task)[0])
    with pytest.raises(AssistantError, match="append-only"):
        sqlite_session.commit()


def test_passwords_are_hashed_and_checked(sqlite_session):
    user = accounts.add_user(sqlite_session, "ann", "annotator", "correct horse")
    assert "correct horse" not in user.password_hash and user.password_hash.startswith("scrypt$")
    assert accounts.authenticate(sqlite_session, "ann", "correct horse").id == user.id
    assert accounts.authenticate(sqlite_session, "ann", "wrong") is None
    assert accounts.authenticate(sqlite_session, "nobody", "correct horse") is None
    with pytest.raises(BadInputError, match="already exists"):
        accounts.add_user(sqlite_session, "ann", "lead", "another one")
    with pytest.raises(BadInputError, match="role"):
        accounts.add_user(sqlite_session, "x", "admin", "password-1")


def test_the_default_database_is_a_sqlite_file_created_on_first_use(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATION_ASSISTANT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(db.DB_ENV, raising=False)
    assert db.resolve_url() == f"sqlite:///{tmp_path / 'home' / 'annotation-assistant.db'}"
    db.connect()
    assert (tmp_path / "home" / "annotation-assistant.db").is_file()
    monkeypatch.setenv(db.DB_ENV, "sqlite:///elsewhere.db")
    assert db.resolve_url() == "sqlite:///elsewhere.db" and db.resolve_url("sqlite:///x.db") == "sqlite:///x.db"


def test_an_upgrade_keeps_existing_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    factory = db.connect(url)
    with factory() as session:
        accounts.add_user(session, "ann", "annotator", "password-1")
    factory = db.connect(url)  # a second start runs the migrations again: a no-op
    with factory() as session:
        assert accounts.authenticate(session, "ann", "password-1") is not None
        version = session.execute(text("select version_num from alembic_version")).scalar()
    assert version == "0006_item_ids"  # 0001 -> 0002_reliability -> 0004_team -> 0005_sessions -> 0006_item_ids


def test_word_diff_marks_insertions_and_deletions_and_escapes_markup():
    pieces = word_diff("policy lasts six months", "policy lasts 3 months")
    assert [(p.op, p.text) for p in pieces if p.op != "equal"] == [("delete", "six"), ("insert", "3")]
    html_out = diff_html("a <b>bold</b> claim", "a claim <script>x</script>")
    assert "<script" not in html_out and "<b>" not in html_out and "&lt;" in html_out and "aa-ins" in html_out
    assert edit_distance("a b c", "a x c d") == 2 and edit_distance("same", "same") == 0


def test_import_a_folder_of_images_and_reject_bad_files(sqlite_session, tmp_path):
    project = projects.create_project(sqlite_session, "photos", "caption")
    (tmp_path / "imgs").mkdir()
    for name in ("b.png", "a.png"):
        write_png(tmp_path / "imgs" / name)
    (tmp_path / "imgs" / "notes.txt").write_text("not an image, not imported")
    (tmp_path / "imgs" / "broken.jpg").write_bytes(b"x")
    result = projects.import_tasks(sqlite_session, project, str(tmp_path / "imgs"))
    assert result.imported == 2
    assert result.problems() == ["broken.jpg: not a readable image (UnidentifiedImageError)"]
    with pytest.raises(BadInputError, match="not found"):
        projects.import_tasks(sqlite_session, project, str(tmp_path / "missing.jsonl"))
    rewrite = projects.create_project(sqlite_session, "answers", "rewrite")
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "1", "prompt": "q?", "response": "an answer"}) + "\n")
    assert projects.import_tasks(sqlite_session, rewrite, str(tmp_path / "r.jsonl")).imported == 1
    with pytest.raises(BadInputError, match="caption project"):
        projects.import_tasks(sqlite_session, rewrite, str(tmp_path / "imgs"))


def test_task_statuses_and_event_kinds_are_a_closed_set(tmp_path):
    sessions = db.connect(f"sqlite:///{tmp_path / 'closed.db'}")
    with sessions() as s:
        project = projects.create_project(s, "p", "rewrite")
        task = projects.add_task(s, project, "t", {"prompt": "", "response": "x"})
        with pytest.raises(ValueError, match="unknown task status"):
            task.status = "sumbitted"
        with pytest.raises(ValueError, match="unknown event kind"):
            store.add_event(s, task, None, "note")
