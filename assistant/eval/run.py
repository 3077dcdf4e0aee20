"""`annotation-assistant eval`: one entry point for the three evaluations.

- iiw:     compose captions from IIW-400 object notes (eval_pipeline.run_iiw)
- defacto: rewrite DeFacto summaries from their instructions (eval_pipeline.run_defacto)
- checker: the checker accuracy suite, generated from IIW-400 notes (eval_checker.run)
- checker-precision: the checker's precision and recall per rule family on human text, from
  hand labels (eval.precision.run); --path is the data folder holding both datasets
- checker-blind: the checker re-run on the frozen blind set of issue 23 and scored against its
  labels (eval.blind.run); the cases are frozen in the repository, --path is only recorded
- checker-dev2: the same on the second development set (labels/checker-dev2-cases.jsonl), built
  on rows in neither the blind set nor checker-precision
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone
from typing import Any, Literal

from assistant import lexicon
from assistant.errors import BadInputError
from assistant.eval.datasets import DefactoRow, HandRow, IIWRow, read_rows

Dataset = Literal["iiw", "defacto", "terse-hand", "checker", "checker-precision", "checker-blind", "checker-dev2",
                  "checker-blind2", "checker-blind3", "checker-blind4", "checker-blind5"]
NO_JUDGE = "none"


def evaluate(dataset: Dataset, path: str, *, limit: int | None = None, model: str | None = None,
             api_base: str | None = None, judge: str | None = None, seed: int = 0,
             command: str = "", progress: bool = True, baseline: Literal["raw"] | None = None,
             offset: int = 0, notes: Literal["full", "terse"] = "full",
             positions: list[int] | None = None) -> tuple[list[dict], dict[str, Any]]:
    """Per-row results and the summary (run metadata + figures). With `baseline="raw"`, the
    product and the raw model run on the same rows and are scored alike (eval/baseline.py);
    `notes="terse"` gives both IIW's notes as annotators type them (eval/terse.py).
    `positions` picks rows by position among the valid rows (for DeFacto with a baseline, among
    those with instructions) instead of `offset` and `limit`."""
    started = time.perf_counter()
    if dataset == "checker-precision":
        return _precision(path, command, started, progress)
    if dataset in ("checker-blind", "checker-dev2", "checker-blind2", "checker-blind3", "checker-blind4", "checker-blind5"):
        return _blind(dataset, path, command, started, progress)
    if dataset == "terse-hand" and not baseline:
        raise BadInputError("terse-hand is measured against the raw model: add --baseline raw")
    row_model = {"defacto": DefactoRow, "terse-hand": HandRow}.get(dataset, IIWRow)
    read = read_rows(path, row_model, None if limit is None or baseline or positions else limit + offset)
    if dataset == "defacto" and baseline:
        read.rows = [(line, r) for line, r in read.rows if r.instructions()]  # nothing to rewrite otherwise
    read.rows = [read.rows[i] for i in positions if i < len(read.rows)] if positions else read.rows[offset:][:limit]
    for s in read.skipped[:20]:
        print(f"warning: {path} line {s.line} skipped: {s.reason}", file=sys.stderr)
    if len(read.skipped) > 20:
        print(f"warning: {len(read.skipped) - 20} more malformed lines skipped", file=sys.stderr)
    meta: dict[str, Any] = {
        "dataset": dataset,
        "command": command,
        "path": path,
        "rows_read": len(read.rows),
        "offset": offset,
        "positions": positions,
        "notes": notes,
        "rows_skipped_malformed": len(read.skipped),
        "skipped_lines": [{"line": s.line, "reason": s.reason} for s in read.skipped[:100]],
        "lexicon_version": lexicon.load().versions(),
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    bar = _progress_bar(len(read.rows), dataset, progress)
    try:
        if dataset == "checker":
            from assistant.eval import checker as eval_checker  # noqa: PLC0415

            meta["seed"] = seed
            results, figures = eval_checker.run([r for _, r in read.rows], seed, bar.update)
        elif baseline:
            results, figures = _baseline(read.rows, model, api_base, meta, bar.update, notes)
        else:
            results, figures = _pipeline(dataset, read.rows, model, api_base, judge, meta, bar.update)
    finally:
        bar.close()
    meta["duration_s"] = round(time.perf_counter() - started, 2)
    meta["figures"] = figures
    return results, meta


def _precision(path: str, command: str, started: float, progress: bool) -> tuple[list[dict], dict[str, Any]]:
    from pathlib import Path  # noqa: PLC0415

    from assistant.eval import precision  # noqa: PLC0415

    if not Path(path).is_dir():
        raise BadInputError(f"checker-precision reads a folder with {precision.DEFACTO_FILE} and "
                            f"{precision.IIW_FILE}; not a folder: {path}")
    meta: dict[str, Any] = {"dataset": "checker-precision", "command": command, "path": path,
                            "lexicon_version": lexicon.load().versions(), "labels": str(precision.LABELS),
                            "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    bar = _progress_bar(precision.REPORTS, "checker-precision", progress)
    try:
        results, figures = precision.run(path, bar.update)
    finally:
        bar.close()
    meta["duration_s"] = round(time.perf_counter() - started, 2)
    meta["figures"] = figures
    return results, meta


def _blind(dataset, path: str, command: str, started: float, progress: bool) -> tuple[list[dict], dict[str, Any]]:
    from assistant.eval import blind  # noqa: PLC0415

    cases_file, labels_file = blind.set_files(dataset)
    cases = blind.read_cases(cases_file)
    meta: dict[str, Any] = {"dataset": dataset, "command": command, "path": path,
                            "lexicon_version": lexicon.load().versions(), "cases_file": str(cases_file),
                            "labels": str(labels_file),
                            "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    bar = _progress_bar(len(cases), dataset, progress)
    try:
        results, figures = blind.run(cases_file, labels_file, progress=bar.update)
    finally:
        bar.close()
    meta["duration_s"] = round(time.perf_counter() - started, 2)
    meta["figures"] = figures
    return results, meta


def _pipeline(dataset, rows, model, api_base, judge, meta, update):
    from assistant import llm, prompts  # noqa: PLC0415
    from assistant.eval import pipeline as eval_pipeline  # noqa: PLC0415

    spec = llm.resolve_spec(model, api_base)
    llm.validate(spec)
    meta["model"] = spec.model
    if dataset == "defacto":
        meta["prompt_versions"] = {"rewrite": prompts.load("rewrite").version,
                                   "rewrite_sentence": prompts.load("rewrite_sentence").version}
        return eval_pipeline.run_defacto(rows, spec, update)
    judge_spec = None
    if judge != NO_JUDGE:
        judge_spec = spec if judge is None else llm.resolve_spec(judge, api_base)
        llm.validate(judge_spec)
        meta["judge"] = judge_spec.model
    meta["prompt_versions"] = {"caption": prompts.load("caption").version, "judge": prompts.load("judge").version}
    return eval_pipeline.run_iiw(rows, spec, judge_spec, update)


def _baseline(rows, model, api_base, meta, update, notes="full"):
    from assistant import llm, prompts  # noqa: PLC0415
    from assistant.eval import baseline  # noqa: PLC0415

    spec = llm.resolve_spec(model, api_base)
    llm.validate(spec)
    meta |= {"model": spec.model, "baseline": "raw",
             "prompt_versions": {name: prompts.load(name).version for name in ("caption", "rewrite", "rewrite_sentence")}}
    return baseline.compare(rows, spec, update, notes)


def _progress_bar(total: int, dataset: str, enabled: bool):
    from tqdm import tqdm  # noqa: PLC0415

    # disable=None: shown on a terminal, silent in logs and pipes
    return tqdm(total=total, desc=f"eval {dataset}", unit="row", file=sys.stderr,
                disable=None if enabled else True, dynamic_ncols=True)
