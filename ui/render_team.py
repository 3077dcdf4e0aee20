"""HTML for the team quality workflow. Every piece of user text is escaped here."""

from __future__ import annotations

from html import escape

from assistant.app.edge_cases import EdgeCase

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
