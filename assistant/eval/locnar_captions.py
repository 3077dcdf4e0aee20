"""The LocNar caption sources of checker-dev2: the product's captions of notes written by a model, not
a person.

LocNar_Eval's descriptions (google/imageinwords `datasets/LocNar_Eval`) were written by IIW's
fine-tuned PaLI-5B model; `bench/fetched_rows.py --locnar` turns them into IIW rows, one note a
sentence. Their sentences are long and ornate ("subtly lowered, hinting at a low-stance"), unlike any
notes the check's rules were written from.

- `caption-locnar-full` / `caption-locnar-terse` (2026-12-06, branch check23ad): rows 1-LOCNAR_ROWS of
  locnar-100.jsonl; later rows are never parsed here. The captions come from one
  `bench/bench_compose.py --notes both --out FILE` run, read as `dci_captions` reads DCI's.
- `caption-locnar2-full` / `caption-locnar2-terse` (2026-12-06 afternoon, branch check23ah): lines
  LOCNAR2_LINES of locnar-dev101-160.jsonl (LocNar_Eval lines 121-132), whose captions nobody had read,
  composed by the product only in one `bench/bench_stages.py --no-raw` run.
- `caption-locnar3-full` / `caption-locnar3-terse` (2026-12-06 evening, branch check23aj): lines
  LOCNAR3_LINES of the same file (LocNar_Eval lines 141-152), built the same way as the second source.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.eval import blind
from assistant.eval.datasets import IIWRow, read_rows
from assistant.eval.dci_captions import bench_cases
from assistant.eval.terse import terse_task

#: Development rows: the file's first LOCNAR_ROWS lines; later lines are never parsed.
LOCNAR_ROWS = 12
SOURCES: tuple[blind.Source, blind.Source] = ("caption-locnar-full", "caption-locnar-terse")
#: The second source's lines of locnar-dev101-160.jsonl (1-based); no later line is parsed.
LOCNAR2_LINES = range(21, 33)
SOURCES2: tuple[blind.Source, blind.Source] = ("caption-locnar2-full", "caption-locnar2-terse")
#: The third source's lines of the same file (1-based); no later line is parsed.
LOCNAR3_LINES = range(41, 53)
SOURCES3: tuple[blind.Source, blind.Source] = ("caption-locnar3-full", "caption-locnar3-terse")


def locnar_rows(path: str | Path) -> list[tuple[int, IIWRow]]:
    """The development rows with their line numbers; no later line is parsed."""
    return read_rows(path, IIWRow, limit=LOCNAR_ROWS).rows


def locnar_cases(path: str | Path, out: str | Path) -> list[blind.Case]:
    """One case a row and notes style, the product's caption from the bench run."""
    return bench_cases(locnar_rows(path), out, SOURCES)


def locnar2_rows(path: str | Path, lines: range | None = None) -> list[tuple[int, IIWRow]]:
    """The rows of LINES (the second source's unless told) with their line numbers; no later line is
    parsed."""
    lines = lines or LOCNAR2_LINES
    rows = read_rows(path, IIWRow, limit=lines.stop - 1).rows
    return [(line, row) for line, row in rows if line in lines]


def locnar2_cases(path: str | Path, out: str | Path, made_by: str, lines: range | None = None,
                  sources: tuple[blind.Source, blind.Source] = SOURCES2) -> list[blind.Case]:
    """One case a row and notes style from a `bench_stages.py --set FILE:full --set FILE:terse` run's
    results (it records no prompt version, so the builder gives MADE_BY); a row the bench did not
    compose (an error) gives no case. LINES and SOURCES name the source (the second's unless told;
    the third is LOCNAR3_LINES, SOURCES3)."""
    run = json.loads(Path(out).read_text(encoding="utf-8"))
    text = {(r["set"].rpartition(":")[2], r["line"]): r["product"].get("text") for r in run["rows"]}
    cases = []
    for source, notes in zip(sources, ("full", "terse"), strict=True):
        for line, row in locnar2_rows(path, lines):
            if text.get((notes, line)):
                task = terse_task(row) if notes == "terse" else row.task()
                cases.append(blind.Case(id=f"{source}:{row.key}", source=source, notes=task.notes,
                                        draft=text[(notes, line)], made_by=made_by))
    return cases
