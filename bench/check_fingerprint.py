"""A fingerprint of every checker report on the labelled sets and the synthetic suite.

    .venv/bin/python bench/check_fingerprint.py --out /tmp/base.json           # write one
    .venv/bin/python bench/check_fingerprint.py --compare /tmp/base.json       # check against it

For a change meant to alter no verdict (a speed-up, a refactor): every case's whole report
(facts with their statuses, tiers and spans, unsupported spans with reasons, sentence
provenance, style remarks; not the word lists' versions) is dumped as sorted JSON and hashed. The sets: checker-dev2,
checker-blind, checker-blind2 to checker-blind5 (`assistant.eval.blind`'s frozen cases), checker-precision (its
human reports, plus every DeFacto row with instructions that `gold_pass_rate` checks) and the
synthetic checker suite (`eval/checker.py`'s cases from IIW-400 dev, seed 0).

The checker keeps many caches, so every set is checked twice in one process and the two passes
must agree: a cached value that a caller changes shows up as a difference between the passes.

Some evidence texts list a set's members in hash order ("the draft says 3, 8" or "8, 3"), so the
script re-runs itself with PYTHONHASHSEED=0: two runs then differ only where the checker does.

The blind sets are summary only: their hashes are stored by position (no case id) and the
script prints "identical" or how many cases differ, never which or what.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.check import check_draft  # noqa: E402
from assistant.eval import blind, precision  # noqa: E402
from assistant.eval.datasets import DefactoRow, IIWRow, read_rows  # noqa: E402
from assistant.eval.defects import cases_for_row  # noqa: E402
from assistant.notes import Observation, split_notes  # noqa: E402

#: Sets whose case ids and differences may not be shown (COMMON.md: summary only).
BLIND = ("checker-blind", "checker-blind2", "checker-blind3", "checker-blind4", "checker-blind5")
Check = tuple[str, list[Observation], str, str | None]  # case id, notes, draft, original


def frozen_cases(path: Path) -> Iterator[Check]:
    for case in blind.read_cases(path):
        yield case.id, split_notes(case.notes), case.draft, case.original


def precision_cases(data_dir: Path) -> Iterator[Check]:
    for r in precision.select_reports(data_dir):
        yield r.id, r.notes, r.draft, r.original
    for _, row in read_rows(data_dir / precision.DEFACTO_FILE, DefactoRow).rows:  # as gold_pass_rate picks them
        if row.instructions() and row.feedback.summary.strip():
            yield f"gold:defacto:{row.key}", split_notes("\n".join(row.instructions())), row.feedback.summary, row.candidate


def synthetic_cases(data_dir: Path) -> Iterator[Check]:
    rows = [r for _, r in read_rows(data_dir / precision.IIW_FILE, IIWRow).rows]
    labels = [o.label for row in rows for o in row.objects if o.label.strip()]
    for row in rows:
        for i, case in enumerate(cases_for_row(row, labels, seed=0)):
            yield f"{case.row}#{i}:{case.variant}", case.notes, case.draft, None


def report_hash(notes: list[Observation], draft: str, original: str | None) -> str:
    report = check_draft(notes, draft, original=original).model_dump(mode="json")
    report.pop("lexicon_version")  # a word list's new version alone changes no verdict
    text = json.dumps(report, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def fingerprint_set(name: str, cases: Callable[[], Iterator[Check]]) -> dict[str, str]:
    """Case key -> report hash; the set is checked twice and both passes must agree."""
    checks = list(cases())
    passes = [{_key(name, i, cid): report_hash(notes, draft, original)
               for i, (cid, notes, draft, original) in enumerate(checks)} for _ in range(2)]
    if passes[0] != passes[1]:
        raise SystemExit(f"{name}: {sum(passes[0][k] != passes[1][k] for k in passes[0])} cases differ between "
                         "two passes in one process (a cache returns a changed value)")
    return passes[0]


def _key(name: str, i: int, case_id: str) -> str:
    return f"{i:05d}" if name in BLIND else case_id


def all_sets(data_dir: Path) -> dict[str, Callable[[], Iterator[Check]]]:
    return {
        "checker-dev2": lambda: frozen_cases(blind.DEV2_CASES),
        "checker-blind": lambda: frozen_cases(blind.CASES),
        "checker-blind2": lambda: frozen_cases(blind.BLIND2_CASES),
        "checker-blind3": lambda: frozen_cases(blind.BLIND3_CASES),
        "checker-blind4": lambda: frozen_cases(blind.BLIND4_CASES),
        "checker-blind5": lambda: frozen_cases(blind.BLIND5_CASES),
        "checker-precision": lambda: precision_cases(data_dir),
        "synthetic": lambda: synthetic_cases(data_dir),
    }


def compare(name: str, now: dict[str, str], then: dict[str, str]) -> str:
    differing = sorted(k for k in now.keys() | then.keys() if now.get(k) != then.get(k))
    if not differing:
        return f"{name}: identical ({len(now)} cases)"
    if name in BLIND:
        return f"{name}: {len(differing)} cases differ"
    return f"{name}: {len(differing)} of {len(now)} cases differ: {', '.join(differing[:20])}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--data", default="../shared/data", help="folder with iiw400-dev.jsonl and defacto-val.jsonl")
    parser.add_argument("--out", help="write the fingerprint (JSON) here")
    parser.add_argument("--compare", help="a fingerprint written earlier; print whether each set is identical")
    parser.add_argument("--sets", nargs="*", help="only these sets (default: all)")
    args = parser.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same set order in every run (see above)
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    if not (args.out or args.compare):
        parser.error("give --out, --compare or both")
    sets = all_sets(Path(args.data))
    unknown = set(args.sets or ()) - sets.keys()
    if unknown:
        parser.error(f"unknown sets {sorted(unknown)}; known: {sorted(sets)}")
    result = {}
    for name in args.sets or sets:
        started = time.perf_counter()
        result[name] = fingerprint_set(name, sets[name])
        print(f"{name}: {len(result[name])} cases, {time.perf_counter() - started:.1f} s (two passes)", file=sys.stderr)
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1, sort_keys=True))
    if args.compare:
        then = json.loads(Path(args.compare).read_text())
        lines = [compare(name, now, then.get(name, {})) for name, now in result.items()]
        print("\n".join(lines))
        if any("differ" in line for line in lines):
            raise SystemExit(1)


if __name__ == "__main__":
    main()
