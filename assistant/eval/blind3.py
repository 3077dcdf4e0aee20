"""The third blind set (`checker-blind3`, 2026-12-06 late night, branch blind3): the blind set's cases,
labels and scorer (`assistant/eval/blind.py`) on rows nobody here had read.

- DeFacto TRAIN split (`defacto-train.jsonl`): the rows with instructions and a human summary, in the
  order of SHA-1 of `defacto_train.SALT` + doc id, positions `defacto_train.BLIND3_POSITIONS` (600-749, of
  the range `defacto_train` reserved for a blind set; the order has 701 rows, so 600-700; 0-599 are
  checker-dev2's development chunks).
  Cases as the blind set's `defacto` ones, under the source `defacto-train` (the train split's doc ids
  overlap the other splits').
- LocNar_Eval rows 161-170 (`locnar-heldout.jsonl`, LocNar_Eval in IIW's row shape, made by
  `bench/fetched_rows.py --locnar`: one note a sentence; file lines LOCNAR_LINES): the captions the code
  of the day composes on the embedded model from each row's full and terse notes (`blind.caption_cases`).
  No later line is parsed.

Its labeller does not develop the checker's rules; people who do read only its figures. The rule in
words: `labels/README.md`, "Blind set 3".
"""

from __future__ import annotations

from pathlib import Path

from assistant.eval import blind, defacto_train
from assistant.eval.datasets import DefactoRow, IIWRow, read_rows

CASES, LABELS = blind.BLIND3_CASES, blind.BLIND3_LABELS
DEFACTO_SOURCE = defacto_train.SOURCE
#: 1-based line numbers of locnar-heldout.jsonl (LocNar_Eval rows 161-170).
LOCNAR_LINES = range(161, 171)


def defacto_rows(path: str | Path) -> list[DefactoRow]:
    """The set's DeFacto train rows, in hash order."""
    return defacto_train.blind3_rows(path)


def locnar_rows(path: str | Path) -> list[IIWRow]:
    """The set's LocNar rows, in file order; no later line is parsed."""
    return [r for line, r in read_rows(path, IIWRow, limit=LOCNAR_LINES.stop - 1).rows if line in LOCNAR_LINES]
