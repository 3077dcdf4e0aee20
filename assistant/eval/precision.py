"""Checker precision on human text, from hand labels.

The check runs on text people wrote by following notes, with no model involved:
- DeFacto validation rows: notes = the annotator's instructions, draft = the human-corrected
  summary, original = the model's candidate summary (a rewrite check);
- IIW-400 dev rows: one caption sentence written by people, with the object notes that this
  sentence clearly carries (at least 70% of a note's content stems occur in the sentence, by
  the word-overlap referee of `metrics`, which shares nothing with the checker).

Every alarm the check raises (a dropped note, a lost hedge, an unsupported span) was read and
labelled true or false by a person; the labels live in `labels/checker-precision.jsonl`
(guide: `labels/README.md`). A label is keyed by report id, alarm kind and note id (dropped,
hedge_lost) or span text (unsupported), so it survives changes to the checker: a labelled
alarm that is no longer raised counts against recall if it was true, and an alarm that has
no label yet is listed so someone reads it.

The reports are split in two halves by a hash of their id: "dev" to develop against and
"held-out" to look at only at the end.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.check import CheckReport, FactCheck, check_draft
from assistant.check.report import PROBLEM_STATUSES
from assistant.eval.datasets import DefactoRow, IIWRow, read_rows
from assistant.eval.metrics import content_stems, coverage
from assistant.notes import Observation, split_notes
from assistant.text import sentences

LABELS = Path(__file__).resolve().parent / "labels" / "checker-precision.jsonl"
DEFACTO_FILE = "defacto-val.jsonl"
IIW_FILE = "iiw400-dev.jsonl"
REPORTS = 150  # every IIW row that qualifies, then the first DeFacto rows with instructions and a summary
IIW_MATCH = 0.7  # share of a note's content stems the sentence must hold
IIW_MIN_STEMS = 3  # notes shorter than this match too easily by chance

Half = Literal["dev", "held-out"]
AlarmKind = Literal["dropped", "hedge_lost", "unsupported"]
Family = Literal["matching", "numbers", "negation", "spatial", "quotes", "hedges", "unsupported", "instructions"]
FAMILIES: tuple[Family, ...] = ("matching", "numbers", "negation", "spatial", "quotes", "hedges", "unsupported",
                                "instructions")
Progress = Callable[[int], None]


class Label(BaseModel):
    """One hand label of one alarm."""

    model_config = ConfigDict(extra="forbid")
    report: str
    """Report id: defacto:<doc_id> or iiw:<image key>#<sentence index>."""
    kind: AlarmKind
    key: str
    """The note id (dropped, hedge_lost) or the span text (unsupported)."""
    family: Family
    """The rule family that raised the alarm when it was labelled."""
    true: bool
    """True when the alarm is right: the human text really lacks, alters or invents this."""
    reason: str
    """Why, in a few words."""


@dataclass
class HumanReport:
    """One check input: notes and text a person wrote from them."""

    id: str
    source: Literal["defacto", "iiw"]
    notes: list[Observation]
    draft: str
    original: str | None

    @property
    def half(self) -> Half:
        return "dev" if int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


@dataclass
class Alarm:
    report: str
    kind: AlarmKind
    key: str
    family: Family
    text: str  # the note or the span, for a reader
    evidence: str
    tier: str = "certain"  # certain or check (assistant/check/report.py)


def select_reports(data_dir: str | Path) -> list[HumanReport]:
    data = Path(data_dir)
    iiw = _iiw_reports(data / IIW_FILE)
    return _defacto_reports(data / DEFACTO_FILE, REPORTS - len(iiw)) + iiw


def _defacto_reports(path: Path, limit: int | None) -> list[HumanReport]:
    out: list[HumanReport] = []
    for _, row in read_rows(path, DefactoRow).rows:
        if row.instructions() and row.feedback.summary.strip():
            out.append(HumanReport(f"defacto:{row.key}", "defacto", split_notes("\n".join(row.instructions())),
                                   row.feedback.summary, row.candidate))
            if limit is not None and len(out) == limit:
                break
    return out


def _iiw_reports(path: Path) -> list[HumanReport]:
    out: list[HumanReport] = []
    taken = _rows_of_the_other_sets()
    for _, row in read_rows(path, IIWRow).rows:
        report = _iiw_report(row) if row.key not in taken else None
        if report is not None:
            out.append(report)
    return out


def _rows_of_the_other_sets() -> set[str]:
    """IIW rows the blind set and checker-dev2 use (read by id only): kept out, so the sets stay
    disjoint whichever sentence of a row the splitter makes first (c6855c2 moved two)."""
    from assistant.eval import blind  # noqa: PLC0415 - blind reads no precision code; only ids are read

    cases = [*blind.read_cases(blind.CASES), *blind.read_cases(blind.DEV2_CASES)]
    return {blind.row_key(c.id) for c in cases if not c.id.split(":")[0].startswith("defacto")}


def _iiw_report(row: IIWRow) -> HumanReport | None:
    """The first caption sentence that clearly carries at least one note, with those notes."""
    lines = [line for line in row.note_lines() if len(content_stems(line)) >= IIW_MIN_STEMS]
    for i, sent in enumerate(sentences(row.iiw)):
        carried = [line for line in lines if (coverage(line, sent.text) or 0) >= IIW_MATCH]
        if carried:
            return HumanReport(f"iiw:{row.key}#{i}", "iiw", split_notes("\n".join(carried)), sent.text, None)
    return None


def gold_pass_rate(data_dir: str | Path) -> dict:
    """How many DeFacto human rewrites pass the check, over every row with instructions."""
    reports = _defacto_reports(Path(data_dir) / DEFACTO_FILE, limit=None)
    passed = sum(check_draft(r.notes, r.draft, original=r.original).ok for r in reports)
    return {"rows": len(reports), "passed": passed, "rate": round(passed / len(reports), 4) if reports else None}


# ------------------------------------------------------------------ alarms


def alarms(report_id: str, report: CheckReport) -> list[Alarm]:
    """Every problem the check raised. A contradicted note is labelled as a "dropped" alarm: the
    labels' "dropped" means "missing or altered", which is what a contradiction is."""
    out = [Alarm(report_id, "dropped" if f.status == "contradicted" else f.status,  # type: ignore[arg-type]
                 f.id, fact_family(f), f.text, f.evidence, f.tier or "certain")
           for f in report.facts if f.status in PROBLEM_STATUSES]
    out += [Alarm(report_id, "unsupported", u.text, span_family(u.reason), u.text, u.reason, u.tier)
            for u in report.unsupported]
    return out


def fact_family(f: FactCheck) -> Family:
    """The rule family behind a dropped note or a lost hedge."""
    if f.status == "hedge_lost":
        return "hedges"
    if f.kind in ("edit", "instruction"):
        return "instructions"
    missing = " ".join(f.missing)
    if '"' in missing:
        return "quotes"
    if "negated" in missing:
        return "negation"
    if any(m.replace(".", "").isdigit() for m in f.missing):
        return "numbers"
    if "not found" in f.evidence and _critical(f.missing):
        return "spatial"
    return "matching"


def _critical(missing: list[str]) -> bool:
    from assistant import lexicon  # noqa: PLC0415

    lex = lexicon.load()
    return any(m in lex.colors.values() or m in lex.directions.values() for m in missing)


def span_family(reason: str) -> Family:
    """The rule family behind an unsupported span (its first reason decides)."""
    first = reason.split(";")[0]
    if first.startswith("corrected by"):
        return "instructions"
    if first.startswith("number"):
        return "numbers"
    if first.startswith("a negation"):
        return "negation"
    if first.startswith("'"):
        return "spatial"
    return "unsupported"


# ------------------------------------------------------------------ labels and figures


def read_labels(path: Path = LABELS) -> dict[tuple[str, str, str], Label]:
    if not path.exists():
        return {}
    labels = [Label.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(lb.report, lb.kind, lb.key): lb for lb in labels}


def find_label(a: Alarm, labels: dict[tuple[str, str, str], Label]) -> Label | None:
    """The label of an alarm: by its exact key, else (unsupported spans) a label of the same
    report whose span text contains this one or lies inside it, since a span grows or shrinks
    when a neighbouring word gains or loses support."""
    exact = labels.get((a.report, a.kind, a.key))
    if exact is not None or a.kind != "unsupported":
        return exact
    near = [lb for (report, kind, key), lb in labels.items()
            if report == a.report and kind == "unsupported" and (a.key in key or key in a.key)]
    return min(near, key=lambda lb: abs(len(lb.key) - len(a.key)), default=None)


def still_raised(label: Label, raised: list[Alarm]) -> bool:
    """A labelled alarm is still raised: same key, or (spans) an overlapping span text."""
    return any(a.report == label.report and a.kind == label.kind
               and (a.key == label.key or a.kind == "unsupported" and (a.key in label.key or label.key in a.key))
               for a in raised)


def run(data_dir: str, progress: Progress | None = None, labels_path: Path = LABELS) -> tuple[list[dict], dict]:
    labels = read_labels(labels_path)
    reports = select_reports(data_dir)
    results: list[dict] = []
    raised: dict[str, list[Alarm]] = {}
    for r in reports:
        report = check_draft(r.notes, r.draft, original=r.original)
        found = raised[r.id] = alarms(r.id, report)
        results.append({"report": r.id, "source": r.source, "half": r.half, "ok": report.ok,
                        "to_verify": report.to_verify,
                        "alarms": [_alarm_row(a, find_label(a, labels)) for a in found]})
        if progress:
            progress(1)
    halves = {r.id: r.half for r in reports}
    figures = {half: _figures([x for x in results if x["half"] == half], labels, raised, halves, half)
               for half in ("dev", "held-out")}
    figures["all"] = _figures(results, labels, raised, halves, None)
    figures["reports"] = {"defacto": sum(r.source == "defacto" for r in reports),
                          "iiw": sum(r.source == "iiw" for r in reports),
                          "dev": sum(r.half == "dev" for r in reports),
                          "held-out": sum(r.half == "held-out" for r in reports)}
    figures["unlabelled"] = [a | {"report": x["report"]} for x in results for a in x["alarms"] if a["label"] is None]
    figures["gold_rewrite_pass"] = gold_pass_rate(data_dir)
    return results, figures


def _alarm_row(a: Alarm, label: Label | None) -> dict:
    return {"kind": a.kind, "key": a.key, "family": a.family, "tier": a.tier, "text": a.text, "evidence": a.evidence,
            "label": None if label is None else label.true, "reason": None if label is None else label.reason}


def _figures(results: list[dict], labels: dict[tuple[str, str, str], Label], raised: dict[str, list[Alarm]],
             halves: dict[str, str], half: str | None) -> dict:
    """Precision and recall per family: precision over the raised alarms that are labelled,
    recall over every alarm labelled true in these reports, raised now or not."""
    per: dict[str, dict] = {f: {"raised": 0, "labelled": 0, "true": 0, "true_labelled": 0, "true_raised": 0}
                            for f in FAMILIES}
    for x in results:
        for a in x["alarms"]:
            d = per[a["family"]]
            d["raised"] += 1
            if a["label"] is not None:
                d["labelled"] += 1
                d["true"] += a["label"]
    for lb in labels.values():
        if lb.true and lb.report in halves and (half is None or halves[lb.report] == half):
            d = per[lb.family]
            d["true_labelled"] += 1
            d["true_raised"] += still_raised(lb, raised[lb.report])
    for d in per.values():
        d["precision"] = round(d["true"] / d["labelled"], 4) if d["labelled"] else None
        d["recall"] = round(d["true_raised"] / d["true_labelled"], 4) if d["true_labelled"] else None
    total = {k: sum(d[k] for d in per.values()) for k in ("raised", "labelled", "true", "true_labelled", "true_raised")}
    total["precision"] = round(total["true"] / total["labelled"], 4) if total["labelled"] else None
    total["recall"] = round(total["true_raised"] / total["true_labelled"], 4) if total["true_labelled"] else None
    tiers = {}
    for tier in ("certain", "check"):
        mine = [a for x in results for a in x["alarms"] if a.get("tier", "certain") == tier]
        judged = [a for a in mine if a["label"] is not None]
        true = sum(a["label"] for a in judged)
        tiers[tier] = {"raised": len(mine), "labelled": len(judged), "true": true,
                       "precision": round(true / len(judged), 4) if judged else None}
    return {"families": per, "total": total, "tiers": tiers, "reports": len(results),
            "passing": sum(x["ok"] for x in results)}

