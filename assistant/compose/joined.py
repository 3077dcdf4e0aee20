"""A terse note of two clauses joined by ", and", ", while", ", whereas" or ", but", each with its verb
dropped, made a sentence clause by clause without the model: "Silver car driving left, and red car
driving right." -> "The silver car is driving left, and the red car is driving right."; "Deer on left
distinguished by its ears, while one on right sports smaller ears." -> "The deer on the left is
distinguished by its ears, while one on right sports smaller ears." Each clause is mended alone
(`fragments.as_sentence`) or kept where it is a sentence; a clause only "There is" would make (a list's
next item) is no clause, and then nothing is made. `fragments.as_sentence` tries it first."""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.compose import fragments, typed
from assistant.compose.sentences import terminated
from assistant.text import quotation_spans

_JOIN_RE = re.compile(r",\s+(and|while|whereas|but)\s+", re.I)
#: first words a mended clause opens with that take a small letter after the join
_POSSESSIVES = frozenset("its his her their".split())
_SMALL = fragments.DETERMINERS | frozenset("there it they he she we".split())


def clauses_joined(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """`fragment` as one sentence of its two clauses, each mended where it has no verb, joined as typed;
    None where it has no such join, a clause reads as a list item, or a clause is not mended."""
    text = fragment.strip().rstrip(".!").strip()
    quotes = quotation_spans(text)
    joins = [m for m in _JOIN_RE.finditer(text) if not any(a <= m.start() < b for a, b in quotes)]
    if len(joins) != 1:
        return None
    join = joins[0]
    first, second = text[:join.start()].strip(), text[join.end():].strip()
    if len(first.split()) < 3 or len(second.split()) < 3 or first.split()[0].lower() in _POSSESSIVES:
        return None  # "Its paws white, and its tail ...": one thing's parts (`predicates.parts_joined`)
    if "," in first and _item(first.rsplit(",", 1)[1]):
        return None  # "blend of color, light, and mystery, captured in ...": the join ends a list, no clause
    made = [_clause(first, names), _clause(second, names)]
    if made[0] is None or made[1] is None or (made[0], made[1]) == (first, second):
        return None
    head, tail = made
    if tail.split(" ", 1)[0].lower() in _SMALL or second[:1].islower() and tail[:1].lower() == second[:1]:
        tail = tail[:1].lower() + tail[1:]  # "..., and skyscrapers are ...", "..., while in the background, ..."
    return terminated(f"{head}, {join.group(1).lower()} {tail}")


def _item(piece: str) -> bool:
    """A list's item before its last ("light" of "color, light, and mystery"): a few words, no verb or participle."""
    words = piece.split()
    colors = lexicon.load().colors  # "red" ends in -ed, and is no participle
    return len(words) <= 3 and not any(w.lower().endswith(("ing", "ed")) and w.lower() not in colors or
                                       lexicon.is_verb_base(w.lower()) and not lexicon.can_be_noun(w.lower()) for w in words)


def _clause(clause: str, names: frozenset[str] | None) -> str | None:
    """The clause with its participle made its verb (beside another clause, "There is a tram waiting ..."
    reads as a list), else as typed where it is a sentence, else its mend, with no full stop; None where the
    mend is only "There is ..." (an item, no clause) or none."""
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415 - it builds on fragments

    whole = terminated(clause[:1].upper() + clause[1:])
    verb = next((k for k, w in enumerate(clause.split()) if w.lower().endswith(("ing", "ed"))), 0)
    # "stones under bird walking": a participle after a place's noun may be that noun's; then no verb is made of it
    made = None if set(w.lower() for w in clause.split()[:verb]) & fragments.PHRASE_START else \
        participles_as_verbs(whole, names, single=True)
    if made is not None and not fragments.unwritten(made):
        return made.rstrip(".!")
    if not fragments.unwritten(whole):  # its places get their articles, as the mends give them ("one on the right")
        return typed.articled(clause, with_a=False)
    made = fragments.as_sentence(whole, names)
    if made is None or made.startswith("There ") or fragments.unwritten(made):
        return None
    return made.rstrip(".!")
