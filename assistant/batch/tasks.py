"""Reading a batch's input: every JSONL line as a task to run, or as why it cannot be one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from assistant.errors import one_line, validation_line
from assistant.jsonl import LineProblem, decode_line, numbered_lines, parse_json
from assistant.questions import Checklist
from assistant.records import TaskLine

#: Largest input file read (bytes).
MAX_BATCH_BYTES = 500_000_000


@dataclass
class Pending:
    """A task to run: a valid TaskLine, or an unreadable line's id and why."""

    id: str
    task: TaskLine | None
    problem: str | None = None
    checklist: Checklist | None = None
    """The checklist to draft under (a project's guideline); None: the kind's default."""


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
