"""Scoring the choice check on the stored set (labels/comparison-choice.jsonl; built by
bench/build_comparison_set.py, no model needed to score it).

Each row is a comparison task and a rationale: `correct` (states the choice and every reason
on its side), `swapped` (A and B exchanged throughout) or `flipped` (the verdict names the other
side, the reasons stay). Figures, per split (dev: looked at while writing the rules; blind: scored
only at the end):
- recall on swapped: share of swapped rationales with a certain choice or side problem;
  `recall_swapped_sides` asks the side check alone (a reason contradicted for its side), since a
  swapped rationale also states the other side;
- recall on flipped: share of flipped rationales whose choice is contradicted;
- false alarms: share of correct rationales with any certain choice or side problem.

    .venv/bin/python -m assistant.kinds.comparison.evaluation [--split dev|blind] [--list]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.check.report import CheckReport
from assistant.jsonl import read_jsonl
from assistant.kinds.comparison.choice import CHOICE_ID, check_comparison
from assistant.kinds.comparison.task import ComparisonTask

SET_PATH = Path(__file__).resolve().parents[2] / "eval" / "labels" / "comparison-choice.jsonl"
Split = Literal["dev", "blind"]
Variant = Literal["correct", "swapped", "flipped"]


class Case(BaseModel):
    """One row of the set."""

    model_config = ConfigDict(extra="forbid")
    id: str
    doc_id: str
    split: Split
    source: str
    """template0 (phrasings written by template) or model (the embedded model, hand-read)."""
    variant: Variant
    task: ComparisonTask
    rationale: str


class Figures(BaseModel):
    """The choice check's figures on one split."""

    model_config = ConfigDict(extra="forbid")
    split: str
    correct: int
    swapped: int
    flipped: int
    recall_swapped: float = Field(description="Swapped rationales with a certain choice or side problem.")
    recall_swapped_sides: float = Field(description="Swapped rationales with a reason contradicted for its side.")
    recall_flipped: float = Field(description="Flipped rationales whose choice is contradicted.")
    false_alarm_rate: float = Field(description="Correct rationales with any certain choice or side problem.")
    choice_not_found: float = Field(description="Correct rationales whose choice was not found (check tier).")
    missed: list[str] = Field(default_factory=list, description="Ids of corrupted rationales not caught.")
    false_alarms: list[str] = Field(default_factory=list, description="Ids of correct rationales alarmed.")


def _side_problem(report: CheckReport) -> bool:
    return any(f.id != CHOICE_ID and f.status == "contradicted" and f.tier == "certain"
               and f.missing[:1] and f.missing[0].startswith("side ") for f in report.facts)


def _choice(report: CheckReport) -> str:
    return next(f.status for f in report.facts if f.id == CHOICE_ID)


def _alarm(report: CheckReport) -> bool:
    return _choice(report) == "contradicted" or _side_problem(report)


def read_cases(path: str | Path = SET_PATH) -> list[Case]:
    """Every row; a row that does not validate is an error, not a row left out of the figures."""
    rows = read_jsonl(path, Case, what="comparison set", max_bytes=20_000_000)
    if rows.skipped:
        first = rows.skipped[0]
        raise ValueError(f"{path}: {len(rows.skipped)} rows do not validate; line {first.line}: {first.reason}")
    return [case for _, case in rows.rows]


def _rate(hits: int, n: int) -> float:
    return round(hits / n, 4) if n else 0.0


def score(cases: list[Case], split: str) -> Figures:
    caught: dict[str, list[bool]] = {"swapped": [], "swapped_sides": [], "flipped": [], "correct": []}
    missed, alarms, not_found = [], [], 0
    for case in cases:
        report = check_comparison(case.task, case.rationale)
        match case.variant:
            case "correct":
                caught["correct"].append(_alarm(report))
                not_found += _choice(report) == "dropped"
                if _alarm(report):
                    alarms.append(case.id)
            case "swapped":
                caught["swapped"].append(_alarm(report))
                caught["swapped_sides"].append(_side_problem(report))
                if not _alarm(report):
                    missed.append(case.id)
            case "flipped":
                hit = _choice(report) == "contradicted"
                caught["flipped"].append(hit)
                if not hit:
                    missed.append(case.id)
    n = {k: len(v) for k, v in caught.items()}
    return Figures(split=split, correct=n["correct"], swapped=n["swapped"], flipped=n["flipped"],
                   recall_swapped=_rate(sum(caught["swapped"]), n["swapped"]),
                   recall_swapped_sides=_rate(sum(caught["swapped_sides"]), n["swapped_sides"]),
                   recall_flipped=_rate(sum(caught["flipped"]), n["flipped"]),
                   false_alarm_rate=_rate(sum(caught["correct"]), n["correct"]),
                   choice_not_found=_rate(not_found, n["correct"]), missed=missed, false_alarms=alarms)


def evaluate(path: str | Path = SET_PATH, splits: tuple[str, ...] = ("dev", "blind")) -> dict[str, Figures]:
    """Figures per split, and over the whole set ("all")."""
    cases = read_cases(path)
    out = {s: score([c for c in cases if c.split == s], s) for s in splits}
    out["all"] = score([c for c in cases if c.split in splits], "all")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", default=str(SET_PATH))
    ap.add_argument("--split", choices=("dev", "blind"), action="append")
    ap.add_argument("--list", action="store_true", help="also list the ids missed and alarmed")
    args = ap.parse_args()
    figures = evaluate(args.path, tuple(args.split or ("dev", "blind")))
    for f in figures.values():
        shown = f.model_dump(exclude=set() if args.list else {"missed", "false_alarms"})
        print(json.dumps(shown))


if __name__ == "__main__":
    main()
