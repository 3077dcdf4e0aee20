"""One thing given two opposite sides: "The wrestler's left right leg".

Two notes about a pair told apart by side ("wrestler's left leg, clad in black socks" / "her right
leg bent at knee") merged into one sentence can come out as one thing with both sides ("The
wrestler's left right leg, clad in black socks ..., is bent at the knee"). Every word of both notes is
there and each side word is counted as often as the notes count it, so nothing else shows it. Two
opposite side words standing together before the thing a note names with one of them, where no note
says them together, is certain: the draft's words say the thing is on both sides at once.
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import is_noun, same_head
from assistant.check.endings import PREPOSITIONS
from assistant.check.words import Draft, Word, note_words


def sides_stacked(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...]) -> str | None:
    """The evidence when a sentence carrying the note puts two opposite side words before the thing the
    note names with one of them ("left right leg" for the note's "left leg"), or None."""
    sided = _sided(note_text)
    if not sided or not sentences:
        return None
    for s in sentences:
        for first, second, thing in _stacked(draft.text, s):
            named = next((f"{side} {t.tok.text}" for side, t in sided
                          if same_head(thing, t) and side in (first.direction, second.direction)), None)
            if named and not any(_says_both(n, first.direction, second.direction) for n in notes):
                return (f"the note has the {named}; the draft says '{first.tok.text} {second.tok.text} "
                        f"{thing.tok.text}': one {thing.tok.text} on both sides")
    return None


@lru_cache(maxsize=4096)
def _sided(note_text: str) -> tuple[tuple[str, Word], ...]:
    """The note's things named with a side right before them ("left leg"): (side, thing)."""
    ws = note_words(note_text)
    return tuple((w.direction, nxt) for w, nxt in zip(ws, ws[1:])
                 if w.direction and _opposites(w.direction) and is_noun(nxt) and not nxt.direction and not nxt.is_stop)


def _opposites(direction: str) -> frozenset[str]:
    return lexicon.load().direction_opposites.get(direction, frozenset())


@lru_cache(maxsize=1024)
def _stacked(text: str, s: int) -> tuple[tuple[Word, Word, Word], ...]:
    """Two opposite side words side by side, then a thing: ("left", "right", "leg"); not a preposition and
    the side of the thing it places ("behind front door": behind the front door)."""
    ws = Draft.cached(text).sentence_words(s)
    return tuple((a, b, c) for a, b, c in zip(ws, ws[1:], ws[2:])
                 if a.direction and b.direction and b.direction in _opposites(a.direction) and a.lower not in PREPOSITIONS
                 and b.tok.start - a.tok.end == 1 and is_noun(c) and not c.direction)


@lru_cache(maxsize=4096)
def _says_both(note_text: str, a: str | None, b: str | None) -> bool:
    ws = note_words(note_text)
    return any({w.direction, v.direction} == {a, b} and v.tok.start - w.tok.end == 1 for w, v in zip(ws, ws[1:]))
