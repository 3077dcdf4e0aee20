"""A note kept only by the sentence of another note that says much the same.

Notes often say a thing twice in other words ("The left fighter is punching the right fighter in the
face with his right glove." / "The right fighter's face is obscured by the left fighter's glove."). A
draft that leaves one of them out keeps most of its words in the other's sentence, so the content
match keeps it: three quarters of its words are enough, for a rewording says some otherwise. When
every sentence carrying the note is another note's, copied in its order, no word of this note was
reworded there: those the sentences lack ("punching") are what the draft left out with the note; and
where its words are found only across several such sentences ("circles in foreground blurry" from
"wheels in foreground" and "green circles in background blurry"), no sentence says it. A look (check
tier): the notes may say one fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import first_object, note_phrases, window_sentences
from assistant.check.words import Draft, note_key
from assistant.check.worn import first_word
from assistant.text import ARTICLES

#: Share of a note's words (articles left out) a sentence must hold in the note's order, and of the
#: sentence's words the note must hold, for the sentence to be that note copied.
_COPIED = 0.8
_MIN_WORDS = 5


@lru_cache(maxsize=8192)
def plain_words(text: str) -> tuple[str, ...]:
    """The words, lower-cased, articles left out ("a green light" and "green light" read alike)."""
    return tuple(w for w in re.findall(r"[\w'’-]+", text.lower()) if w not in ARTICLES)


def _in_order(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many of `a`'s words `b` holds in the same order (a longest common subsequence)."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            cur[j] = prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]


@lru_cache(maxsize=8192)
def copies(note_text: str, sentence: str) -> bool:
    """The sentence is the note, copied: each holds nearly all of the other's words in one order."""
    mine, said = plain_words(note_text), plain_words(sentence)
    if len(mine) < _MIN_WORDS or not said:
        return False
    common = _in_order(mine, said)
    return common >= _COPIED * len(mine) and common >= _COPIED * len(said)


@lru_cache(maxsize=256)
def _copying(text: str, notes: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """For each sentence of the draft, the notes it copies (`copies`): every note of a check asks."""
    long = tuple(n for n in notes if len(plain_words(n)) >= _MIN_WORDS)  # a shorter note copies no sentence
    return tuple(_copied_notes(s.text, long) for s in Draft.cached(text).sents) if long else (frozenset(),) * len(
        Draft.cached(text).sents)


@lru_cache(maxsize=8192)
def _copied_notes(sentence: str, notes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(n for n in notes if copies(n, sentence))


def said_only_by_another(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...]) -> str | None:
    """The note's content words missing from the sentences that carry it, where each of those
    sentences is another note copied and none copies this note."""
    if not sentences:
        return None
    key = note_key(note_text)
    units = key.colors + key.directions + key.content
    copying = _copying(draft.text, notes)
    if any(not copying[s] - {note_text} for s in window_sentences(note_text, draft, sentences)):
        return None  # a carrying sentence copies no other note (mostly none does): what follows finds none either
    if any(note_text in copying[s] and all(any(draft.sent_of[i] == s for i in draft.where(u)) for u in units)
           for s in range(len(draft.sents))) or note_text not in notes and any(
            copies(note_text, t.text) and all(any(draft.sent_of[i] == s for i in draft.where(u)) for u in units)
            for s, t in enumerate(draft.sents)):
        return None  # a sentence of its own ("green circles in the background" is no copy of "circles in the foreground")
    window = window_sentences(note_text, draft, sentences)
    others = [next((n for n in notes if n != note_text and n in copying[s]), None) for s in window]
    if not others or None in others:
        return None
    lo, hi = draft.first[window.start], draft.first[window.stop]
    held = {u: {draft.sent_of[i] for i in draft.where(u) if lo <= i < hi} for u in units}
    critical = key.colors + key.directions
    lost = [u for u in critical + [c for c in key.content if _thing_word(c)] if not held[u]]
    if lost:
        return (f"the sentence that carries it is another note's ({others[0][:60]!r}); the note's "
                f"{', '.join(repr(u) for u in lost)} is said by none of them")
    thing = first_object(note_text)
    elsewhere = [u for u in critical if held[u] and not held[u] & _naming(draft, window, _owner_of(note_text, u, thing))]
    if thing is not None and elsewhere:
        return (f"its words are pieced together from other notes' sentences ({' / '.join(repr(o[:40]) for o in others)}); "
                f"its {', '.join(elsewhere)} is said there of another thing")
    return None


#: nouns of a place in the picture, no thing of the note's ("in the top left corner")
_PLACE_NOUNS = frozenset("corner side frame edge area part portion section image picture photo scene".split())


def _owner_of(note_text: str, unit: str, thing) -> str | None:
    """The thing a note's colour or side is said of: the last thing named before it ("man on left, boy on
    right": the right is the boy's), else the note's first thing."""
    at = note_text.lower().find(unit)
    things = [p for p in note_phrases(note_text) if p.head.lower not in _PLACE_NOUNS
              and p.head.lower not in lexicon.load().directions]
    within = [p for p in things if first_word(p).tok.start <= at < p.head.tok.end]
    before = within or [p for p in things if p.head.tok.end <= at]  # "blue van": the colour inside its thing's phrase
    return before[-1].head.lower if before else thing.head.lower if thing is not None else None


def _naming(draft: Draft, window: range, head: str | None) -> set[int]:
    """The sentences of `window` that name `head`."""
    return {s for s in window if head is not None and any(draft.sent_of[i] == s for i in draft.where(head))}


def _thing_word(unit: str) -> bool:
    """A word that names a thing or says how it is ("sculpture", "base", "central"), not what it does
    ("punching", "obscured"): two notes of one fact say that in other words."""
    return (lexicon.can_be_noun(unit) or lexicon.can_be_adjective(unit)) and not unit.endswith(("ing", "ed"))
