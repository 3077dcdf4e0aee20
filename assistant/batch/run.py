"""A batch run: every task of the input not yet in the output, drafted at the provider's
speed (threads here, or worker processes), each result appended as it comes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from queue import Queue
from typing import Any

from assistant import llm
from assistant.batch.drafting import RateLimited, draft_one, unexpected
from assistant.batch.output import LineWriter, done_ids
from assistant.batch.pacing import Limiter, after_rate_limit
from assistant.batch.results import BatchResult, BatchSummary
from assistant.batch.tasks import Pending, read_tasks
from assistant.batch.workers import Workers, worker_processes
from assistant.errors import BadInputError, one_line
from assistant.questions import Checklist


def effective_concurrency(spec: llm.ModelSpec, asked: int) -> int:
    """The embedded model runs in this process behind one lock: one task at a time."""
    if asked < 1:
        raise BadInputError("--concurrency must be 1 or more")
    return 1 if spec.provider == llm.EMBEDDED else asked


def run_batch(in_path: str | Path, out_path: str | Path, spec: llm.ModelSpec, *, concurrency: int = 8,
              progress: bool = True, draft: Callable[[Pending, llm.ModelSpec], BatchResult] | None = None,
              processes: int = 1, checklist: Checklist | None = None) -> BatchSummary:
    """Drafts every task of `in_path` not yet in `out_path`, appending one line per task.

    `processes`: worker processes that do the drafting (1: this process does). A custom
    `draft` always runs in this process. `checklist` (a project's guideline): the one tasks of
    its kind are drafted under, instead of the kind's default."""
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
        if checklist is not None and pending.task is not None and pending.task.kind == checklist.kind:
            pending = replace(pending, checklist=checklist)
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
            if (failed := after_rate_limit(pending, e, tries)) is not None:
                writer.put(failed)
            else:
                work.put((pending, tries + 1))
            return
        except BaseException as e:  # noqa: BLE001 - draft_one never raises; a custom `draft` might
            result = unexpected(pending, e, time.perf_counter())
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
