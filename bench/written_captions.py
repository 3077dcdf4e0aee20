"""Prose figures of the captions compose makes without a model call: rows whose every note is
already prose (`compose.written.written_notes`) are composed through the fake model (no call is
made) and their style remarks counted; other rows are skipped and counted.

    .venv/bin/python bench/written_captions.py FILE FIRST LAST [--show]

FILE: rows in IIW's shape (`bench/fetched_rows.py`), FIRST-LAST: 1-based lines, ends included.
`--show` prints each caption that is not clean, with its remarks (read development rows only).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant import llm  # noqa: E402
from assistant.compose import compose  # noqa: E402
from assistant.compose.written import written_notes  # noqa: E402
from assistant.eval.datasets import IIWRow, read_rows  # noqa: E402
from assistant.llm.fake import FakeModel  # noqa: E402

UNCLEAN = ("repeat", "fragment", "splice", "label", "shorthand")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="rows in IIW's shape")
    parser.add_argument("first", type=int, help="first line (1-based)")
    parser.add_argument("last", type=int, help="last line, included")
    parser.add_argument("--show", action="store_true", help="print the captions that are not clean")
    args = parser.parse_args()
    rows = [r for line, r in read_rows(args.file, IIWRow, limit=args.last).rows if args.first <= line <= args.last]
    stats = {"rows": 0, "need_the_model": 0, "clean": 0} | {k: 0 for k in UNCLEAN}
    with FakeModel().installed():
        for row in rows:
            task = row.task()
            observations = task.observations()
            if len(written_notes(observations)) != len(observations):
                stats["need_the_model"] += 1
                continue
            draft = compose(task, spec=llm.ModelSpec(model="fake/none"))
            kinds = [r.kind for r in draft.check.style if r.kind in UNCLEAN]
            stats["rows"] += 1
            stats["clean"] += not kinds
            for k in kinds:
                stats[k] += 1
            if args.show and kinds:
                print("##", row.key, [(r.kind, r.detail) for r in draft.check.style if r.kind in UNCLEAN])
                print(draft.text)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
