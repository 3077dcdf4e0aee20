"""Worker processes: each holds its share of the tasks in flight, takes the next from a
shared queue itself and sends results back; a worker that dies costs the tasks it held."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from queue import Empty
from typing import Any

from assistant import llm
from assistant.batch.drafting import RateLimited, draft_one, failed, unexpected
from assistant.batch.pacing import Limiter, after_rate_limit
from assistant.batch.results import BatchResult
from assistant.batch.tasks import Pending
from assistant.errors import BadInputError


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
            if (gave_up := after_rate_limit(pending, e, tries)) is not None:
                results.put((number, "result", gave_up))
            else:  # whichever worker has room takes it
                tasks.put((number, pending, spec, tries + 1))
            return
        except BaseException as e:  # noqa: BLE001 - draft_one never raises; the answer must still go back
            result = unexpected(pending, e, time.perf_counter())
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
    ctx.set_forkserver_preload(["assistant.batch._forkserver"])
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
            put(failed(pending.pop(number), f"a batch worker process died (exit code {codes})", time.perf_counter()))
        self._barren = 0 if self._answered else self._barren + 1
        self._answered = False
        if self._barren >= 3:  # workers that die before they answer anything: something is broken
            for number in list(pending):
                put(failed(pending.pop(number), f"batch worker processes keep dying before they answer (exit code "
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
