"""The second blind set (`checker-blind2`, 2026-12-05 evening): the blind set's cases, labels and
scorer (`assistant/eval/blind.py`) on rows nobody here had read, fetched that day.

- DeFacto TEST split (`defacto-test.jsonl`): the rows with instructions and a human summary, in
  the order of SHA-1 of SALT + doc id, positions DEFACTO_POSITIONS (positions 0-199 are another
  session's development rows); cases as the blind set's `defacto` ones.
- IIW-400 rows 331-360 (`iiw400-rest.jsonl`, file lines IIW_LINES): each row's human caption
  sentence that carries a note (`blind.iiw_human_case`), and the captions the code of the day
  composes from its full and its terse notes (`blind.caption_cases`).

Its labeller does not develop the checker's rules; people who do read only its figures. The rule
in words: `labels/README.md`, "Blind set 2".
"""

from __future__ import annotations

from pathlib import Path

from assistant.eval import defacto_test
from assistant.eval.datasets import DefactoRow, IIWRow, read_rows

SALT = defacto_test.SALT
DEFACTO_POSITIONS = range(400, 600)
#: 1-based line numbers of iiw400-rest.jsonl (IIW-400 rows 331-360).
IIW_LINES = range(31, 61)


def defacto_rows(path: str | Path) -> list[DefactoRow]:
    """The set's DeFacto rows, in hash order: the order of checker-dev2's `defacto-test` chunks."""
    return defacto_test.rows(path, DEFACTO_POSITIONS)


def iiw_rows(path: str | Path) -> list[IIWRow]:
    """The set's IIW rows, in file order."""
    return [r for line, r in read_rows(path, IIWRow).rows if line in IIW_LINES]
