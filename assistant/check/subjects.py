"""Subjects that take a plural verb though their last word is singular: the verb finder
(assistant/check/clauses.py) reads a base form after them as their verb ("the stripes of the flag
curve around", "the books and the block stand on a shelf", "a boy and a girl play"); and subjects whose
place or "of" phrase leaves a noun-or-verb word their verb ("the mirror behind her mirrors the lamp", "the
tone of the painting transitions from warm to cool")."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.endings import PREPOSITIONS
from assistant.check.word_forms import DETERMINERS, plural


def plural_subject(clause: list[str]) -> bool:
    """Whether the noun before the clause's first preposition is plural ("the lights in the hall")."""
    cut = next((k for k, w in enumerate(clause) if w in PREPOSITIONS), len(clause))
    return 0 < cut < len(clause) and plural(clause[cut - 1]) and clause[cut - 1] not in DETERMINERS


def joined_subject(clause: list[str]) -> bool:
    """Whether the clause's words are two noun phrases joined by one "and", each ending on a word
    that may be a noun and is no colour ("the books and the block", "a fork and knife"; not "white
    and gray tile")."""
    if clause.count("and") != 1 or clause[0] == "and" or clause[-1] == "and":
        return False
    ends = (clause[clause.index("and") - 1], clause[-1])
    return all(lexicon.can_be_noun(w) and w not in lexicon.load().colors for w in ends)


def base_of_joined(lowers: list[str], start: int, i: int) -> bool:
    """Whether word i is a base-form verb after two things joined by "and" that open its clause
    ("A boy and a girl play in the sand.", "Cups and saucers stand."): the joined subject is
    plural, so its verb takes the base form; a singular noun's base-form neighbour would be a
    compound ("a lamp post"), so each part is a determiner and one noun, or the last is a plural,
    and the two words make no known closed compound ("lamppost")."""
    w, clause = lowers[i], lowers[start:i]
    if not (lexicon.can_be_verb(w) and not w.endswith(("s", "ed", "ing")) and joined_subject(clause)):
        return False
    if w in lexicon.load().colors or lexicon.can_be_adjective(w) and not lexicon.can_be_noun(w):
        return False
    if lexicon.known_word(clause[-1] + w):
        return False  # "a bench and a lamp post": the two words are one noun ("lamppost")
    return plural(clause[-1]) or all(len(part) == 2 and part[0] in DETERMINERS for part in _parts(clause))


def _parts(clause: list[str]) -> tuple[list[str], list[str]]:
    k = clause.index("and")
    return clause[:k], clause[k + 1:]


#: prepositions after which "her" owns what follows as a rule ("a woman with her dogs", "a photo of her cats")
_OWNING = frozenset("with without of for like about".split())  # not "to", "from": "next to her", "across from her"
#: verbs of a change or a reach over a range, said before "from ... to" ("shifts", "fades", "stretches")
_CHANGE_VERBS = frozenset("shift change transition fade turn move range vary stretch extend run go blend flow span "
                          "progress grade graduate darken lighten deepen brighten dim cool warm soften melt merge drift "
                          "sweep slope rise fall climb descend increase decrease grow shrink narrow widen taper alternate "
                          "switch repeat evolve morph wind curve bend lead pass travel cycle shade".split())


def object_her(lowers: list[str], i: int) -> bool:
    """"her" right after a preposition of place, before the -s word at i and its object's article ("The mirror
    behind her mirrors the lamp"): the preposition's object, not an owner; "her mirrors the lamp" is no noun
    phrase. After "with" or "of" she owns it ("A woman with her dogs a few steps behind")."""
    return i >= 2 and lowers[i - 1] == "her" and lowers[i - 2] in PREPOSITIONS - _OWNING


def shift_from_to(lowers: list[str], start: int, i: int) -> bool:
    """An -s word after a subject opened by a determiner and its "of" phrase, right before "from" with a "to"
    after it ("The tone of the painting transitions from warm to cool"): a change over a range, said by a verb;
    a noun there would leave "from ... to" nothing to go with. A verb of change or reach, or any after a plural
    (no compound's first word): "A map of bus routes from the airport to downtown" names where they go."""
    subject = lowers[start:i]
    return lowers[i].endswith("s") and i + 1 < len(lowers) and lowers[i + 1] == "from" and "to" in lowers[i + 2:] and \
        (bool(set(lexicon.verb_lemmas(lowers[i])) & _CHANGE_VERBS) or plural(lowers[i - 1])) and \
        bool(subject) and subject[0] in DETERMINERS and "of" in subject and \
        not (PREPOSITIONS - {"of"}) & set(subject) and lexicon.can_be_noun(lowers[i - 1])
