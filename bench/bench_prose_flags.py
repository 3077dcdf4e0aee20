"""False flags of the prose figures on human text: fragment and shorthand remarks on the `IIW`
descriptions of IIW development rows (the first 160 valid rows; rows 160+ are held out and not read).

    .venv/bin/python bench/bench_prose_flags.py [--list]

People write these descriptions; a remark on one of their sentences is a false flag unless the
sentence is a fragment by the rule ("Close-up of a wall painted in green." is one).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_compose import FILES  # noqa: E402

DEV_ROWS = 160


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each flagged sentence")
    args = parser.parse_args()
    from assistant.check import prose  # noqa: PLC0415
    from assistant.eval.datasets import IIWRow, read_rows  # noqa: PLC0415

    texts = [r.iiw for _, r in read_rows(FILES["iiw"], IIWRow).rows[:DEV_ROWS] if r.iiw]
    kinds: Counter[str] = Counter()
    flagged: list[tuple[str, str]] = []
    sentences = texts_flagged = 0
    for text in texts:
        found = [r for r in prose.remarks(text) if r.kind in ("fragment", "splice", "shorthand")]
        sentences += prose.figures(text).sentences
        texts_flagged += bool(found)
        kinds.update(r.kind for r in found)
        flagged += [(r.kind, r.text) for r in found]
    print(json.dumps({"texts": len(texts), "sentences": sentences, "flags": dict(kinds),
                      "flag_share_of_sentences": round(sum(kinds.values()) / sentences, 4) if sentences else None,
                      "texts_with_a_flag": texts_flagged}))
    for kind, sentence in flagged if args.list else ():
        print(f"{kind}\t{sentence}")


if __name__ == "__main__":
    main()
