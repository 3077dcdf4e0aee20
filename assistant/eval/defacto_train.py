"""checker-dev2's `defacto-train` sources: rows of microsoft/DeFacto's TRAIN split (fetched to
/work/extra/defacto-train.jsonl, not in the data folder; 1000 lines, 701 with instructions and a human
summary) in the order of SHA-1 of SALT + doc id; dev2 takes the chunks in SOURCE_POSITIONS only.
`defacto-train` (2026-12-05 night, branch check23w) is positions 0-199, `defacto-train2` (2026-12-06,
branch check23z) positions 200-299, `defacto-train3` (2026-12-06, branch check23ab) positions 300-399,
`defacto-train4` (2026-12-06, branch check23ac) positions 400-499, `defacto-train5` (2026-12-06, branch
check23ag) positions 500-599. Positions 600 and later of that order are reserved for blind sets: only
`blind3_rows` returns any, the third blind set's BLIND3_POSITIONS (`eval/blind3.py`); no dev2 source can. The train split's doc ids overlap the validation and test splits', hence
the own source prefix. labels/README.md says more."""

from __future__ import annotations

from pathlib import Path

from assistant.eval import defacto_test
from assistant.eval.datasets import DefactoRow

SOURCE = "defacto-train"
SALT = "defacto-train:"
POSITIONS = range(0, 200)
#: The second chunk (2026-12-06, branch check23z), source `defacto-train2`.
POSITIONS2 = range(200, 300)
#: The third chunk (2026-12-06 morning, branch check23ab), source `defacto-train3`.
POSITIONS3 = range(300, 400)
#: The fourth chunk (2026-12-06 morning, branch check23ac), source `defacto-train4`.
POSITIONS4 = range(400, 500)
#: The fifth chunk (2026-12-06 afternoon, branch check23ag), source `defacto-train5`.
POSITIONS5 = range(500, 600)
SOURCE_POSITIONS = {SOURCE: POSITIONS, "defacto-train2": POSITIONS2, "defacto-train3": POSITIONS3,
                    "defacto-train4": POSITIONS4, "defacto-train5": POSITIONS5}
#: checker-blind3's rows (2026-12-06 late night, branch blind3): never a dev2 source. The order has 701 rows,
#: so 600-700.
BLIND3_POSITIONS = range(600, 750)


def rows(path: str | Path, source: str = SOURCE) -> list[DefactoRow]:
    """The train split's rows with instructions and a human summary at `source`'s positions of the order
    of SHA-1 of SALT + doc id (no position outside SOURCE_POSITIONS can be asked for)."""
    return defacto_test.rows(path, SOURCE_POSITIONS[source], SALT)


def blind3_rows(path: str | Path) -> list[DefactoRow]:
    """The third blind set's rows: positions BLIND3_POSITIONS of the same order (`eval/blind3.py`)."""
    return defacto_test.rows(path, BLIND3_POSITIONS, SALT)
