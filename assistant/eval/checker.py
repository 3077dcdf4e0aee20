"""Checker accuracy: recall per defect type and false alarms on faithful variants.

A defect counts as caught when the checker flags the note it changed (dropped, contradicted or
hedge lost) or marks unsupported content inside the changed text. A defect on a note the checker
already flags in the verbatim draft is left out (it would be caught for free) and counted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.check import CheckReport, check_draft
from assistant.check.report import PROBLEM_STATUSES, Tier
from assistant.eval.datasets import IIWRow
from assistant.eval.defects import DEFECT_TYPES, FAITHFUL_TYPES, Case, cases_for_row
from assistant.eval.metrics import mean

Progress = Callable[[int], None]


def caught(case: Case, report: CheckReport) -> bool:
    if case.variant in ("dropped", "hedge"):
        return case.target in report.unmet()
    if case.target and case.target in report.unmet():
        return True
    return _marks_inside(report, case.span or (0, 0))


def _marks_inside(report: CheckReport, span: tuple[int, int], tier: Tier | None = None) -> bool:
    """Some unsupported span (of `tier`, when given) overlaps `span`."""
    lo, hi = span
    return any(u.start < hi and u.end > lo and tier in (None, u.tier) for u in report.unsupported)


def caught_certain(case: Case, report: CheckReport) -> bool:
    """Caught by a certain problem (what the CLI's exit code and the lead's filter go by)."""
    certain = {f.id for f in report.facts if f.status in PROBLEM_STATUSES and f.tier == "certain"}
    if case.target and case.target in certain:
        return True
    return case.variant not in ("dropped", "hedge") and _marks_inside(report, case.span or (0, 0), "certain")


def _already_flagged(case: Case, base: CheckReport) -> bool:
    if case.target and case.target in base.unmet():
        return True
    return case.base_span is not None and _marks_inside(base, case.base_span)


def run(rows: list[IIWRow], seed: int = 0, progress: Progress | None = None) -> tuple[list[dict], dict]:
    labels = [o.label for row in rows for o in row.objects if o.label.strip()]
    results: list[dict] = []
    for row in rows:
        cases = cases_for_row(row, labels, seed)
        verbatim = next((c for c in cases if c.variant == "verbatim"), None)
        base = check_draft(verbatim.notes, verbatim.draft) if verbatim else None
        for case in cases:
            report = base if case is verbatim else check_draft(case.notes, case.draft)
            results.append(_result(case, report, base))
        if progress:
            progress(1)
    return results, summarize(results)


def _result(case: Case, report: CheckReport, base: CheckReport | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "row": case.row, "variant": case.variant, "defect": case.defect, "target": case.target,
        "detail": case.detail, "draft": case.draft,
        "problems": {"dropped": report.dropped, "contradicted": report.contradicted, "hedges_lost": report.hedges_lost,
                     "unsupported": [u.text for u in report.unsupported]},
    }
    if case.defect:
        out["excluded"] = base is not None and _already_flagged(case, base)
        out["caught"] = caught(case, report)
        out["caught_certain"] = caught_certain(case, report)
    else:
        out["false_alarm"] = not report.ok
        out["certain_false_alarm"] = not report.certain_ok
    return out


def summarize(results: list[dict]) -> dict:
    defects: dict[str, dict] = {}
    for kind in DEFECT_TYPES:
        rows = [r for r in results if r["variant"] == kind]
        counted = [r for r in rows if not r["excluded"]]
        n_caught = sum(r["caught"] for r in counted)
        n_certain = sum(r["caught_certain"] for r in counted)
        defects[kind] = {"cases": len(counted), "caught": n_caught, "excluded": len(rows) - len(counted),
                         "recall": round(n_caught / len(counted), 4) if counted else None,
                         "caught_certain": n_certain,
                         "recall_certain": round(n_certain / len(counted), 4) if counted else None}
    faithful: dict[str, dict] = {}
    for kind in FAITHFUL_TYPES:
        rows = [r for r in results if r["variant"] == kind]
        alarms = sum(r["false_alarm"] for r in rows)
        faithful[kind] = {"cases": len(rows), "false_alarms": alarms,
                          "rate": round(alarms / len(rows), 4) if rows else None,
                          "certain_false_alarms": sum(r["certain_false_alarm"] for r in rows)}
    all_faithful = [r for r in results if not r["defect"]]
    recalls = [d["recall"] for d in defects.values() if d["recall"] is not None]
    return {
        "defects": defects,
        "faithful": faithful,
        "min_recall": min(recalls) if recalls else None,
        "mean_recall": round(mean(recalls), 4) if recalls else None,
        "false_alarm_rate": round(sum(r["false_alarm"] for r in all_faithful) / len(all_faithful), 4)
        if all_faithful else None,
        "certain_false_alarm_rate": round(sum(r["certain_false_alarm"] for r in all_faithful) / len(all_faithful), 4)
        if all_faithful else None,
        "cases": len(results),
    }
