"""Quoted text: it must come through verbatim."""

from __future__ import annotations

import re

from assistant.text import fold, quoted


_CLOSING_STOP_RE = re.compile(r'[.,;:!?]+(?=["”])')


def quote_carried(q: str, text: str) -> bool:
    """Quoted text (folded) is carried: as a quote, or unquoted but not altered. A full stop or
    comma just inside the closing quote mark ('"... justice."') is punctuation, not quoted text."""
    return _carried(q, text) or _carried(q, _CLOSING_STOP_RE.sub("", text))


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
    return [f'"{q}"' for q in quotes if not quote_carried(q, text)]
