"""The `caption-locnar-full` / `caption-locnar-terse` source of checker-dev2 (2026-12-06, branch
check23ad): the product's captions of notes written by a model, not a person.

LocNar_Eval's descriptions (google/imageinwords `datasets/LocNar_Eval`) were written by IIW's
fine-tuned PaLI-5B model; `bench/fetched_rows.py --locnar` turns them into IIW rows, one note a
sentence. Their sentences are long and ornate ("subtly lowered, hinting at a low-stance"), unlike any
notes the check's rules were written from. Rows 1-LOCNAR_ROWS of the file are development; later rows
are never parsed here. The captions come from one `bench/bench_compose.py --notes both --out FILE` run,
read as `dci_captions` reads DCI's.
"""

from __future__ import annotations

from pathlib import Path

from assistant.eval import blind
from assistant.eval.datasets import IIWRow, read_rows
from assistant.eval.dci_captions import bench_cases

#: Development rows: the file's first LOCNAR_ROWS lines; later lines are never parsed.
LOCNAR_ROWS = 12
SOURCES: tuple[blind.Source, blind.Source] = ("caption-locnar-full", "caption-locnar-terse")


def locnar_rows(path: str | Path) -> list[tuple[int, IIWRow]]:
    """The development rows with their line numbers; no later line is parsed."""
    return read_rows(path, IIWRow, limit=LOCNAR_ROWS).rows


def locnar_cases(path: str | Path, out: str | Path) -> list[blind.Case]:
    """One case a row and notes style, the product's caption from the bench run."""
    return bench_cases(locnar_rows(path), out, SOURCES)
