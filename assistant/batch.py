"""Batch drafting: a JSONL file of tasks -> a JSONL file of checked drafts, at the provider's
speed, resumable, with progress.

- Up to `concurrency` tasks are in flight (threads around the synchronous `compose`; the
  model call releases the GIL while it waits on the network). The engine's own work (prompt,
  litellm, the check) is CPU-bound, about 5-8 ms a task, and threads contend for the GIL, so
  one process falls behind the provider beyond about 32 in flight. `processes` > 1 spreads
  the tasks in flight over worker processes: each holds its share, takes its next task from
  a shared queue as soon as one finishes, and sends results back, while this process writes
  the output file and draws the progress bar. Workers fork from a server process that has
  loaded litellm and the engine once (about 3 s, paid on the first batch of a process), so
  they start warm in milliseconds. The embedded model is one process with one lock, so on it
  the batch runs one task at a time, in-process.
- Each result is one whole line, written by a single writer thread that appends finished
  lines together and fsyncs once per group: a killed run leaves whole lines, and a torn last
  line (a kill inside the write itself) is cut off when the run resumes.
- A rerun skips the ids already in the output; a failing task is recorded with its error and
  the run goes on. A 429 that survives the seam's retries halves the concurrency (of the
  worker that met it, with worker processes) and puts the task back in the queue after a
  pause (additive increase brings the concurrency back).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from queue import Empty, Queue
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant import llm
from assistant.check import CheckReport
from assistant.compose import compose
from assistant.errors import AssistantError, BadInputError, ModelError, one_line, validation_line
from assistant.jsonl import LineProblem, decode_line, numbered_lines, parse_json
from assistant.questions import Question
from assistant.notes import split_notes
from assistant.records import DraftOut, ExportRecord, NoteOut, TaskLine

#: Largest input file read (bytes).
MAX_BATCH_BYTES = 500_000_000
#: A task rate-limited this many times is recorded as failed.
MAX_RATE_LIMITED = 8
#: Seconds a rate-limited task waits before it goes back in the queue (times its count).
RATE_LIMIT_PAUSE = 1.0

Status = Literal["done", "flagged", "failed"]


class BatchResult(BaseModel):
    """One line of `batch --out`: the task, its checked draft or its error."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    id: str
    """The task's id, as in the input."""
    status: Status
    """done: drafted with no certain problem; flagged: drafted with certain problems the check lists;
    failed: no draft (see `error`)."""
    task: TaskLine | None = None
    """The input task (None when the input line could not be read as one)."""
    text: str | None = None
    """The draft."""
    check: CheckReport | None = None
    questions: list[Question] = []
    """Questions for details the notes lack."""
    model: str | None = None
    """The model that answered the last call (the fallback's name when it answered)."""
    prompt_version: str | None = None
    checklist_version: str | None = None
    attempts: int = 0
    """Model calls made: re-asks and repairs included."""
    usage: llm.Usage = llm.Usage()
    cost_usd: float | None = None
    """What litellm's price list says the calls cost; None when it has no price for the model."""
    latency_s: float = 0.0
    error: str | None = None
    finished_at: datetime


@dataclass
class BatchSummary:
    done: int = 0
    flagged: int = 0
    failed: int = 0
    skipped: int = 0
    """Ids already in the output (a resumed run) or repeated in the input."""
    rate_limited: int = 0
    """429s that reached the batch (each halved the concurrency and re-queued its task)."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    wall_s: float = 0.0
    warnings: list[str] = field(default_factory=list)
    worker_pids: list[int] = field(default_factory=list)
    """The worker processes that drafted (none: this process did)."""
    worker_cpu_s: float = 0.0
    """Their CPU time, all threads (this process's own is not in it)."""

    def add(self, result: BatchResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.prompt_tokens += result.usage.prompt_tokens
        self.completion_tokens += result.usage.completion_tokens
        if result.cost_usd is not None:
            self.cost_usd = (self.cost_usd or 0.0) + result.cost_usd

    def line(self) -> str:
        cost = f"${self.cost_usd:.4f}" if self.cost_usd is not None else "unknown (no price for this model)"
        return (f"done {self.done}, flagged {self.flagged}, failed {self.failed}, skipped {self.skipped} "
                f"(already in the output or repeated); tokens {self.prompt_tokens} in + {self.completion_tokens} "
                f"out; cost {cost}; rate-limited {self.rate_limited}; {self.wall_s:.1f} s")


# ---------------------------------------------------------------- results as export records


def export_record(result: BatchResult, number: int, source: str = "batch") -> ExportRecord:
    """A result line as an export record (no final text or review yet): pre-drafted work goes
    to Label Studio as predictions, or to a dataset, without passing through the app."""
    task = result.task
    draft = None
    if result.text is not None:
        draft = DraftOut(text=result.text, model=result.model or "", prompt_version=result.prompt_version,
                         checklist_version=result.checklist_version, source="batch", check=result.check,
                         created_at=result.finished_at)
    observations = split_notes(task.notes) if task else []
    return ExportRecord(
        task_id=number, item_id=result.id, project=source, kind=task.kind if task else "caption", status="open",
        image=task.image if task else None, prompt=task.prompt if task else None,
        response=task.response if task else None, notes=task.notes if task else None,
        flags=task.flags if task else [], draft=draft,
        observations=[NoteOut(id=o.id, text=o.text, hedged=o.hedged, source=o.source) for o in observations],
    )


def read_results(path: str | Path) -> list[BatchResult]:
    p = Path(path)
    if not p.is_file():
        raise BadInputError(f"batch results file not found: {path}")
    results = []
    for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            results.append(BatchResult.model_validate_json(line))
        except ValueError as e:
            raise BadInputError(f"{p.name} line {number} is not a batch result: {one_line(e, 150)}") from None
    return results


# ---------------------------------------------------------------- input and output files


@dataclass
class Pending:
    """A task to run: a valid TaskLine, or an unreadable line's id and why."""

    id: str
    task: TaskLine | None
    problem: str | None = None


def read_tasks(path: str | Path) -> Iterator[Pending]:
    """Every input line as a Pending; a line without an id gets `line-N`, so it is recorded
    (as failed) and a rerun skips it like any other."""
    for number, raw in numbered_lines(path, what="batch input", max_bytes=MAX_BATCH_BYTES):
        if raw.strip():
            yield pending_task(number, raw)


def pending_task(number: int, raw: bytes) -> Pending:
    """The batch task of one input line, or why it cannot be one (that line alone fails)."""
    fallback_id = f"line-{number}"
    try:
        data = parse_json(decode_line(number, raw))
    except UnicodeDecodeError as e:
        return Pending(fallback_id, None, f"line {number}: not a JSON line ({one_line(e, 120)})")
    except LineProblem as e:  # not JSON, too long or nested too deep: this line only
        return Pending(fallback_id, None, f"line {number}: not a JSON line ({e})")
    if not isinstance(data, dict):
        return Pending(fallback_id, None, f"line {number}: not a JSON object")
    task_id = str(data["id"]) if isinstance(data.get("id"), (str, int)) and str(data["id"]) else fallback_id
    try:
        return Pending(task_id, TaskLine.model_validate({**data, "id": task_id}))
    except ValidationError as e:
        return Pending(task_id, None, f"line {number}: {validation_line(e, 'task')}")


def done_ids(path: str | Path) -> set[str]:
    """Ids already in the output. A torn last line (the process was killed inside a write)
    is cut off first, so the file is whole lines again before anything is appended."""
    p = Path(path)
    if not p.exists():
        return set()
    data = p.read_bytes()
    whole = data.rfind(b"\n") + 1
    if whole < len(data):
        with p.open("r+b") as f:
            f.truncate(whole)
            os.fsync(f.fileno())
    ids = set()
    for line in data[:whole].splitlines():
        try:
            ids.add(str(json.loads(line)["id"]))
        except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError):
            continue  # not ours to judge: such a line is left as it is
    return ids


class LineWriter:
    """Appends whole lines from any thread. One thread writes: it takes every line waiting,
    writes them with one write and one fsync (group commit), then reports each as written."""

    def __init__(self, path: str | Path, on_written: Callable[[BatchResult], None],
                 on_error: Callable[[OSError], None]):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._queue: Queue[BatchResult | None] = Queue()
        self._on_written = on_written
        self._on_error = on_error
        self.error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="batch-writer", daemon=True)
        self._thread.start()

    def put(self, result: BatchResult) -> None:
        self._queue.put(result)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        os.close(self._fd)

    def _run(self) -> None:
        closing = False
        while not closing:
            group = [self._queue.get()]
            while True:
                try:
                    group.append(self._queue.get_nowait())
                except Empty:
                    break
            closing = None in group
            results = [r for r in group if r is not None]
            if results and self.error is None:
                try:
                    self._write(b"".join((r.model_dump_json() + "\n").encode() for r in results))
                except OSError as e:  # a full disk, a vanished folder: stop the run, keep what is written
                    self.error = e
                    self._on_error(e)
                    continue
                for r in results:
                    self._on_written(r)

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        os.fsync(self._fd)


# ---------------------------------------------------------------- one task


class RateLimited(Exception):
    """The provider still answered 429 after the seam's retries (and any fallback)."""


def draft_one(pending: Pending, spec: llm.ModelSpec) -> BatchResult:
    """The task's checked draft, or its error as a failed result; raises RateLimited only."""
    started = time.perf_counter()
    if pending.task is None:
        return _failed(pending, pending.problem or "unreadable task", started)
    with llm.record_completions() as calls:
        try:
            draft = compose(pending.task.engine_task(), spec, stream=False)  # nobody watches a batch stream
        except ModelError as e:
            if llm.is_rate_limited(e):
                raise RateLimited(str(e)) from e
            return _failed(pending, one_line(e), started, calls)
        except AssistantError as e:
            return _failed(pending, one_line(e), started, calls)
        except Exception as e:  # noqa: BLE001 - a bug must cost one task, not the run
            return _unexpected(pending, e, started, calls)
    return BatchResult(
        id=pending.id, status="done" if draft.check.certain_ok else "flagged", task=pending.task, text=draft.text,
        check=draft.check, questions=draft.questions, model=calls[-1].model if calls else draft.model,
        prompt_version=draft.prompt_version, checklist_version=draft.checklist_version,
        attempts=draft.attempts, usage=draft.usage, cost_usd=_cost(calls),
        latency_s=time.perf_counter() - started, finished_at=_now(),
    )


def _unexpected(pending: Pending, e: BaseException, started: float, calls: list[llm.Completion] = ()) -> BatchResult:
    """A bug in drafting costs its task, recorded as failed, not the run."""
    return _failed(pending, f"unexpected {type(e).__name__}: {one_line(e)}", started, calls)


def _failed(pending: Pending, error: str, started: float, calls: list[llm.Completion] = ()) -> BatchResult:
    usage = sum((c.usage for c in calls), llm.Usage())
    return BatchResult(id=pending.id, status="failed", task=pending.task, error=error, usage=usage,
                       model=calls[-1].model if calls else None, attempts=len(calls), cost_usd=_cost(calls),
                       latency_s=time.perf_counter() - started, finished_at=_now())


def _cost(calls: list[llm.Completion]) -> float | None:
    costs = [c for c in (call.cost if call.priced else llm.cost_usd(call.model, call.usage) for call in calls)
             if c is not None]
    return sum(costs) if costs else None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# ---------------------------------------------------------------- the run


def _after_rate_limit(pending: Pending, error: RateLimited, tries: int) -> BatchResult | None:
    """A task the provider rate-limited (`tries` times before): its failed result once it has
    been MAX_RATE_LIMITED times; otherwise None, after the pause it waits before it goes back
    in the queue."""
    if tries + 1 >= MAX_RATE_LIMITED:
        return _failed(pending, f"rate-limited {MAX_RATE_LIMITED} times: {one_line(error)}", time.perf_counter())
    time.sleep(RATE_LIMIT_PAUSE * (tries + 1))
    return None


class Limiter:
    """At most `limit` tasks in flight; a 429 halves the limit, and every `limit` successes
    in a row raise it by one again, up to the concurrency asked for (AIMD, as TCP does)."""

    def __init__(self, limit: int):
        self.ceiling = self.limit = max(1, limit)
        self.active = 0
        self._streak = 0
        self._cond = threading.Condition()

    def acquire(self) -> None:
        with self._cond:
            while self.active >= self.limit:
                self._cond.wait()
            self.active += 1

    def cancel(self) -> None:
        """Gives back a slot that was not used (no task came): not a success."""
        with self._cond:
            self.active -= 1
            self._cond.notify_all()

    def release(self, rate_limited: bool = False) -> None:
        with self._cond:
            self.active -= 1
            if rate_limited:
                self.limit, self._streak = max(1, self.limit // 2), 0
            else:
                self._streak += 1
                if self._streak >= self.limit and self.limit < self.ceiling:
                    self.limit, self._streak = self.limit + 1, 0
            self._cond.notify_all()


# ---------------------------------------------------------------- worker processes


def worker_processes(spec: llm.ModelSpec, asked: int) -> int:
    """Worker processes for a batch: as asked, except none for a model that runs in this
    process (the embedded model, a registered local one), which no other process can call."""
    if asked < 1:
        raise BadInputError("--processes must be 1 or more")
    return 1 if llm.in_process(spec) else asked


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _child(tasks: Any, results: Any, taken: Any, parent: int, share: int) -> None:
    """A worker process: keeps up to `share` tasks in flight, taking the next from the shared
    `tasks` queue as soon as one finishes, and sends each result back. A 429 halves this
    worker's share and puts the task back in the queue after a pause (AIMD, as in-process).
    Leaves when told to, or when its parent is gone."""
    llm.preload()
    me = os.getpid()
    limiter = Limiter(share)
    # twice the share: a rate-limited task's thread sleeps out its pause without holding a slot
    pool = ThreadPoolExecutor(max_workers=2 * share, thread_name_prefix="batch-child")

    def run(number: int, pending: Pending, spec: llm.ModelSpec, tries: int = 0) -> None:
        try:
            result = draft_one(pending, spec)
        except RateLimited as e:
            limiter.release(rate_limited=True)
            results.put((number, "rate_limited", me))
            if (failed := _after_rate_limit(pending, e, tries)) is not None:
                results.put((number, "result", failed))
            else:  # whichever worker has room takes it
                tasks.put((number, pending, spec, tries + 1))
            return
        except BaseException as e:  # noqa: BLE001 - draft_one never raises; the answer must still go back
            result = _unexpected(pending, e, time.perf_counter())
        limiter.release()
        results.put((number, "result", result))

    while True:
        limiter.acquire()  # a free slot first: a worker never holds a task it cannot start
        try:
            item = tasks.get(timeout=1.0)
        except Empty:
            item = ()
        if not _alive(parent):  # the parent was killed: nobody will read our results
            results.cancel_join_thread()  # nor flush them: leave at once
            os._exit(0)
        if item == ():
            limiter.cancel()
            continue
        if item is None:
            break
        taken[item[0]] = me  # shared memory, not a message: read only if this worker dies
        pool.submit(run, *item)
    pool.shutdown(wait=True)
    results.put((-1, "cpu", time.process_time()))


def shares(concurrency: int, processes: int) -> list[int]:
    """`concurrency` tasks in flight spread over the workers: 64 over 6 -> 11, 11, 11, 11, 10, 10."""
    processes = max(1, min(processes, concurrency))
    return [concurrency // processes + (1 if i < concurrency % processes else 0) for i in range(processes)]


def _context() -> Any:
    """Workers fork from a server process that has loaded litellm and the engine once (about
    3 s), so each batch's workers start in a fraction of a second; the server itself runs no
    threads, so forking it is safe."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["assistant._batch_worker"])
    return ctx


def prepare_workers() -> None:
    """Start the server the workers fork from (it imports litellm): a program that will run
    batches on worker processes can pay this before the first one."""
    proc = _context().Process(target=_ready, daemon=True)
    proc.start()
    proc.join()


def _ready() -> None:
    llm.preload()


class Workers:
    """The worker processes of one batch run: each holds its share of the tasks in flight and
    takes the next itself, so the trip of a result back to this process never leaves a slot
    idle. This process only hands out the tasks and writes the results."""

    def __init__(self, spec: llm.ModelSpec, concurrency: int, processes: int, tasks: int):
        self._ctx, self._spec = _context(), spec
        self._taken = self._ctx.Array("i", max(1, tasks), lock=False)  # task number -> the worker drafting it
        self._shares = shares(concurrency, processes)
        self.pids: list[int] = []
        """Every worker process that ran, replacements included."""
        self.cpu_s = 0.0
        """CPU time of the workers that finished (all their threads)."""
        self._answered, self._barren = False, 0  # a result since the last spawn; spawns without one
        self._spawn()

    def _spawn(self) -> None:
        """A fresh set of workers and queues: a worker killed inside a queue operation leaves
        that queue's lock taken for good, so queues are never shared with a new worker."""
        self._tasks, self._results = self._ctx.Queue(), self._ctx.Queue()
        self._procs = [self._ctx.Process(target=_child, daemon=True,
                                         args=(self._tasks, self._results, self._taken, os.getpid(), share))
                       for share in self._shares]
        for proc in self._procs:
            proc.start()
        self.pids += [p.pid for p in self._procs if p.pid is not None]

    def run(self, todo: list[Pending], put: Callable[[BatchResult], None], rate_limited: Callable[[], None],
            stopped: Callable[[], bool]) -> None:
        """Drafts every task of `todo`, giving each result to `put` as it arrives."""
        pending = dict(enumerate(todo))
        for item in pending.items():
            self._tasks.put((*item, self._spec))
        try:
            while pending and not stopped():
                try:
                    number, kind, value = self._results.get(timeout=0.5)
                except (Empty, EOFError, OSError, ValueError):
                    self._watch(pending, put)
                    continue
                if kind == "rate_limited":
                    rate_limited()
                elif number in pending:
                    del pending[number]
                    self._answered = True
                    put(value)
        finally:
            self.close(kill=bool(pending))

    def _watch(self, pending: dict[int, Pending], put: Callable[[BatchResult], None]) -> None:
        """A worker that died (killed, out of memory) takes the tasks it was drafting with it:
        they are recorded as failed (a rerun of the failed ids is up to the user). The other
        workers are replaced too (the queues may be broken), and their tasks drafted again."""
        dead = [p for p in self._procs if not p.is_alive()]
        if not dead:
            return
        codes = ", ".join(str(p.exitcode) for p in dead)
        dead_pids = {p.pid for p in dead}
        for proc in self._procs:
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)
        for number in [n for n in pending if self._taken[n] in dead_pids]:
            put(_failed(pending.pop(number), f"a batch worker process died (exit code {codes})", time.perf_counter()))
        self._barren = 0 if self._answered else self._barren + 1
        self._answered = False
        if self._barren >= 3:  # workers that die before they answer anything: something is broken
            for number in list(pending):
                put(_failed(pending.pop(number), f"batch worker processes keep dying before they answer (exit code "
                                                 f"{codes}); run with --processes 1 to see why", time.perf_counter()))
            return
        for number in pending:
            self._taken[number] = 0
        self._spawn()
        for item in pending.items():
            self._tasks.put((*item, self._spec))

    def close(self, kill: bool = False) -> None:
        """Ends the workers: when every task is done, by telling them; when the run stopped
        early (the output cannot be written), at once."""
        for proc in self._procs:
            if kill:
                proc.kill()
            elif proc.is_alive():
                self._tasks.put(None)
        for proc in self._procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
        # each worker that ended by itself sent its CPU time last: read those, and wait for no more
        left = 0 if kill else sum(proc.exitcode == 0 for proc in self._procs)
        while left:
            try:
                _, kind, value = self._results.get(timeout=0.2)
            except (Empty, EOFError, OSError, ValueError):
                break
            if kind == "cpu":
                self.cpu_s += value
                left -= 1


def effective_concurrency(spec: llm.ModelSpec, asked: int) -> int:
    """The embedded model runs in this process behind one lock: one task at a time."""
    if asked < 1:
        raise BadInputError("--concurrency must be 1 or more")
    return 1 if spec.provider == llm.EMBEDDED else asked


def run_batch(in_path: str | Path, out_path: str | Path, spec: llm.ModelSpec, *, concurrency: int = 8,
              progress: bool = True, draft: Callable[[Pending, llm.ModelSpec], BatchResult] | None = None,
              processes: int = 1) -> BatchSummary:
    """Drafts every task of `in_path` not yet in `out_path`, appending one line per task.

    `processes`: worker processes that do the drafting (1: this process does). A custom
    `draft` always runs in this process."""
    started = time.perf_counter()
    workers = worker_processes(spec, processes) if draft is None else 1
    draft = draft or draft_one
    summary = BatchSummary()
    in_output = done_ids(out_path)
    queued: set[str] = set()
    todo: list[Pending] = []
    for pending in read_tasks(in_path):
        if pending.id in in_output or pending.id in queued:
            summary.skipped += 1
            if pending.id in queued:
                summary.warnings.append(f"id {pending.id!r} is repeated in the input; the repeat was skipped")
            continue
        queued.add(pending.id)
        todo.append(pending)
    limiter = Limiter(effective_concurrency(spec, concurrency))
    bar = _progress_bar(len(todo), progress)
    work: Queue[tuple[Pending, int] | None] = Queue()
    remaining = [len(todo)]
    lock = threading.Lock()

    def written(result: BatchResult) -> None:
        with lock:
            summary.add(result)
            bar.update(1)
            bar.set_postfix(flagged=summary.flagged, failed=summary.failed, in_flight=limiter.limit, refresh=False)
            remaining[0] -= 1
            if remaining[0] == 0:
                work.put(None)

    writer = LineWriter(out_path, written, lambda _error: work.put(None))

    def worker(pending: Pending, tries: int) -> None:
        try:
            result = draft(pending, spec)
        except RateLimited as e:
            limiter.release(rate_limited=True)
            rate_limited()
            if (failed := _after_rate_limit(pending, e, tries)) is not None:
                writer.put(failed)
            else:
                work.put((pending, tries + 1))
            return
        except BaseException as e:  # noqa: BLE001 - draft_one never raises; a custom `draft` might
            result = _unexpected(pending, e, time.perf_counter())
        limiter.release()
        writer.put(result)

    def rate_limited() -> None:
        with lock:
            summary.rate_limited += 1

    try:
        if workers > 1 and todo:
            pool = Workers(spec, effective_concurrency(spec, concurrency), workers, len(todo))
            summary.worker_pids = pool.pids
            try:
                pool.run(todo, writer.put, rate_limited, stopped=lambda: writer.error is not None)
            finally:
                summary.worker_cpu_s = pool.cpu_s
        else:
            for pending in todo:
                work.put((pending, 0))
            if not todo:
                work.put(None)
            with ThreadPoolExecutor(max_workers=limiter.ceiling, thread_name_prefix="batch") as threads:
                while (item := work.get()) is not None:
                    limiter.acquire()
                    threads.submit(worker, *item)
    finally:
        writer.close()
        bar.close()
    if writer.error is not None:
        raise BadInputError(f"cannot write {out_path}: {one_line(writer.error)}; the lines written are kept, "
                            "a rerun resumes")
    summary.wall_s = time.perf_counter() - started
    return summary


def _progress_bar(total: int, enabled: bool) -> Any:
    from tqdm import tqdm  # noqa: PLC0415

    # tqdm's default format shows done/total, elapsed, ETA and the rate in tasks per second
    return tqdm(total=total, unit="task", desc="drafting", disable=not enabled, smoothing=0.1, dynamic_ncols=True)
