"""A plural said as the subject of a verb that may also be a noun: "Cars and people dot the hill.", "People walk
their dog.". The draft's phrase reader takes "people dot" and "people walk" for one noun, so the plural is no
thing's head there and a count change ("person" in the note) passed (review50's leftovers, issue 23).

The plural is a subject where the next word may be a verb in its plural present form (its own lemma: "dot",
"walk", "crowd") and the word after that opens a noun phrase ("the", "their", "a"): a compound noun is not
followed by a determiner.
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check.word_forms import DETERMINERS, plural
from assistant.check.words import Draft, read_sentence


def subjects(draft: Draft, s: int) -> list[str]:
    """The plurals of sentence s that are the subject of the verb right after them (lower-cased)."""
    return list(_subjects(draft.sents[s].text))


@lru_cache(maxsize=4096)
def _subjects(sentence: str) -> tuple[str, ...]:
    ws = read_sentence(sentence)[0]
    return tuple(w.lower for k, w in enumerate(ws[:-2]) if not w.is_stop and plural(w.lower)
                 and _base_verb(ws[k + 1].lower) and ws[k + 2].lower in DETERMINERS)


def _base_verb(low: str) -> bool:
    """A verb's plain form ("dot", "walk"), whatever else the word may be."""
    return lexicon.is_verb_base(low) and lexicon.can_be_verb(low)
