"""Whether what the check finds wrong with a caption's first draft is worth a patch call (a
second model call, which doubles a caption's time), and for which notes."""

from __future__ import annotations

from assistant.check import CheckReport
from assistant.compose.sentences import parse_labelled
from assistant.notes import Observation
from assistant.shorthand import written_out
from assistant.text import tokenize


def drafted_notes(answer: str, asked: list[Observation]) -> set[str]:
    """Ids of the notes the first draft wrote a line of their own for ("N3: ..."), holding at least
    half of the note's words. Asked again for such a note, the model writes that line again: on
    development DCI rows 1-12 (terse), all four patch answers for such notes were their draft line
    byte for byte, and the note went in verbatim after the call. So the call is not made for them."""
    lines = parse_labelled(answer)
    return {o.id for i, o in enumerate(asked)
            if (line := lines.get(f"N{i + 1}")) and _holds_half(written_out(o.text), line)}


def _holds_half(note: str, line: str) -> bool:
    words = {t.lower for t in tokenize(note) if len(t.text) >= 3 and t.text.isalpha()}
    said = {t.lower for t in tokenize(line)}
    return bool(words) and 2 * len(words & said) >= len(words)


def needs_patch(report: CheckReport, drafted: set[str] = frozenset()) -> bool:
    """Only what the check finds wrong with the notes costs a model call: a dropped note the first
    draft wrote no line for (`drafted_notes`) or a lost hedge. A second call doubles a caption's time.
    A sentence that only says something no note supports or contradicts a note is no reason for
    a call of its own: on every recorded development run (rows 41-46, 101-103) the 1.5B model gave
    such a sentence back unchanged, talked about the task or dropped more of the note, and the
    fallbacks (`unsupported_fallback`, the note pasted) did the work after the call anyway.
    Nor is style alone (a fragment no rule mends, a heading, a run-on sentence no clause break
    splits): on development terse rows 150-183 the model changed such a sentence in 1 of 6
    style-only calls (it gave the others back unchanged, or split them into fragments the check
    refused). `strip_headings`, `write_out_shorthand`, `split_long` and `complete_fragments` mend
    what they can without one; what is left shows as a style remark. When a call is made for a
    note, style fixes ride along in it only on a sentence it rewrites for a note anyway (a lost
    hedge, a contradiction): asked for a sentence of its own, such a fix is a rewrite of the whole
    sentence, its prompt and answer as long as the sentence. On development DCI rows 1-12 (terse)
    the model gave five of six such riders back unchanged (one call's five took more output tokens
    than its note) and the sixth lost its sentence's place ("underneath the awnings") (`_patch_items`)."""
    return any(f.status == "dropped" and f.kind == "fact" and f.checked and f.id not in drafted
               for f in report.facts) or any(f.status == "hedge_lost" for f in report.facts)
