"""checker-dev2's `defacto-test` source (2026-12-05, branch check23l): rows of microsoft/DeFacto's
TEST split (fetched to /work/extra/defacto-test.jsonl, not in the data folder) with instructions and
a human summary, in the order of SHA-1 of SALT + doc id; dev2 takes POSITIONS. Positions 400-599 of
the same order are another blind set's: never build or read them here. Cases are `blind.defacto_case`
with source "defacto-test" (its doc ids overlap the validation split's); the second chunk, source
`defacto-test2`, takes POSITIONS2, and the third, source `defacto-test3`, POSITIONS3. labels/README.md says
more."""

from __future__ import annotations

import hashlib
from pathlib import Path

from assistant.eval.datasets import DefactoRow, read_rows

SALT = "defacto-test:"
POSITIONS = range(0, 200)
#: The second chunk (2026-12-05 evening, branch check23o), source `defacto-test2`: positions 200-214 are the
#: lead's rewrite held-out look and are skipped.
POSITIONS2 = range(215, 400)
#: The third chunk (2026-12-05 late night, branch check23t), source `defacto-test3`: the order's last rows
#: (779 in all), after blind2's 400-599.
POSITIONS3 = range(600, 779)
SOURCE_POSITIONS = {"defacto-test": POSITIONS, "defacto-test2": POSITIONS2, "defacto-test3": POSITIONS3}


def rows(path: str | Path, positions: range = POSITIONS, salt: str = SALT) -> list[DefactoRow]:
    """The split's rows with instructions and a human summary, at `positions` of the order of
    SHA-1 of `salt` + doc id."""
    found = [r for _, r in read_rows(path, DefactoRow).rows if r.instructions() and r.feedback.summary.strip()]
    ordered = sorted(found, key=lambda r: hashlib.sha1((salt + r.key).encode()).hexdigest())
    return [ordered[i] for i in positions if i < len(ordered)]


def source_of(positions: str) -> tuple[str, range]:
    """The source whose chunk is `positions` ("215-399", "600-778", ends included); only the chunks above may be built."""
    first, _, last = positions.partition("-")
    wanted = range(int(first), int(last) + 1)
    for source, chunk in SOURCE_POSITIONS.items():
        if chunk == wanted:
            return source, chunk
    raise ValueError(f"positions {positions} are no chunk of this order: {list(SOURCE_POSITIONS)}")
