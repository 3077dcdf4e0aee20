"""A colour's own lightness (issue 23): black is dark, so "dark" said of a thing the notes call black
("a dark black frame", "a dark door" for their "black door") states no fact of its own. "dark" of a
thing the notes give another colour ("dark green" for "green"), or of another thing, still does."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.words import Word

#: Colours that are dark by what they are (canonical forms).
_DARK_COLOURS = frozenset({"black"})
_LOOK_AHEAD = 3  # "a dark wrought iron gate": the thing within this many words after "dark"


def dark_things(support: list[Word]) -> frozenset[str]:
    """Roots of what the supplied words call black: the content words after each "black", up to a
    few, until a colour, a function word or a number ("a black iron gate": iron, gate)."""
    out: set[str] = set()
    for i, w in enumerate(support):
        if w.color not in _DARK_COLOURS:
            continue
        for x in support[i + 1 : i + 1 + _LOOK_AHEAD]:
            if x.color or x.is_stop or x.number is not None:
                break
            out |= lexicon.roots(x.lower)
    return frozenset(out)


def black_is_dark(ws: list[Word], i: int, b: int, reasons: list[str | None], a: int, things: frozenset[str]) -> bool:
    """The "dark" at flat index `i` (sentence a..b-1) is said of black: right before a supported
    "black", or of a thing the notes call black (`things`, `dark_things`) within the next few words,
    no other colour between."""
    if ws[i].lower != "dark":
        return False
    for k in range(i + 1, min(b, i + 1 + _LOOK_AHEAD)):
        x = ws[k]
        if x.color:
            return x.color in _DARK_COLOURS and reasons[k - a] is None
        if x.is_stop or x.number is not None:
            return False
        if lexicon.roots(x.lower) & things:
            return True
    return False
