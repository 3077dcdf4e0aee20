"""Reading JSONL files of records, one validated row per line.

A malformed line (not UTF-8, not JSON, not a valid row) is skipped with its line number and
why; it never stops the read or hides the other rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import BadInputError, validation_line

RowT = TypeVar("RowT", bound=BaseModel)


@dataclass
class Skipped:
    line: int
    reason: str


@dataclass
class Rows(Generic[RowT]):
    rows: list[tuple[int, RowT]]
    skipped: list[Skipped]


def read_jsonl(path: str | Path, model: type[RowT], *, what: str, max_bytes: int,
               limit: int | None = None) -> Rows[RowT]:
    """Valid rows (with their line numbers) and the skipped lines; `what` names the file in errors."""
    p = Path(path)
    if not p.is_file():
        raise BadInputError(f"{what} file not found: {path}")
    if p.stat().st_size > max_bytes:
        raise BadInputError(f"{what} file is {p.stat().st_size:,} bytes; the limit is {max_bytes:,}")
    rows: list[tuple[int, RowT]] = []
    skipped: list[Skipped] = []
    with p.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if limit is not None and len(rows) >= limit:
                break
            problem = _read_row(number, raw, model, rows)
            if problem:
                skipped.append(Skipped(number, problem))
    if not rows:
        detail = f"; first problem: line {skipped[0].line}: {skipped[0].reason}" if skipped else ""
        raise BadInputError(f"{what} file has no usable rows: {path}{detail}")
    return Rows(rows, skipped)


def _read_row(number: int, raw: bytes, model: type[RowT], rows: list[tuple[int, RowT]]) -> str | None:
    """Appends the row when valid; otherwise returns why it was skipped."""
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as e:
        return f"not UTF-8 (byte {e.start})"
    if not line.strip():
        return None
    try:
        rows.append((number, model.model_validate(json.loads(line))))
    except json.JSONDecodeError as e:
        return f"not JSON ({e.msg} at column {e.colno})"
    except ValidationError as e:
        return validation_line(e)
    return None
