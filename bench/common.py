"""Shared helpers for the benchmarks: timing statistics and result files."""

from __future__ import annotations

import json
import platform
import statistics
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def timed(fn, runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def summary(seconds: list[float]) -> dict:
    ordered = sorted(seconds)
    return {
        "runs": len(seconds),
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p90_ms": round(ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))] * 1000, 3),
        "min_ms": round(ordered[0] * 1000, 3),
    }


def save(name: str, result: dict) -> None:
    RESULTS.mkdir(exist_ok=True)
    result = {"machine": f"{platform.machine()} {platform.processor() or ''}".strip(), **result}
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
