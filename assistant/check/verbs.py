"""A doer, its verb and the thing it acts on, told apart where the words alone leave it open:
"flies", "holds", "plants" are nouns as well as verbs, and the phrase reader (binding.py) would read
"a yellow girl flies a kite" as one thing "yellow girl flies"."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.words import Word

#: Words that open the thing a verb acts on: "a girl flies a kite", "a man holds his hat".
_OBJECT_OPENERS = frozenset("a an the his her its their".split())


def acts_on(w: Word, after: Word) -> bool:
    """Whether `w`, after a noun and right before `after` (no break between: "Bluebonnet plants: A
    few ..." is a heading), is a verb's -s form acting on the thing `after` opens: no noun phrase
    reads "girl flies a", so the noun, the verb and the determiner are a doer, a verb and the start
    of another thing."""
    if after.lower not in _OBJECT_OPENERS or not w.lower.endswith("s") or w.color or w.direction:
        return False
    return any(v != w.lower for v in lexicon.verb_lemmas(w.lower))
