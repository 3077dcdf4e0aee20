"""Reading JSONL files of records, one validated row per line, and JSON arrays one entry
at a time.

A malformed line (not UTF-8, not JSON, too long, nested too deep, not a valid row) is
skipped with its line number and why; it never stops the read or hides the other rows. Each
line is parsed on its own, with limits on its size and nesting checked before the parser
sees it, so no single line can exhaust the parser (a line of 100,000 `[` is one refused line).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import BadInputError, validation_line

RowT = TypeVar("RowT", bound=BaseModel)

#: Deepest nesting of arrays and objects a line may have (our rows are flat; a Label Studio
#: task nests about 8 deep).
MAX_DEPTH = 64
#: Longest line or array entry, in characters (a task's response is at most 50,000).
MAX_LINE_CHARS = 2_000_000

# a JSON string (escapes included) or one bracket: strings are skipped whole, so a bracket
# inside one is not counted
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_ARRAY_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]')


class LineProblem(ValueError):
    """Why one line (or array entry) cannot be read: shown with its number."""


def parse_json(text: str) -> Any:
    """One line's JSON value; LineProblem when it is too long, nested too deep or not JSON."""
    if len(text) > MAX_LINE_CHARS:
        raise LineProblem(f"longer than {MAX_LINE_CHARS:,} characters")
    if nesting_depth(text) > MAX_DEPTH:
        raise LineProblem(f"nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise LineProblem(f"not JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:  # the depth check above should make this unreachable
        raise LineProblem(f"nested deeper than {MAX_DEPTH} levels") from None


def nesting_depth(text: str) -> int:
    depth = deepest = 0
    for token in _TOKENS.finditer(text):
        c = token.group()
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
    return deepest


def array_entries(text: str) -> Iterator[tuple[int, Any]]:
    """The entries of a JSON array, each parsed on its own: (number, value) or (number,
    LineProblem). One broken entry does not stop the others; text that is not an array at all
    is BadInputError."""
    start = len(text) - len(text.lstrip())
    if not text.startswith("[", start):
        raise BadInputError("not a JSON array")
    depth, begin, number = 0, start + 1, 0
    for token in _ARRAY_TOKENS.finditer(text, start):
        c = token.group()
        if c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
        if (depth == 1 and c == ",") or (depth == 0 and c == "]"):
            entry = text[begin:token.start()]
            begin = token.end()
            if c == "]" and number == 0 and not entry.strip():
                return  # []
            number += 1
            yield number, _entry(entry)
            if depth == 0:
                if text[begin:].strip():
                    raise BadInputError(f"text after the end of the JSON array (entry {number})")
                return
    yield number + 1, LineProblem("the JSON array is not closed (cut off?)")


def _entry(text: str) -> Any:
    try:
        return parse_json(text)
    except LineProblem as e:
        return e


@dataclass
class Skipped:
    line: int
    reason: str


@dataclass
class Rows(Generic[RowT]):
    rows: list[tuple[int, RowT]]
    skipped: list[Skipped]


def numbered_lines(path: str | Path, *, what: str, max_bytes: int) -> Iterator[tuple[int, bytes]]:
    """A line-based file's raw lines, numbered from 1, once it is found and within `max_bytes`;
    `what` names the file in errors. Import, batch input and validated reads share it."""
    p = Path(path)
    if not p.is_file():
        raise BadInputError(f"{what} file not found: {path}")
    if p.stat().st_size > max_bytes:
        raise BadInputError(f"{what} file is {p.stat().st_size:,} bytes; the limit is {max_bytes:,}")
    with p.open("rb") as f:
        yield from enumerate(f, start=1)


def decode_line(number: int, raw: bytes) -> str:
    """A line as text: UTF-8, with a byte-order mark allowed on the first (UnicodeDecodeError else)."""
    return raw.decode("utf-8-sig" if number == 1 else "utf-8")


def read_jsonl(path: str | Path, model: type[RowT], *, what: str, max_bytes: int,
               limit: int | None = None) -> Rows[RowT]:
    """Valid rows (with their line numbers) and the skipped lines; `what` names the file in errors."""
    rows: list[tuple[int, RowT]] = []
    skipped: list[Skipped] = []
    for number, raw in numbered_lines(path, what=what, max_bytes=max_bytes):
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
        line = decode_line(number, raw)
    except UnicodeDecodeError as e:
        return f"not UTF-8 (byte {e.start})"
    if not line.strip():
        return None
    try:
        rows.append((number, model.model_validate(parse_json(line))))
    except LineProblem as e:
        return str(e)
    except ValidationError as e:
        return validation_line(e)
    return None
