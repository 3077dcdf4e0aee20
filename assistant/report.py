"""Readable text for the terminal: the draft, then every problem, then the questions."""

from __future__ import annotations

from assistant.check import CheckReport


def render_check(report: CheckReport) -> str:
    lines = ["check: PASS" if report.ok else "check: PROBLEMS FOUND"]
    for f in report.facts:
        if f.status == "dropped":
            lines.append(f"  dropped     {f.id}: {f.text}\n              {f.evidence}")
        elif f.status == "hedge_lost":
            lines.append(f"  hedge lost  {f.id}: {f.text}\n              {f.evidence}")
        elif not f.checked:
            lines.append(f"  unchecked   {f.id}: {f.text} ({f.evidence})")
    for u in report.unsupported:
        lines.append(f"  unsupported [{u.start}:{u.end}] {u.text!r}: {u.reason}")
    if report.ok:
        lines.append(f"  all {len(report.facts)} notes carried; no unsupported content")
    return "\n".join(lines)


def render_draft(draft) -> str:
    lines = [draft.text, "", render_check(draft.check)]
    if draft.questions:
        lines.append("")
        lines.append("questions:")
        lines += [f"  {q.id}. {q.question}" for q in draft.questions]
    lines.append("")
    lines.append(
        f"model {draft.model} · prompt {draft.prompt_version} · {draft.attempts} model call(s), "
        f"{draft.repairs} repair(s) · {draft.usage.prompt_tokens}+{draft.usage.completion_tokens} tokens · "
        f"{draft.latency_s:.1f} s"
    )
    return "\n".join(lines)
