"""The held-out rows of 2026-12-05's compose look, from data fetched outside ../shared/data:

    .venv/bin/python bench/fetched_rows.py --iiw IIW400.jsonl --defacto DEFACTO_TEST.jsonl --out DIR

IIW400.jsonl is google/imageinwords' datasets/IIW-400/data.jsonl (400 rows; ../shared/data holds the
first 300, identical), DEFACTO_TEST.jsonl is microsoft/DeFacto's data/test.jsonl (both fetched as
public GitHub snapshots). Writes DIR/iiw400-heldout.jsonl, IIW-400 lines 361-400 (lines 301-330 are
checker-dev2's `caption-new-*` rows, 331-360 checker-blind2's), and DIR/defacto-test-compose.jsonl,
the rows at positions 200-399 of `defacto_test`'s order (0-199 and 215-399 are checker-dev2's
`defacto-test` sources, 400-599 checker-blind2's; the look takes the first 15, positions 200-214).
Then `bench/bench_compose.py --dataset iiw|defacto --path DIR/... --limit N`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

IIW_HELD_OUT = range(360, 400)
DEFACTO_HELD_OUT = range(200, 400)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iiw", type=Path, required=True, help="IIW-400's data.jsonl (all 400 rows)")
    parser.add_argument("--defacto", type=Path, required=True, help="DeFacto's data/test.jsonl")
    parser.add_argument("--out", type=Path, required=True, help="folder for the two files")
    args = parser.parse_args()
    from assistant.eval import defacto_test  # noqa: PLC0415

    args.out.mkdir(parents=True, exist_ok=True)
    lines = args.iiw.read_text(encoding="utf-8").splitlines()
    (args.out / "iiw400-heldout.jsonl").write_text("\n".join(lines[i] for i in IIW_HELD_OUT) + "\n", encoding="utf-8")
    rows = defacto_test.rows(args.defacto, DEFACTO_HELD_OUT)
    (args.out / "defacto-test-compose.jsonl").write_text(
        "".join(r.model_dump_json(by_alias=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(IIW_HELD_OUT)} IIW rows, {len(rows)} DeFacto rows written to {args.out}")


if __name__ == "__main__":
    main()
