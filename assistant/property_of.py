"""A rewrite note that names its target by a property of something: "remove the year of the World
Cup", "remove the age of the driver", "replace the date of the match with 14 March", "remove the type
of infection". The thing ("the World Cup") stays; what goes is its value ("2014", "42", "fungal"),
which stands next to the thing's words in the response. `locate` finds the thing, and this module
the value beside it:

- a number (or a date) right before the thing ("the 2014 World Cup", "30 passengers") or set off
  after it ("the driver, 42, ...", "the World Cup in 2014"): the value's own words, which a literal
  edit can take out or replace;
- anything else (a value after a verb, "played on 12 March"; a kind, "a fungal infection"): the
  value and the thing are named to the model, which rewrites that one sentence; the thing's words
  are never cut on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import lexicon
from assistant.check.number_forms import MONTHS, WEEKDAYS
from assistant.check.words import Word, words

_NUMERIC = ("year", "date", "day", "month", "time", "age", "amount", "number", "cost", "price", "value", "length",
            "duration", "height", "weight", "score", "total", "figure", "sum", "percentage", "rate", "fee", "salary")
_KINDS = ("type", "kind", "sort", "brand", "breed", "model", "make", "variety", "species", "nationality")
_PROPERTY_RE = re.compile(rf"^(?:the\s+)?(?:(?:exact|specific|actual|precise)\s+)?"
                          rf"(?P<prop>{'|'.join(_NUMERIC + _KINDS)})s?\s+of\s+(?P<thing>\S.*)$", re.I | re.S)
_MONTHS = MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: the words of a date that are no number: a month's or a day's name
DATE_WORDS = _MONTHS | WEEKDAYS
#: words that open a value set after its thing ("the World Cup in 2014", "a fee of £5m")
_VALUE_PREPOSITIONS = frozenset("in on at of for from since during".split())
#: words that go with the number they qualify
_QUALIFIERS = tuple(tuple(q.split()) for q in ("at least", "at most", "more than", "fewer than", "less than", "up to",
                                              "about", "around", "nearly", "almost", "roughly", "approximately", "over",
                                              "some", "just", "only"))
_PLURALS = frozenset("people children men women police cattle staff".split())
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their"})


@dataclass(frozen=True)
class Property:
    """A note's target read as a property of a thing."""

    name: str
    """The property, lower case and singular: "year", "age", "type"."""
    thing: str
    """What the property is of, as the note writes it: "the World Cup"."""

    @property
    def numeric(self) -> bool:
        return self.name in _NUMERIC


def parse(target: str) -> Property | None:
    """"the year of the World Cup" -> Property("year", "the World Cup"); None for a target that does not
    name a property of something ("the information about the crane", "the name of the club")."""
    m = _PROPERTY_RE.match(target.strip())
    return Property(m.group("prop").lower(), m.group("thing").strip(" .,")) if m else None


@dataclass(frozen=True)
class Value:
    """Where a property's value stands in a sentence."""

    start: int
    end: int
    literal: bool
    """Whether a literal edit of sentence[start:end] can take it (`_numeric_value` says where). Otherwise
    the span is what the model is told about (the value with the thing)."""
    value_start: int | None = None
    """Where the value itself starts, past a preposition that goes with it on removal ("in 2014"): what a
    replacement writes over."""


def value(prop: Property, sentence: str, start: int, end: int) -> Value:
    """The value of `prop` next to the thing found at sentence[start:end]."""
    ws = words(sentence)
    inside = [i for i, w in enumerate(ws) if w.tok.start >= start and w.tok.end <= end]
    if not inside:
        return Value(start, end, False)
    lo, hi = _as_written(prop, ws, inside)
    if prop.numeric:
        found = _numeric_value(prop, ws, lo, hi, sentence)
        if found is not None:
            return found
    else:
        first = _modifiers_before(ws, lo)
        if first < lo:  # "a fungal infection": the kind is the words before the thing
            return Value(ws[first].tok.start, ws[hi].tok.end, False)
    return Value(ws[lo].tok.start, ws[hi].tok.end, False)


def _as_written(prop: Property, ws: list[Word], inside: list[int]) -> tuple[int, int]:
    """The thing's own words, where the sentence has them: the window found for "the World Cup" may hold
    the value before it ("2014 World Cup"); "the type of infection" found at "infected" is at
    "infection" when the sentence says that too."""
    wanted = [w for w in words(prop.thing) if not w.is_stop]
    at = [i for i in inside if any(same_word(n, ws[i]) for n in wanted)]
    exact = [i for i, w in enumerate(ws) if any(w.lower == n.lower for n in wanted)]
    if exact and not any(ws[i].lower in {n.lower for n in wanted} for i in inside):
        return exact[0], exact[-1] if exact[-1] - exact[0] < len(wanted) else exact[0]
    return (at[0], at[-1]) if at else (inside[0], inside[-1])


def same_word(a: Word, b: Word) -> bool:
    """Whether two words are one word of a thing, as written or by a lemma ("driver", "drivers")."""
    return a.lower == b.lower or bool(lexicon.lemmas(a.lower) & lexicon.lemmas(b.lower))


def _is_value(w: Word) -> bool:
    """A number, or a month's or a day's name (a value of every dated property)."""
    return w.number is not None or w.lower.strip(".") in DATE_WORDS


def _value_run(ws: list[Word], i: int, step: int, sentence: str) -> list[int]:
    """The value words from word `i` on (`step` 1) or back (-1), up to a comma or other stop: "Saturday, 12
    March" is two values."""
    run: list[int] = []
    while 0 <= i < len(ws) and _is_value(ws[i]):
        if run and _gap(sentence, ws[min(i, run[-1])], ws[max(i, run[-1])]).strip():
            break
        run.append(i)
        i += step
    return sorted(run)


def _fits(prop: str, ws: list[Word], run: list[int], where: str, thing_plural: bool) -> bool:
    """Whether a run of value words is the property's value as it stands (`where`: "before" the thing,
    "after" it with a preposition, "set off" by commas): a year is one year ("2014", not the count in "2
    World Cup finals"); a count stands before a plural thing ("30 passengers"); an age is set off after
    its person ("the driver, 42,"); a date has a month's name. Anything else is the model's."""
    texts = [ws[i].tok.text for i in run]
    one = len(run) == 1 and ws[run[0]].number is not None
    if prop == "year":
        return one and texts[0].isdigit() and len(texts[0]) == 4 and 1000 <= (ws[run[0]].number or 0) <= 2100
    if prop in ("number", "amount", "total"):
        return where == "before" and one and thing_plural
    if prop == "age":
        return where == "set off" and one and texts[0].isdigit() and 0 < (ws[run[0]].number or 0) < 130
    if prop in ("date", "day", "month"):
        return where != "set off" and any(ws[i].lower.strip(".") in _MONTHS for i in run)
    return False


def _ends_clause(ws: list[Word], i: int, sentence: str) -> bool:
    """Whether the value run ending at word `i` ends its phrase: no other value after it, past a comma
    ("on Saturday, 12 March" goes on)."""
    rest = sentence[ws[i].tok.end:].lstrip()
    return not rest or i + 1 >= len(ws) or not _is_value(ws[i + 1])


def _numeric_value(prop: Property, ws: list[Word], lo: int, hi: int, sentence: str) -> Value | None:
    """A number or date beside the thing at words lo..hi: before it ("the 2014 World Cup", "30
    passengers"), after it with a preposition that ends the phrase ("the World Cup in 2014,"), or set off
    by commas before the verb ("the driver, 42, was taken"). One that fits (`_fits`) is a literal edit;
    any other value near the thing is named to the model with it; None where there is none."""
    plural = _plural(ws[lo].lower) or _plural(ws[hi].lower)
    before = lo - 1
    while before >= 0 and ws[before].tok.text.islower() and ws[before].lower not in _DETERMINERS \
            and lexicon.can_be_adjective(ws[before].lower) and not _is_value(ws[before]):
        before -= 1  # "the 2014 football World Cup"
    run = _value_run(ws, before, -1, sentence)
    if run:
        joined = run[0] > 0 and (ws[run[0] - 1].lower in ("and", "or", "to") or _is_value(ws[run[0] - 1])
                                 or _gap(sentence, ws[run[0] - 1], ws[run[0]]).strip() == ",")
        if not joined and _fits(prop.name, ws, run, "before", plural):  # not "the 2014 and 2018 World Cups"
            first = _qualified(ws, run[0])
            return Value(ws[first].tok.start, ws[run[-1]].tok.end, True, ws[run[0]].tok.start)
        return Value(ws[run[0]].tok.start, ws[hi].tok.end, False)
    after = hi + 1
    if after < len(ws) and not _gap(sentence, ws[hi], ws[after]).strip() and ws[after].lower in _VALUE_PREPOSITIONS:
        run = _value_run(ws, after + 1, 1, sentence)
        if run and _fits(prop.name, ws, run, "after", plural) and _ends_clause(ws, run[-1], sentence):
            return Value(ws[after].tok.start, ws[run[-1]].tok.end, True, ws[run[0]].tok.start)  # "in 2014"
    run = _value_run(ws, after, 1, sentence)
    if run and _gap(sentence, ws[hi], ws[run[0]]).strip() == "," and _fits(prop.name, ws, run, "set off", plural):
        rest = sentence[ws[run[-1]].tok.end:]
        if re.match(r",\s*[a-z]", rest) and lexicon.can_be_verb(ws[run[-1] + 1].lower):
            return Value(ws[run[0]].tok.start, ws[run[-1]].tok.end, True, ws[run[0]].tok.start)  # "the driver, 42, was"
    # any other value near ("the match, played on 12 March", "the meeting at 3 pm"): the model's, named
    near = [i for i in range(hi + 1, min(len(ws), hi + 5)) if _is_value(ws[i])]
    if near:
        run = _value_run(ws, near[0], 1, sentence)
        return Value(ws[lo].tok.start, ws[run[-1]].tok.end, False)
    return None


def _plural(word: str) -> bool:
    return word in _PLURALS or word.endswith("s") and any(lemma != word for lemma in lexicon.lemmas(word))


def _qualified(ws: list[Word], first: int) -> int:
    """The start of a number with the words that qualify it: "at least 12", "more than 30", "about 40"."""
    for phrase in _QUALIFIERS:
        n = len(phrase)
        if first >= n and tuple(w.lower for w in ws[first - n:first]) == phrase:
            return first - n
    return first


def _modifiers_before(ws: list[Word], lo: int) -> int:
    """The words before a thing that say what kind it is: "a fungal infection", "a red Ford Focus car"."""
    while lo > 0 and ws[lo - 1].lower not in _DETERMINERS and not ws[lo - 1].is_stop and ws[lo - 1].number is None \
            and (not ws[lo - 1].tok.text.islower() or lexicon.can_be_adjective(ws[lo - 1].lower)
                 or not lexicon.can_be_verb(ws[lo - 1].lower)):
        lo -= 1
    return lo


def _gap(sentence: str, left: Word, right: Word) -> str:
    return sentence[left.tok.end:right.tok.start]
