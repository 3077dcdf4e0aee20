"""Quoted text: it must come through verbatim."""

from __future__ import annotations

import re

from assistant.text import fold, quotation_spans, quoted


_CLOSING_STOP_RE = re.compile(r'[.,;:!?]+(?=["”])')
_NOTE_STOP_RE = re.compile(r"(?<=\w)[.,;:]+$")


def quote_carried(q: str, text: str, together: list[str] | tuple[str, ...] = ()) -> bool:
    """Quoted text (folded) is carried: as a quote, or unquoted but not altered. A full stop or
    comma just inside the closing quote mark ('"... justice."') is punctuation, not quoted text,
    in the draft and in the note ('with "a museum."' is carried by "at a museum have").
    `together`: the note's other quotes, which may share one quote with it (`_joined`)."""
    if (bare := _NOTE_STOP_RE.sub("", q)) != q and quote_carried(bare, text, together):
        return True
    return (_carried(q, text) or _carried(q, _CLOSING_STOP_RE.sub("", text)) or _joined(q, text, together)
            or _word_by_word(q, text))


# between two quotes of one run: spaces, a comma or slash, or "and" ('"I" "MISS" and "YOU"')
_RUN_GAP_RE = re.compile(r"\s*(?:[,;/&]\s*)?(?:and\s+)?")


def _word_by_word(q: str, text: str) -> bool:
    """The quote written as a run of quotes, a word or two each, in the note's order:
    '"STOP" "HERE" and "NOW"' for "STOP HERE NOW" (folded: capitals and spacing do not count).
    Every word must be there, in order, with nothing but spaces, commas or "and" between the
    quotes; a word lost or changed is still altered text."""
    want = q.split()
    if len(want) < 2:
        return False
    folded = fold(text)
    spans = quotation_spans(folded)
    for start in range(len(spans)):
        got: list[str] = []
        for k in range(start, len(spans)):
            a, b = spans[k]
            if k > start and not _RUN_GAP_RE.fullmatch(folded[spans[k - 1][1] : a]):
                break
            got += folded[a + 1 : b - 1].split()
            if got != want[: len(got)]:
                break
            if got == want:
                return k > start
    return False


def _joined(q: str, text: str, together: list[str] | tuple[str, ...]) -> bool:
    """The note's quotes written as one quote, joined by a mark: the note's '"OPEN" and "CLOSED"
    separated by a line' as '"OPEN | CLOSED"'. Nothing but the note's own quoted words is in it;
    a quote with other words added ("OPEN NOW | CLOSED") is altered text."""
    mine = sorted({q, *together}, key=len, reverse=True)
    for x in (fold(x) for x in quoted(text)):
        if not re.search(r"(?<!\w)" + re.escape(q) + r"(?!\w)", x):
            continue
        rest = x
        for part in mine:
            rest = re.sub(r"(?<!\w)" + re.escape(part) + r"(?!\w)", " ", rest)
        if not re.search(r"\w", rest):
            return True
    return False


def _carried(q: str, text: str) -> bool:
    quotes = [fold(x) for x in quoted(text)]
    if q in quotes:
        return True
    folded = fold(text)
    if re.search(r'["“”]' + re.escape(q) + r'["“”]', folded):
        return True  # verbatim in quote marks, though an unclosed quote elsewhere broke the pairing
    if any(q in x for x in quotes):
        return False  # quoted with words added: "EXIT" became "EXIT NOW"
    return re.search(r"(?<!\w)" + re.escape(q) + r"(?!\w)", folded) is not None


def missing_quotes(quotes: list[str], text: str) -> list[str]:
    """The note's quotes the draft does not carry, as '"TEXT"'."""
    return [f'"{q}"' for q in quotes if not quote_carried(q, text, quotes)]
