"""A list's last item cut off from its verb into a "There is" sentence of its own.

"The man ... is wearing a red cap, blue jeans, and a white t-shirt with an orange design" drafted
"The man ... is wearing a red cap, blue jeans. There is a white t-shirt with an orange design." keeps
every word, but nothing wears the t-shirt any more: the sentence only says that one exists. A note's
list that hangs on a verb or preposition ("wearing", "holding", "with") and is cut between two of its
items, where a draft sentence that ends with the one item is followed by "There is/are" and the
next, loses what binds the cut items. A list of things a picture shows ("shows a car, a man ..., and a
man ...") says no more than "there is": those cuts pass. A look (check tier).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.check.words import Draft

_THERE_RE = re.compile(r"^There (?:is|are) (?:(?:a|an|the|some)\s+)?(\S+(?:\s+\S+)?)", re.I)
#: Words a list of what the picture holds hangs on: cutting it into "There is" sentences says the same.
_SHOWING = frozenset("""shows show showing showcases showcasing features featuring captures capturing depicts depicting
includes including contains containing displays displaying reveals revealing see seen visible there are is""".split())
#: Words a list hangs on that bind its items to a thing: "wearing A, B, and C", "holding", "with".
_BINDING = frozenset("""wearing wears wear holding holds hold carrying carries carry with w/ has have having sporting
sports dressed clad adorned decorated topped filled covered""".split())
#: Words that end a bare item list going back: its items are things, not places or clauses ("a man in a
#: white t-shirt standing on the grass" is a clause of its own, which "There is a man ..." may restate).
_NOT_ITEMS = frozenset("""in on of at by near behind under over above below beside from to into onto for against across
along around between among beneath inside outside through toward towards while who which that where""".split())
_SEPARATORS = (", and ", ", + ", ", ", " and ", " + ")
_WORD_RE = re.compile(r"[\w'’/-]+|[,;:.]")


def item_cut_off(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The evidence when a sentence carrying the note is a "There is" sentence that opens with an item
    of a note's bound list whose item before it ends the sentence before (see the module's doc)."""
    low = note_text.lower()
    for s in sentences:
        m = _THERE_RE.match(draft.sents[s].text)
        if m is None or s == 0:
            continue
        before = _WORD_RE.findall(draft.sents[s - 1].text.lower())
        before = [w for w in before if w not in (".", ";", ":")][-2:]
        item = m.group(1).lower().rstrip(".,")
        for sep in _SEPARATORS:
            for det in ("", "a ", "an ", "the ", "some "):
                at = low.find(f"{' '.join(before)}{sep}{det}{item}")
                if before and at >= 0 and (verb := bound_by(low[:at])):
                    return (f"the note lists '{item}' after '{verb}'; the draft cuts it off into '{m.group(0)}', "
                            f"where nothing binds it")
    return None


@lru_cache(maxsize=4096)
def bound_by(before: str) -> str | None:
    """The word the list before the cut hangs on, when it binds its items, at least one comma lies
    between it and the cut (the list has an item before the one the cut follows) and the items between
    are bare things (no place word, clause or participle)."""
    words = _WORD_RE.findall(before)
    commas = 0
    for w in reversed(words):
        if w == ",":
            commas += 1
        elif w in _SHOWING:
            return None
        elif w in _BINDING:
            return w if commas else None
        elif w in (".", ";", ":") or w in _NOT_ITEMS or w.endswith("ing"):
            return None
    return None
