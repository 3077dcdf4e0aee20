"""Where a sentence stops that its clause cannot: on a verb that needs a complement, on "is
placed" with no place, on a preposition, an article or "and". The prose figures call such a
sentence a fragment (assistant/check/prose.py)."""

from __future__ import annotations

from assistant.text import tokenize, unfinished

#: a sentence does not end on these: a preposition that needs its object, an article, a joining word
_NEVER_LAST = frozenset("a an the and or but with of at from into onto for than its their my our your "
                        "whose which".split())
#: participles that need a place after them: "The sofa is placed." stops mid-clause
NEEDS_PLACE = frozenset("placed located positioned situated mounted perched propped fixed kept "
                        "stored".split())
_BE = frozenset("is are was were be been being am".split())
#: prepositions (`clauses` reads them too): after a place among them "is placed" has its place
PREPOSITIONS = frozenset("of with in on at under over above below behind beside near into onto from against along "
                         "across through between among inside outside atop beneath underneath by".split())


def dangling(sentence: str) -> bool:
    """Whether `sentence` stops where its clause cannot: on a verb that needs a complement ("A
    grey sofa is.", `text.unfinished`), on "is placed" / "are located" with no place, or on a
    preposition, an article or "and" ("A fruit bowl with.")."""
    if unfinished(sentence):
        return True
    if sentence.rstrip().rstrip(".!?").rstrip()[-1:] in ('"', "”"):
        return False  # 'a character that translates to "The".': the quotation's word, not the clause's
    lowers = [t.lower for t in tokenize(sentence) if t.text[:1].isalnum() or t.text[:1] == "'"]
    if not lowers:
        return False
    if lowers[-1] in _NEVER_LAST:
        return True
    # "... on which two cats are placed": the place came before, in the relative clause
    # ("At the left, a hook is attached.": the place came first)
    return len(lowers) > 1 and lowers[-1] in NEEDS_PLACE and lowers[-2] in _BE and \
        not {"which", "where", "whom"} & set(lowers) and not (PREPOSITIONS - {"of", "with"}) & set(lowers)
