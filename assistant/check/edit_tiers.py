"""When a verdict on an edit or an instruction is certain (issue 23).

On first looks (alarms raised before any rule was written from their rows), certain verdicts on
instructions held only where the evidence was a literal the note names: a name, number or quoted
text the result lacks, or the literal the edit takes out, still written where the original wrote
it. Leftovers picked out of a described side ("the part that says the two groups are in ..."),
an old word beside which the result changed ("10 years ago" -> "years ago", the note asking for
"years"), negations, and "nothing was changed" were wrong as often as right: a look, not certain.
"""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.check import edit_sides
from assistant.check.edit_effects import asserted, is_unit
from assistant.check.edit_parsing import Edit
from assistant.check.numbers import fmt_number
from assistant.check.report import Tier
from assistant.check.words import Draft, Key, note_words, words
from assistant.text import fold, tokenize


def old_side_tier(edit: Edit, old_key: Key, still: list[str], quotes_left: list[str], draft: Draft,
                  original: str | None, counts: bool = True) -> Tier:
    """The tier of an edit's old side still in the result: certain when what is left is the literal
    the old side consists of (its quoted text, its names alone, or a number with only the words it
    counts) and the result writes it where the original did, between the same words. `counts`:
    False when a number left may only say which thing the note meant (`partly_made`)."""
    literal = list(quotes_left) + [u for u in still if u in old_key.names and not old_key.content]
    if counts:
        literal += [u for u in still if u in _counted_numbers(edit.old)]
    if not literal:
        return "check"
    if original is None:
        return "certain"
    before = Draft.cached(original)
    # taken out where the original wrote it more than once, left elsewhere ('remove "Simon"': "Simon
    # Jones and Simon Smith" -> "Jones and Simon Smith"): the edit was made; the mention left may be
    # another's, a look, as a number left in part is (`edit_checks.old_side_problem`)
    literal = [u for u in literal if len(_positions(u, draft)) >= len(_positions(u, before))]
    return "certain" if any(in_place(unit, draft, before) for unit in literal) else "check"


def _counted_numbers(side: str) -> set[str]:
    """The numbers of `side` that stand with only the words they count, in a part of their own
    ("67", "the 5 year ban", "2015 and the name of the park"): not those picked out of a
    description of which thing is meant ("the 2 goals scored by the captain", "the part that
    says the two boats ...")."""
    out: set[str] = set()
    for part in _PARTS_RE.split(side):
        ws = words(part)
        counted = edit_sides.counted(part)
        if any(w.number is not None for w in ws) and all(
                w.number is not None or w.lower in _DETERMINERS or w.lower in counted for w in ws):
            out |= {fmt_number(w.number) for w in ws if w.number is not None}
    return out


_PARTS_RE = re.compile(r",|;|\band\b")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})


def in_place(unit: str, draft: Draft, before: Draft) -> bool:
    """`unit` (a word, a number or a quoted text) stands in the draft between the same two words as
    in the original at least once: the edit left that spot untouched."""
    spots = _contexts(unit, before)
    return bool(spots) and bool(spots & _contexts(unit, draft))


def _contexts(unit: str, d: Draft) -> set[tuple[str | None, str | None]]:
    ws = d.words
    n = _length(unit)
    return {(ws[i - 1].lower if i else None, ws[i + n].lower if i + n < len(ws) else None)
            for i in _positions(unit, d)}


def _length(unit: str) -> int:
    return len(note_words(fold(unit))) or 1


def _positions(unit: str, d: Draft) -> list[int]:
    """Where `unit` (a word, a number or a quoted text) begins in the draft's words."""
    seq = [w.lower for w in note_words(fold(unit))] or [unit]
    ws = d.words
    n = len(seq)
    return [i for i in range(len(ws) - n + 1) if all(is_unit(ws[i + k], seq[k]) for k in range(n))]


def contradiction_tier(missing: list[str]) -> Tier:
    """The tier of a result that states the opposite of an instruction's claim (`missing`: the
    claim's units the result lacks and its flips): certain for an opposite word ("within" for
    "outside"); a look for a negation (first looks: never right on instructions) and for numbers
    alone, another number the result writes (first looks on the three fresh DeFacto chunks: right 1
    time of 3; the others were a sum read with another scale, "£90m" for "350m to 90m", and a sum the
    note worked out): which number the text says of the note's thing is a reading, not a literal."""
    if any("negated" in u for u in missing) or all(u[:1].isdigit() for u in missing):
        return "check"
    return "certain"



def hedge_tier(new: str) -> Tier:
    """The tier of a hedge an edit asks for and the result does not write: certain for a hedge on a
    number the new side gives word for word ("with almost 300"), which the result writes as it stands
    or not at all; a look where the note describes the doubt ("the date being uncertain", "could
    help"): a result says doubt in words no list holds ("a tentative date", "is expected to"). First
    looks at fresh DeFacto rows: both certain hedges lost were carried (0 of 2)."""
    tokens = tokenize(new)
    return "certain" if any(lexicon.is_quantity_hedge(tokens, i) for i in range(len(tokens))) else "check"


def named_in_its_place(missing: set[str], key: Key, draft: Draft, original: str | None, said: str,
                       supplied: frozenset[str] = frozenset()) -> bool:
    """The literals an edit's new side lacks are names, and the result writes a name that
    neither the original, the note (`said`) nor another note (`supplied`, roots) gives: the result
    may name the same one otherwise ("Theresa May" for "the Prime Minister", "Sadiq Khan" for "the
    mayor of London"), a look, not a literal plainly missing. A number, quote or colour missing
    stays certain, so does a direction alone, and a name missing where the result names no one
    new. A direction missing with a name ("the north of England" -> "in Newcastle") is the place
    described, unless the result writes a direction the original does not: one that differs."""
    if original is None or not missing & set(key.names) or not missing <= set(key.names) | set(key.directions):
        return False
    before = Draft.cached(original)
    if missing & set(key.directions) and {w.direction for w in draft.words} - {w.direction for w in before.words}:
        return False
    known = {r for w in [*before.words, *note_words(said)] for r in lexicon.key(w.lower)}
    return any(w.is_name and w.number is None and not lexicon.key(w.lower) & known
               and not lexicon.roots(w.lower) & supplied for w in draft.words)


def partly_made(units: list[str], draft: Draft, original: str | None) -> bool:
    """A word of the old side went: a number left may only say which thing the note meant ("the two
    teenagers from Oldham" -> "Two teenagers"), a look, not a certain leftover."""
    before = Draft.cached(original) if original is not None else None
    return before is not None and any(0 < asserted(u, before, True) and asserted(u, draft, True) < asserted(u, before, True)
                                      for u in units)
