"""A note's "A with B" (B on or at A) said by the caption as "A is in B": the containment reversed.

Mending a terse note ("wooden planks with a hole + dried grass + black mud") into a sentence, the model
may write "The planks are wet and in dried grass and black mud": every word is the note's, so the
content match passes it, but the planks now lie in the grass. Check tier: "in" may still be read the
note's way. A person "in" a coat wears it, as "with" says: not judged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import (Phrase, first_object, label_end, names_word, note_phrases, sentence_phrases,
                                     window_sentences)
from assistant.check.words import Draft

_WITH = frozenset({"with", "w/", "w"})
_VERBS = frozenset("is are was were has have".split())
_IN = frozenset({"in", "inside", "within"})
#: Words that may stand between "in" and the thing: "in dried grass", "in some black mud".
_PLACES = frozenset("on in at by over under near between onto into upon of top front beside behind below above "
                    "beneath inside atop against".split())
_BE = frozenset("is are was were".split())
_FILLERS = frozenset("a an the some few".split())


def _words(text: str) -> list[tuple[str, int]]:
    """Lower-cased words with their offsets; "+" reads "and"."""
    return [("and" if m.group(0) in "+&" else m.group(0).lower(), m.start())
            for m in re.finditer(r"w/|[A-Za-z0-9'-]+|[+&]", text)]


@lru_cache(maxsize=4096)
def _with_things(note_text: str) -> tuple[Phrase, tuple[Phrase, ...]] | None:
    """The note's thing and the things it has "with" it: every thing after its first "with" and before
    a clause verb, except one a place word puts somewhere ("a hole in the center": not the center)."""
    subject = first_object(note_text)
    ws = _words(note_text)
    start = next((at for w, at in ws if w in _WITH), None)
    if subject is None or start is None:
        return None
    # "with" after the note's thing, no verb between ("a wall is in the background with borders": not)
    body = next((p for p in note_phrases(note_text) if p.head.tok.start >= label_end(note_text)), subject)
    if start < body.head.tok.start or any(body.head.tok.end <= at < start and w in _VERBS for w, at in ws):
        return None
    end = next((at for w, at in ws if at > start and w in _VERBS), len(note_text))
    things = []
    for p in note_phrases(note_text):
        first = min(w.tok.start for w in (p.head, *p.attrs, *p.nouns))
        before = [w for w, at in ws if at < first and w not in ("a", "an", "the", "some", "few")]
        if start < first < end and before and before[-1] not in _PLACES:
            things.append(p)
    return (subject, tuple(things)) if things else None


def made_in(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """The sentences that carry the note say its thing "is ... in" a thing the note gives it "with"."""
    mine = _with_things(note_text)
    if not sentences or mine is None or lexicon.names_member("person", [mine[0].head.lower]):
        return None
    subject, things = mine
    for s in window_sentences(note_text, draft, sentences):
        said = _in_what(draft, s, subject)
        if said is None:
            continue
        y = next((t for t in things if t.names(said.head)), None)
        if y is not None and not _said_in(notes, subject, y):
            return (f"the note has the {subject.head.tok.text} with {y.head.tok.text}; the draft puts the "
                    f"{subject.head.tok.text} in the {said.head.tok.text}")
    return None


def _in_what(draft: Draft, s: int, subject: Phrase) -> Phrase | None:
    """The thing the sentence's subject "is ... in" ("the planks are wet and in dried grass"), when the
    subject is the note's thing and "in" belongs to its clause verb."""
    ps = sentence_phrases(draft.text)[s]
    ws = draft.sentence_words(s)
    if not ps or not subject.names(ps[0].head):
        return None
    verb = next((i for i, w in enumerate(ws) if w.tok.start > ps[0].head.tok.end and w.lower in _VERBS), None)
    if verb is None or ws[verb].lower not in _BE:
        return None
    for k in range(verb + 1, len(ws) - 1):
        w = ws[k]
        if w.lower in _IN:
            # the thing right after "in" ("in dried grass"); "in between them", "in the middle of": a place
            after = next((v for v in ws[k + 1 :] if v.lower not in _FILLERS), None)
            return next((p for p in ps if after is not None and after.lower not in _PLACES
                         and after.tok.start in {x.tok.start for x in (p.head, *p.attrs, *p.nouns)}), None)
        # another relation, clause or manner first: "are on the ground in the grass", "is vertically in capitals"
        if w.lower in _PLACES or w.lower in _VERBS or w.lower == "with" or w.lower.endswith("ly"):
            return None
    return None


def _said_in(notes: list[str], subject: Phrase, y: Phrase) -> bool:
    """Some note puts the thing in the other: "steps ..., in green moss"."""
    for n in notes:
        ws = _words(n)
        for k, (w, _) in enumerate(ws[:-1]):
            if w in _IN and any(_names(y, v) for v, _ in ws[k + 1 : k + 4]) and any(_names(subject, v) for v, _ in ws[:k]):
                return True
    return False


def _names(p: Phrase, word: str) -> bool:
    return any(names_word(n.lower, word) for n in (p.head, *p.nouns))
