"""HTML for the team quality workflow. Every piece of user text is escaped here."""

from __future__ import annotations

from html import escape

from assistant.app.edge_cases import EdgeCase
from assistant.diff import diff_html

_ANSWERS = {None: "waiting for a lead", "resolve": "resolved", "send_back": "sent back",
            "unresolvable": "marked unresolvable"}


def edge_cases(cases: list[EdgeCase]) -> str:
    if not cases:
        return '<p class="aa-edge-none">No edge case raised on this task.</p>'
    items = []
    for c in cases:
        about = f"note {escape(c.note)}: “{escape(c.note_text)}”" if c.note else "the whole task"
        answer = (f"<br><b>{escape(_ANSWERS[c.answer])}</b> by {escape(c.lead)}: {escape(c.guidance)}"
                  if c.answer else f"<br><i>{_ANSWERS[None]}</i>")
        items.append(f'<li class="aa-edge-case"><b>Edge case #{c.event_id}</b> by {escape(c.annotator)} on {about}'
                     f"<br>Reason: {escape(c.reason)}{answer}</li>")
    return f'<ul class="aa-edge-cases">{"".join(items)}</ul>'


def guideline(change) -> str:
    """The annotator's guideline panel: what changed since the version they last saw, or the text."""
    if change.changed:
        return (f'<p class="aa-guideline-changed"><b>The guideline changed since your last task</b> '
                f"(version {change.seen} → {change.version}; deletions red, insertions green):</p>"
                + diff_html(change.before, change.after))
    return (f'<p class="aa-guideline-version">Guideline version {change.version}</p>'
            f'<div class="aa-guideline" style="white-space:pre-wrap">{escape(change.after)}</div>')


def adjudication(item: dict) -> str:
    """Two annotators' notes and final texts side by side, then the differences word by word
    (A's words struck in red, B's underlined in green) and the fact-level disagreements."""
    a, b = item["a"], item["b"]
    agreement = item["agreement"]

    def listing(title: str, notes: list[str]) -> str:
        return (f"<p><b>{escape(title)}</b></p><ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul>"
                if notes else "")

    side = "".join(
        f'<td style="vertical-align:top;width:50%"><p><b>{escape(x["annotator"])}</b> (task {x["task"]})</p>'
        f'<p>Notes:</p><div style="white-space:pre-wrap">{escape(x["notes"])}</div>'
        f'<p>Final text:</p><div>{escape(x["final"])}</div></td>' for x in (a, b))
    return (f'<table class="aa-adjudication"><tr>{side}</tr></table>'
            f"<p><b>Notes: {escape(a['annotator'])} → {escape(b['annotator'])}</b></p>{diff_html(a['notes'], b['notes'])}"
            f"<p><b>Final texts: {escape(a['annotator'])} → {escape(b['annotator'])}</b></p>"
            f"{diff_html(a['final'], b['final'])}"
            + listing("Contradictions (a number, negation or direction differs)", agreement["contradicted"])
            + listing(f"Only in {a['annotator']}'s notes", agreement["only_a_notes"])
            + listing(f"Only in {b['annotator']}'s notes", agreement["only_b_notes"]))


_LINE_COLOURS = ["#2563eb", "#16a34a", "#d97706", "#db2777", "#7c3aed", "#0891b2", "#dc2626", "#4b5563"]


def line_chart(series: dict[str, list[tuple[str, float]]], y_label: str, width: int = 640, height: int = 240) -> str:
    """An inline SVG line chart: one line per annotator over days. Names and days are escaped."""
    days = sorted({d for points in series.values() for d, _ in points})
    values = [v for points in series.values() for _, v in points]
    if not days:
        return '<p class="aa-chart-empty">No submitted work with active time yet.</p>'
    top = max(values) or 1.0
    left, right, bottom, up = 48, 16, 36, 16

    def x(day: str) -> float:
        return left + (days.index(day) + 0.5) * (width - left - right) / len(days)

    def y(value: float) -> float:
        return height - bottom - value / top * (height - bottom - up)

    parts = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#94a3b8"/>',
             f'<line x1="{left}" y1="{up}" x2="{left}" y2="{height - bottom}" stroke="#94a3b8"/>',
             f'<text x="4" y="{up + 4}" font-size="11">{top:g}</text>',
             f'<text x="4" y="{height - bottom}" font-size="11">0</text>']
    parts += [f'<text x="{x(d):.1f}" y="{height - 14}" font-size="11" text-anchor="middle">{escape(d)}</text>'
              for d in days]
    legend = []
    for n, (who, points) in enumerate(sorted(series.items())):
        colour = _LINE_COLOURS[n % len(_LINE_COLOURS)]
        coords = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in points)
        parts.append(f'<polyline class="aa-flow-line" fill="none" stroke="{colour}" stroke-width="2" points="{coords}"/>')
        parts += [f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}"><title>{escape(who)} {escape(d)}: '
                  f"{v:g}</title></circle>" for d, v in points]
        legend.append(f'<span style="color:{colour}">■</span> {escape(who)}')
    return (f'<svg class="aa-flow-chart" role="img" aria-label="{escape(y_label)}" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'
            f'<p class="aa-chart-legend">{escape(y_label)}: {" · ".join(legend)}</p>')


def record_source(record) -> str:
    """Which version of the item the review shows: its adjudicated record or the submitted work."""
    if record.adjudicated:
        when = f" on {record.at:%Y-%m-%d %H:%M}" if record.at else ""
        return (f'<p class="aa-record-source aa-record-adjudicated"><b>Adjudicated version</b> by '
                f"{escape(record.by or 'a lead')}{when}: this is the item's record (what approve or reject decides, for "
                "both annotations of the item, and what exports carry). The annotator's own submission is kept in the history.</p>")
    if record.text is None:
        return '<p class="aa-record-source">Nothing submitted yet.</p>'
    return f'<p class="aa-record-source">The work {escape(record.by or "the annotator")} submitted.</p>'
