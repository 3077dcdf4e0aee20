"""Batch drafting: every task once, failures recorded, 429s slow the run down, resumable after
a kill with no torn line and no duplicate, one at a time on the embedded model."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from assistant import batch, formats, llm
from assistant.batch import output, pacing
from assistant.batch import workers as batch_workers
from assistant.app import accounts, db, export, projects
from assistant.cli import main
from assistant.errors import BadInputError
from assistant.llm.fake import FakeHTTPError, FakeModel
from assistant_ui.handlers import App
from tests.conftest import write_png
from tests.test_eval import echo_model

ROOT = Path(__file__).resolve().parent.parent


def _write_tasks(path, lines):
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))


def _lines(path):
    raw = path.read_bytes()
    assert raw.endswith(b"\n") or not raw  # whole lines only
    return [json.loads(line) for line in raw.splitlines()]


def scripted(messages):
    """echo_model, except that notes saying FAIL get a 400 (not retried, not rate limiting)."""
    if "FAIL" in messages[-1]["content"]:
        return FakeHTTPError(400, "the provider refused this one")
    return echo_model(messages)


@pytest.fixture
def spec():
    return llm.ModelSpec(model="fake/test", retries=0)


def test_every_task_once_with_failures_recorded_and_the_run_going_on(tmp_path, fake, spec):
    fake.enqueue([scripted] * 20)
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [
        {"id": "c1", "kind": "caption", "notes": "red bus on the left\nwet road, maybe rain"},
        {"id": "r1", "kind": "rewrite", "notes": "say three months", "response": "It takes six months.",
         "prompt": "How long?", "flags": "factual_error"},
        {"id": "bad-flag", "kind": "rewrite", "notes": "x", "response": "y", "flags": ["nonsense"]},
        {"id": "refused", "kind": "caption", "notes": "FAIL this one"},
        "not json",
        {"id": "c1", "kind": "caption", "notes": "a repeated id"},
        {"kind": "caption", "notes": "no id here"},
    ])
    out = tmp_path / "out.jsonl"
    summary = batch.run_batch(tasks, out, spec, concurrency=4, progress=False)
    results = {r["id"]: r for r in _lines(out)}
    assert sorted(results) == ["bad-flag", "c1", "line-5", "line-7", "r1", "refused"]  # every line's id, once
    assert results["c1"]["status"] == "done" and results["c1"]["text"].startswith("There is a red bus on the left.")
    assert results["c1"]["model"] == "fake/test" and results["c1"]["check"]["ok"]
    assert results["r1"]["status"] in ("done", "flagged") and results["r1"]["task"]["flags"] == ["factual_error"]
    assert "unknown flag 'nonsense'" in results["bad-flag"]["error"]
    assert "refused this one" in results["refused"]["error"] and results["refused"]["status"] == "failed"
    assert "not a JSON line" in results["line-5"]["error"]
    assert results["line-7"]["status"] == "done"  # no id: it gets its line number as one
    assert (summary.failed, summary.skipped) == (3, 1) and summary.done + summary.flagged == 3
    assert summary.prompt_tokens > 0 and summary.cost_usd is None  # litellm has no price for a fake model
    assert "repeated in the input" in summary.warnings[0]


def test_a_rerun_skips_done_ids_and_cuts_a_torn_last_line(tmp_path, fake, spec):
    fake.enqueue([echo_model] * 10)
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": f"{i} red buses"} for i in range(4)])
    out = tmp_path / "out.jsonl"
    batch.run_batch(tasks, out, spec, concurrency=2, progress=False)
    lines = out.read_bytes().splitlines(keepends=True)
    torn = b"".join(line for line in lines if b'"t3"' not in line) + next(l for l in lines if b'"t3"' in l)[:40]
    out.write_bytes(torn)  # as if killed inside the write of t3's line
    summary = batch.run_batch(tasks, out, spec, concurrency=2, progress=False)
    assert (summary.skipped, summary.done) == (3, 1)
    assert sorted(r["id"] for r in _lines(out)) == ["t0", "t1", "t2", "t3"]


def test_rate_limits_lower_the_concurrency_instead_of_failing(tmp_path, fake, spec, monkeypatch):
    monkeypatch.setattr(pacing, "RATE_LIMIT_PAUSE", 0.01)
    limited = {"left": 3}
    lock = threading.Lock()

    def sometimes_limited(messages):
        with lock:
            if limited["left"]:
                limited["left"] -= 1
                return FakeHTTPError(429, "slow down")
        return echo_model(messages)

    fake.enqueue([sometimes_limited] * 20)
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": f"{i} red buses"} for i in range(6)])
    summary = batch.run_batch(tasks, tmp_path / "out.jsonl", spec, concurrency=8, progress=False)
    assert (summary.done, summary.failed, summary.rate_limited) == (6, 0, 3)


def test_the_limiter_halves_on_429_and_climbs_back():
    limiter = pacing.Limiter(8)
    limiter.acquire()
    limiter.release(rate_limited=True)
    assert limiter.limit == 4
    for _ in range(4):
        limiter.acquire()
        limiter.release()
    assert limiter.limit == 5


def test_the_embedded_model_runs_one_task_at_a_time(tmp_path):
    running, most = [0], [0]
    lock = threading.Lock()

    def one_at_a_time(messages):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1
        return echo_model(messages)

    model = FakeModel([one_at_a_time] * 12)  # a caption of one fragment note has a repair round
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": f"{i} red buses"} for i in range(6)])
    with llm.local_provider("embedded", lambda: model):  # the seam's embedded provider, scripted
        summary = batch.run_batch(tasks, tmp_path / "out.jsonl", llm.ModelSpec(), concurrency=8, progress=False)
    assert summary.done == 6 and most[0] == 1


KILLED_RUN = textwrap.dedent("""
    import sys, time
    from assistant import batch, llm
    from assistant.llm.fake import FakeModel
    sys.path.insert(0, sys.argv[3])
    from tests.test_eval import echo_model

    def slow(messages):
        time.sleep(0.02)
        return echo_model(messages)

    with FakeModel([slow] * 1000).installed():
        batch.run_batch(sys.argv[1], sys.argv[2], llm.ModelSpec(model="fake/test", retries=0), concurrency=4,
                        progress=False)
""")


def test_a_killed_run_resumes_with_no_duplicate_and_no_torn_line(tmp_path, fake, spec):
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": f"{i} red buses"} for i in range(300)])
    out = tmp_path / "out.jsonl"
    child = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(tasks), str(out), str(ROOT)], cwd=tmp_path)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size < 5000) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    before = out.read_bytes().count(b"\n")
    assert 0 < before < 300  # killed mid-run
    fake.enqueue([echo_model] * 300)
    summary = batch.run_batch(tasks, out, spec, concurrency=4, progress=False)
    ids = [r["id"] for r in _lines(out)]
    assert sorted(ids) == sorted(f"t{i}" for i in range(300)) and len(ids) == len(set(ids))
    assert summary.skipped == before


KILLED_WORKERS_RUN = textwrap.dedent("""
    import sys
    from assistant import batch, llm
    spec = llm.ModelSpec(model="openai/x", api_base=sys.argv[3], api_key="sk-test", retries=0)
    batch.run_batch(sys.argv[1], sys.argv[2], spec, concurrency=4, progress=False, processes=2)
""")


def _descendants(pid: int) -> set[int]:
    children: dict[int, set[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), set()).add(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.add(child)
            todo.append(child)
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie stays until pid 1 reaps it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_killed_run_on_worker_processes_leaves_no_worker_behind_and_resumes(tmp_path):
    """SIGKILL of the process that runs a batch on two worker processes: the workers notice
    and leave (no orphan keeps calling the provider), and a rerun finishes the rest, each id once."""
    from tests.stub_openai import StubOpenAI  # noqa: PLC0415

    def slow(messages):
        time.sleep(0.05)
        return "A red bus is on the left."

    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": "a red bus on the left"} for i in range(400)])
    out = tmp_path / "out.jsonl"
    with StubOpenAI(default=slow) as stub:
        child = subprocess.Popen([sys.executable, "-c", KILLED_WORKERS_RUN, str(tasks), str(out), stub.url], cwd=ROOT)
        deadline = time.monotonic() + 120
        while (not out.exists() or out.stat().st_size < 20000) and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        workers = _descendants(child.pid)
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert workers  # the forkserver and the two workers
        deadline = time.monotonic() + 15
        while (left := [pid for pid in workers if _running(pid)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not left, f"worker processes still running after their parent was killed: {left}"
        before = out.read_bytes().count(b"\n")
        assert 0 < before < 400  # killed mid-run
        spec = llm.ModelSpec(model="openai/x", api_base=stub.url, api_key="sk-test", retries=0)
        summary = batch.run_batch(tasks, out, spec, concurrency=8, progress=False, processes=2)
    ids = [r["id"] for r in _lines(out)]
    assert sorted(ids) == sorted(f"t{i}" for i in range(400)) and len(ids) == len(set(ids))
    assert summary.skipped == before


def test_batch_into_a_project_keeps_notes_first(tmp_path, fake, spec, fake_spec, capsys):
    db_url = f"sqlite:///{tmp_path / 'app.db'}"
    sessions = db.connect(db_url)
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        projects.create_project(s, "streets", "caption")
    write_png(tmp_path / "a.png")
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": "a", "kind": "caption", "notes": "red bus on the left", "image": "a.png"},
                         {"id": "gone", "kind": "caption", "notes": "red bus", "image": "missing.png"}])
    fake.enqueue([echo_model] * 4)
    argv = ["batch", "--in", str(tasks), "--out", str(tmp_path / "out.jsonl"), "--model", "fake/test",
            "--concurrency", "2", "--into-project", "streets", "--db", db_url, "--no-progress"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "done 2" in err and "stored 1 pre-drafted task(s) in 'streets'" in err and "missing.png" in err
    assert main(argv) == 0  # a rerun drafts nothing and stores nothing twice
    assert "stored 0" in capsys.readouterr().err

    app = App(sessions, fake_spec)
    view = app.next_task("ann")
    assert view["message"].endswith("(streets, a)") and view["draft"] == "" and view["notes"] == ""
    with sessions() as s:
        [record] = export.export_records(s, projects.get_project(s, "streets"), "all")
    assert record.draft.source == "batch" and record.draft.text.startswith("There is a red bus on the left.")
    assert record.draft.model == "fake/test" and record.notes is None  # the batch's notes are not the annotator's


def test_batch_into_a_project_drafts_under_the_projects_guideline(tmp_path, fake, spec, capsys):
    """Pre-drafts ask what the project's guideline asks (not the kind's default checklist) and
    record its version, as a draft composed in the app does."""
    from assistant.app import guidelines  # noqa: PLC0415

    db_url = f"sqlite:///{tmp_path / 'app.db'}"
    sessions = db.connect(db_url)
    with sessions() as s:
        project = projects.create_project(s, "streets", "caption")
        guidelines.save(s, project, None, items="weather | What is the weather like? | rain, sunny, cloudy")
    write_png(tmp_path / "a.png")
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": "a", "kind": "caption", "notes": "red bus on the left", "image": "a.png"}])
    fake.enqueue([echo_model] * 2)
    out = tmp_path / "out.jsonl"
    assert main(["batch", "--in", str(tasks), "--out", str(out), "--model", "fake/test", "--into-project",
                 "streets", "--db", db_url, "--no-progress"]) == 0
    [result] = _lines(out)
    assert result["checklist_version"] == "streets-guideline-v2"
    assert [q["item"] for q in result["questions"]] == ["weather"]  # not the default's subject, count, ...
    with sessions() as s:
        [record] = export.export_records(s, projects.get_project(s, "streets"), "all")
    assert record.guideline_version == 2


def test_a_batch_without_a_project_drafts_under_the_kinds_checklist(tmp_path, fake, spec):
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": "a", "kind": "caption", "notes": "red bus on the left"}])
    fake.enqueue([echo_model] * 2)
    out = tmp_path / "out.jsonl"
    batch.run_batch(tasks, out, spec, progress=False)
    [result] = _lines(out)
    assert result["checklist_version"].startswith("caption-checklist-")


def test_batch_input_problems_are_one_line(tmp_path, capsys):
    assert main(["batch", "--in", str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "o.jsonl"),
                 "--model", "fake/test"]) == 2
    assert capsys.readouterr().err.strip() == f"error: batch input file not found: {tmp_path / 'none.jsonl'}"
    assert main(["batch", "--in", "x", "--out", "y", "--model", "fake/test", "--concurrency", "0"]) == 2


def test_schema_command_prints_json_schema(capsys):
    assert main(["schema"]) == 0
    assert "final_check" in json.loads(capsys.readouterr().out)["properties"]
    assert main(["schema", "--of", "result"]) == 0
    assert "status" in json.loads(capsys.readouterr().out)["properties"]


@pytest.mark.parametrize("fmt,suffix", [("jsonl", ".jsonl"), ("label-studio", ".json"), ("hf", ".parquet"),
                                        ("csv", ".csv")])
def test_batch_results_export_in_every_format(tmp_path, fake, spec, fmt, suffix, capsys):
    fake.enqueue([scripted] * 4)
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": "c1", "kind": "caption", "notes": "red bus on the left", "image": "a.png"},
                         {"id": "refused", "kind": "caption", "notes": "FAIL"}])
    batch.run_batch(tasks, tmp_path / "out.jsonl", spec, concurrency=1, progress=False)
    out = tmp_path / f"x{suffix}"
    assert main(["export", "--batch", str(tmp_path / "out.jsonl"), "--format", fmt, "--out", str(out)]) == 0
    records = formats.read(out, fmt)
    assert [r.item_id for r in records] == ["c1", "refused"] and records[1].draft is None
    assert records[0].draft.text.startswith("There is a red bus on the left.") and records[0].draft.source == "batch"
    assert records[0].observations[0].id == "n1" and records[0].image == "a.png"


def test_a_write_failure_stops_the_run_in_one_line(tmp_path, fake, spec, monkeypatch):
    fake.enqueue([echo_model] * 4)
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": f"{i} red buses"} for i in range(3)])

    def full_disk(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.LineWriter, "_write", full_disk)
    with pytest.raises(BadInputError, match="cannot write .*No space left on device.*a rerun resumes"):
        batch.run_batch(tasks, tmp_path / "out.jsonl", spec, concurrency=2, progress=False)


def test_convert_turns_dataset_rows_into_batch_tasks(tmp_path, capsys):
    from assistant.eval.datasets import IIWRow, read_rows
    from assistant.records import TaskLine

    data = ROOT / "tests" / "data"
    assert main(["convert", "--dataset", "iiw", "--path", str(data / "iiw-sample.jsonl"), "--limit", "2",
                 "--out", str(tmp_path / "iiw.jsonl")]) == 0
    tasks = [TaskLine.model_validate_json(line) for line in (tmp_path / "iiw.jsonl").read_text().splitlines()]
    rows = read_rows(data / "iiw-sample.jsonl", IIWRow, limit=2).rows
    assert [t.notes for t in tasks] == [row.task().notes for _, row in rows]  # the notes eval reads
    assert all(t.kind == "caption" and t.id == t.image for t in tasks)
    assert main(["convert", "--dataset", "defacto", "--path", str(data / "defacto-sample.jsonl"),
                 "--out", str(tmp_path / "d.jsonl")]) == 0
    first = TaskLine.model_validate_json((tmp_path / "d.jsonl").read_text().splitlines()[0])
    assert first.kind == "rewrite" and first.response and first.engine_task().kind == "rewrite"


# ---------------------------------------------------------------- worker processes


def test_worker_processes_as_asked_but_never_for_an_in_process_model():
    remote = llm.ModelSpec(model="openai/x", api_base="http://127.0.0.1:9/v1")
    assert batch.worker_processes(remote, 1) == 1 and batch.worker_processes(remote, 2) == 2
    assert batch.worker_processes(llm.ModelSpec(), 2) == 1  # the embedded model
    with FakeModel([echo_model]).installed():
        assert batch.worker_processes(llm.ModelSpec(model="fake/x"), 2) == 1  # a registered local model
    with_local_fallback = remote.model_copy(update={"fallback": llm.ModelSpec()})
    assert batch.worker_processes(with_local_fallback, 2) == 1
    with pytest.raises(BadInputError, match="--processes"):
        batch.run_batch("in.jsonl", "out.jsonl", remote, processes=0)


def test_the_tasks_in_flight_are_spread_over_the_workers():
    assert batch_workers.shares(64, 6) == [11, 11, 11, 11, 10, 10]
    assert batch_workers.shares(32, 4) == [8, 8, 8, 8]
    assert batch_workers.shares(3, 8) == [1, 1, 1]  # never a worker with nothing to hold


def test_two_worker_processes_draft_every_task_once(tmp_path):
    """The drafting runs in two worker processes against a loopback OpenAI-compatible server;
    this process writes each result once, whole."""
    from tests.stub_openai import StubOpenAI  # noqa: PLC0415

    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": "a red bus on the left\ntwo dogs"}
                         for i in range(24)])
    out = tmp_path / "out.jsonl"
    with StubOpenAI(default=lambda messages: "A red bus is on the left. Two dogs.") as stub:
        spec = llm.ModelSpec(model="openai/x", api_base=stub.url, api_key="sk-test")
        summary = batch.run_batch(tasks, out, spec, concurrency=16, progress=False, processes=2)
    results = batch.read_results(out)
    assert sorted(r.id for r in results) == sorted(f"t{i}" for i in range(24))
    assert summary.done == 24 and {r.status for r in results} == {"done"}
    assert len(summary.worker_pids) == 2 and os.getpid() not in summary.worker_pids
    assert summary.worker_cpu_s > 0


def test_a_worker_process_that_dies_fails_its_tasks_and_the_rest_are_drafted(tmp_path):
    """Both workers are killed while each waits on a hung model call: the two tasks they held
    are recorded as failed, fresh workers draft the two that were still queued."""
    import multiprocessing  # noqa: PLC0415

    from tests.stub_openai import Fault, StubOpenAI  # noqa: PLC0415

    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": "a red bus on the left"} for i in range(4)])
    out = tmp_path / "out.jsonl"

    def kill_when_both_wait() -> None:
        deadline = time.monotonic() + 60
        while len(stub.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)

    with StubOpenAI(default=lambda messages: "A red bus is on the left.") as stub:
        stub.script.extend([Fault("hang", seconds=60), Fault("hang", seconds=60)])
        spec = llm.ModelSpec(model="openai/x", api_base=stub.url, api_key="sk-test", timeout=90)
        killer = threading.Thread(target=kill_when_both_wait)
        killer.start()
        summary = batch.run_batch(tasks, out, spec, concurrency=2, progress=False, processes=2)
        killer.join()
    results = batch.read_results(out)
    assert sorted(r.id for r in results) == ["t0", "t1", "t2", "t3"]  # each once
    failed = [r for r in results if r.status == "failed"]
    assert len(failed) == 2 and all("worker process died" in r.error for r in failed)
    assert summary.failed == 2 and summary.done == 2
    assert len(summary.worker_pids) == 4  # two replacements took over


def _die_at_once(*_args) -> None:
    """A batch worker that cannot start (run in the worker process)."""
    os._exit(3)


def test_workers_that_keep_dying_fail_the_batch_instead_of_hanging(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_workers, "_child", _die_at_once)
    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": "a red bus on the left"} for i in range(3)])
    out = tmp_path / "out.jsonl"
    spec = llm.ModelSpec(model="openai/x", api_base="http://127.0.0.1:9/v1", api_key="sk-test")
    summary = batch.run_batch(tasks, out, spec, concurrency=4, progress=False, processes=2)
    results = batch.read_results(out)
    assert summary.failed == 3 and sorted(r.id for r in results) == ["t0", "t1", "t2"]
    assert all("keep dying" in r.error and "exit code 3" in r.error for r in results)


def test_rate_limits_in_worker_processes_slow_the_run_down_instead_of_failing(tmp_path):
    from tests.stub_openai import Fault, StubOpenAI  # noqa: PLC0415

    tasks = tmp_path / "tasks.jsonl"
    _write_tasks(tasks, [{"id": f"t{i}", "kind": "caption", "notes": "a red bus on the left"} for i in range(6)])
    out = tmp_path / "out.jsonl"
    with StubOpenAI(default=lambda messages: "A red bus is on the left.") as stub:
        stub.script.extend([Fault("status", 429), Fault("status", 429)])
        spec = llm.ModelSpec(model="openai/x", api_base=stub.url, api_key="sk-test", retries=0)
        summary = batch.run_batch(tasks, out, spec, concurrency=4, progress=False, processes=2)
    results = batch.read_results(out)
    assert sorted(r.id for r in results) == [f"t{i}" for i in range(6)]
    assert summary.rate_limited == 2 and summary.done == 6 and summary.failed == 0
