"""A place another note gives its own thing, said of this note's thing (`place_taken`).

"A bench next to the stone fountain" and "a tall lamp": "A tall lamp is placed next to the stone
fountain" carries every word of the notes, and moves the bench's place to the lamp.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check import binding
from assistant.check.binding import BREAK_CHARS, Phrase, note_phrases, sentence_phrases, window_sentences
from assistant.check.sentence_memo import remembered
from assistant.check.words import Draft
from assistant.text import ARTICLES


_CLAUSE_VERBS = frozenset("is are was were has have stands stand sits sit lies lie".split())
_PLACE_WORDS = frozenset("on in at by over under along across among near between onto into upon next to of top front "
                         "beside behind below above beneath underneath inside atop against corner side edge middle "
                         "center centre".split())
_COPIED = 4  # "next to stone fountain": a place this many words long, not "on floor"


def _plain(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9'-]+", text.lower()) if w not in ARTICLES)


def place_taken(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """A place another note gives its own thing ("a bench next to the stone fountain"), said in its
    words of this note's thing by the sentences that carry it ("A tall lamp is placed next to the stone
    fountain"), where no note puts the two together: the relation moved to another object. Every word is
    a note's, so the content match passes it."""
    subject = note_things(note_text)
    if not sentences or not subject:
        return None
    for s in window_sentences(note_text, draft, sentences):
        said = _place_said(draft, s, subject)
        if said is None:
            continue
        x, y, place = said
        for other in notes:
            owner = note_things(other)
            if other == note_text or not owner or any(o.names(x.head) for o in owner) or not _holds(_plain(other), place):
                continue
            if not any(any(p.names(x.head) for p in ps) and any(p.names(y.head) for p in ps)
                       for ps in map(note_phrases, notes)):
                return (f"the note of the {owner[-1].head.lower} puts it '{' '.join(place)}'; the draft says so of "
                        f"the {x.head.tok.text}")
    return None


@lru_cache(maxsize=4096)
def note_things(note_text: str) -> tuple[Phrase, ...]:
    """The note's own thing: its heading's ("Building: ...") and its body's first ("a brick wall")."""
    lex = lexicon.load()
    end = binding.label_end(note_text)
    body = next((p for p in note_phrases(note_text) if p.head.tok.start >= end and p.head.lower not in lex.partitives
                 and binding.attr_kind(p.head.lower) is None), None)
    return tuple(p for p in (binding.first_object(note_text), body) if p is not None)


def _place_said(draft: Draft, s: int, subject: tuple[Phrase, ...]) -> tuple[Phrase, Phrase, tuple[str, ...]] | None:
    """The sentence's subject, when it names the note's thing, the thing its place ends on and the
    words from the place word to it ("next to stone fountain")."""
    said = _sentence_place(draft.text, s)
    return said if said is not None and any(p.names(said[0].head) for p in subject) else None


@lru_cache(maxsize=4096)
def _sentence_place(text: str, s: int) -> tuple[Phrase, Phrase, tuple[str, ...]] | None:
    """Sentence s's subject, its clause verb, and the place after it (each note of a check asks),
    remembered by the sentence: it reads the sentence's words, phrases and text, and past its end only
    whether an "of" follows a head that ends it (the text right after the sentence is in the key)."""
    after = _AFTER_RE.match(Draft.cached(text).text, Draft.cached(text).sents[s].end).group(0)
    return remembered(_read_place, text, s, after)


_AFTER_RE = re.compile(r"\s*\S{0,3}")
_OF_RE = re.compile(r"\s+of\b")


def _read_place(text: str, s: int) -> tuple[Phrase, Phrase, tuple[str, ...]] | None:
    lex = lexicon.load()
    draft = Draft.cached(text)
    ps = sentence_phrases(text)[s]
    ws = draft.sentence_words(s)
    if not ps:
        return None
    verb = next((i for i, w in enumerate(ws) if w.tok.start >= ps[0].head.tok.end and w.lower in _CLAUSE_VERBS), None)
    if verb is None or any(c in BREAK_CHARS - {","} for c in text[ps[0].head.tok.end : ws[verb].tok.start]):
        return None
    k = verb + 1 + (verb + 1 < len(ws) and ws[verb + 1].lower.endswith("ed"))  # "is placed next to"
    if k >= len(ws) or ws[k].lower not in _PLACE_WORDS:
        return None
    # the thing the place ends on: "the corner of the concrete surface" is the surface
    y = next((p for p in ps if p.head.tok.start > ws[k].tok.start and p.head.lower not in _PLACE_WORDS
              and not _OF_RE.match(text, p.head.tok.end)), None)
    if y is None or y.head.lower in lex.framing or any(c in BREAK_CHARS for c in text[ws[k].tok.start : y.head.tok.end]):
        return None
    place = _plain(text[ws[k].tok.start : y.head.tok.end])
    return (ps[0], y, place) if len(place) >= _COPIED else None


def _holds(body: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(body[i : i + n] == part for i in range(len(body) - n + 1))
