"""The product against the obvious alternative, the same notes pasted into the same model,
and against what people wrote (IIW's human descriptions, DeFacto's human rewrites).

For each row, (a) `compose` and (b) the raw baseline (one chat message, "write a caption
from these notes" / "rewrite this response following these notes"; no checker, no repair)
run on the same model. Both are scored by the same deterministic check and by the
independent word-overlap referee (`metrics.coverage`, which shares no code with the check).
Rows run in blocks (product, then baseline) so the llama.cpp prompt cache serves the
product's shared system prompt as it would in use, and load drift hits both alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Literal

from assistant import llm
from assistant.check import check_draft, prose
from assistant.compose import caption, compose
from assistant.eval import metrics
from assistant.eval.datasets import DefactoRow, HandRow, IIWRow
from assistant.eval.pipeline import instruction_compliance
from assistant.notes import Observation
from assistant.kinds.caption import CaptionTask
from assistant.kinds.rewrite import RewriteTask
from assistant.text import sentences as split_sentences

REFEREE_THRESHOLDS = (0.5, 0.7, 0.8)
BLOCK = 5
RAW_CAPTION_ASK = "Use every fact."
"""What a user who wants every note in the caption would add: the raw model's fairest chance."""
#: full: IIW's object notes as written (sentences); terse: the same notes as annotators type
#: them (assistant/eval/terse.py: fragments, digits, "+", "w/", "maybe").
NotesStyle = Literal["full", "terse"]


def raw_messages(task: CaptionTask | RewriteTask) -> list[dict]:
    """What a user would paste into a chat: the request and the notes, nothing else."""
    if isinstance(task, CaptionTask):
        return [{"role": "user", "content": f"Write a caption for an image from these notes. {RAW_CAPTION_ASK}"
                                            f"\n\n{task.notes}"}]
    parts = ["Rewrite this response following these notes."]
    if task.prompt:
        parts.append(f"Prompt: {task.prompt}")
    parts.append(f"Response: {task.response}")
    if task.flags:
        parts.append(f"Problems: {', '.join(task.flags)}")
    parts.append(f"Notes:\n{task.notes}")
    parts.append("Answer with the rewritten response only.")
    return [{"role": "user", "content": "\n\n".join(parts)}]


def run_raw(task: CaptionTask | RewriteTask, spec: llm.ModelSpec) -> tuple[str, float, int]:
    started = time.perf_counter()
    budget = max(spec.max_tokens, len(task.notes) // 2 + 256)
    text = llm.complete(raw_messages(task), spec.model_copy(update={"max_tokens": budget})).text.strip()
    return text, time.perf_counter() - started, 1


def run_product(task: CaptionTask | RewriteTask, spec: llm.ModelSpec) -> tuple[str, float, int, dict]:
    started = time.perf_counter()
    draft = compose(task, spec)
    extra = {"kept_verbatim": draft.kept_verbatim, "as_written": draft.as_written, "reported_missing": draft.check.dropped + draft.check.contradicted,
             "changes": len(draft.changes), "warnings": draft.warnings}
    return draft.text, time.perf_counter() - started, draft.attempts, extra


def score(observations: list[Observation], text: str, original: str | None = None) -> dict[str, Any]:
    """The same figures for any text: the check's verdicts, the referee's, prose shape."""
    report = check_draft(observations, text, original=original)
    facts = [f for f in report.facts if f.checked and f.kind == "fact"]
    kept = {f.id: f.status not in ("dropped", "contradicted") for f in facts}
    coverage = {o.id: metrics.coverage(o.text, text) for o in observations if o.id in kept}
    lengths = [len(metrics.words(s.text)) for s in split_sentences(text)] or [0]
    style = prose.figures(text, [o.text for o in observations]) if original is None else None
    out: dict[str, Any] = {
        "facts": len(facts),
        "checker_kept": sum(kept.values()),
        "unsupported": len(report.unsupported),
        "words": metrics.word_count(text),
        "sentence_mean_words": round(sum(lengths) / len(lengths), 1),
        "sentence_max_words": max(lengths),
    }
    out["polished"] = out["sentence_mean_words"] <= 25 and out["sentence_max_words"] <= 40
    if style is not None:  # a caption: does it read as written, or as the notes pasted?
        out |= {"fragments": style.fragments, "splices": style.splices, "shorthand": style.shorthand, "repeats": style.repeats, "labels": style.labels,
                "clean": style.clean, "copied_share": style.copied_share,
                "pasted_sentences": style.pasted_sentences, "sentences": style.sentences}
    for t in REFEREE_THRESHOLDS:
        carried = {nid: c is None or c >= t for nid, c in coverage.items()}
        out[f"referee_kept_{t}"] = sum(carried.values())
        # carried by the check's verdict but not by the referee's: a loss nobody reported
        out[f"unreported_missing_{t}"] = sorted(n for n in carried if kept[n] and not carried[n])
    return out


def _row_task(row: IIWRow | DefactoRow | HandRow, notes: NotesStyle = "full") -> CaptionTask | RewriteTask:
    if notes == "terse" and isinstance(row, IIWRow):
        from assistant.eval.terse import terse_task  # noqa: PLC0415

        return terse_task(row)
    return row.task()


def compare(rows: list[tuple[int, IIWRow | DefactoRow | HandRow]], spec: llm.ModelSpec,
            progress: Callable[[int], None] | None = None, notes: NotesStyle = "full") -> tuple[list[dict], dict]:
    """Product and raw baseline on the same rows; per-row results and a summary. One untimed
    call first: the first call of a process reads the model's weights in (seconds for the
    embedded model), which is a start-up cost of whichever side happens to go first."""
    results: list[dict] = []
    if rows:
        _safe(_warm_up, rows[0][1], spec)
    for start in range(0, len(rows), BLOCK):
        block = rows[start:start + BLOCK]
        product = {line: _safe(run_product, _row_task(row, notes), spec) for line, row in block}
        raw = {line: _safe(run_raw, _row_task(row, notes), spec) for line, row in block}
        for line, row in block:
            human = None if (written := human_text(row)) is None else (written, 0.0, 0)
            results.append(_row_result(line, row, product[line], raw[line], human, notes))
            if progress:
                progress(1)
    return results, summarise(results)


def _warm_up(row: IIWRow | DefactoRow | HandRow, spec: llm.ModelSpec) -> None:
    """Captions: the caption prompt's shared prefix evaluated once, as the app's server does at
    start (`caption.warm_up_messages`), so that the product's first row does not pay for it while
    the raw side, which has no system prompt, pays nothing: the annotator's case."""
    messages = caption.warm_up_messages() if isinstance(row, IIWRow | HandRow) else [{"role": "user", "content": "Hello"}]
    llm.complete(messages, spec.model_copy(update={"max_tokens": 1}))


def _safe(fn, task, spec):
    try:
        return fn(task, spec)
    except Exception as e:  # noqa: BLE001 - a failed row is a figure, not the end of the run
        return e


def human_text(row: IIWRow | DefactoRow | HandRow) -> str | None:
    """What a person wrote for the row: IIW's human description (its writer saw the image, so
    it also says what no note does), DeFacto's human-corrected summary; None for hand-written
    notes, which have no text of their own."""
    if isinstance(row, HandRow):
        return None
    return row.iiw if isinstance(row, IIWRow) else row.feedback.summary


def _row_result(line: int, row: IIWRow | DefactoRow | HandRow, product, raw, human=None,
                notes: NotesStyle = "full") -> dict[str, Any]:
    task = _row_task(row, notes)
    observations = task.observations()
    original = task.response if isinstance(task, RewriteTask) else None
    out: dict[str, Any] = {"line": line, "notes": len(observations)}
    for name, result in (("product", product), ("raw", raw), ("human", human)):
        if result is None:
            continue
        if isinstance(result, Exception):
            out[name] = {"error": f"{type(result).__name__}: {result}"}
            continue
        text, latency, calls = result[:3]
        figures = score(observations, text, original) | {"latency_s": round(latency, 2), "calls": calls,
                                                          "text": text}
        if len(result) > 3:
            figures |= result[3]
        if isinstance(row, DefactoRow):
            figures |= _rewrite_figures(row, task, text)
        elif isinstance(row, IIWRow) and name != "human":  # the articles of the text the notes were cut from
            figures["source_articles"] = list(metrics.articles_kept(row.iiw, text))
        out[name] = figures
    return out


def _rewrite_figures(row: DefactoRow, task: RewriteTask, text: str) -> dict[str, Any]:
    gold = row.feedback.summary
    compliance = [instruction_compliance(i, text, gold, row.candidate) for i in row.instructions()]
    judged = [c["complied"] for c in compliance if c["complied"] is not None]
    before = [s.text for s in split_sentences(task.response)]
    after = {s.text for s in split_sentences(text)}
    return {
        "instructions_judged": len(judged),
        "instructions_met": sum(judged),
        "token_f1": round(metrics.token_f1(text, gold), 4),
        "original_sentences": len(before),
        "original_sentences_identical": sum(s in after for s in before),
    }


def summarise(results: list[dict]) -> dict[str, Any]:
    out: dict[str, Any] = {"rows": len(results)}
    for name in ("product", "raw", "human"):
        ok = [r[name] for r in results if name in r and "error" not in r[name]]
        if not ok:
            continue
        facts = sum(r["facts"] for r in ok)
        words = sum(r["words"] for r in ok)
        latencies = [r["latency_s"] for r in ok]
        side: dict[str, Any] = {
            "rows_failed": len(results) - len(ok),
            "facts": facts,
            "checker_fact_recall": _share(sum(r["checker_kept"] for r in ok), facts),
            "unsupported_spans": sum(r["unsupported"] for r in ok),
            "unsupported_per_100w": round(100 * sum(r["unsupported"] for r in ok) / words, 2) if words else None,
            "polished_share": _share(sum(r["polished"] for r in ok), len(ok)),
            "sentence_mean_words": metrics.mean([r["sentence_mean_words"] for r in ok]),
            "latency_p50_s": metrics.percentile(latencies, 50),
            "latency_p95_s": metrics.percentile(latencies, 95),
            "calls_mean": metrics.mean([r["calls"] for r in ok]),
        }
        for t in REFEREE_THRESHOLDS:
            side[f"referee_fact_recall_{t}"] = _share(sum(r[f"referee_kept_{t}"] for r in ok), facts)
            side[f"unreported_missing_{t}"] = sum(len(r[f"unreported_missing_{t}"]) for r in ok)
        if ok and "clean" in ok[0]:
            side |= prose_summary(ok)
        if ok and "source_articles" in ok[0]:
            side["source_articles_share"] = _share(sum(r["source_articles"][0] for r in ok),
                                                   sum(r["source_articles"][1] for r in ok))
        if ok and "kept_verbatim" in ok[0]:
            side["notes_kept_verbatim_share"] = _share(sum(len(r["kept_verbatim"]) for r in ok), facts)
            side["notes_as_written_share"] = _share(sum(len(r.get("as_written", [])) for r in ok), facts)
            side["notes_reported_missing"] = sum(len(r["reported_missing"]) for r in ok)
        if ok and "instructions_judged" in ok[0]:
            side["instruction_compliance"] = _share(sum(r["instructions_met"] for r in ok),
                                                    sum(r["instructions_judged"] for r in ok))
            side["token_f1_mean"] = metrics.mean([r["token_f1"] for r in ok])
            side["original_sentences_identical"] = _share(sum(r["original_sentences_identical"] for r in ok),
                                                          sum(r["original_sentences"] for r in ok))
        out[name] = side
    p, r = out["product"]["latency_p50_s"], out["raw"]["latency_p50_s"]
    out["latency_p50_ratio"] = round(p / r, 2) if p and r else None
    slow = [x["product"]["latency_s"] / x["raw"]["latency_s"] for x in results
            if "error" not in x["product"] and "error" not in x["raw"] and x["raw"]["latency_s"]]
    out["latency_ratio_max"] = round(max(slow), 2) if slow else None
    return out


def prose_summary(rows: list[dict]) -> dict[str, Any]:
    """How the captions read: with no fragment, repeat or leaked label; words copied from the
    notes in runs of four or more; sentences that are a note pasted."""
    sentences = sum(r["sentences"] for r in rows)
    return {
        "clean_share": _share(sum(r["clean"] for r in rows), len(rows)),
        "fragments": sum(r["fragments"] for r in rows),
        "splices": sum(r.get("splices", 0) for r in rows),
        "shorthand": sum(r.get("shorthand", 0) for r in rows),
        "repeats": sum(r["repeats"] for r in rows),
        "labels": sum(r["labels"] for r in rows),
        "copied_share": _share(round(sum(r["copied_share"] * r["words"] for r in rows)), sum(r["words"] for r in rows)),
        "pasted_sentence_share": _share(sum(r["pasted_sentences"] for r in rows), sentences),
    }


def _share(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None
