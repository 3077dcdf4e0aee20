"""Camera-view phrases ("close-up view", "looking down medium shot"): where the camera stood, not where a
thing is or what it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.check.words import Word


#: Nouns that end a camera-view phrase, and the words such a phrase is made of besides directions.
_VIEW_NOUNS = frozenset({"view", "shot", "angle", "perspective"})
_VIEW_WORDS = frozenset({"looking", "close", "up", "medium", "long", "wide", "extreme", "eye", "bird's", "worm's", "level",
                         "outdoor", "indoor", "aerial", "low", "high"})
#: Of those, the words that say something of the scene itself: content even in a view phrase.
SCENE_WORDS = frozenset({"outdoor", "indoor"})


def in_camera_view(ws: list[Word], i: int, text: str) -> bool:
    """The word at `i` is part of a camera-view phrase that ends in "view" or "shot"
    ("close-up view", "looking down medium shot", "long-shot bird's-eye view"): it says where
    the camera stood, not where a thing is or what it is: no position or content word of a note
    (the shot is judged once for the caption, `framing.shot_dropped`, a check-tier look)."""
    if i >= len(ws) or not (ws[i].direction or ws[i].lower in _VIEW_WORDS):
        return False
    for k in range(i + 1, min(i + 6, len(ws))):
        if text[ws[k - 1].tok.end:ws[k].tok.start].strip(" -"):
            return False  # a comma or a full stop ends the phrase: "a dog at the top, close-up shot"
        if ws[k].lower in _VIEW_NOUNS:
            return True
        if not (ws[k].direction or ws[k].lower in _VIEW_WORDS):
            return False
    return False
