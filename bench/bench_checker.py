"""Checker time per draft, for 100-word and 400-word drafts.

    .venv/bin/python bench/bench_checker.py [--fresh]

Wall-clock figures (the target) and CPU time of this process, with the load average: on a
machine other jobs share, wall time grows with the load while CPU time stays put.

Each run checks the same draft, so the caches keyed by a draft's text (its parse, phrases,
prose remarks) are warm after the first: the figure is a draft checked again. `--fresh` checks
a draft not checked before in each run (the sentences in another order; the notes' caches
warm), as compose's next draft is: 18 runs, written to checker-fresh.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import save, summary, timed  # noqa: E402

from assistant.check import check_draft  # noqa: E402
from assistant.notes import split_notes  # noqa: E402

NOTES = [
    "red bus on the left", "3 pedestrians", "wet road, maybe rain", "no text visible", "overcast daylight",
    "tall grey office building behind the bus", "woman holding a yellow umbrella", "about 12 cars parked",
    "traffic light shows green", 'shop sign reads "OPEN 24 HOURS"', "man in a blue jacket crossing",
    "bicycle leaning on a lamp post", "puddles on the sidewalk", "trees without leaves", "photo taken at eye level",
    "a dog on a leash", "two taxis behind the bus", "the street curves to the right", "pigeons near the kerb",
    "a child in a red coat",
]
SENTENCES = [
    "A red bus is on the left.", "Three pedestrians are on the wet road, perhaps after rain.", "No text is visible.",
    "The scene is in overcast daylight.", "A tall gray office building stands behind the bus.",
    "A woman holds a yellow umbrella.", "About twelve cars are parked.", "The traffic light shows green.",
    'A shop sign reads "OPEN 24 HOURS".', "A man in a blue jacket is crossing.",
    "A bicycle leans on a lamp post.", "There are puddles on the sidewalk.", "The trees have no leaves.",
    "The photo is taken at eye level.", "A dog is on a leash.", "Two taxis are behind the bus.",
    "The street curves to the right.", "Pigeons are near the kerb.", "A child wears a red coat.",
]


def draft_of(words: int, first: int = 0) -> str:
    out, count, i = [], 0, first
    while count < words:
        sentence = SENTENCES[i % len(SENTENCES)]
        out.append(sentence)
        count += len(sentence.split())
        i += 1
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="a draft not checked before in each run")
    if parser.parse_args().fresh:
        return fresh()
    observations = split_notes("\n".join(NOTES))
    result = {"command": ".venv/bin/python bench/bench_checker.py", "notes": len(observations),
              "load_average_1min": round(os.getloadavg()[0], 2)}
    for words in (100, 400):
        draft = draft_of(words)
        stats = summary(timed(lambda: check_draft(observations, draft), runs=50, warmup=3))
        result[f"{words}_words"] = {"draft_words": len(draft.split()), **stats,
                                    "cpu_p50_ms": _cpu_p50(lambda: check_draft(observations, draft), runs=50)}
    save("checker", result)


def fresh(runs: int = len(SENTENCES) - 1) -> None:
    """Each run a draft whose text no run checked before: the sentences start at another one."""
    observations = split_notes("\n".join(NOTES))
    result = {"command": ".venv/bin/python bench/bench_checker.py --fresh", "notes": len(observations),
              "load_average_1min": round(os.getloadavg()[0], 2)}
    for words in (100, 400):
        check_draft(observations, draft_of(words))  # the notes' caches, and the lexicon's, warm
        wall, cpu = [], []
        for first in range(1, runs + 1):
            draft = draft_of(words, first)
            start, start_cpu = time.perf_counter(), time.process_time()
            check_draft(observations, draft)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        result[f"{words}_words"] = {"draft_words": len(draft.split()), **summary(wall),
                                    "cpu_p50_ms": round(statistics.median(cpu) * 1000, 3)}
    save("checker-fresh", result)


def _cpu_p50(fn, runs: int) -> float:
    out = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        out.append(time.process_time() - start)
    return round(statistics.median(out) * 1000, 3)


if __name__ == "__main__":
    main()
