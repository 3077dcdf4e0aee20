"""A caption's direction that says a note's relation from the other side (issue 23, check23al).

"Tall trees stand in front of a pale grey sky" says the note's "a pale grey sky is behind the
trees": the note's relation, its two things swapped and the direction turned (`relations.said_conversely`).
The direction counts as said, not missing, and its words are the note's, not an unsupported swap.
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check import relations
from assistant.check.sentence_memo import by_sentences
from assistant.check.words import Draft, note_words


def conversed_words(note_text: str, draft: Draft) -> str:
    """The draft's direction words that say the note's relation from the other side ("in front" of
    "the trees in front of the sky" for "the sky behind the trees"), joined: support for them."""
    wanted = _opposites(note_text)
    if not wanted:
        return ""  # most notes give no direction: no draft word to read
    said = sorted(i for d in wanted for i in draft.saying(d, 0, len(draft.words)) if draft.words[i].direction == d)
    return " ".join(draft.words[i].tok.text for i in said if _conversely(draft, i, note_text))


@lru_cache(maxsize=4096)
def _opposites(note_text: str) -> frozenset[str]:
    """The directions opposite the note's own (every check asks, of every note)."""
    opposites = lexicon.load().direction_opposites
    return frozenset(o for w in note_words(note_text) if w.direction for o in opposites.get(w.direction, ()))


def not_conversed(missing: list[str], directions: list[str], draft: Draft, at: range, note_text: str) -> list[str]:
    """`missing` without the note's `directions` that the draft's words at flat indices `at` say from
    the other side."""
    conversed = {draft.words[i].direction for i in at if draft.words[i].direction and _conversely(draft, i, note_text)}
    opposites = lexicon.load().direction_opposites
    return [u for u in missing if not (u in directions and opposites.get(u, frozenset()) & conversed)]


def _conversely(draft: Draft, i: int, note_text: str) -> bool:
    """`relations.said_conversely` of one note, remembered by the word's sentence and its place there:
    it reads that sentence's relations and phrases, and the text between them."""
    s = draft.sent_of[i]
    return by_sentences("conversely", (note_text, draft.said(s, s + 1), i - draft.first[s]),
                        lambda: relations.said_conversely(draft, i, [note_text]))
