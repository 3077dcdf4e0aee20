"""The `caption-dci-full` / `caption-dci-terse` source of checker-dev2 (2026-12-06, branch check23y):
the product's captions of DCI rows nobody had labelled for the checker.

DCI rows (`bench/fetched_rows.py --dci`: DCI_Test's IIW descriptions as IIW rows, one note a sentence)
are long, about 12 notes a row, and typed by other annotators than IIW-400's, so their captions show
what the check does on notes unlike the ones its rules were written from. Rows 1-DCI_ROWS of
`dci-heldout.jsonl` are development (the lead's compose work read them); later rows are held out and
never parsed here. The captions come from one `bench/bench_compose.py --notes both --out FILE` run,
which composes the product's and the raw model's caption of each row from the full and the terse
notes with the model loaded once; this module turns its two results files into cases.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.eval import blind
from assistant.eval.datasets import IIWRow, read_rows
from assistant.eval.terse import terse_task

#: Development rows: the file's first DCI_ROWS lines; later lines are held out.
DCI_ROWS = 20
SOURCES: tuple[blind.Source, blind.Source] = ("caption-dci-full", "caption-dci-terse")


def dci_rows(path: str | Path) -> list[tuple[int, IIWRow]]:
    """The development rows with their line numbers; no later line is parsed."""
    return read_rows(path, IIWRow, limit=DCI_ROWS).rows


def results_files(out: str | Path) -> tuple[Path, Path]:
    """The files `bench_compose.py --notes both --out OUT` writes: full notes, then terse."""
    out = Path(out)
    return tuple(out.with_name(f"{out.stem}-{name}{out.suffix}")
                 for name in ("compose-iiw", "compose-iiw-terse"))  # type: ignore[return-value]


def dci_cases(path: str | Path, out: str | Path) -> list[blind.Case]:
    """One case a row and notes style, the product's caption from the bench run; a row the bench
    did not compose (an error) gives no case."""
    return bench_cases(dci_rows(path), out, SOURCES)


def bench_cases(rows: list[tuple[int, IIWRow]], out: str | Path,
                sources: tuple[blind.Source, blind.Source]) -> list[blind.Case]:
    """The product's captions of ROWS in a `--notes both` bench run as cases of SOURCES (full notes,
    then terse); a row the bench did not compose (an error) gives no case."""
    cases = []
    for source, file, terse in zip(sources, results_files(out), (False, True), strict=True):
        run = json.loads(Path(file).read_text(encoding="utf-8"))
        made_by = f"{run['summary']['model']} {run['summary']['prompt_versions']['caption']}"
        text = {r["line"]: r["product"].get("text") for r in run["rows"]}
        for line, row in rows:
            if text.get(line):
                notes = (terse_task(row) if terse else row.task()).notes
                cases.append(blind.Case(id=f"{source}:{row.key}", source=source, notes=notes,
                                        draft=text[line], made_by=made_by))
    return cases
