"""A side the note gives as a place that the caption turns into something else: "right of car gray
asphalt" written "The right of the car is gray asphalt" (the car's right side is asphalt), or "urn on
left smaller" written "One urn is left smaller" ("left" now says what remains). The words match; the
relation is gone (issue 23: a note is kept only when its object keeps its relations)."""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import attr_kind, is_noun, names_word
from assistant.check.words import Draft, Word, note_words

_SIDES = frozenset({"left", "right"})
_OWNING = frozenset({"the", "its", "their", "his", "her", "our", "my", "your"})
_PLACING = frozenset({"on", "to", "at"})
_COPULAS = frozenset({"is", "are", "was", "were"})
_TOWARDS = frozenset({"to", "on", "at", "from", "toward", "towards", "in", "of"})


def side_unplaced(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The evidence when a carrying sentence makes the note's side of a thing that thing's part
    ("the right of the car is ...") or says the note's "on left" as "is left" before a describing
    word ("is left smaller"); None otherwise."""
    of_things, placed = _sides_of(note_text)
    if not of_things and not placed:
        return None  # no side of a thing and no side placed: nothing of the draft to read
    for s in sentences:
        dw = draft.sentence_words(s)
        for j, w in enumerate(dw):
            if w.lower not in _SIDES or not j:
                continue
            if of_things and (owner := _made_part(dw, j, of_things)):
                return (f"the note puts a thing {w.lower} of the {owner.tok.text}; the draft says it is the "
                        f"{owner.tok.text}'s {w.lower} ('{draft.sents[s].text.strip()}')")
            if w.lower in placed and _said_as_state(dw, j):
                return f"the note's 'on {w.lower}' is no place in '{dw[j - 1].tok.text} {w.tok.text} {dw[j + 1].tok.text}'"
    return None


@lru_cache(maxsize=4096)
def _sides_of(note_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The things the note gives a side of ("left of the car"), and the sides it places ("on left")."""
    ws = note_words(note_text)
    framing = lexicon.load().framing  # "left of image blurry": the image's own side
    of_things = {ws[i + 2].lower for i, w in enumerate(ws[:-2]) if w.lower in _SIDES and ws[i + 1].lower == "of"
                 and (i == 0 or ws[i - 1].lower not in _OWNING) and ws[i + 2].lower not in framing}
    placed = {w.lower for i, w in enumerate(ws) if w.lower in _SIDES and i and ws[i - 1].lower in _PLACING}
    return frozenset(of_things), frozenset(placed)


def _made_part(dw: list[Word], j: int, of_things: set[str]) -> Word | None:
    """The thing of "the right of the car is ...": the side, owned by "the", subject of a copula."""
    if dw[j - 1].lower != "the" or j + 3 >= len(dw) or dw[j + 1].lower != "of" or j > 1 and dw[j - 2].lower in _TOWARDS:
        return None  # "to the right of the car is ...": a place
    k = j + 2 + (dw[j + 2].lower in _OWNING)
    if k + 1 >= len(dw) or not any(names_word(t, dw[k].lower) for t in of_things) or dw[k + 1].lower not in _COPULAS:
        return None
    # a thing, not a state of that side ("the left of the car is dented": the car's side, as a note may say)
    rest = [w for w in dw[k + 2:] if not (w.is_stop or attr_kind(w.lower) in ("colour", "size"))][:1]
    return dw[k] if rest and is_noun(rest[0]) and attr_kind(rest[0].lower) in (None, "material") else None


def _said_as_state(dw: list[Word], j: int) -> bool:
    """"is left smaller": a copula, the side, then a describing word (no "of", no place after it)."""
    if dw[j - 1].lower not in _COPULAS or j + 1 >= len(dw):
        return False
    nxt = dw[j + 1]
    if nxt.is_stop or nxt.direction:
        return False
    return attr_kind(nxt.lower) is not None or lexicon.can_be_adjective(nxt.lower) and not lexicon.can_be_noun(nxt.lower)
