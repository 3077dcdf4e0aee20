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
