"""Unsupported content: draft words with no support in what the human supplied."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.numbers import combine_numbers, fmt_number, number_reason
from assistant.check.report import Span
from assistant.check.words import Draft, Word


def unsupported(draft: Draft, support: list[Word], forbidden: dict[str, str]) -> list[Span]:
    """Runs of draft words that nothing supports, as spans with their reasons."""
    roots: set[str] = set()
    numbers = set(combine_numbers(support)) | {1.0}
    for w in support:
        if w.number is None and not w.is_stop:
            roots |= lexicon.roots(w.lower)
    spans: list[Span] = []
    for s in range(len(draft.sents)):
        a, b = draft.first[s], draft.first[s + 1]
        values = combine_numbers(draft.words[a:b])
        current: list[tuple[Word, str]] = []
        for i in range(a, b):
            w = draft.words[i]
            reason = unsupported_reason(w, i in draft.negated, roots, numbers, values, forbidden)
            if reason is None:
                if w.is_stop or w.hedge or w.negation:
                    continue  # function words may sit inside an unsupported span
                _flush(current, draft.text, spans)
                current = []
                continue
            current.append((w, reason))
        _flush(current, draft.text, spans)
    return spans


def unsupported_reason(w: Word, negated: bool, roots: set[str], numbers: set[float], values: list[float],
                       forbidden: dict[str, str]) -> str | None:
    lex = lexicon.load()
    low = w.lower
    if w.number is not None:
        corrected = forbidden.get(fmt_number(w.number))
        if corrected and not negated:
            return f"corrected by {corrected}"
        return number_reason(w, numbers, values)
    if w.is_stop or w.hedge or w.negation or low in lex.framing or len(low) < 2 or low in ("~", "?"):
        return None
    for word, nid in forbidden.items():
        if not negated and (low == word or lexicon.roots(low) & lexicon.roots(word)):
            return f"corrected by {nid}"
    if lexicon.key(low) & roots:
        return None
    if len(low) >= 3 and any(len(r) > len(low) + 2 and (r.endswith(low) or r.startswith(low)) for r in roots):
        return None  # part of a compound the notes use: "light" of "daylight"
    return "no support in the notes"


def _flush(current: list[tuple[Word, str]], text: str, spans: list[Span]) -> None:
    if not current:
        return
    start, end = current[0][0].tok.start, current[-1][0].tok.end
    reasons = list(dict.fromkeys(r for _, r in current))
    spans.append(Span(text=text[start:end], start=start, end=end, reason="; ".join(reasons)))
