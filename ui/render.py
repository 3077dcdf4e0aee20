"""HTML pictures for the app: provenance colouring, problem lists, diffs, the check report.

Every piece of user or model text is escaped here; nothing the annotator or the model
wrote can become markup in the page.
"""

from __future__ import annotations

from html import escape

from assistant import report
from assistant.check import CheckReport
from assistant.check.prose import StyleKind
from assistant.diff import diff_html
from assistant.report import ItemKind
from assistant.notes import flag_taxonomy
from . import review

_PALETTE = ["#dbeafe", "#dcfce7", "#fef9c3", "#fce7f3", "#e0e7ff", "#ffedd5", "#ccfbf1", "#f3e8ff"]


def _color(note_id: str) -> str:
    digits = "".join(ch for ch in note_id if ch.isdigit()) or "0"
    return _PALETTE[(int(digits) - 1) % len(_PALETTE)]


def provenance(text: str, check: CheckReport, observations, kept_verbatim: list[str] = ()) -> str:
    """Each sentence coloured by the first note it carries, its note ids as a tag; unsupported
    spans underlined in red with the reason on hover; a sentence kept verbatim outlined."""
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
        verbatim = [n for n in notes if n in kept_verbatim]
        tag = ", ".join(notes) if notes else "no note"
        if verbatim:
            tag += " · kept verbatim"
        cls = "aa-sentence aa-verbatim" if verbatim else "aa-sentence"
        out.append(f'<span class="{cls}" style="{style}" title="carries {escape(tag)}">{"".join(pieces)}'
                   f' <sup class="aa-tag">{escape(tag)}</sup></span>')
    legend = "".join(f'<li><span class="aa-swatch" style="background:{_color(o.id)}"></span>'
                     f"<b>{escape(o.id)}</b> {escape(o.text)}</li>" for o in observations)
    return (f'<div class="aa-provenance">{" ".join(out)}</div>'
            f'<ul class="aa-legend">{legend}</ul>')


_ITEM_CLASS: dict[ItemKind, str] = {"dropped": "aa-dropped", "hedge_lost": "aa-hedge", "verify": "aa-verify",
                                    "unchecked": "aa-unchecked",
                                    "unsupported": "aa-unsupported-item", "verbatim": "aa-verbatim-item"}


def problems(check: CheckReport, observations=(), kept_verbatim: list[str] = (), changes=()) -> str:
    """The check report's items (report.items: one wording for CLI, UI and exports), then the
    sentences that changed and why."""
    lines = [f'<li class="{_ITEM_CLASS[i.kind]}"><b>{escape(i.title)}</b>: {escape(i.text)}'
             f"<br><small>{escape(i.detail)}</small></li>" for i in report.items(check, kept_verbatim)]
    body = (f'<ul class="aa-problems">{"".join(lines)}</ul>' if lines else
            '<p class="aa-ok">Every note is carried, every hedge kept, nothing unsupported.</p>')
    return body + style(check) + changed_sentences(changes)


_STYLE_TITLE: dict[StyleKind, str] = {"fragment": "Fragment", "repeat": "Repeat", "label": "Heading", "long": "Long sentence",
                "length": "Long sentences", "pasted": "Pasted notes"}


def style(check: CheckReport) -> str:
    """How the caption reads (fragments, repeats, leaked headings, length): a quiet list of
    things to smooth, apart from the problems, since no fact is wrong."""
    if not check.style:
        return ""
    rows = "".join(f'<li><span class="aa-how">{escape(_STYLE_TITLE.get(r.kind, r.kind))}</span> '
                   + (f"“{escape(r.text)}”: " if r.text else "") + f"{escape(r.detail)}</li>" for r in check.style)
    return f'<p class="aa-style-title">Style</p><ul class="aa-style">{rows}</ul>'


def changed_sentences(changes) -> str:
    if not changes:
        return ""
    rows = "".join(
        f'<li><span class="aa-how">{escape(c.how)}</span> '
        + (f"<del>{escape(c.before)}</del> → " if c.before else "")
        + (f"<ins>{escape(c.after)}</ins>" if c.after else "<i>deleted</i>")
        + (f"<br><small>{escape(c.reason)}</small>" if c.reason else "") + "</li>"
        for c in changes)
    return f'<p class="aa-changes-title">Changed sentences</p><ul class="aa-changes">{rows}</ul>'


def check_report(check: CheckReport | dict | None) -> str:
    """The lead's view of a stored check: read back into its model, rendered like any other."""
    if not check:
        return "<p>No check report.</p>"
    check = CheckReport.model_validate(check) if isinstance(check, dict) else check
    rows = "".join(f"<tr><td>{escape(f.id)}</td><td>{escape(report.status_text(f))}</td><td>{escape(f.text)}</td>"
                   f"<td>{escape(f.evidence)}</td></tr>" for f in check.facts)
    unsupported = "".join(f"<li>“{escape(u.text)}” ({escape(u.reason)})</li>" for u in check.unsupported)
    verdict = "passes" if check.ok else "has problems"
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
.aa-verbatim { outline: 2px dashed #7c3aed; }
.aa-verbatim-item b { color: #6d28d9; }
.aa-verify b { color: #1d4ed8; }
.aa-changes del { background: #fee2e2; color: #991b1b; }
.aa-changes ins { background: #dcfce7; color: #166534; text-decoration: none; }
.aa-style-title { color: #64748b; font-size: 0.85em; margin-bottom: 0; }
.aa-style { color: #64748b; font-size: 0.85em; }
.aa-how { font-size: 0.75em; padding: 0 4px; border-radius: 3px; background: #e2e8f0; }
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


_MARKDOWN_SPECIAL = "\\`*_{}[]()<>#+-.!|~"


def markdown_text(text: str) -> str:
    """Text for a gr.Markdown component, shown as typed: HTML escaped and every Markdown
    control character backslash-escaped, so an item id or a comment like
    `[x](javascript:...)` or `<img onerror=...>` is never a link, an image or markup."""
    escaped = escape(str(text), quote=False)
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in escaped)
