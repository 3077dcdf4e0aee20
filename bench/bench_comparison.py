"""Comparison rationales: the product against the raw model, same rows, same model, one run.

Rows: the comparison-choice set's tasks (DeFacto pairs, side-labelled reasons, the human
summary chosen), blind split by default, each task once. The raw baseline is the model asked
plainly, with the same choice and reasons pasted in ("use every reason"). Both texts are scored
by the kind's own check: the choice stated (not flipped), every reason kept on its own side,
certain problems, unsupported spans, and the time each took with the model loaded once.

    .venv/bin/python bench/bench_comparison.py [--limit 6] [--split blind] [--model embedded]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import save  # noqa: E402

from assistant import kinds, llm, prompts  # noqa: E402
from assistant.compose import compose  # noqa: E402
from assistant.kinds.comparison.evaluation import read_cases  # noqa: E402

RAW = ("You are given an annotator's choice between two responses, A and B, and their reasons. "
       "Write a short rationale in prose that states the choice and uses every reason.\n\n"
       "Choice: {choice}\nReasons:\n{notes}")


def _score(task, text: str) -> dict:
    report = kinds.get("comparison").check(task, text)
    facts = {f.id: f for f in report.facts}
    reasons = [f for f in report.facts if f.id != "choice"]
    return {
        "choice_kept": facts["choice"].status == "kept",
        "reasons_kept": sum(f.status in ("kept", "verify") for f in reasons) / max(1, len(reasons)),
        "side_swaps": sum(1 for f in reasons if any(m.startswith("side") for m in f.missing)),
        "certain_ok": report.certain_ok,
        "unsupported": len(report.unsupported),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=6, help="tasks (default 6)")
    ap.add_argument("--split", default="blind", choices=["dev", "blind"], help="which part of the set (default blind)")
    ap.add_argument("--model", default="embedded", help="litellm model string (default: embedded)")
    args = ap.parse_args()
    seen, tasks = set(), []
    for case in read_cases():
        if case.split == args.split and case.doc_id not in seen:
            seen.add(case.doc_id)
            tasks.append((case.doc_id, case.task))
    tasks = tasks[: args.limit]
    spec = llm.resolve_spec(args.model)
    llm.complete([{"role": "user", "content": "Say OK."}], spec.model_copy(update={"max_tokens": 4}))  # loaded once
    rows = []
    for doc_id, task in tasks:
        started = time.perf_counter()
        product = compose(task, spec, stream=False)
        product_s = time.perf_counter() - started
        started = time.perf_counter()
        raw = llm.complete([{"role": "user", "content": RAW.format(choice=task.choice, notes=task.notes)}],
                           spec.model_copy(update={"max_tokens": 400})).text
        raw_s = time.perf_counter() - started
        rows.append({"doc_id": doc_id, "product": {**_score(task, product.text), "s": product_s, "text": product.text,
                                                   "verbatim": len(product.kept_verbatim)},
                     "raw": {**_score(task, raw), "s": raw_s, "text": raw}})
        print(doc_id, "product", rows[-1]["product"]["certain_ok"], "raw", rows[-1]["raw"]["certain_ok"], flush=True)

    def agg(side: str) -> dict:
        vals = [r[side] for r in rows]
        return {"choice_kept": sum(v["choice_kept"] for v in vals) / len(vals),
                "reasons_kept": round(statistics.mean(v["reasons_kept"] for v in vals), 3),
                "side_swaps": sum(v["side_swaps"] for v in vals),
                "certain_ok": sum(v["certain_ok"] for v in vals) / len(vals),
                "unsupported_spans": sum(v["unsupported"] for v in vals),
                "latency_p50_s": round(statistics.median(v["s"] for v in vals), 2)}

    result = {"command": "bench/bench_comparison.py " + " ".join(sys.argv[1:]), "split": args.split,
              "prompt_version": prompts.load("comparison").version, "rows": len(rows),
              "product": agg("product"), "raw": agg("raw"), "per_row": rows}
    result["latency_p50_ratio"] = round(result["product"]["latency_p50_s"] / max(result["raw"]["latency_p50_s"], 1e-9), 2)
    save("comparison", result)


if __name__ == "__main__":
    main()
