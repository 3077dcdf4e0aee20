"""Crash safety: a SIGKILLed server loses no note and no stored version, and leaves no
half-written record. A real `annotation-assistant serve` process on SQLite (WAL), its model
an OpenAI-compatible stub on loopback."""

from __future__ import annotations

import os
import random
import signal
import threading
import time

import pytest
from sqlalchemy import event, select, text

from assistant.app import accounts, db, projects, store
from assistant.app.db import Event, Task
from tests.gradio_http import Client
from tests.serve_process import start, task_id
from tests.stub_openai import Fault, StubOpenAI
from tests.test_eval import echo_model
from assistant_ui.kind_fields import no_marks

RESPONSE = "The return policy lasts six months and no receipt is needed."


def populate(url: str, tasks: int) -> None:
    sessions = db.connect(url)
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "ann-password")
        accounts.add_user(s, "lea", "lead", "lea-password")
        project = projects.create_project(s, "answers", "rewrite")
        for i in range(tasks):
            projects.add_task(s, project, f"r{i}", {"prompt": "Can I return shoes?", "response": RESPONSE})
    sessions.kw["bind"].dispose()


def _call_through_the_kill(client, *args) -> None:
    try:
        client.call(*args)
    except Exception:  # noqa: BLE001 - the server dies under this call: that is the test
        pass


def _kill(process) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def _half_written(s) -> list[str]:
    """Records a crash could tear apart: a submit without its status, a status without its submit."""
    problems = []
    for task in s.scalars(select(Task)):
        kinds = [e.kind for e in s.scalars(select(Event).where(Event.task_id == task.id).order_by(Event.id))]
        last_submit = max((i for i, k in enumerate(kinds) if k == "submit"), default=-1)
        last_claim = max((i for i, k in enumerate(kinds) if k == "claim"), default=-1)
        if task.status == "submitted" and last_submit < 0:
            problems.append(f"task {task.id} submitted without a submit event")
        if task.status == "in_progress" and last_submit > last_claim:
            problems.append(f"task {task.id} has a submit event but is still in progress")
        if task.status == "in_progress" and task.holder_id is None:
            problems.append(f"task {task.id} in progress without a holder")
    return problems


@pytest.fixture
def serving():
    """Starts servers like serve_process.start; any still running when the test ends is killed."""
    processes = []

    def start_one(*args, **kwargs):
        process, url = start(*args, **kwargs)
        processes.append(process)
        return process, url

    yield start_one
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_sigkill_during_compose_and_submit_loses_nothing(tmp_path, serving):
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    populate(url, tasks=60)
    log = tmp_path / "serve.log"
    with StubOpenAI(default=echo_model) as stub:
        # 1. killed while the model writes: the notes were stored before the call
        stub.script.append(Fault("hang", seconds=120))
        server, base = serving(url, stub.url, log=log)
        client = Client(base, "ann", "ann-password")
        tid = task_id(client.call("next_task", []).data[1])
        notes = "six months should be 30 days\na receipt is required, maybe"
        threading.Thread(target=_call_through_the_kill, args=(client, "compose", [tid, notes, [], None, *no_marks()]),
                         daemon=True).start()
        assert stub.received.wait(60), "the model was never called"
        _kill(server)

        server, base = serving(url, stub.url, log=log)
        client = Client(base, "ann", "ann-password")
        again = client.call("next_task", [])
        assert task_id(again.data[1]) == tid and notes in again.data  # the same task, notes intact
        with db.connect(url)() as s:
            assert store.latest(s, s.get(Task, tid), "notes").text == notes

        # 2. killed among submits: every acknowledged submit is stored, nothing is half-written
        acknowledged: list[int] = []
        stop = threading.Event()

        def annotate() -> None:
            while not stop.is_set():
                try:
                    pulled = client.call("next_task", [])
                    current = task_id(pulled.data[1]) if pulled.status == "complete" else None
                    if current is None:
                        return
                    done = client.call("submit", [current, "the policy lasts 30 days", [],
                                                  "The policy lasts 30 days.", None, *no_marks()])
                    if done.status == "complete":
                        acknowledged.append(current)
                except Exception:  # noqa: BLE001 - the server was killed under us: expected
                    return

        worker = threading.Thread(target=annotate, daemon=True)
        worker.start()
        time.sleep(random.uniform(1.5, 3.0))
        _kill(server)
        stop.set()
        worker.join(30)
        assert len(acknowledged) >= 3, log.read_text()[-2000:]

    with db.connect(url)() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        for tid_done in acknowledged:
            task = s.get(Task, tid_done)
            assert task.status == "submitted" and store.latest(s, task, "submit").text == "The policy lasts 30 days."
        assert _half_written(s) == []
        assert notes in [e.text for e in store.history(s, s.get(Task, tid)) if e.kind == "notes"]


def test_a_failure_while_submitting_leaves_neither_half(tmp_path):
    """The submit event and the status change are one transaction: a failure at the commit
    that stores the status (a full disk, a killed process) stores the submit event neither."""
    sessions = db.connect(f"sqlite:///{tmp_path / 'aa.db'}")
    with sessions() as s:
        ann = accounts.add_user(s, "ann", "annotator", "password-1")
        project = projects.create_project(s, "answers", "rewrite")
        projects.add_task(s, project, "r1", {"prompt": "", "response": RESPONSE})
        task = store.next_task(s, ann)

        def fail_when_the_status_changes(session) -> None:
            if any(isinstance(o, Task) and o.status == "submitted" for o in session.dirty):
                raise OSError("disk full")

        event.listen(s, "before_commit", fail_when_the_status_changes)
        with pytest.raises(OSError):
            store.submit(s, task, ann, "The policy lasts 30 days.", None)
        s.rollback()
        event.remove(s, "before_commit", fail_when_the_status_changes)
        assert store.latest(s, task, "submit") is None and s.get(Task, task.id).status == "in_progress"
        assert _half_written(s) == []


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    with db.connect(f"sqlite:///{tmp_path / 'aa.db'}")() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == db.SQLITE_BUSY_TIMEOUT_MS
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
