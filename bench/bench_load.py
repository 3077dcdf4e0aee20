"""Load: simulated annotators doing the full round trip against real app processes on loopback.

    .venv/bin/python bench/bench_load.py [--annotators 20] [--duration 120] [--processes 1]
                                         [--db sqlite|postgresql+psycopg://postgres@127.0.0.1:5432/test]

Starts `annotation-assistant serve` (one or more processes on one database) with its model an
OpenAI-compatible stub on loopback that answers at once (the fake model over HTTP). Each
simulated annotator signs in on one process (annotators are spread round-robin) and loops:
pull a task (and its guideline, which the page asks for right after), compose, check the
draft, submit (with --think, a random pause averaging that
many seconds before each call); every call goes through Gradio's HTTP API, as
a browser's would. Reports requests per second, p50/p95/p99 per action and errors, then
checks the database: every acknowledged submit is stored, and no task was claimed twice.
With a PostgreSQL URL a fresh database is made for the run and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from assistant.app import accounts, db, projects, store  # noqa: E402
from bench.common import save  # noqa: E402
from tests.gradio_http import Client  # noqa: E402
from tests.serve_process import start, task_id  # noqa: E402
from tests.stub_openai import StubOpenAI  # noqa: E402
from tests.test_eval import echo_model  # noqa: E402
from assistant_ui.kind_fields import no_marks  # noqa: E402

ACTIONS = ("next_task", "guideline_for_task", "compose", "check", "submit")
NOTES = "the policy lasts 30 days, not six months\na receipt is required\nmaybe exchanges only"
FINAL = "The policy lasts 30 days, and a receipt is required; maybe only exchanges are possible."
RESPONSE = "The return policy lasts six months and no receipt is needed."


def make_database(kind: str, folder: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        return f"sqlite:///{folder / 'load.db'}", lambda: None
    name = f"aa_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(kind, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))

    return kind.rsplit("/", 1)[0] + f"/{name}", drop


def populate(url: str, annotators: int, tasks: int) -> None:
    sessions = db.connect(url)
    with sessions() as s:
        for i in range(annotators):
            accounts.add_user(s, f"ann{i}", "annotator", "load-password")
        accounts.add_user(s, "lea", "lead", "load-password")
        project = projects.create_project(s, "load", "rewrite")
        s.add_all([db.Task(project_id=project.id, external_id=f"t{i}",
                           payload={"prompt": "Can I return shoes?", "response": RESPONSE}) for i in range(tasks)])
        s.commit()
    sessions.kw["bind"].dispose()


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.seconds: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.submitted: list[int] = []

    def call(self, client: Client, action: str, data: list):
        started = time.perf_counter()
        try:
            outcome = client.call(action, data)
        except Exception as e:  # noqa: BLE001 - a dropped connection is an error to count
            outcome = None
            problem = f"{type(e).__name__}: {e}"
        took = time.perf_counter() - started
        with self.lock:
            self.seconds[action].append(took)
            if outcome is None or outcome.status != "complete":
                self.errors[action].append(problem if outcome is None else f"{outcome.status}: {outcome.text[:200]}")
        return outcome if outcome is not None and outcome.status == "complete" else None


def annotator(rec: Recorder, client: Client, deadline: float, think: float) -> None:
    while time.monotonic() < deadline:
        time.sleep(random.uniform(0, 2 * think))  # an annotator reads and types between calls
        pulled = rec.call(client, "next_task", [])
        tid = task_id(pulled.data[1]) if pulled else None
        if tid is None:
            return
        rec.call(client, "guideline_for_task", [tid])  # the page asks for it after every pull
        time.sleep(random.uniform(0, 2 * think))
        if rec.call(client, "compose", [tid, NOTES, [], None, *no_marks()]) is None:
            continue
        time.sleep(random.uniform(0, 2 * think))
        rec.call(client, "check", [tid, NOTES, [], FINAL, None, *no_marks()])
        time.sleep(random.uniform(0, 2 * think))
        if rec.call(client, "submit", [tid, NOTES, [], FINAL, None, *no_marks()]) is not None:
            with rec.lock:
                rec.submitted.append(tid)


def cpu_of(pid: int) -> float:
    """CPU seconds (user + system, all threads) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def verify(url: str, submitted: list[int]) -> dict:
    sessions = db.connect(url)
    with sessions() as s:
        missing = [t for t in submitted if (task := s.get(db.Task, t)) is None or task.status != "submitted"
                   or store.latest(s, task, "submit") is None]
        claims = s.execute(select(db.Event.task_id, func.count()).where(db.Event.kind == "claim")
                           .group_by(db.Event.task_id).having(func.count() > 1)).all()
        stored = s.scalar(select(func.count()).select_from(db.Task).where(db.Task.status == "submitted"))
    sessions.kw["bind"].dispose()
    return {"acknowledged_submits": len(submitted), "submitted_in_db": stored,
            "acknowledged_but_missing": len(missing), "tasks_claimed_twice": len(claims),
            "tasks_submitted_twice": len(submitted) - len(set(submitted))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--annotators", type=int, default=20)
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of load (default 120)")
    parser.add_argument("--processes", type=int, default=1, help="app processes on the one database")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds an annotator pauses before each call (default 0: back to back)")
    parser.add_argument("--db", default="sqlite", help="sqlite (a temporary file) or a PostgreSQL URL")
    args = parser.parse_args()
    if args.processes > 1 and args.db == "sqlite":
        raise SystemExit("several processes share a PostgreSQL database: pass --db postgresql+psycopg://...")
    with tempfile.TemporaryDirectory() as tmp, StubOpenAI(default=echo_model) as stub:
        url, drop = make_database(args.db, Path(tmp))
        servers: list = []
        try:
            populate(url, args.annotators, tasks=args.annotators * max(50, int(args.duration * 2)))
            for i in range(args.processes):
                servers.append(start(url, stub.url, log=Path(tmp) / f"serve{i}.log"))
            # everyone signs in first (scrypt, by design slow): the figures are the work after it
            clients = [Client(servers[i % len(servers)][1], f"ann{i}", "load-password", timeout=120)
                       for i in range(args.annotators)]
            rec = Recorder()
            deadline = time.monotonic() + args.duration
            server_cpu = [cpu_of(process.pid) for process, _ in servers]
            client_cpu = time.process_time()
            started = time.monotonic()
            threads = [threading.Thread(target=annotator, args=(rec, client, deadline, args.think)) for client in clients]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - started
            server_cpu = sum(cpu_of(process.pid) for process, _ in servers) - sum(server_cpu)
            client_cpu = time.process_time() - client_cpu
            for process, _ in servers:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=60)
            checked = verify(url, rec.submitted)
        finally:
            for process, _ in servers:
                if process.poll() is None:  # an error above: no server outlives the bench
                    process.kill()
            drop()
    requests = sum(len(v) for v in rec.seconds.values())
    result = {
        "command": "bench/bench_load.py " + " ".join(sys.argv[1:]),
        "database": args.db.split(":")[0], "processes": args.processes, "annotators": args.annotators,
        "think_s": args.think, "seconds": round(elapsed, 1), "requests": requests, "requests_per_s": round(requests / elapsed, 1),
        "actions": {a: {"calls": len(rec.seconds[a]),
                        "p50_ms": round(statistics.median(rec.seconds[a]) * 1000, 1),
                        "p95_ms": round(percentile(rec.seconds[a], 0.95) * 1000, 1),
                        "p99_ms": round(percentile(rec.seconds[a], 0.99) * 1000, 1),
                        "errors": len(rec.errors[a]),
                        "first_error": rec.errors[a][0] if rec.errors[a] else None}
                    for a in ACTIONS if rec.seconds[a]},
        "database_check": checked,
        "cpu_count": os.cpu_count(),
        # where the 2 cores went: the app's processes, and this process (the simulated
        # annotators' HTTP clients and the stub model), per request
        "server_cpu_ms_per_request": round(server_cpu / max(1, requests) * 1000, 2),
        "client_and_stub_cpu_ms_per_request": round(client_cpu / max(1, requests) * 1000, 2),
    }
    save(f"load-{args.processes}p-{result['database']}-think{args.think:g}", result)


if __name__ == "__main__":
    main()
