"""Subjects that take a plural verb though their last word is singular: the verb finder
(assistant/check/clauses.py) reads a base form after them as their verb ("the stripes of the flag
curve around", "the books and the block stand on a shelf")."""

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
