"""A thing named by its kind and then guessed at: "bird on wire, sparrow?", "dog, maybe a lab", "a building
(church?)". The guess names the same thing more narrowly, so a draft that names the sparrow names the bird
(what is lost is the doubt). A list of kinds ("pine trees, green plants, and other trees") is no guess: there
each word names a thing of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant import lexicon

if TYPE_CHECKING:
    from assistant.check.words import Word

_REACH = 2  # the guessed word within this many words of its doubt ("maybe a sparrow", "sparrow?")


def guessed_kinds(ws: "list[Word]", text: str) -> frozenset[str]:
    """The category words of the note that a hedged member of theirs names again: {"bird"} of
    "bird on wire, sparrow?". A member is hedged when a hedge word stands up to two words before it or a
    question mark right after it."""
    out: set[str] = set()
    for i, w in enumerate(ws):
        members = lexicon.kinds_named(w.lower)
        if not members:
            continue
        for k, m in enumerate(ws):
            if k == i or not lexicon.key(m.lower) & members:
                continue
            doubted = any(x.hedge for x in ws[max(0, k - _REACH):k]) or text[m.tok.end:m.tok.end + 2].lstrip(" )").startswith("?")
            if doubted:
                out.add(w.lower)
    return frozenset(out)
