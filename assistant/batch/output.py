"""Writing a batch's output: whole lines only, appended by one writer thread, and the ids a
killed run already wrote (its torn last line cut off first)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from queue import Empty, Queue

from assistant.batch.results import BatchResult


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
