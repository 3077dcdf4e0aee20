"""The fourth blind set (`checker-blind4`, 2026-12-07 night, branch blind4): the blind set's cases, labels and
scorer (`assistant/eval/blind.py`) on rows nobody here had read, built as blind3 was.

- LocNar_Eval rows 191-215 (`locnar-heldout.jsonl`, LocNar_Eval in IIW's row shape made by
  `bench/fetched_rows.py --locnar`: one note a sentence; file lines LOCNAR_LINES): the captions the code of the
  day composes on the embedded model from each row's full and terse notes (`blind.caption_cases`), as blind3's.
- DeFacto VALIDATION rows (`defacto-val.jsonl`) with instructions and a human summary that no earlier set holds
  (`taken_defacto`: checker-precision's reports and the `defacto:` ids of the other sets' cases files, ids
  only), in the order of SHA-1 of SALT + doc id, taken until the set has ALARMS_WANTED alarms. On 2026-12-07
  none was left (precision 129 + blind 172 + dev2 40 = all 341), so the set has no rewrite case.
- Since fewer than about 40 validation rows were unused, LocNar_Eval rows 216-240 too (LOCNAR_LINES_MORE),
  captions the same way. No later line is parsed.

Its labeller does not develop the checker's rules; people who do read only its figures. The rule in words:
`labels/README.md`, "Blind set 4".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from assistant.eval import blind
from assistant.eval.datasets import DefactoRow, IIWRow, read_rows

CASES, LABELS = blind.BLIND4_CASES, blind.BLIND4_LABELS
SALT = "issue-23-blind4:"
#: 1-based line numbers of locnar-heldout.jsonl (LocNar_Eval rows 191-215), then 216-240.
LOCNAR_LINES = range(191, 216)
LOCNAR_LINES_MORE = range(216, 241)
#: The DeFacto rows are taken until captions and rewrites raise this many alarms (the issue asks 100).
ALARMS_WANTED = 100
#: The sets whose cases files may hold a DeFacto validation row (`defacto:<doc id>`); blind2's `defacto:` ids
#: are the test split's, left out too since their doc ids overlap (ids are read, nothing else).
OTHER_CASES = (blind.CASES, blind.DEV2_CASES, blind.BLIND2_CASES, blind.BLIND3_CASES)


def locnar_rows(path: str | Path, lines: range = LOCNAR_LINES) -> list[IIWRow]:
    """The set's LocNar rows at `lines`, in file order; no later line is parsed."""
    return [r for line, r in read_rows(path, IIWRow, limit=lines.stop - 1).rows if line in lines]


def taken_defacto(data_dir: str | Path, cases_files: Iterable[Path] = OTHER_CASES) -> set[str]:
    """`defacto:<doc id>` of every report of checker-precision and every case of the other sets (ids only)."""
    from assistant.eval.precision import select_reports  # noqa: PLC0415

    ids = {r.id for r in select_reports(data_dir)}
    for path in cases_files:
        if path.exists():
            ids |= {c.id for c in blind.read_cases(path)}
    return {i for i in ids if i.startswith("defacto:")}


def defacto_rows(path: str | Path, taken: set[str]) -> list[DefactoRow]:
    """The validation rows with instructions and a human summary not taken, in the order of SHA-1 of SALT + doc id."""
    found = [r for _, r in read_rows(path, DefactoRow).rows
             if r.instructions() and r.feedback.summary.strip() and f"defacto:{r.key}" not in taken]
    return sorted(found, key=lambda r: hashlib.sha1((SALT + r.key).encode()).hexdigest())


def enough(rows: list[DefactoRow], alarms_so_far: int, wanted: int = ALARMS_WANTED) -> list[blind.Case]:
    """Cases of `rows` in order until the set (`alarms_so_far` from its other cases) has `wanted` alarms."""
    return list(until(map(blind.defacto_case, rows), alarms_so_far, wanted))


def until(cases: Iterable[blind.Case], alarms_so_far: int, wanted: int) -> Iterator[blind.Case]:
    """`cases` in order while the set (`alarms_so_far` from its other cases) has fewer than `wanted` alarms:
    the case that reaches `wanted` is the last; the next one is not even made (blind5 composes them lazily)."""
    for case in cases if alarms_so_far < wanted else ():
        yield case
        alarms_so_far += len(blind.alarms(case))
        if alarms_so_far >= wanted:
            return
