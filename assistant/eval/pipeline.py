"""Pipeline evaluation on real annotations: compose from real notes, measure what survives.

IIW-400 (captions): fact recall, lost hedges, unsupported spans per 100 words, questions,
repairs, latency, and agreement of the checker with an independent judge.

DeFacto (rewrites): instruction compliance measured from the instructions' own wording (not
by the checker), similarity to the human-corrected summary (chrF, token F1), how much of
the original survives where nothing asked to change it, and the same faithfulness figures.

A row whose compose fails is recorded with its error and the run goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from assistant import llm
from assistant.check import prose
from assistant.eval import metrics
from assistant.compose import Draft, compose
from assistant.eval.datasets import DefactoRow, IIWRow
from assistant.errors import AssistantError, one_line, validation_line
from assistant.eval.judge import judge

Progress = Callable[[int], None]


# ------------------------------------------------------------------ shared faithfulness figures


def faithfulness(draft: Draft) -> dict[str, Any]:
    checked = [f for f in draft.check.facts if f.checked]
    words = metrics.word_count(draft.text)
    return {
        "notes": len(draft.observations),
        "checked_notes": len(checked),
        "dropped": draft.check.dropped + draft.check.contradicted,  # not carried as written
        "hedged_notes": sum(o.hedged for o in draft.observations),
        "hedges_lost": draft.check.hedges_lost,
        "unsupported": [u.text for u in draft.check.unsupported],
        "words": words,
        "fact_recall": round(1 - len(draft.check.dropped + draft.check.contradicted) / len(checked), 4)
        if checked else None,
        "unsupported_per_100w": round(100 * len(draft.check.unsupported) / words, 2) if words else None,
        "questions": len(draft.questions),
        "repairs": draft.repairs,
        "attempts": draft.attempts,
        "latency_s": round(draft.latency_s, 3),
        "prompt_version": draft.prompt_version,
        "text": draft.text,
    } | (_prose(draft) if draft.kind == "caption" else {})


def _prose(draft: Draft) -> dict[str, Any]:
    """How the caption reads (assistant/check/prose.py): style, not faithfulness."""
    f = prose.figures(draft.text, [o.text for o in draft.observations])
    return {"sentences": f.sentences, "sentence_mean_words": f.mean_words, "sentence_max_words": f.max_words,
            "polished": f.polished, "fragments": f.fragments, "splices": f.splices, "shorthand": f.shorthand, "repeats": f.repeats, "labels": f.labels,
            "clean": f.clean, "copied_share": f.copied_share, "pasted_sentences": f.pasted_sentences,
            "kept_verbatim": draft.kept_verbatim}


def _compose_row(task_of: Callable[[], Any], spec: llm.ModelSpec) -> tuple[Draft | None, str | None]:
    try:
        return compose(task_of(), spec), None
    except ValidationError as e:
        return None, f"row is not a valid task: {validation_line(e)}"
    except AssistantError as e:
        return None, f"{type(e).__name__}: {one_line(e)}"


def faithfulness_summary(results: list[dict]) -> dict[str, Any]:
    ok = [r for r in results if not r.get("error")]
    checked = sum(r["checked_notes"] for r in ok)
    dropped = sum(len(r["dropped"]) for r in ok)
    hedged = sum(r["hedged_notes"] for r in ok)
    words = sum(r["words"] for r in ok)
    latency = [r["latency_s"] for r in ok]
    style = {}
    if ok and "clean" in ok[0]:
        from assistant.eval.baseline import prose_summary  # noqa: PLC0415  (baseline imports this module)

        style = prose_summary(ok) | {"polished_share": _round(sum(r["polished"] for r in ok) / len(ok), 4),
                                     "notes_kept_verbatim_share": _round(sum(len(r["kept_verbatim"]) for r in ok) / checked, 4)
                                     if checked else None}
    return style | {
        "rows": len(results),
        "rows_failed": len(results) - len(ok),
        "notes_checked": checked,
        "fact_recall": round(1 - dropped / checked, 4) if checked else None,
        "notes_dropped": dropped,
        "hedged_notes": hedged,
        "hedges_lost": sum(len(r["hedges_lost"]) for r in ok),
        "unsupported_per_100w": round(100 * sum(len(r["unsupported"]) for r in ok) / words, 2) if words else None,
        "drafts_passing_check": sum(not (r["dropped"] or r["hedges_lost"] or r["unsupported"]) for r in ok),
        "questions_mean": _round(metrics.mean([r["questions"] for r in ok])),
        "repairs_mean": _round(metrics.mean([r["repairs"] for r in ok])),
        "latency_p50_s": _round(metrics.percentile(latency, 50)),
        "latency_p90_s": _round(metrics.percentile(latency, 90)),
    }


def _round(x: float | None, digits: int = 3) -> float | None:
    return None if x is None else round(x, digits)


# ------------------------------------------------------------------ IIW-400


def run_iiw(rows: list[tuple[int, IIWRow]], spec: llm.ModelSpec, judge_spec: llm.ModelSpec | None,
            progress: Progress | None = None) -> tuple[list[dict], dict]:
    results = []
    for line, row in rows:
        draft, error = _compose_row(row.task, spec)
        result: dict[str, Any] = {"line": line, "row": row.key}
        if draft is None:
            result["error"] = error
        else:
            result |= faithfulness(draft)
            result["overlap"] = _overlap_row(draft)
            if judge_spec is not None:
                result["judge"] = _judge_row(draft, judge_spec)
        results.append(result)
        if progress:
            progress(1)
    summary = faithfulness_summary(results)
    summary["overlap"] = overlap_agreement(results)
    if judge_spec is not None:
        summary["judge"] = judge_agreement(results)
    return results, summary


# A note counts as carried by the word-overlap referee when this share of its content words
# is in the draft. Reported at three thresholds, so no single cut-off decides the picture.
OVERLAP_THRESHOLDS = (0.5, 0.7, 0.8)


def _checker_kept(draft: Draft) -> dict[str, bool]:
    """The checker's verdict on each note it checked: kept (not dropped) or not. Both referees
    are compared with this."""
    dropped = set(draft.check.dropped) | set(draft.check.contradicted)
    return {f.id: f.id not in dropped for f in draft.check.facts if f.checked}


def _overlap_row(draft: Draft) -> list[dict[str, Any]]:
    """Per checked note: the checker's verdict and the share of its content words in the draft."""
    kept = _checker_kept(draft)
    return [{"id": o.id, "checker_kept": kept[o.id], "coverage": round(c, 3)}
            for o in draft.observations if o.id in kept and (c := metrics.coverage(o.text, draft.text)) is not None]


def overlap_agreement(results: list[dict]) -> dict[str, Any]:
    notes = [(r["line"], p) for r in results for p in r.get("overlap", [])]
    out: dict[str, Any] = {"notes": len(notes)}
    for threshold in OVERLAP_THRESHOLDS:
        pairs = [(p["checker_kept"], p["coverage"] >= threshold) for _, p in notes]
        out[f"at_{threshold}"] = {
            "agreement": round(sum(a == b for a, b in pairs) / len(pairs), 4) if pairs else None,
            "kappa": _round(metrics.cohen_kappa(pairs)),
            "checker_dropped_overlap_kept": sum(b and not a for a, b in pairs),
            # kept by the checker with less of its wording in the draft: candidate silent losses
            "checker_kept_overlap_missing": [f"line {line} {p['id']}" for line, p in notes
                                             if p["checker_kept"] and p["coverage"] < threshold],
        }
    return out


def _judge_row(draft: Draft, spec: llm.ModelSpec) -> dict[str, Any]:
    try:
        verdict = judge(draft.observations, draft.text, spec)
    except AssistantError as e:
        return {"error": f"{type(e).__name__}: {one_line(e)}", "pairs": []}
    kept = _checker_kept(draft)
    pairs = [
        {"id": nid, "checker_kept": kept[nid], "judge_kept": v.stated != "no", "judge": v.stated}
        for nid, v in verdict.verdicts.items() if nid in kept
    ]
    return {"error": verdict.error, "pairs": pairs, "prompt_version": verdict.prompt_version}


def judge_agreement(results: list[dict]) -> dict[str, Any]:
    pairs = [(p["checker_kept"], p["judge_kept"]) for r in results for p in r.get("judge", {}).get("pairs", [])]
    kappa = metrics.cohen_kappa(pairs)
    return {
        "pairs": len(pairs),
        "agreement": round(sum(a == b for a, b in pairs) / len(pairs), 4) if pairs else None,
        "kappa": _round(kappa),
        "both_kept": sum(a and b for a, b in pairs),
        "both_missing": sum(not a and not b for a, b in pairs),
        # the checker says kept but the judge finds it missing: possible silent loss, to inspect
        "checker_kept_judge_missing": sum(a and not b for a, b in pairs),
        "checker_dropped_judge_kept": sum(not a and b for a, b in pairs),
        "rows_judge_failed": sum(1 for r in results if r.get("judge", {}).get("error")),
    }


# ------------------------------------------------------------------ DeFacto

# DeFacto's instructions follow templates ("Replace the information about X with the
# information about Y", "Remove ...", "Add ..."): compliance is read from those, so the
# measure owes nothing to the checker's own edit parser.
_TAIL = r"(?:\s+(?:from|to|in)\s+the\s+summary)?\.?$"
_INSTRUCTION_RES = [
    ("replace", re.compile(r"^replace\s+(?:the\s+information\s+about\s+)?(?P<old>.+?)\s+with\s+"
                           r"(?:the\s+information\s+about\s+)?(?P<new>.+?)" + _TAIL, re.I)),
    ("remove", re.compile(r"^remove\s+(?:the\s+information\s+about\s+)?(?P<old>.+?)" + _TAIL, re.I)),
    ("add", re.compile(r"^add\s+(?:the\s+information\s+about\s+)?(?P<new>.+?)" + _TAIL, re.I)),
]
_STOP = frozenset("a an the of to in on at for and or with by from about as is are was were be been his her "
                  "its their this that it he she they who which has have had will would".split())


def parse_instruction(text: str) -> dict[str, str] | None:
    for kind, pattern in _INSTRUCTION_RES:
        m = pattern.match(text.strip())
        if m:
            return {"kind": kind, **{k: v for k, v in m.groupdict().items() if v}}
    return None


def _content(text: str) -> set[str]:
    return {w.removesuffix("'s") for w in metrics.words(text)} - _STOP


def instruction_compliance(instruction: str, draft: str, gold: str, original: str) -> dict[str, Any]:
    """Removed content gone (at most half of its distinctive words left) and added content present
    (at least half of its words).

    'Distinctive' words of the old content are those the original has and neither the new
    content nor the human-corrected summary uses. An instruction that describes what to
    remove without quoting it ("the first names of both people") has none: it is not
    measurable here (complied None), rather than counted as done.
    """
    parsed = parse_instruction(instruction)
    out: dict[str, Any] = {"instruction": instruction, "kind": parsed["kind"] if parsed else "other"}
    if parsed is None:
        return out | {"complied": None}
    have = _content(draft)
    verdicts: list[bool] = []
    if "old" in parsed:
        distinct = (_content(parsed["old"]) & _content(original)) - _content(parsed.get("new", "")) - _content(gold)
        if distinct:
            out["old_left"] = sorted(distinct & have)
            verdicts.append(len(out["old_left"]) * 2 <= len(distinct))
    if "new" in parsed and _content(parsed["new"]):
        new = _content(parsed["new"])
        out["new_missing"] = sorted(new - have)
        verdicts.append(len(out["new_missing"]) * 2 <= len(new))
    out["complied"] = all(verdicts) if verdicts else None
    return out


def run_defacto(rows: list[tuple[int, DefactoRow]], spec: llm.ModelSpec,
                progress: Progress | None = None) -> tuple[list[dict], dict]:
    results = []
    for line, row in rows:
        result: dict[str, Any] = {"line": line, "row": row.key, "flags": row.flags()}
        if not row.instructions():
            result["skipped"] = "no instructions (the annotator found nothing to change)"
        else:
            draft, error = _compose_row(row.task, spec)
            if draft is None:
                result["error"] = error
            else:
                result |= _defacto_figures(row, draft)
        results.append(result)
        if progress:
            progress(1)
    return results, defacto_summary(results)


def _defacto_figures(row: DefactoRow, draft: Draft) -> dict[str, Any]:
    gold = row.feedback.summary
    compliance = [instruction_compliance(i, draft.text, gold, row.candidate) for i in row.instructions()]
    # a "verify" item is listed for the reviewer, so an unmet descriptive instruction is not silent
    flagged = draft.check.unmet() | set(draft.check.to_verify)
    for c in compliance:
        if c["complied"] is False:  # unmet by the independent measure: did the check report it?
            ids = {o.id for o in draft.observations if " ".join(o.text.split()) in " ".join(c["instruction"].split())}
            c["reported_by_checker"] = bool(ids & flagged)
    edited = {w for c in compliance if c["kind"] != "other" for w in _content(
        (parse_instruction(c["instruction"]) or {}).get("old", ""))}
    out = faithfulness(draft)
    out |= {
        "compliance": compliance,
        "chrf": round(metrics.chrf(draft.text, gold), 2),
        "token_f1": round(metrics.token_f1(draft.text, gold), 4),
        "chrf_original": round(metrics.chrf(row.candidate, gold), 2),
        "token_f1_original": round(metrics.token_f1(row.candidate, gold), 4),
        "kept_original": _round(metrics.kept_share(row.candidate, draft.text, edited), 4),
        "gold": gold,
        "original": row.candidate,
    }
    return out


def defacto_summary(results: list[dict]) -> dict[str, Any]:
    done = [r for r in results if not r.get("skipped")]
    ok = [r for r in done if not r.get("error")]
    summary = faithfulness_summary(done)
    summary["rows_skipped_no_instructions"] = len(results) - len(done)
    judged = [c for r in ok for c in r["compliance"] if c["complied"] is not None]
    by_kind = {}
    for kind in ("replace", "remove", "add"):
        these = [c for c in judged if c["kind"] == kind]
        by_kind[kind] = {"instructions": len(these), "complied": sum(c["complied"] for c in these)}
    summary |= {
        "instructions": sum(len(r["compliance"]) for r in ok),
        "instructions_parsed": len(judged),
        "instruction_compliance": round(sum(c["complied"] for c in judged) / len(judged), 4) if judged else None,
        "compliance_by_kind": by_kind,
        # no silent loss: every instruction the independent measure finds unmet is in the check
        "unmet_instructions": sum(not c["complied"] for c in judged),
        "unmet_reported_by_checker": sum(c.get("reported_by_checker", False) for c in judged),
        "unmet_not_reported": [f"line {r['line']}: {c['instruction']}" for r in ok for c in r["compliance"]
                               if c["complied"] is False and not c.get("reported_by_checker")],
        "chrf_mean": _round(metrics.mean([r["chrf"] for r in ok]), 2),
        "chrf_original_mean": _round(metrics.mean([r["chrf_original"] for r in ok]), 2),
        "token_f1_mean": _round(metrics.mean([r["token_f1"] for r in ok])),
        "token_f1_original_mean": _round(metrics.mean([r["token_f1_original"] for r in ok])),
        "kept_original_mean": _round(metrics.mean([r["kept_original"] for r in ok if r["kept_original"] is not None])),
    }
    return summary
