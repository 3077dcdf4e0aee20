"""Numbers and counts: digits and number words ("3" ~ "three", "twenty one" ~ "21")."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from assistant import lexicon

if TYPE_CHECKING:
    from assistant.check.words import Word

_MULTIPLIERS = (100.0, 1000.0, 1_000_000.0, 1_000_000_000.0)


def combine_numbers(words: "list[Word] | tuple[Word, ...]") -> list[float]:
    """Values of the numbers in a word list, joining 'twenty one' and 'two hundred'."""
    values: list[float] = []
    current: float | None = None
    current_spelled = False
    for w in words:
        if w.number is None:
            if current is not None and w.lower != "and":
                values.append(current)
                current = None
            continue
        v = w.number
        spelled = not w.lower[:1].isdigit()
        multiplier = v in _MULTIPLIERS
        if current is None or not spelled or (not current_spelled and not multiplier):
            # digits never combine: "2223 0229" are two numbers, "twenty one" is one
            if current is not None:
                values.append(current)
            current, current_spelled = v, spelled
            continue
        if multiplier and current < v:
            current *= v
        elif current >= 20 and current % 10 == 0 and v < 10 and current < 100:
            current += v
        elif current >= 100 and v < current:
            current += v
        else:
            values.append(current)
            current = v
    if current is not None:
        values.append(current)
    return values


def fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def missing_numbers(wanted: list[float], stated: frozenset[float]) -> list[str]:
    """The note's numbers the window does not state."""
    return [fmt_number(n) for n in wanted if n not in stated]


def number_reason(w: "Word", support: set[float], sentence_values: list[float]) -> str | None:
    """Why a number in the draft is unsupported, or None. A spelled number is supported when
    it is part of a larger supported one ("two" of "two hundred")."""
    spelled = not w.lower[0].isdigit()
    if w.number in support or spelled and any(v in support for v in sentence_values if w.number <= v):
        return None
    if w.number and w.number not in sentence_values and any(v in support and _scaled(w.number, v) for v in sentence_values):
        return None  # the "5" of a supported "5 million", joined with its multiplier
    return "number not in the notes"


def _scaled(digits: float, value: float) -> bool:
    """`value` is `digits` times a hundred, a thousand, a million, ...: "5 million" of 5."""
    ratio = value / digits
    return ratio >= 100 and math.isclose(math.log10(ratio), round(math.log10(ratio)))


def multiplied(ws: "list[Word]", i: int) -> bool:
    """The spelled number at `i` is multiplied by the next word: "three" of "three hundred" states 300, not 3."""
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    return (ws[i].number is not None and not ws[i].lower[:1].isdigit() and nxt is not None
            and nxt.number is not None and nxt.number >= 100 and not nxt.lower[:1].isdigit())


def counted_things(ws: "list[Word]") -> tuple[tuple[float, str], ...]:
    """(value, the thing it counts) for each number of a note followed by a run of content words (up to
    three, before a stop word): the run's last word is the thing ("2 small dogs near ..." -> dogs)."""
    out = []
    for i, w in enumerate(ws):
        if w.number is not None and (run := _run_after(ws, i)):
            out.append((_value_ending_at(ws, i), run[-1].lower))
    return tuple(out)


def miscounted(counted: "tuple[tuple[float, str], ...]", ws: "list[Word]") -> list[str]:
    """The note's counts (`counted_things`) that words `ws` count otherwise: a number beside the note's
    thing (within its run of content words) says another value, and none says the note's. A number
    elsewhere ("Two women ...") does not count the note's dogs."""
    out = []
    for value, thing in counted:
        own = lexicon.roots(thing)
        said = {_value_ending_at(ws, k) for k, x in enumerate(ws) if x.number is not None
                and any(lexicon.roots(y.lower) & own for y in _run_after(ws, k))}
        if said and value not in said:
            out.append(fmt_number(value))
    return out


#: Group words that say two of the plural after "of": "a pair of boots", "a couple of mugs".
_PAIRS = frozenset({"pair", "couple"})


def paired_things(ws: "list[Word]") -> tuple[tuple[float, str], ...]:
    """(2, "boots") for "a pair of black boots": the first plural of the content words after the group's "of" is the
    thing ("a couple of old bicycles lean ..."), else the last."""
    from assistant.check.word_forms import singular  # noqa: PLC0415 (word_forms reads lexicon, as this does)

    return tuple((w.number, next((x for x in run if not singular(x.lower)), run[-1]).lower) for i, w in enumerate(ws)
                 if w.lower in _PAIRS and w.number is not None and i + 1 < len(ws) and ws[i + 1].lower == "of"
                 and (run := _run_after(ws, i + 1)))


def said_as_plural(paired: "tuple[tuple[float, str], ...]", ws: "list[Word]") -> list[str]:
    """The values of the note's pairs (`paired_things`) that words `ws` say by the thing's plural alone, as people
    write a pair ("Boots stand by the door."): the plural is there and no number beside it says another value."""
    from assistant.check.word_forms import singular  # noqa: PLC0415 (word_forms reads lexicon, as this does)

    return [fmt_number(value) for value, thing in paired
            if any(lexicon.roots(x.lower) & lexicon.roots(thing) and (x.lower == thing or not singular(x.lower))
                   and not _amounted(ws, k) for k, x in enumerate(ws))  # "jeans" is its own plural
            and not miscounted(((value, thing),), ws)]


#: Words of amount that count a plural as more than two: "many boots", "several mugs", "dozens of swans".
_AMOUNTS = frozenset("many several numerous multiple dozens hundreds lots countless".split())


def _amounted(ws: "list[Word]", k: int) -> bool:
    """A word of amount before the plural at k, past "of" and describing words ("several black boots")."""
    j = k - 1
    while j >= 0 and k - j <= 3 and ws[j].lower not in _AMOUNTS and (
            ws[j].lower == "of" or ws[j].color is not None or lexicon.can_be_adjective(ws[j].lower)
            and not lexicon.can_be_noun(ws[j].lower)):
        j -= 1
    return j >= 0 and ws[j].lower in _AMOUNTS


def _value_ending_at(ws: "list[Word]", i: int) -> float:
    """The value of the number words that end at i: "twenty one" -> 21, "two hundred and five" -> 205."""
    j = i
    while j > 0 and (ws[j - 1].number is not None or ws[j - 1].lower == "and" and j > 1 and ws[j - 2].number is not None):
        j -= 1
    return combine_numbers(ws[j : i + 1])[-1]


def _run_after(ws: "list[Word]", i: int) -> "list[Word]":
    """The content words right after the number at i, up to three, each one character (a space or a
    hyphen) after the one before: a stop word, a number, a comma or a "+" ends the run."""
    run: list = []
    for k in range(i + 1, min(i + 4, len(ws))):
        x = ws[k]
        if x.is_stop or x.number is not None or x.tok.start - ws[k - 1].tok.end > 1:
            break
        run.append(x)
    return run
