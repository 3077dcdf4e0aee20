"""The model's readings of a recorded run read again, by this code's `Likelihood` and another's, one model loaded.

    flock /tmp/model.lock .venv/bin/python bench/bench_readings.py TAPE [--base FILE.py] [--rounds 1] [--out FILE]

TAPE is a `bench_stages.py --out` or `bench_compose.py --record` file. Every recorded reading is read
again: `score` requests (`llm.log_likelihoods`, likely_verbs) and `edits` requests (`llm.edit_gains`,
likely_articles). Prints, per kind, the seconds this code's `Likelihood` takes; with `--base` (another
`likelihood.py`, e.g. `git show main:assistant/llm/likelihood.py > /tmp/base.py`) also that one's
seconds, each request read by both in turn, the largest difference of their numbers, and the
decisions that differ: for an edit, whether it is judged at all (None) and on which side of
`likely_articles.MIN_GAIN` its gain falls, and the edit each place would take; for a request of
scores, the likeliest text and the two likeliest. Without `--base`, the recorded numbers are the other
side (they were read by whatever code made the tape, batched as it batched them).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def readings(tape: Path) -> list[dict]:
    """The recorded `score` and `edits` calls of a tape, in order, each once."""
    data = json.loads(tape.read_text())
    calls = [c for r in data["rows"] for side in ("product", "raw") if side in r and "calls" in r[side]
             for c in r[side]["calls"] if c["kind"] in ("score", "edits")]
    seen: set[tuple[str, str]] = set()
    out = []
    for c in calls:
        if (c["kind"], c["request"]) not in seen:
            seen.add((c["kind"], c["request"]))
            out.append(c)
    return out


def read(likelihood: Any, call: dict) -> list | None:
    """`call`'s request read by `likelihood`."""
    if call["kind"] == "score":
        return likelihood.log_likelihoods(json.loads(call["request"]))
    text, edits, expect = json.loads(call["request"])
    return likelihood.edit_gains(text, [tuple(e) for e in edits], expect)


def recorded(call: dict) -> list | None:
    return call["scores"] if call["kind"] == "score" else call["gains"]


def largest_difference(a: list | None, b: list | None) -> float:
    """The largest |a - b| over numbers both have; inf where one is None and the other not."""
    if a is None or b is None:
        return 0.0 if a is b else float("inf")
    diffs = [abs(x - y) for x, y in zip(a, b) if x is not None and y is not None]
    if any((x is None) != (y is None) for x, y in zip(a, b)):
        return float("inf")
    return max(diffs, default=0.0)


def decisions(call: dict, numbers: list | None) -> Any:
    """What compose decides from `numbers`: for edits, each edit's class (None, under or over MIN_GAIN) and
    each place's best edit over MIN_GAIN; for scores, the likeliest text and the two likeliest."""
    from assistant.compose.likely_articles import MIN_GAIN  # noqa: PLC0415

    if numbers is None:
        return None
    if call["kind"] == "score":
        order = sorted(range(len(numbers)), key=numbers.__getitem__, reverse=True)
        return order[:1], sorted(order[:2])
    _, edits, _ = json.loads(call["request"])
    classes = ["none" if g is None else "over" if g >= MIN_GAIN else "under" for g in numbers]
    best: dict[int, tuple[float, int]] = {}
    for n, (edit, gain) in enumerate(zip(edits, numbers)):
        if gain is not None and gain >= MIN_GAIN and gain > best.get(edit[0], (float("-inf"), -1))[0]:
            best[edit[0]] = (gain, n)
    return classes, sorted((start, n) for start, (_, n) in best.items())


def load_base(path: Path) -> Any:
    """The `Likelihood` class of another likelihood.py, imported under a name of its own."""
    spec = importlib.util.spec_from_file_location("base_likelihood", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Likelihood


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tape", type=Path)
    parser.add_argument("--base", type=Path, default=None, help="another likelihood.py to read every request with")
    parser.add_argument("--rounds", type=int, default=1, help="read the whole tape this many times (seconds: the least)")
    parser.add_argument("--out", type=Path, default=None, help="write every request's numbers on both sides here")
    args = parser.parse_args()

    from assistant.llm.embedded import shared_model  # noqa: PLC0415
    from assistant.llm.likelihood import Likelihood  # noqa: PLC0415

    calls = readings(args.tape)
    llm = shared_model().llm
    sides = {"this": Likelihood(llm, llm.n_threads)}
    if args.base:
        sides["base"] = load_base(args.base)(llm, llm.n_threads)
    seconds = {name: {"score": [], "edits": []} for name in sides}
    results: dict[str, list] = {name: [] for name in sides}
    for round_ in range(args.rounds):
        totals = {name: {"score": 0.0, "edits": 0.0} for name in sides}
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))  # each side read first in turn
        for call in calls:
            for name in order:
                started = time.perf_counter()
                numbers = read(sides[name], call)
                totals[name][call["kind"]] += time.perf_counter() - started
                if round_ == 0:
                    results[name].append(numbers)
        for name in sides:
            for kind in ("score", "edits"):
                seconds[name][kind].append(totals[name][kind])
    other = results["base"] if args.base else [recorded(c) for c in calls]
    summary: dict[str, Any] = {"requests": {k: sum(c["kind"] == k for c in calls) for k in ("score", "edits")},
                               "seconds": {name: {k: round(min(v), 2) for k, v in kinds.items()}
                                           for name, kinds in seconds.items()},
                               "against": "base" if args.base else "tape"}
    for kind in ("score", "edits"):
        pairs = [(c, a, b) for c, a, b in zip(calls, results["this"], other) if c["kind"] == kind]
        summary[kind] = {"largest_difference": round(max((largest_difference(a, b) for _, a, b in pairs), default=0.0), 6),
                         "decisions_differ": sum(decisions(c, a) != decisions(c, b) for c, a, b in pairs)}
    print(json.dumps(summary, indent=1))
    if args.out:
        args.out.write_text(json.dumps({"summary": summary, "calls": [
            {"kind": c["kind"], "request": c["request"], "this": a, "other": b}
            for c, a, b in zip(calls, results["this"], other)]}, indent=1))
    for name in sides:
        sides[name].close()


if __name__ == "__main__":
    main()
