"""The product against the raw model, same rows, same model, one run (issue: beat the raw model).

    .venv/bin/python bench/bench_compose.py --limit 20 [--offset 0] [--dataset iiw|defacto|both] [--model M]

For each row: `compose` (plain draft, check, patch repairs, verbatim fallback) and the raw
baseline (the notes pasted into one chat message, no check, no repair), scored by the same
check and by the independent word-overlap referee. Writes bench/results/compose-DATASET.json
(every row, both texts) and prints the summary. The same comparison is
`annotation-assistant eval --dataset iiw --baseline raw --path ... --limit N --json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
FILES = {"iiw": DATA / "iiw400-dev.jsonl", "defacto": DATA / "defacto-val.jsonl"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=["iiw", "defacto", "both"], default="both", help="which rows (default both)")
    parser.add_argument("--limit", type=int, default=20, help="rows per dataset (default 20)")
    parser.add_argument("--offset", type=int, default=0, help="skip the first K valid rows (default 0)")
    parser.add_argument("--model", default=None, help="litellm model string (default: embedded)")
    args = parser.parse_args()
    from assistant.eval.run import evaluate  # noqa: PLC0415

    RESULTS.mkdir(exist_ok=True)
    for dataset in (["iiw", "defacto"] if args.dataset == "both" else [args.dataset]):
        command = f"bench/bench_compose.py --dataset {dataset} --limit {args.limit} --offset {args.offset}"
        rows, summary = evaluate(dataset, str(FILES[dataset]), limit=args.limit, offset=args.offset,
                                 model=args.model, baseline="raw", command=command)
        (RESULTS / f"compose-{dataset}.json").write_text(json.dumps({"summary": summary, "rows": rows}, indent=1))
        print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
