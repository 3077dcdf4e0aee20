"""What a note gives its thing stays with that thing in the caption: its parts and the things it is
placed by are said in a sentence that names it (`said_apart`), and what it gives several things is not
given to one of them (`narrowed_to_one`). Every word is in the draft either way, so the content match
passes both; the joins of two things are read by joins.py."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import (Phrase, attr_kind, is_plural, label_end, names_word, note_phrases,
                                     sentence_phrases, window_sentences)
from assistant.check.with_pairs import has_pairs
from assistant.check.words import Draft

_ONE_OF = re.compile(r",\s*one\s+(?:of\s+(?:them|which)\s+)?(?:with|w/|has|having)\b", re.I)


def narrowed_to_one(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """What the note gives several things ("two horses with white manes") given by the sentences that
    carry it to one of them ("two horses, one with white manes"): every word is there, so the content
    match passes it. Not where the note itself says "one"."""
    if not sentences or not _one_of_said(draft.text) or re.search(r"\bone\b", note_text, re.I):
        return None
    pairs = [(a, b) for a, b in has_pairs(note_text, listed=True) if _several(a)]
    for s in window_sentences(note_text, draft, sentences):
        ps = sentence_phrases(draft.text)[s]
        for m in _ONE_OF.finditer(draft.sents[s].text):
            at, end = draft.sents[s].start + m.start(), draft.sents[s].start + m.end()
            x = next((p for p in reversed(ps) if p.head.tok.end <= at), None)
            y = next((p for p in ps if _start(p) >= end), None)
            if x is None or y is None or draft.text[x.head.tok.end:at].strip() or not _several(x):
                continue
            if any(_named(a, x) and _named(b, y) for a, b in pairs):
                return (f"the note gives the {y.head.tok.text} to all the {x.head.tok.text}; the draft to one of "
                        f"them")
    return None


@lru_cache(maxsize=256)
def _one_of_said(text: str) -> bool:
    return bool(_ONE_OF.search(text))


def _several(p: Phrase) -> bool:
    """A phrase that names more than one thing: a number of two or more, or a plural noun."""
    counted = [a.number for a in p.attrs if a.number is not None]
    return bool(counted) and max(counted) >= 2 or not counted and is_plural(p.head.lower)


#: Place words that put a note's thing somewhere (not "of", which names what it is of).
_SETTING = frozenset("on in at by over under along across among amid around near between through onto into upon "
                      "beside behind below above beneath underneath inside atop against".split())
_PRONOUNS = frozenset("it its they them their".split())
_PLURAL_PRONOUNS = frozenset("them their".split())


def said_apart(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A part the note gives its thing ("a wall with a railing"), or the things it places it by ("a
    statue beside the books"), named by the sentences that carry the note only apart from that thing:
    "There is a statue." and another note's "Books are on the shelf." hold every word, but no sentence
    says the statue is by the books. A sentence with "it", "them", ... counts with the one before."""
    targets = _apart_targets(note_text)
    if not sentences or targets is None:
        return None
    thing, parts, place, marks = targets
    window = list(window_sentences(note_text, draft, sentences))
    if len(window) < 2:
        return None  # one sentence names the thing with its part, or leaves one out (other checks say so)
    said = {s: _with_pronoun_sentence(draft.text, s) for s in window}
    mine = [s for s in window if _names_in(thing, said[s])]
    if not mine:
        return None  # the thing itself is gone: objects.object_missing speaks for it
    for part in parts:
        if any(_names_in(part, said[s]) for s in window) and not any(_names_in(part, said[s]) for s in mine):
            return (f"the note gives the {thing.head.tok.text} the {part.head.tok.text}; no sentence that names the "
                    f"{thing.head.tok.text} has it")
    if marks and any(_names_in(m, said[s]) for m in marks for s in window) \
            and not any(_names_in(m, said[s]) for m in marks for s in mine):
        return (f"the note puts the {thing.head.tok.text} {place} the {marks[0].head.tok.text}; no sentence that names "
                f"the {thing.head.tok.text} says so")
    return None


@lru_cache(maxsize=4096)
def _apart_targets(note_text: str) -> tuple[Phrase, tuple[Phrase, ...], str, tuple[Phrase, ...]] | None:
    """The note's thing, the parts it gives it, and its place word with the things after it."""
    thing = next((p for p in note_phrases(note_text) if p.head.tok.start >= label_end(note_text)), None)
    if thing is None or attr_kind(thing.head.lower) is not None:
        return None
    # the thing right after "with": one listed after it ("a wall with a poster and a man walking") may be the scene's
    parts = tuple(b for a, b in has_pairs(note_text) if a is thing)
    place, marks = _setting(note_text, thing)
    return (thing, parts, place, tuple(marks)) if parts or marks else None


@lru_cache(maxsize=4096)
def _with_pronoun_sentence(text: str, s: int) -> tuple:
    """The words of sentence s, and of the one before when s opens with "it" or "they", or says "them"
    or "their": those are the things before it ("A vase stands beside them."). An "it" later in the
    sentence may be its own thing ("a fountain with a statue on top of it"). A sentence cut after a
    quote left open ('the words "SLOW! Kids ahead, on a pole.') is one with its neighbour."""
    draft = Draft.cached(text)
    ws = list(draft.sentence_words(s))
    if s > 0 and ws and (ws[0].lower in _PRONOUNS or any(w.lower in _PLURAL_PRONOUNS for w in ws)
                         or _open_quote(draft.sents[s - 1].text)):
        ws += draft.sentence_words(s - 1)
    if s + 1 < len(draft.sents) and _open_quote(draft.sents[s].text):
        ws += draft.sentence_words(s + 1)
    return tuple(ws)


def _open_quote(text: str) -> bool:
    return sum(text.count(q) for q in '"“”') % 2 == 1


def _names_in(p: Phrase, ws: list) -> bool:
    return any(names_word(n.lower, w.lower) for n in (p.head, *p.nouns) for w in ws)


_CLAUSE_END = re.compile(r"[,;:.!?()]|\b(?:while|where|which|that|whereas|and there)\b", re.I)


def _setting(note_text: str, thing: Phrase) -> tuple[str, list[Phrase]]:
    """The first place word after the note's thing in its clause and the things after it there ("is
    placed beside the small books on the shelf" -> beside, [books, shelf]); none for "on the left"."""
    lex = lexicon.load()
    end = _CLAUSE_END.search(note_text, thing.head.tok.end)
    stop = end.start() if end else len(note_text)
    words = re.finditer(r"[a-z]+", note_text[thing.head.tok.end:stop].lower())
    at = next((m for m in words if m.group(0) in _SETTING), None)
    if at is None:
        return "", []
    start = thing.head.tok.end + at.end()
    marks = [p for p in note_phrases(note_text) if start <= p.head.tok.start < stop and attr_kind(p.head.lower) is None
             and p.head.lower not in lex.partitives and p.head.lower not in lex.framing and not p.head.direction]
    return at.group(0), marks


def _named(p: Phrase, q: Phrase) -> bool:
    return p.names(q.head) or q.names(p.head)


def _start(p: Phrase) -> int:
    return min(w.tok.start for w in (p.head, *p.attrs, *p.nouns))
