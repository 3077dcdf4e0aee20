"""HTML pictures for the app: provenance colouring, problem lists, diffs, the check report.

Every piece of user or model text is escaped here; nothing the annotator or the model
wrote can become markup in the page.
"""

from __future__ import annotations

from abc import ABCMeta
from html import escape

import gradio as gr

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


def provenance(text: str, check: CheckReport, observations, kept_verbatim: list[str] = (),
               as_written: list[str] = ()) -> str:
    """Each sentence coloured by the first note it carries, its note ids as a tag; unsupported
    spans underlined in red with the reason on hover; a sentence kept verbatim outlined; a
    sentence of a note put in as the annotator wrote it tagged so."""
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
        elif notes and all(n in as_written for n in notes):
            tag += " · as you wrote it"
        cls = "aa-sentence aa-verbatim" if verbatim else "aa-sentence"
        out.append(f'<span class="{cls}" style="{style}" title="carries {escape(tag)}">{"".join(pieces)}'
                   f' <sup class="aa-tag">{escape(tag)}</sup></span>')
    legend = "".join(f'<li><span class="aa-swatch" style="background:{_color(o.id)}"></span>'
                     f"<b>{escape(o.id)}</b> {escape(o.text)}</li>" for o in observations)
    return (f'<div class="aa-provenance">{" ".join(out)}</div>'
            f'<ul class="aa-legend">{legend}</ul>')


_ITEM_CLASS: dict[ItemKind, str] = {"dropped": "aa-dropped", "contradicted": "aa-contradicted", "hedge_lost": "aa-hedge",
                                    "verify": "aa-verify",
                                    "unchecked": "aa-unchecked",
                                    "unsupported": "aa-unsupported-item", "verbatim": "aa-verbatim-item"}


def kept_earlier(said: str) -> str:
    """Why the draft on screen is the earlier one: a compose again checked worse."""
    return f'<p class="aa-kept-earlier" style="border-left:4px solid #d97706;padding-left:8px">{escape(said)}</p>'


def problems(check: CheckReport, observations=(), kept_verbatim: list[str] = (), changes=()) -> str:
    """The check report's items (report.items: one wording for CLI, UI and exports), then the
    sentences that changed and why."""
    listed = report.items(check, kept_verbatim)
    sure = [i for i in listed if i.tier != "check"]
    look = [i for i in listed if i.tier == "check"]
    body = f'<ul class="aa-problems">{_lines(sure)}</ul>' if sure else ""
    if look:  # only content words differ: often a rewording, so a quieter list
        body += (f'<details class="aa-look" open><summary>Have a look ({len(look)}): the words differ from the '
                 f'notes, often only a rewording</summary><ul class="aa-problems">{_lines(look)}</ul></details>')
    if not listed:
        body = '<p class="aa-ok">Every note is carried, every hedge kept, nothing unsupported.</p>'
    return body + style(check) + changed_sentences(changes)


_STYLE_TITLE: dict[StyleKind, str] = {"fragment": "Fragment", "splice": "Comma splice", "shorthand": "Shorthand", "repeat": "Repeat", "label": "Heading", "long": "Long sentence",
                "length": "Long sentences", "pasted": "Pasted notes"}


def style(check: CheckReport) -> str:
    """How the caption reads (fragments, repeats, leaked headings, length): a quiet list of
    things to smooth, apart from the problems, since no fact is wrong."""
    if not check.style:
        return ""
    rows = "".join(f'<li><span class="aa-how">{escape(_STYLE_TITLE.get(r.kind, r.kind))}</span> '
                   + (f"“{escape(r.text)}”: " if r.text else "") + f"{escape(r.detail)}</li>" for r in check.style)
    return f'<p class="aa-style-title">Style</p><ul class="aa-style">{rows}</ul>'


def _lines(items) -> str:
    return "".join(f'<li class="{_ITEM_CLASS[i.kind]}"><b>{escape(i.title)}</b>: {escape(i.text)}'
                   f"<br><small>{escape(i.detail)}</small></li>" for i in items)


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
    rows = "".join(f"<tr><td>{escape(f.id)}</td><td>{escape(report.status_text(f))}"
                   f"{' (have a look)' if f.tier == 'check' else ''}</td><td>{escape(f.text)}</td>"
                   f"<td>{escape(f.evidence)}</td></tr>" for f in check.facts)
    unsupported = "".join(f"<li>“{escape(u.text)}” ({escape(u.reason)}"
                          f"{'; have a look' if u.tier == 'check' else ''})</li>" for u in check.unsupported)
    verdict = ("passes" if check.ok else "has problems" if not check.certain_ok
               else f"has no certain problem; {check.problem_count('check')} item(s) to have a look at")
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
.aa-dropped b, .aa-contradicted b, .aa-unsupported-item b { color: #b91c1c; }
.aa-look summary { color: #475569; cursor: pointer; }
.aa-look .aa-problems b { color: #92400e; font-weight: 600; }
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
_AUTOLINK = {":": "&#58;", "@": "&#64;"}


# ---------------------------------------------------------------- the one way user text reaches a message
#
# Every message the app shows goes through this section: a gr.Markdown that an event writes is
# a `Message`, which escapes whatever it is given unless it is `Markup` (Markdown the app wrote
# itself, with every value in it escaped by `markup`); toasts (gr.Info, gr.Error) get `toast`.
# tests/test_messages.py enumerates both sinks.


def markdown_text(text: str) -> str:
    """Text for a gr.Markdown component, shown as typed: HTML escaped and every Markdown
    control character backslash-escaped, so an item id or a comment like
    `[x](javascript:...)` or `<img onerror=...>` is never a link, an image or markup."""
    escaped = escape(str(text), quote=False)
    # ':' and '@' as entities: the renderer turns a bare "https://..." or an e-mail address into
    # a live link on its own (GFM autolinks), backslashes or not
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else _AUTOLINK.get(ch, ch) for ch in escaped)


class Markup(str):
    """Markdown the app wrote itself (bold labels, the sign-out link); made only by `markup`."""


def markup(template: str, *values: object) -> Markup:
    """`template` (the app's own Markdown) with each `{}` filled by a value shown as typed."""
    return Markup(template.format(*(markdown_text(str(v)) for v in values)))


def toast(message: str) -> str:
    """A message for gr.Error / gr.Info, whose text Gradio renders as HTML: escaped, so a
    project name or a note quoted in it shows as typed and never becomes markup."""
    return escape(str(message), quote=False)


class _NoStubFile(type(gr.Markdown)):
    """Gradio's component metaclass writes a .pyi stub beside the module of every component
    subclass it creates (for custom-component authors): into an installed package, or a
    read-only one. `Message` adds no event and no constructor argument, so it needs none."""

    def __new__(mcs, name, bases, attrs):
        return ABCMeta.__new__(mcs, name, bases, attrs)


class Message(gr.Markdown, metaclass=_NoStubFile):
    """A gr.Markdown whose every value is shown as typed unless it is `Markup`: an event cannot
    forget to escape a project name or an item id it puts in a message."""

    is_template = True  # Gradio's idiom for a subclass that the page draws as its base (Markdown)

    def postprocess(self, value):
        if value is not None and not isinstance(value, Markup):
            value = markdown_text(value)
        return super().postprocess(value)
