"""A note's place kept in words but not as a place: cut off into a sentence of its own.

"In the top left corner of the frame, a collection of caps adds colour" drafted "In the top left corner
of the frame. A collection of caps adds colour.": every word is there, so the content match passes it,
but the first sentence places nothing and the caps are no longer placed. A look (check tier): the
draft's words are literal, but a reader may still join the two up.

Not judged (tried on development rows and dropped): a side that places one thing by another said as
that thing's part ("right of flower, another flower" drafted "The right of the flower, another flower
..."). The readers who labelled the misses of checker-dev2 and checker-blind3 did not count it where
it came up (it raised no labelled miss and two alarms nobody had asked for): a reader joins it up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.check.binding import window_sentences
from assistant.check.details import plain_words
from assistant.check.words import Draft

_PREPOSITIONS = frozenset("in on at to near along across behind above below under beneath beside by inside outside "
                          "atop over against toward towards".split())


@lru_cache(maxsize=4096)
def _note_openings(note_text: str) -> tuple[tuple[str, ...], ...]:
    """The note's place phrases set off by commas with more of the note after them: "In the top
    left corner of the frame, a collection ..." gives ("in", "top", "left", "corner", "of", "frame")."""
    pieces = re.split(r"[,;]", note_text)
    out = []
    for k, piece in enumerate(pieces[:-1]):
        words = plain_words(piece)
        rest = plain_words(" ".join(pieces[k + 1:]))
        if 2 <= len(words) <= 10 and words[0] in _PREPOSITIONS and rest:
            out.append(words)
    return tuple(out)


def place_cut_off(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A sentence carrying the note that is only one of the note's places, set off in the note by a
    comma from the thing it places ("In the top left corner of the frame." for "In the top left corner
    of the frame, a collection of caps ..."): the place is said of nothing."""
    openings = _note_openings(note_text) if sentences else ()
    if not openings:
        return None
    for s in window_sentences(note_text, draft, sentences):
        text = draft.sents[s].text
        if plain_words(text) in openings and not re.search(r"[,;]", text.strip().rstrip(".!?")):
            return f"the draft's '{text.strip()}' is a place said of nothing; the note places a thing there"
    return None
