"""One number written another way (issue 23, item 2: "restatement of a number or date in other
words"): a fraction as a percentage ("two-thirds" / "66%"), a sign spelled out ("%" / "per cent",
"£" / "pounds"), an ordinal in words or digits ("10th" / "tenth"), a day of a date as an ordinal
("4 July" / "the fourth of July"). The value is the human's; only the writing differs. A number
the notes do not give is still unsupported, and a different value still differs."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.words import Word, words

#: Fractions as a part of a hundred: each rounding a writer may use ("two-thirds" is 66% or 67%).
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_ONE = frozenset({"a", "an", "one"})
_SIGNS = {"%": "percent per cent pc", "£": "pounds pound sterling", "$": "dollars dollar", "€": "euros euro"}
MONTHS = frozenset("january february march april may june july august september october november december".split())
_DIGIT_ORDINAL_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_DATE_REACH = 3  # "the fourth of July", "July the fourth": the ordinal within this many words of its month


def _percents(count: float, part: int) -> set[float]:
    exact = 100 * count / part
    return {exact, float(int(exact)), float(round(exact)), round(exact, 1)}


def fraction_at(ws: list[Word] | tuple[Word, ...], i: int) -> set[float]:
    """The percentages the fraction at word `i` states, whether `i` is its count or its part:
    "two" or "thirds" of "two-thirds", "half" alone or of "a half"; empty for any other word.
    An ordinal that counts no part ("the third match") is no fraction."""
    w = ws[i]
    if w.lower in _PARTS and w.lower not in ("half", "halves"):
        before = ws[i - 1] if i > 0 else None
        if before is None or before.number is None and before.lower not in _ONE:
            return set()  # "the third match"
        return _percents(before.number or 1.0, _PARTS[w.lower])
    if w.lower in ("half", "halves"):
        return _percents(1.0, 2)
    after = ws[i + 1] if i + 1 < len(ws) else None
    if w.number is not None and after is not None and after.lower in _PARTS and after.lower != "half":
        return _percents(w.number, _PARTS[after.lower])
    return set()


def fraction_percents(ws: list[Word] | tuple[Word, ...]) -> set[float]:
    """Every percentage the words' fractions state."""
    return {p for i in range(len(ws)) for p in fraction_at(ws, i)}


@lru_cache(maxsize=4096)
def spelled_signs(text: str) -> tuple[Word, ...]:
    """The words a sign of `text` is read as ("%" -> "percent", "per cent"; "£" -> "pounds"): what
    the human wrote as a sign, the result may write out."""
    said = " ".join(spelled for sign, spelled in _SIGNS.items() if sign in text)
    return tuple(words(said)) if said else ()


def ordinal_words(ws: list[Word] | tuple[Word, ...]) -> set[str]:
    """The ordinal words of the digit ordinals among `ws` ("10th" -> "tenth")."""
    by_value = {v: w for w, v in lexicon.ordinals().items()}
    return {by_value[float(m.group(1))] for w in ws if (m := _DIGIT_ORDINAL_RE.match(w.lower))
            and float(m.group(1)) in by_value}


def date_day_at(ws: list[Word] | tuple[Word, ...], i: int) -> float | None:
    """The day the ordinal word at `i` gives, when a month stands within a few words of it ("the
    fourth of July", "July the fourth"); None otherwise."""
    day = lexicon.ordinal_value(ws[i].lower)
    near = ws[max(0, i - _DATE_REACH) : i + _DATE_REACH + 1]
    if day is None or day > 31 or not any(x.lower in MONTHS and x.tok.text[:1].isupper() for x in near):
        return None
    return day


def date_days(ws: list[Word] | tuple[Word, ...]) -> set[float]:
    """The days of the dates `ws` write with an ordinal word: the number a note's "4 July" gives."""
    return {d for i in range(len(ws)) if (d := date_day_at(ws, i)) is not None}
