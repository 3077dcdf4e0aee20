"""The shot a caption note gives: the camera's angle or distance ("eye-level", "close-up",
"overhead", "low-angle", "aerial", "wide shot"). A guideline asks for it, and a caption that
leaves it out loses a fact about the whole picture while every other word of the note is there,
so the share of a note's words found says nothing of it. The draft may say the shot in any
sentence (it is the picture's, not one thing's), in any of its forms ("eye level", "at eye
level"); a note whose shot no sentence says is dropped, check tier: "from above" for "overhead"
is a judgement the words cannot settle."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import sentences

#: each shot, with the forms that say it (lower case; hyphens and spaces alike): general
#: photographic vocabulary, no row's words
SHOTS: dict[str, tuple[str, ...]] = {
    "eye-level": ("eye level", "eye-level", "eyelevel"),
    "close-up": ("close up", "close-up", "closeup", "macro"),
    "overhead": ("overhead", "top down", "top-down", "bird's eye", "birds eye", "bird's-eye", "from above",
                 "high angle", "high-angle"),
    "low-angle": ("low angle", "low-angle", "from below", "worm's eye", "worm's-eye"),
    "aerial": ("aerial", "from the air"),
    "wide": ("wide shot", "wide-angle", "wide angle", "wide view", "long shot", "panoramic", "panorama", "wide-shot"),
    "medium": ("medium shot", "medium-shot", "mid shot", "mid-shot", "medium close", "medium view"),
    "full": ("full shot", "full-shot", "full length", "full-length", "full body", "full-body"),
}
#: forms that say a shot in a draft but do not give one in a note: "light from above" is no camera's place
_DRAFT_ONLY = frozenset({"from above", "from below", "from the air", "full length", "full body"})


def _norm(form: str) -> str:
    return re.sub(r"[\s-]+", " ", form.lower())


#: each form, spaces and hyphens alike, to its shot
_FORMS = {_norm(form): shot for shot, forms in SHOTS.items() for form in forms}
_FORM_RE = re.compile(r"(?<![\w'])(" + "|".join(re.escape(f).replace(r"\ ", r"[\s-]+")
                                                 for f in sorted(_FORMS, key=len, reverse=True)) + r")(?![\w'])", re.I)


def _forms(text: str) -> list[str]:
    """The shot forms a text writes, each as `_FORMS` keys it."""
    return [_norm(m.group(1)) for m in _FORM_RE.finditer(text)]


@lru_cache(maxsize=8192)
def shots(text: str) -> frozenset[str]:
    """The shots a text names ("An eye-level close-up ..." -> eye-level, close-up)."""
    return frozenset(_FORMS[f] for f in _forms(text))


@lru_cache(maxsize=4096)
def note_shots(note: str) -> frozenset[str]:
    """The shots a note gives, by the forms that name a camera's shot only."""
    return frozenset(_FORMS[f] for f in _forms(note) if f not in _DRAFT_ONLY)


def shot_dropped(note: str, draft_text: str) -> str | None:
    """The note's shot no sentence of the draft says ("eye-level"), or None."""
    mine = note_shots(note)
    if not mine:
        return None  # most notes give no shot: the draft is not read
    lost = sorted(mine - draft_shots(draft_text))
    return ", ".join(lost) if lost else None


@lru_cache(maxsize=256)
def draft_shots(text: str) -> frozenset[str]:
    """`shots` of a draft, read sentence by sentence (each remembered by its text: the next draft keeps
    most). The same as the whole text's when it has no line break: its sentences are then the text but
    for spaces after a stop, which no form runs across, and a space around a form is as no text there."""
    if "\n" in text:
        return shots(text)
    return frozenset().union(*(shots(s.text) for s in sentences(text)))
