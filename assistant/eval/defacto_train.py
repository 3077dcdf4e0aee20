"""checker-dev2's `defacto-train` source (2026-12-05 night, branch check23w): rows of microsoft/DeFacto's
TRAIN split (fetched to /work/extra/defacto-train.jsonl, not in the data folder; 1000 lines, 701 with
instructions and a human summary) in the order of SHA-1 of SALT + doc id; dev2 takes POSITIONS only.
Positions 200 and later of that order are reserved for a future blind set: nothing here builds or
returns them. The train split's doc ids overlap the validation and test splits', hence the own source
prefix. labels/README.md says more."""

from __future__ import annotations

from pathlib import Path

from assistant.eval import defacto_test
from assistant.eval.datasets import DefactoRow

SOURCE = "defacto-train"
SALT = "defacto-train:"
POSITIONS = range(0, 200)


def rows(path: str | Path) -> list[DefactoRow]:
    """The train split's rows with instructions and a human summary at POSITIONS of the order of SHA-1 of
    SALT + doc id (no other position can be asked for)."""
    return defacto_test.rows(path, POSITIONS, SALT)
