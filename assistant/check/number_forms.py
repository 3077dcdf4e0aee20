"""One number written another way (issue 23, item 2: "restatement of a number or date in other
words"): a fraction as a percentage ("two-thirds" / "66%"), a sign spelled out ("%" / "per cent",
"£" / "pounds"), an ordinal in words or digits ("10th" / "tenth"), a day of a date as an ordinal
("4 July" / "the fourth of July"). The value is the human's; only the writing differs. A number
the notes do not give is still unsupported, and a different value still differs."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.numbers import combine_numbers
from assistant.check.words import Word, words

#: Fractions as a part of a hundred: each rounding a writer may use ("two-thirds" is 66% or 67%).
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_ONE = frozenset({"a", "an", "one"})
_SIGNS = {"%": "percent per cent pc", "£": "pounds pound sterling", "$": "dollars dollar", "€": "euros euro"}
MONTHS = frozenset("january february march april may june july august september october november december".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
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


#: Units written short after a number, and the words they are read as (either way round).
_UNITS = {"km": "kilometres kilometers kilometre", "m": "metres meters metre", "cm": "centimetres centimeters",
          "mm": "millimetres millimeters", "ft": "feet foot", "mi": "miles mile", "kg": "kilograms kilos kilogram",
          "g": "grams gram", "lb": "pounds pound", "lbs": "pounds", "mph": "miles per hour", "kph": "kilometres per hour",
          "c": "degrees celsius centigrade", "f": "degrees fahrenheit", "ml": "millilitres milliliters",
          "ha": "hectares hectare"}
_SHORT_UNIT_RE = re.compile(r"\d\s?(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b", re.I)
_TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})\b|\b(\d{1,2})\.(\d{2})\s?[ap]\.?m\b", re.I)  # not a price's "2.50"


@lru_cache(maxsize=4096)
def other_writings(text: str) -> tuple[Word, ...]:
    """Words the result may write for what `text` writes short: a sign ("%" -> "percent", "per cent";
    "£" -> "pounds"), a unit after a number ("30C" -> "degrees Celsius", "5 km" -> "kilometres", and
    the short form for the long one), a time with a colon or a dot ("10:30" -> "10.30")."""
    said = [spelled for sign, spelled in _SIGNS.items() if sign in text]
    said += [_UNITS[m.group(1).lower()] for m in _SHORT_UNIT_RE.finditer(text)]
    low = text.lower()
    said += [short for short, long in _UNITS.items() if len(short) > 1 and any(
        re.search(rf"\b{w}\b", low) for w in long.split()[:1])]
    said += [f"{h or h2}.{mm or mm2} {h or h2}:{mm or mm2}" for h, mm, h2, mm2 in _TIME_RE.findall(text)]
    return tuple(words(" ".join(said))) if said else ()


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
    if not any(x.lower in MONTHS and x.tok.text[:1].isupper() for x in ws):
        return set()  # no month, so no date (`date_day_at` asks for one near the ordinal)
    return {d for i in range(len(ws)) if (d := date_day_at(ws, i)) is not None}


#: A stretch of time in hours or in months, each unit with every size a writer may give it in the
#: other: "a week" is seven days, "a year" twelve months (or 365 days, or 52 weeks).
_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "fortnight": 336.0}
_MONTHS = {"month": 1.0, "year": 12.0, "decade": 120.0, "century": 1200.0}
_YEAR_IN_HOURS = (8760.0, 8736.0)
_PLURALS = {"centuries": "century"}


def _unit(low: str) -> str | None:
    low = _PLURALS.get(low, low)
    for form in (low, low[:-1] if low.endswith("s") else low):
        if form in _HOURS or form in _MONTHS:
            return form
    return None


def _duration(ws: list[Word] | tuple[Word, ...], u: int) -> set[tuple[str, float]]:
    """The stretch the unit word at `u` gives with its count ("18 months", "a fortnight", "a year and
    a half", "two and a half years"), as (base, size) in every base it has; empty for no unit."""
    unit = _unit(ws[u].lower)
    if unit is None:
        return set()
    count = 1.0
    before = [w.lower for w in ws[max(0, u - 4) : u]]
    if before[-3:] == ["and", "a", "half"] and len(before) == 4 and ws[u - 4].number is not None:
        count = ws[u - 4].number + 0.5  # "two and a half years"
    elif before and ws[u - 1].number is not None:
        count = ws[u - 1].number
    if [w.lower for w in ws[u + 1 : u + 4]] == ["and", "a", "half"]:
        count += 0.5  # "a year and a half"
    out = {("h", count * _HOURS[unit])} if unit in _HOURS else {("mo", count * _MONTHS[unit])}
    if unit == "year":
        out |= {("h", count * h) for h in _YEAR_IN_HOURS}
    return out


def durations(ws: list[Word] | tuple[Word, ...]) -> set[tuple[str, float]]:
    """Every stretch of time the words give."""
    return {d for u in range(len(ws)) for d in _duration(ws, u)}


def duration_unit_at(ws: list[Word] | tuple[Word, ...], i: int) -> int | None:
    """The unit word the word at `i` belongs to: itself, the unit after its count, or the unit of
    the "and a half" it is part of."""
    low = [w.lower for w in ws]
    if _unit(low[i]):
        return i
    if i + 1 < len(ws) and _unit(low[i + 1]) and (ws[i].number is not None or low[i] == "half"):
        return i + 1
    if low[i] == "half" and i >= 3 and low[i - 2 : i] == ["and", "a"] and _unit(low[i - 3]):
        return i - 3
    return None


def same_duration(ws: list[Word] | tuple[Word, ...], i: int, supplied: set[tuple[str, float]]) -> bool:
    """The word at `i` is part of a stretch of time the human gave in another unit ("seven days" for
    "a week", "a year and a half" for "18 months")."""
    u = duration_unit_at(ws, i) if supplied else None
    return u is not None and bool(_duration(ws, u) & supplied)


_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
_VALUE_FILLERS = frozenset({"a", "an", "and", "half", "per", "cent", "percent", "of"})


def _value_groups(ws: list[Word] | tuple[Word, ...], text: str) -> list[set[tuple[str, float]]]:
    """Each value the words give as a stretch of time, a fraction or a percentage, with every form of it."""
    groups = [_duration(ws, u) for u in range(len(ws)) if _unit(ws[u].lower)]
    groups += [{("%", p) for p in fraction_at(ws, i)} for i in range(len(ws))
               if ws[i].lower in _PARTS and fraction_at(ws, i)]
    groups += [{("%", float(m.group(1)))} for m in _PERCENT_RE.finditer(text)]
    return [g for g in groups if g]


def said_otherwise(side: str, draft_words: list[Word] | tuple[Word, ...], draft_text: str) -> bool:
    """Every stretch of time, fraction or percentage `side` gives, the draft states, in this form or
    another ("a year and a half" for "18 months", "half" for "50%"); False when the side gives none."""
    side_words = words(side)
    wanted = _value_groups(side_words, side) + [{("n", v)} for v in misspelt_values(side_words) - {1.0}]
    if not wanted:
        return False
    have = set().union(*_value_groups(draft_words, draft_text)) | {("n", v) for v in combine_numbers(draft_words)}
    return all(g & have for g in wanted)


def only_values(unit: str) -> bool:
    """A missing unit of an edit ('"18 months"', "2", "years") made only of numbers, units of time,
    fractions and their fillers: what `said_otherwise` answers for."""
    ws = words(unit.strip('"'))
    return bool(ws) and all(w.number is not None or _unit(w.lower) or w.lower in _PARTS or w.lower in _VALUE_FILLERS
                            or misspelt_values((w,)) for w in ws)


_MISSPELT_RATIO = 0.8


@lru_cache(maxsize=8192)
def _nearest_number_word(low: str) -> str | None:
    """The one number word `low` (not in the dictionary) is nearest to, at least _MISSPELT_RATIO alike."""
    from difflib import SequenceMatcher  # noqa: PLC0415 (only for words the dictionary does not know)

    if not low.isalpha() or len(low) < 4 or lexicon.known_word(low):
        return None
    scored = sorted(((SequenceMatcher(None, n, low).ratio(), n) for n in lexicon.load().numbers if n[0] == low[0]),
                    reverse=True)
    if scored and scored[0][0] >= _MISSPELT_RATIO and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


def misspelt_values(ws: list[Word] | tuple[Word, ...]) -> set[float]:
    """The numbers the words give when a lower-case number word the dictionary does not know is read as
    the one number word it is nearest to ("fourty two" -> 42, "ninty" -> 90): a note typed in a hurry
    still gives its value. Empty when no word is misspelt."""
    fixed = [(_nearest_number_word(w.lower) if w.number is None and w.tok.text.islower() else None) or w.tok.text
             for w in ws]
    if all(f == w.tok.text for f, w in zip(fixed, ws)):
        return set()
    return set(combine_numbers(words(" ".join(fixed))))
