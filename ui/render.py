"""HTML pictures for the app: provenance colouring, problem lists, diffs, the check report.

Every piece of user or model text is escaped here; nothing the annotator or the model
wrote can become markup in the page.
"""

from __future__ import annotations

from html import escape

from assistant.diff import diff_html
from assistant.notes import flag_taxonomy
from . import review

_PALETTE = ["#dbeafe", "#dcfce7", "#fef9c3", "#fce7f3", "#e0e7ff", "#ffedd5", "#ccfbf1", "#f3e8ff"]


def _color(note_id: str) -> str:
    digits = "".join(ch for ch in note_id if ch.isdigit()) or "0"
    return _PALETTE[(int(digits) - 1) % len(_PALETTE)]


def provenance(text: str, check, observations) -> str:
    """Each sentence coloured by the first note it carries, its note ids as a tag; unsupported
    spans underlined in red with the reason on hover."""
    spans = sorted(check.unsupported, key=lambda u: u.start)
    out = []
    for sent in check.sentences:
        pieces, pos = [], sent.start
        for u in spans:
            if u.start >= sent.start and u.end <= sent.end:
                pieces.append(escape(text[pos:u.start]))
                pieces.append(f'<mark class="aa-unsupported" title="{escape(u.reason)}">{escape(text[u.start:u.end])}</mark>')
                pos = u.end
        pieces.append(escape(text[pos:sent.end]))
        notes = sent.notes
        style = f"background:{_color(notes[0])}" if notes else "background:#fee2e2"
        tag = ", ".join(notes) if notes else "no note"
        out.append(f'<span class="aa-sentence" style="{style}" title="carries {escape(tag)}">{"".join(pieces)}'
                   f' <sup class="aa-tag">{escape(tag)}</sup></span>')
    legend = "".join(f'<li><span class="aa-swatch" style="background:{_color(o.id)}"></span>'
                     f"<b>{escape(o.id)}</b> {escape(o.text)}</li>" for o in observations)
    return (f'<div class="aa-provenance">{" ".join(out)}</div>'
            f'<ul class="aa-legend">{legend}</ul>')


def problems(check, observations) -> str:
    by_id = {o.id: o for o in observations}
    items = []
    for f in check.facts:
        if f.status == "dropped":
            items.append(f'<li class="aa-dropped"><b>Dropped {escape(f.id)}</b>: {escape(by_id[f.id].text)}'
                         f"<br><small>{escape(f.evidence)}</small></li>")
        elif f.status == "hedge_lost":
            items.append(f'<li class="aa-hedge"><b>Hedge lost {escape(f.id)}</b>: {escape(by_id[f.id].text)}'
                         f"<br><small>{escape(f.evidence)}</small></li>")
        elif not f.checked:
            items.append(f'<li class="aa-unchecked"><b>Not checked {escape(f.id)}</b>: {escape(by_id[f.id].text)}'
                         f"<br><small>{escape(f.evidence)}</small></li>")
    for u in check.unsupported:
        items.append(f'<li class="aa-unsupported-item"><b>Unsupported</b>: “{escape(u.text)}” '
                     f"<small>({escape(u.reason)})</small></li>")
    if not items:
        return '<p class="aa-ok">Every note is carried, every hedge kept, nothing unsupported.</p>'
    return f'<ul class="aa-problems">{"".join(items)}</ul>'


def check_report(check: dict | None) -> str:
    if not check:
        return "<p>No check report.</p>"
    rows = "".join(f"<tr><td>{escape(f['id'])}</td><td>{escape(f['status'])}</td><td>{escape(f['text'])}</td>"
                   f"<td>{escape(f['evidence'])}</td></tr>" for f in check.get("facts", []))
    unsupported = "".join(f"<li>“{escape(u['text'])}” ({escape(u['reason'])})</li>" for u in check.get("unsupported", []))
    verdict = "passes" if check.get("ok") else "has problems"
    return (f'<p class="aa-verdict">The final text {verdict}.</p>'
            f'<table class="aa-check"><tr><th>note</th><th>status</th><th>text</th><th>evidence</th></tr>{rows}</table>'
            + (f"<p>Unsupported:</p><ul>{unsupported}</ul>" if unsupported else ""))


def diff(before: str, after: str) -> str:
    return diff_html(before, after)


def flag_help(flags: list[str]) -> str:
    taxonomy = flag_taxonomy()
    return "".join(f"<p><b>{escape(f)}</b>: {escape(taxonomy[f].description)}</p>" for f in flags if f in taxonomy)


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


CSS = """
.aa-sentence { padding: 2px 3px; border-radius: 4px; line-height: 1.9; }
.aa-tag { color: #475569; font-size: 0.7em; }
.aa-unsupported { background: #fecaca; text-decoration: underline wavy #dc2626; }
.aa-swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; border-radius: 2px; }
.aa-legend { list-style: none; padding-left: 0; font-size: 0.9em; }
.aa-problems li { margin-bottom: 0.4em; }
.aa-dropped b, .aa-unsupported-item b { color: #b91c1c; }
.aa-hedge b { color: #b45309; }
.aa-ok { color: #15803d; }
.aa-diff { white-space: pre-wrap; line-height: 1.7; }
.aa-diff del { background: #fee2e2; color: #991b1b; }
.aa-diff ins { background: #dcfce7; color: #166534; text-decoration: underline; }
.aa-check td, .aa-check th { border: 1px solid #e2e8f0; padding: 2px 6px; font-size: 0.85em; }
"""

SHORTCUTS = review.SHORTCUTS + """
<script>
document.addEventListener('keydown', (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.key !== 'Enter') return;
  const id = e.shiftKey ? 'aa-submit' : 'aa-compose';
  const button = document.getElementById(id);
  if (button) { e.preventDefault(); button.click(); }
});
</script>
"""
