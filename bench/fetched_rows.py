"""The held-out rows of 2026-12-05's compose look, from data fetched outside ../shared/data:

    .venv/bin/python bench/fetched_rows.py --iiw IIW400.jsonl --defacto DEFACTO_TEST.jsonl --out DIR

IIW400.jsonl is google/imageinwords' datasets/IIW-400/data.jsonl (400 rows; ../shared/data holds the
first 300, identical), DEFACTO_TEST.jsonl is microsoft/DeFacto's data/test.jsonl (both fetched as
public GitHub snapshots). Writes DIR/iiw400-heldout.jsonl, IIW-400 lines 361-400 (lines 301-330 are
checker-dev2's `caption-new-*` rows, 331-360 checker-blind2's), and DIR/defacto-test-compose.jsonl,
the rows at positions 200-399 of `defacto_test`'s order (0-199 and 215-399 are checker-dev2's
`defacto-test` sources, 400-599 checker-blind2's; the look takes the first 15, positions 200-214).
Then `bench/bench_compose.py --dataset iiw|defacto --path DIR/... --limit N`.

IIW-400 has no object notes past line 400, and every line of it has been read here. With
`--docci DOCCI_TEST.jsonl` (google/imageinwords' datasets/DOCCI_Test/data.jsonl: 100 images described
by DOCCI's annotators, a source no session had composed on), DIR/docci-heldout.jsonl holds them in
IIW's row shape: one "object" whose description is the DOCCI text, so each of its sentences is a note
(`IIWRow.note_lines`), and the DOCCI text is the human text. Its sentences are prose already (full
notes go in as written); the look is on their terse cuts: `--dataset iiw --notes terse --path
DIR/docci-heldout.jsonl`. `--dci DCI_TEST.jsonl` (datasets/DCI_Test/data.jsonl: 112 images of DCI
described by IIW's annotators) writes DIR/dci-heldout.jsonl the same way, from its "IIW" texts.
`--locnar LOCNAR_EVAL.jsonl` (datasets/LocNar_Eval/data.jsonl: 1000 descriptions written by IIW's
fine-tuned PaLI-5B model, "IIW-P5B", first used here on 2026-12-06) writes DIR/locnar-heldout.jsonl
the same way: a source of fresh notes once DOCCI and DCI were spent. Its "human" text is that model's
description, not a person's: report it as the source text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

IIW_HELD_OUT = range(360, 400)
DEFACTO_HELD_OUT = range(200, 400)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iiw", type=Path, required=True, help="IIW-400's data.jsonl (all 400 rows)")
    parser.add_argument("--defacto", type=Path, required=True, help="DeFacto's data/test.jsonl")
    parser.add_argument("--docci", type=Path, default=None,
                        help="DOCCI_Test's data.jsonl: also write docci-heldout.jsonl, its rows as IIW rows")
    parser.add_argument("--dci", type=Path, default=None,
                        help="DCI_Test's data.jsonl: also write dci-heldout.jsonl, its rows as IIW rows")
    parser.add_argument("--locnar", type=Path, default=None,
                        help="LocNar_Eval's data.jsonl: also write locnar-heldout.jsonl, its rows as IIW rows")
    parser.add_argument("--out", type=Path, required=True, help="folder for the files")
    args = parser.parse_args()
    from assistant.eval import defacto_test  # noqa: PLC0415

    # every file read before any is written: a bad one leaves the folder as it was
    lines = args.iiw.read_text(encoding="utf-8").splitlines()
    if len(lines) < IIW_HELD_OUT.stop:
        raise ValueError(f"{args.iiw}: {len(lines)} lines, IIW-400 has {IIW_HELD_OUT.stop}")
    rows = defacto_test.rows(args.defacto, DEFACTO_HELD_OUT)
    described = {name: read_described(path, key) for name, path, key in
                 (("docci", args.docci, "DOCCI"), ("dci", args.dci, "IIW"),
                  ("locnar", args.locnar, "IIW-P5B")) if path}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "iiw400-heldout.jsonl").write_text("\n".join(lines[i] for i in IIW_HELD_OUT) + "\n", encoding="utf-8")
    (args.out / "defacto-test-compose.jsonl").write_text(
        "".join(r.model_dump_json(by_alias=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(IIW_HELD_OUT)} IIW rows, {len(rows)} DeFacto rows written to {args.out}")
    for name, rows_of in described.items():
        (args.out / f"{name}-heldout.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows_of),
                                                        encoding="utf-8")
        print(f"{len(rows_of)} {name.upper()} rows written to {args.out}")


def read_described(path: Path, key: str) -> list[dict]:
    """The rows of a file of described images (DOCCI_Test: "DOCCI", DCI_Test: "IIW", LocNar_Eval:
    "IIW-P5B") as IIW rows
    (`described_row`); a line that is no such row is an error naming the file and the line."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(described_row(json.loads(line), key))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}: line {n} is no row with an image and a {key!r} text ({e})") from e
    return out


def described_row(row: dict, key: str = "DOCCI") -> dict:
    """A described image in IIW-400's shape: its description (`key`) is the one object's notes and
    the human text."""
    text = row[key]
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{key!r} is no text")
    image = row.get("image", row.get("image/key"))  # LocNar_Eval names it "image/key"
    if not isinstance(image, str) or not image:
        raise ValueError("no image key")
    return {"image/key": image, "IIW": text, "objects": [{"label": "", "description": text}]}


if __name__ == "__main__":
    from assistant.errors import AssistantError  # noqa: E402

    try:
        main()
    except OSError as e:  # a fetched file not there or unreadable: one line, as the product's CLI says it
        sys.exit(f"error: cannot read {e.filename or ''}: {e.strerror}")
    except (AssistantError, ValueError) as e:  # not UTF-8, a line that is no JSON, a row of another shape
        sys.exit(f"error: {str(e).splitlines()[0]}")
