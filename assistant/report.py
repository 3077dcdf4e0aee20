"""What a check report says, item by item: one renderer per status for the CLI, the UI and
exports alike. Each status is matched exhaustively, so a new status cannot be shown silently
as nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, assert_never

from assistant.check import CheckReport, FactCheck
from assistant.check.report import Tier

ItemKind = Literal["dropped", "contradicted", "hedge_lost", "verify", "unchecked", "unsupported", "verbatim"]


@dataclass(frozen=True)
class ReportItem:
    """One line of a check report as a person reads it."""

    kind: ItemKind
    title: str
    """"Dropped n2", "Unsupported", ... : what happened, and to which note."""
    text: str
    """The note's text, or the unsupported words."""
    detail: str
    """Evidence: where the check looked, why the words are unsupported."""
    tier: Tier | None = None
    """For a problem: certain (shown as a problem) or check ("have a look"); None otherwise."""

    @property
    def certain(self) -> bool:
        return self.tier == "certain"


def fact_item(fact: FactCheck) -> ReportItem | None:
    """The report line for one note, or None when there is nothing to say (it was kept)."""
    match fact.status:
        case "kept":
            if fact.checked:
                return None
            return ReportItem("unchecked", f"Not checked {fact.id}", fact.text, fact.evidence)
        case "dropped":
            return ReportItem("dropped", f"Dropped {fact.id}", fact.text, fact.evidence, _tier(fact.tier))
        case "contradicted":
            return ReportItem("contradicted", f"Contradicted {fact.id}", fact.text, fact.evidence, _tier(fact.tier))
        case "hedge_lost":
            return ReportItem("hedge_lost", f"Hedge lost {fact.id}", fact.text, fact.evidence, _tier(fact.tier))
        case "verify":  # a descriptive instruction: the reviewer decides, shown with where to look
            where = f"look at: “{fact.concerns.text}” [{fact.concerns.start}:{fact.concerns.end}]" if fact.concerns \
                else fact.evidence
            return ReportItem("verify", f"Verify {fact.id}", fact.text, where)
        case _:
            assert_never(fact.status)


def _tier(tier: Tier | None) -> Tier:
    return tier or "certain"  # a stored report from before tiers: every problem was a problem


def status_text(fact: FactCheck) -> str:
    """A note's status in words, for tables."""
    item = fact_item(fact)
    return "kept" if item is None else item.title.rsplit(" ", 1)[0].lower()


def items(report: CheckReport, kept_verbatim: list[str] = ()) -> list[ReportItem]:
    """Every line a person should read, problems first in note order, then unsupported words,
    then the notes kept verbatim (carried, but in the annotator's words: smooth them)."""
    out = [item for f in report.facts if (item := fact_item(f)) is not None]
    out += [ReportItem("unsupported", "Unsupported", u.text, f"[{u.start}:{u.end}] {u.reason}", u.tier)
            for u in report.unsupported]
    by_id = {f.id: f for f in report.facts}
    out += [ReportItem("verbatim", f"Kept verbatim {nid}", by_id[nid].text if nid in by_id else "",
                       "no model sentence carried this note; it stands in your own words: smooth it")
            for nid in kept_verbatim]
    return out


def verdict(report: CheckReport) -> str:
    verify = f"; {len(report.to_verify)} instruction(s) for you to verify" if report.to_verify else ""
    if report.ok:
        return f"all {len(report.facts) - len(report.to_verify)} checkable notes carried; no unsupported content{verify}"
    certain, look = report.problem_count("certain"), report.problem_count("check")
    parts = [f"{certain} problem(s)"] if certain else []
    parts += [f"{look} to have a look at (possibly a rewording)"] if look else []
    return ", ".join(parts) + verify


def headline(report: CheckReport) -> str:
    """PASS, PROBLEMS FOUND (a certain problem), or HAVE A LOOK (only check-tier ones)."""
    if report.ok:
        return "PASS"
    return "PROBLEMS FOUND" if not report.certain_ok else "HAVE A LOOK"


def render_check(report: CheckReport, kept_verbatim: list[str] = ()) -> str:
    lines = [f"check: {headline(report)}"]
    listed = items(report, kept_verbatim)
    for group in ([i for i in listed if i.tier != "check"], [i for i in listed if i.tier == "check"]):
        if group and group[0].tier == "check":
            lines.append("  have a look (the words differ; often a rewording, not a problem):")
        for item in group:
            lines.append(f"  {item.title:<16} {item.text}\n  {'':<16} {item.detail}")
    lines.append(f"  {verdict(report)}")
    return "\n".join(lines)


def render_draft(draft) -> str:
    lines = [draft.text, "", render_check(draft.check, draft.kept_verbatim)]
    if draft.changes:
        lines += ["", "changed sentences:"]
        for c in draft.changes:
            what = f"{c.before!r} -> {c.after!r}" if c.before else f"added {c.after!r}"
            lines.append(f"  [{c.how}] {what}" + (f" ({c.reason})" if c.reason else ""))
    if draft.questions:
        lines += ["", "questions:"]
        lines += [f"  {q.id}. {q.question}" for q in draft.questions]
    if draft.warnings:
        lines += ["", *[f"warning: {w}" for w in draft.warnings]]
    lines.append("")
    lines.append(
        f"model {draft.model} · prompt {draft.prompt_version} · {draft.attempts} model call(s), "
        f"{draft.repairs} repair round(s) · {draft.usage.prompt_tokens}+{draft.usage.completion_tokens} tokens · "
        f"{draft.latency_s:.1f} s"
    )
    return "\n".join(lines)
