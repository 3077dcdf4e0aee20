"""The certain tier's verdicts on the DeFacto first looks, by evidence kind (issue 23).

    .venv/bin/python bench/certain_kinds.py [--tier certain|check|all] [--list]
    .venv/bin/python bench/certain_kinds.py --first-sight    # each source with its own first look's code (~2 min)

Runs the current checker on the frozen cases of the eight DeFacto first-look sources of checker-dev2
(defacto-test, -test2, -test3, -train, -train2, -train3, -train4, -train5) and scores each alarm by its *first-look* label only:
the label that source had in the commit that labelled its first look (FIRST_LOOKS), read with
`git show`, so later labels (alarms raised by rules written from the rows) do not count. An alarm the
first look did not raise has no first-look label and is counted apart ("unlabelled"). Prints a
markdown table: evidence kind, true / labelled, unlabelled. `--list` prints each certain alarm
of a kind right less than 0.9 of the time (development rows only; never the blind sets).

The current code's figures are fitted: rules written from these rows removed their false alarms. `--first-sight`
instead runs each source with the code of its own first look (`first_sight_review.first_look_alarms`: a `git archive`
of the labelling commit) and tabulates both tiers by evidence kind: what each kind of evidence was worth on rows
no rule had been written from (docs/EVAL.md, "2026-12-06 (night, sixth stop)").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.eval import blind  # noqa: E402

#: source -> the commit that labelled its first look (every alarm of the code before any rule
#: was written from its rows; docs/EVAL.md, check23l/o/t/w/z/ab/ac/ag)
FIRST_LOOKS = {
    "defacto-test": "6e37011",
    "defacto-test2": "7318225",
    "defacto-test3": "9f387b7",
    "defacto-train": "695a983",
    "defacto-train2": "3ce80e9",
    "defacto-train3": "4466281",
    "defacto-train4": "8d0751b",
    "defacto-train5": "51d91d8",
}
LABELS_PATH = "assistant/eval/labels/checker-dev2.jsonl"


def first_look_labels() -> list[blind.AlarmLabel]:
    """Each source's labels as its first-look commit wrote them."""
    out: list[blind.AlarmLabel] = []
    for source, commit in FIRST_LOOKS.items():
        text = subprocess.run(["git", "show", f"{commit}:{LABELS_PATH}"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        out += [blind.AlarmLabel.model_validate_json(line) for line in text.splitlines()
                if f'"case": "{source}:' in line and '"type": "miss"' not in line]
    return out


def evidence_kind(a: blind.Alarm) -> str:
    """What made the verdict: the evidence text the checker gives, read into the kinds of
    docs/EVAL.md (check23p, check23z)."""
    ev = a.evidence
    if a.kind == "unsupported":
        if "corrected by" in ev:
            return "edit: a corrected word still written (span)"
        if "negat" in ev:
            return "unsupported negation (span)"
        if "direction" in ev or "opposite" in ev:
            return "direction swapped (span)"
        if "number" in ev:
            return "unsupported number (span)"
        return "unsupported name or word (span)"
    if a.kind == "hedge_lost":
        return "hedge lost"
    if a.family not in ("instructions",):
        return f"note {a.kind} ({a.family})"
    if "negated" in ev:
        return "edit/instruction: a negation flipped"
    if "nothing was" in ev or "unchanged" in ev:
        return "edit/instruction: nothing changed"
    if "still present" in ev and "missing" in ev:
        return "edit: new side missing and old side still present"
    if "still present" in ev:
        return "edit: the old side still present"
    if "missing" in ev and a.kind == "contradicted":
        return "instruction: contradicted by a value"
    if "missing" in ev:
        return "edit: a literal of the new side missing"
    return f"edit/instruction: other ({a.kind})"


def tabulate(tier: str) -> tuple[dict[str, list], list]:
    labels = first_look_labels()
    by_kind: dict[str, list] = defaultdict(list)
    for case in blind.read_cases(blind.DEV2_CASES):
        if case.source not in FIRST_LOOKS:
            continue
        for a in blind.alarms(case):
            if tier != "all" and a.tier != tier:
                continue
            label = blind.find_label(a, labels)
            by_kind[evidence_kind(a)].append((a, None if label is None else label.true))
    return by_kind, labels


def first_sight() -> None:
    """Both tiers by evidence kind, each source run with its own first look's code."""
    import tempfile  # noqa: PLC0415
    from types import SimpleNamespace  # noqa: PLC0415

    from first_sight_review import first_look_alarms  # noqa: PLC0415 - it imports this module

    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        for source, commit in FIRST_LOOKS.items():
            for a in first_look_alarms(source, commit, Path(tmp)):
                row = tally[(a["tier"], evidence_kind(SimpleNamespace(**a)))]
                row[0] += bool(a["true"])
                row[1] += 1
    print("| tier | evidence kind (each source with its own first look's code) | true / labelled |")
    print("| --- | --- | --- |")
    for (tier, kind), (true, n) in sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1][1])):
        print(f"| {tier} | {kind} | {true} / {n} |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--tier", choices=("certain", "check", "all"), default="certain")
    ap.add_argument("--list", action="store_true", help="list the alarms of kinds right < 0.9 of the time")
    ap.add_argument("--first-sight", action="store_true",
                    help="each source run with its own first look's code, both tiers (not the current code)")
    args = ap.parse_args(argv)
    if args.first_sight:
        first_sight()
        return
    by_kind, _ = tabulate(args.tier)
    print(f"| evidence kind ({args.tier} tier, current code) | true / first-look labelled | unlabelled |")
    print("| --- | --- | --- |")
    total = [0, 0, 0]
    for kind, rows in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        known = [t for _, t in rows if t is not None]
        true = sum(known)
        total = [total[0] + true, total[1] + len(known), total[2] + len(rows) - len(known)]
        print(f"| {kind} | {true} / {len(known)} | {len(rows) - len(known)} |")
    print(f"| **all** | **{total[0]} / {total[1]}** | {total[2]} |")
    if args.list:
        for kind, rows in by_kind.items():
            known = [t for _, t in rows if t is not None]
            if known and sum(known) >= 0.9 * len(known):
                continue
            for a, t in rows:
                print(f"{kind}\t{t}\t{a.case}\t{a.kind}\t{a.key}\t{a.evidence[:160]}")


if __name__ == "__main__":
    main()
