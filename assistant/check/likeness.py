"""What a likeness shows stays inside it: a note's "a painting of a lighthouse, + a sailor waving"
lists the sailor in the painting; a caption that splits the list and opens a sentence with "A sailor
waving ..." makes him a real sailor (the object changed in kind). Every word is the note's, so the
content match passes it. Check tier: a reader may still take the sentence the note's way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.words import Draft
from assistant.text import ARTICLES

#: Likenesses beyond the lexicon's: a shadow shows a thing as a painting does, it is not the thing.
_ALSO = frozenset({"shadow"})
_OPENING = 2  # the sentence opens with this many of the listed thing's words
_REACH = 8  # the listed thing within this many words of the likeness's "of"
_VERBS = frozenset("is are was were has have".split())
_QUOTES = frozenset('"“”')


def _plain(text: str) -> tuple[str, ...]:
    """Lower-cased words, articles left out, "+" and "&" read "and", quote marks kept: a quote is
    no thing ('the letters "B", "M", and "W" upside down')."""
    words = re.findall(r"[a-z0-9'-]+|[+&\"“”]", text.lower())
    return tuple("and" if w in "+&" else w for w in words if w not in ARTICLES)


def is_likeness(word: str) -> bool:
    """A thing that shows another ("statue", "paintings", "shadow"), not the thing it shows."""
    kinds = lexicon.load().representations | _ALSO
    return word in kinds or bool(lexicon.lemmas(word) & kinds)


def _same_kind(word: str, kind: str) -> bool:
    return word == kind or bool(lexicon.lemmas(word) & lexicon.lemmas(kind))


@lru_cache(maxsize=4096)
def _listed_in(note_text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The things the note lists after "<likeness> of <thing>", with the likeness: ("shadows",
    ("person", "falling", ...)) for "shadows of a bicycle, + a person falling on the wall"."""
    body = _plain(note_text)
    out = []
    for i, w in enumerate(body[:-2]):
        if body[i + 1] != "of" or not is_likeness(w):
            continue
        for j in range(i + 3, min(len(body) - _OPENING, i + 2 + _REACH)):
            if body[j] in _VERBS or body[j] in _QUOTES:
                break
            if body[j] == "and":
                out.append((w, body[j + 1 :]))
                break
    return tuple(out)


def split_off(note_text: str, draft: Draft) -> str | None:
    """A draft sentence that opens with a thing the note lists in a likeness and does not name that
    likeness (another, "a light reflection", may be there)."""
    listed = _listed_in(note_text)
    if not listed:
        return None
    for sentence in draft.sents:
        words = _plain(sentence.text)
        for kind, thing in listed:
            if words[:_OPENING] == thing[:_OPENING] and not any(_same_kind(w, kind) for w in words):
                return (f"the note's {thing[0]} is in the {kind} it lists it with; the draft's sentence "
                        f"'{' '.join(words[:4])} ...' makes it a {thing[0]}")
    return None
