"""Spatial terms and colours: left/right, top/bottom, ... must survive, and a draft may not
state a direction more often than the notes do (a swap hides behind another mention)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.check.report import Span

if TYPE_CHECKING:
    from assistant.check.words import Draft, Key, Word


def missing_critical(key: "Key", draft: "Draft", lo: int, hi: int) -> list[str]:
    """The note's colours and directions absent from sentences lo..hi-1."""
    ws = draft.words[draft.first[lo] : draft.first[hi]]
    colors = {w.color for w in ws if w.color}
    directions = {w.direction for w in ws if w.direction}
    return [c for c in key.colors if c not in colors] + [d for d in key.directions if d not in directions]


def critical_positions(unit: str, draft: "Draft", a: int, b: int) -> list[int]:
    """Flat indices a..b-1 whose colour or direction is `unit` (no synonyms for these)."""
    return [i for i in range(a, b) if unit in (draft.words[i].color, draft.words[i].direction)]


def counted_direction(w: "Word", negated: bool = False) -> list[str]:
    """The direction a word adds to the draft's count; a negated one ("not on the left") none."""
    return [w.direction] if w.direction and not negated else []


def surplus(draft: "Draft", support: "list[Word]", sentence_notes: list[list[str]],
            note_units: dict[str, set[str]], already: list[Span],
            counted: Callable[..., list[str]], label: Callable[[str], str]) -> list[Span]:
    """Units (directions, negations) the draft states more often than the notes do.

    A swap ("left" -> "right") is invisible to a note whose window still holds another
    "left", and an added "not" may govern only function words ("are not on either side");
    counted over the whole text both always show: one "right" or one negation too many.
    The surplus is marked where no note of that sentence has the word, else the latest.
    `note_units` maps each note id to the units its own text has.
    """
    allowed: dict[str, int] = {}
    for w in support:
        for unit in counted(w):
            allowed[unit] = allowed.get(unit, 0) + 1
    taken = [(u.start, u.end) for u in already]
    found: dict[str, list[tuple[int, Word]]] = {}
    for i, w in enumerate(draft.words):
        for unit in counted(w, negated=i in draft.negated):
            found.setdefault(unit, []).append((draft.sent_of[i], w))
    spans: list[Span] = []
    for unit, where in found.items():
        extra = len(where) - allowed.get(unit, 0)
        if extra <= 0:
            continue
        ranked = sorted(where, key=lambda sw: (any(unit in note_units.get(n, ()) for n in sentence_notes[sw[0]]),
                                               -sw[1].tok.start))
        for _, w in ranked[:extra]:
            if not any(a <= w.tok.start < b for a, b in taken):
                spans.append(Span(text=w.tok.text, start=w.tok.start, end=w.tok.end,
                                  reason=f"{label(unit)} appears {len(where)} times in the draft, "
                                  f"{allowed.get(unit, 0)} in the notes", tier="certain"))
    return spans
