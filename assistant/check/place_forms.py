"""A note's place kept in words but not as a place.

The content match passes both of these, every word being there:
- a place beside a thing said as the thing's part: "right of flower, another flower blooming" drafted
  "The right of the flower, another flower in midst of blooming", "in front of the shed, a bike" drafted
  "The front of the shed, a bike": "the right of the flower" is a part of that flower, and the second
  flower is no longer placed beside it (`place_made_part`; the offline mends and the model both write it);
- a place cut off into a sentence of its own: "In the top left corner of the frame, a collection of
  caps adds colour" drafted "In the top left corner of the frame. A collection of caps adds colour.":
  the sentence places nothing, and the caps are no longer placed (`place_cut_off`).
Both are looks (check tier): the draft's words are literal, but a reader may still join them up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import window_sentences
from assistant.check.words import Draft

#: The words a note puts before a side word when it places a thing by another ("to the left of the car",
#: "in front of the shed", "on top of the box"), and, for left and right, none ("right of flower").
_PLACING = {"left": r"(?:to\s+the|on\s+the|to|just|further|directly|slightly|far)\s+$",
            "right": r"(?:to\s+the|on\s+the|to|just|further|directly|slightly|far)\s+$",
            "front": r"\bin\s+$", "top": r"\bon\s+$"}
_SIDE = re.compile(r"\b(left|right|front|top)(?=\s+of\b)", re.I)
_BARE = re.compile(r"(?:^|[,;:(]|\band|\bwhile)\s*$", re.I)
_THEN_THING = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,", re.I)


@lru_cache(maxsize=4096)
def _note_places(note_text: str) -> frozenset[str]:
    """The sides the note uses as places by another thing ("right of flower", "to the left of the car",
    "in front of the shed"). Not one the note itself says as a part ("the right of the building is dark")."""
    out, parts = set(), set()
    for m in _SIDE.finditer(note_text):
        side, before = m.group(1).lower(), note_text[max(0, m.start() - 20):m.start()]
        # bare, only before a comma and the thing placed: "left of car dented" is the car's side
        bare = side in ("left", "right") and _BARE.search(before) and _THEN_THING.match(note_text, m.end())
        if re.search(_PLACING[side], before, re.I) or bare:
            out.add(side)
        elif re.search(r"\bthe\s+$", before, re.I):
            parts.add(side)
    return frozenset(out - parts)


_AS_PART = re.compile(r"^\s*the\s+(left|right|front|top)\s+of\s+(?:(?:the|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?"
                      r"([\w'’-]+)(?=\s*,)", re.I)
_PICTURE = frozenset("frame image picture photo photograph shot scene view composition illustration".split())


def place_made_part(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A side the note places a thing by another with ("right of flower", "in front of the shed"),
    which a sentence carrying the note opens with as a thing of its own, a comma and another thing ("The
    right of the flower, another flower ...", "The front of the shed, ..."): a part of that thing, not a
    place beside it. Not "The left of the frame" (the picture's side is the place the note means), nor
    a bare side the note says something of ("left of car dented": "The left of the car is dented")."""
    sides = _note_places(note_text) if sentences else frozenset()
    if not sides:
        return None
    framing = lexicon.load().framing | _PICTURE
    for s in window_sentences(note_text, draft, sentences):
        m = _AS_PART.match(draft.sents[s].text)
        if m and m.group(1).lower() in sides and m.group(2).lower() not in framing:
            return (f"the note places a thing {m.group(1).lower()} of the {m.group(2)}; the draft's "
                    f"'{m.group(0).strip()}' makes that side a part of the {m.group(2)}, not a place beside it")
    return None


_ARTICLES = frozenset({"a", "an", "the"})
_PREPOSITIONS = frozenset("in on at to near along across behind above below under beneath beside by inside outside "
                          "atop over against toward towards".split())


def _plain(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[\w'’-]+", text.lower()) if w not in _ARTICLES)


@lru_cache(maxsize=4096)
def _note_openings(note_text: str) -> tuple[tuple[str, ...], ...]:
    """The note's place phrases set off by commas with more of the note after them: "In the top
    left corner of the frame, a collection ..." gives ("in", "top", "left", "corner", "of", "frame")."""
    pieces = [p for p in re.split(r"[,;]", note_text)]
    out = []
    for k, piece in enumerate(pieces[:-1]):
        words = _plain(piece)
        rest = _plain(" ".join(pieces[k + 1:]))
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
        if _plain(text) in openings and not re.search(r"[,;]", text.strip().rstrip(".!?")):
            return f"the draft's '{text.strip()}' is a place said of nothing; the note places a thing there"
    return None
