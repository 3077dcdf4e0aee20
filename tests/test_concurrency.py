"""Concurrent edits and hand-out: optimistic locking on a task's version, holds that expire,
no task to two annotators at once. On SQLite and on the local PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from assistant import llm
from assistant.app import accounts, db, projects, store
from assistant.app.db import Event, Task
from assistant.errors import BadInputError
from tests.test_store import pg_url  # noqa: F401 - the fixture
from assistant_ui.kind_fields import no_marks

RESPONSE = "The return policy lasts six months."


def _setup(url: str, annotators: int = 2, tasks: int = 2):
    sessions = db.connect(url)
    with sessions() as s:
        for i in range(annotators):
            accounts.add_user(s, f"ann{i}", "annotator", "password-1")
        accounts.add_user(s, "lea", "lead", "password-1")
        project = projects.create_project(s, "answers", "rewrite")
        for i in range(tasks):
            projects.add_task(s, project, f"r{i}", {"prompt": "", "response": RESPONSE})
    return sessions


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'aa.db'}"
    return request.getfixturevalue("pg_url")


def _user(s, name):
    return s.scalar(select(db.User).where(db.User.name == name))


def test_the_second_of_two_stale_saves_is_a_conflict_and_keeps_its_text(url):
    from assistant_ui.handlers import App  # noqa: PLC0415

    app = App(_setup(url), llm.ModelSpec(model="fake/test"))
    first_tab = app.next_task("ann0")
    second_tab = app.next_task("ann0")  # the same task open twice (two tabs, two browsers)
    assert first_tab["task_id"] == second_tab["task_id"] and first_tab["version"] == second_tab["version"]
    saved = app.check_edit("ann0", first_tab["task_id"], "policy is 30 days", [], "30 days.", first_tab["version"])
    assert saved["version"] > first_tab["version"]
    with pytest.raises(store.ConflictError, match="saved elsewhere.*nothing was overwritten"):
        app.check_edit("ann0", second_tab["task_id"], "policy is ninety days", [], "90 days.", second_tab["version"])
    with pytest.raises(store.ConflictError):
        app.submit("ann0", second_tab["task_id"], "policy is ninety days", [], "90 days.", second_tab["version"])
    with app.sessions() as s:
        task = s.get(Task, first_tab["task_id"])
        assert store.latest(s, task, "notes").text == "policy is 30 days"  # not overwritten
        assert store.latest(s, task, "rejected").text == "policy is ninety days"  # not lost either
        assert task.status == "in_progress" and store.latest(s, task, "submit") is None
    # the first tab carries on with the version it got back
    done = app.submit("ann0", first_tab["task_id"], "policy is 30 days", [], "30 days.", saved["version"])
    assert "submitted" in done["message"]


def test_a_hold_expires_and_the_late_save_is_refused_but_kept(url, monkeypatch):
    from assistant_ui.handlers import App  # noqa: PLC0415

    sessions = _setup(url, tasks=1)
    app = App(sessions, llm.ModelSpec(model="fake/test"))
    held = app.next_task("ann0")
    assert app.next_task("ann1")["task_id"] is None  # held: not handed to anyone else
    with sessions() as s:  # ann0 walks away for longer than the hold
        s.execute(db.Task.__table__.update().values(held_at=db.now() - timedelta(minutes=store.hold_minutes() + 1)))
        s.commit()
    taken = app.next_task("ann1")
    assert taken["task_id"] == held["task_id"] and taken["version"] > held["version"]
    with pytest.raises(BadInputError, match="not held by you"):
        app.check_edit("ann0", held["task_id"], "late notes of ann0", [], "Late.", held["version"])
    with sessions() as s:
        task = s.get(Task, held["task_id"])
        assert task.holder_id == _user(s, "ann1").id
        assert store.latest(s, task, "rejected").text == "late notes of ann0"
    # saving renews the hold, so an annotator at work keeps the task
    before = taken["version"]
    app.check_edit("ann1", taken["task_id"], "notes of ann1", [], "Text.", before)
    with sessions() as s:
        assert db.now() - s.get(Task, held["task_id"]).held_at < timedelta(minutes=1)


def test_a_refused_save_is_not_written_into_a_task_never_held(url):
    from assistant_ui.handlers import App  # noqa: PLC0415

    sessions = _setup(url, tasks=2)
    app = App(sessions, llm.ModelSpec(model="fake/test"))
    mine = app.next_task("ann0")["task_id"]
    other = app.next_task("ann1")["task_id"]
    with pytest.raises(BadInputError, match="not held by you"):
        app.check_edit("ann0", other, "scribbling on someone else's task", [], "x.")
    with sessions() as s:
        assert store.latest(s, s.get(Task, other), "rejected") is None and mine != other


def test_many_annotators_at_once_never_share_a_task(url):
    sessions = _setup(url, annotators=12, tasks=8)
    start = threading.Barrier(12)
    got: dict[str, int | None] = {}

    def pull(name: str) -> None:
        with sessions() as s:
            user = _user(s, name)
            start.wait()
            task = store.next_task(s, user)
            got[name] = task.id if task else None

    threads = [threading.Thread(target=pull, args=(f"ann{i}",)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    handed = [t for t in got.values() if t is not None]
    assert len(got) == 12 and len(handed) == 8 and len(set(handed)) == 8
    with sessions() as s:
        claims = s.execute(select(Event.task_id, func.count()).where(Event.kind == "claim").group_by(Event.task_id)).all()
        assert sorted(n for _, n in claims) == [1] * 8


def test_postgresql_hands_out_tasks_past_a_locked_row(pg_url):  # noqa: F811
    """A task row locked by another process's transaction is skipped (SKIP LOCKED), not waited on."""
    sessions = _setup(pg_url, tasks=2)
    with sessions() as locker:
        first = locker.scalar(select(Task.id).order_by(Task.id).limit(1).with_for_update())  # held open
        got: dict[str, int] = {}

        def pull() -> None:
            with sessions() as s:
                s.execute(text("SET lock_timeout = '20s'"))
                got["task"] = store.next_task(s, _user(s, "ann0")).id

        worker = threading.Thread(target=pull)
        worker.start()
        worker.join(15)
        finished = not worker.is_alive()
        locker.rollback()
        worker.join(30)
    assert finished, "next_task waited on a row another transaction had locked"
    assert got["task"] != first


def test_two_app_processes_on_postgresql_never_hand_one_task_to_two_annotators(pg_url, tmp_path):  # noqa: F811
    """Two real `serve` processes on one PostgreSQL database, annotators spread across both,
    all pulling at once. Also pins what the README says about sticky sessions: a sign-in
    made on one process is unknown to the other."""
    import os  # noqa: PLC0415
    import signal  # noqa: PLC0415

    from tests.gradio_http import Client  # noqa: PLC0415
    from tests.serve_process import start, task_id  # noqa: PLC0415
    from tests.stub_openai import StubOpenAI  # noqa: PLC0415

    _setup(pg_url, annotators=8, tasks=12).kw["bind"].dispose()
    with StubOpenAI() as stub:
        servers = [start(pg_url, stub.url, log=tmp_path / f"serve{i}.log") for i in range(2)]
        try:
            clients = [Client(servers[i % 2][1], f"ann{i}", "password-1") for i in range(8)]
            start_line = threading.Barrier(8)
            pulled: dict[int, list[int | None]] = {}

            def work(i: int) -> None:
                start_line.wait()
                got = []
                for _ in range(2):  # pull, submit, pull again
                    tid = task_id(clients[i].call("next_task", []).data[1])
                    got.append(tid)
                    if tid is not None:
                        clients[i].call("submit", [tid, "notes", [], "Final text.", None, *no_marks()])
                pulled[i] = got

            threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            other = Client(servers[1][1])
            other.http.cookies.update(clients[0].http.cookies)  # process 0's sign-in, sent to process 1
            refused = other.call("next_task", [])
        finally:
            for process, _ in servers:
                os.kill(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
    handed = [t for got in pulled.values() for t in got if t is not None]
    assert len(pulled) == 8 and len(handed) == 12 and len(set(handed)) == 12
    assert refused.http == 401
