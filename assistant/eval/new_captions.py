"""The `caption-new-full` / `caption-new-terse` / `iiw-new-human` source of checker-dev2 (2026-12-05
evening, branch check23n): captions the product's code of that day composes, and the human caption
sentences, on IIW-400 rows nobody here had seen.

The rows are lines 1-NEW_ROWS of a file of IIW-400 rows outside `iiw400-dev.jsonl` (the file's
later lines belong to other sets and are never read: `new_rows` stops at NEW_ROWS). Every row
gives a caption from its full notes (`IIWRow.note_lines`) and one from its terse notes
(`eval/terse.py`), and, when `blind.iiw_human_case` finds one, its first human caption sentence
that carries a note. The rule: `labels/README.md`, "Second development set".
"""

from __future__ import annotations

from pathlib import Path

from assistant.eval.blind import Source
from assistant.eval.datasets import IIWRow, read_rows

#: The rows: the first NEW_ROWS lines of the file (`bench/build_blind.py new --file`).
NEW_ROWS = 30
SOURCES: tuple[Source, Source] = ("caption-new-full", "caption-new-terse")
HUMAN_SOURCE: Source = "iiw-new-human"


def new_rows(path: str | Path, rows: int = NEW_ROWS) -> list[IIWRow]:
    """The file's first `rows` rows; no later line is parsed."""
    return [r for _, r in read_rows(path, IIWRow, limit=rows).rows]
