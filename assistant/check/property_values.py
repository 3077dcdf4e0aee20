"""A removal that names its target by a property of something ("remove the year of the World Cup",
"remove the age of the driver"), judged by its effect: the value that stood beside the thing in the
original (`assistant.property_of`: "2014", "42") is gone from the result, or still there. The thing
itself is no part of the target, so its words are no evidence either way."""

from __future__ import annotations

from dataclasses import dataclass

from assistant import property_of
from assistant.check.numbers import fmt_number
from assistant.check.report import FactCheck
from assistant.check.words import Draft, Word, words


@dataclass(frozen=True)
class Removed:
    """What a property removal took out, or left in."""

    value: str
    """The value as the original writes it ("in 2014")."""
    left: list[str]
    """Its numbers or dates the result still says (empty: the value is gone)."""
    thing_kept: bool
    """Whether the result still names the thing the value was of."""


def removal(target: str, original: str, result: Draft) -> Removed | None:
    """The verdict's evidence for removing `target` from `original`, or None where the target names no
    property, the thing is not found in one place, or no number or date stands beside it (a kind, a value
    after a verb): then only a look can tell."""
    prop = property_of.parse(target)
    if prop is None or not prop.numeric:
        return None
    wanted = [w for w in words(prop.thing) if not w.is_stop]
    if not wanted:
        return None
    before = Draft.cached(original)
    for sent in before.sents:
        ws = words(sent.text)
        at = [i for i, w in enumerate(ws) if any(property_of.same_word(n, w) for n in wanted)]
        if len(at) < len(wanted) or at[-1] - at[0] > len(wanted) + 1:
            continue
        found = property_of.value(prop, sent.text, ws[at[0]].tok.start, ws[at[-1]].tok.end)
        if not found.literal:
            return None
        value = sent.text[found.start:found.end]
        units = [_unit(w) for w in words(value) if _unit(w)]
        # a value the original says elsewhere too ("retired in 2014") may stay there: it is left only when
        # the result says it as often as the original did
        left = [u for u in units if _count(u, result.words) >= _count(u, before.words)]
        kept = all(any(property_of.same_word(n, w) for w in result.words) for n in wanted)
        return Removed(value, left, kept)
    return None


def verdict(base: dict, target: str, original: str, result: Draft) -> FactCheck | None:
    """The instruction's verdict from `removal` (`base`: its id, text and hedge), or None. Found by where the
    value stands, not named by the note: a look, never certain."""
    removed = removal(target, original, result)
    if removed is None:
        return None
    if removed.left:
        evidence = "still present: " + ", ".join(removed.left)
        return FactCheck(**base, status="dropped", kind="instruction", evidence=evidence, missing=[evidence], tier="check")
    if not removed.thing_kept:  # "the year of the World Cup" went with the World Cup: more than the note asked
        return FactCheck(**base, status="verify", kind="instruction", checked=False,
                         evidence=f"removed: {removed.value!r}, and what it was of with it: verify")
    return FactCheck(**base, status="kept", kind="instruction", evidence=f"removed: {removed.value!r}")


def _count(unit: str, ws: list[Word]) -> int:
    return sum(1 for w in ws if _unit(w) == unit)


def _unit(w: Word) -> str:
    return fmt_number(w.number) if w.number is not None else w.lower if w.lower.strip(".") in property_of.DATE_WORDS else ""
