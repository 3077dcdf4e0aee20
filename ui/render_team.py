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
