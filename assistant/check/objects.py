"""The note's objects stay named where it is carried.

The content match passes a note when most of its words are in the sentences that carry it, yet
the thing it is about may be gone ("a statue of a woman holding a torch" carried by "A woman
holds a torch"), and so may a thing it places its object by ("soil in front of the boulders and
the plants" carried by "soil in front of the plants"). The phrases are binding.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import (Phrase, attr_kind, first_object, is_noun, label_end, names_word, note_phrases,
                                     same_attr, same_head, window_sentences)
from assistant.check.sentence_memo import by_sentences
from assistant.check.camera_view import in_camera_view
from assistant.check.words import Draft, Word, negated_starts, note_key, note_words


def object_missing(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...] = ()) -> str | None:
    """The note's object, or a word of its kind, when the sentences that carry the note never
    name it: "a statue of a woman holding a torch" carried by "A woman holds a torch" (the
    statue became a person), "Bluebonnet plants: a few green plants ..." carried by "A few
    green plants ..." (the kind is gone). The object is the note's first phrase, past words
    like "row" or "close-up"; the sentence before may name it too ("... a statue. It holds a
    torch."). The words naming its kind must be there; its last noun may go when they are.
    `notes`: every note's text (a heading another note's object shares is not restated)."""
    if not sentences:
        return None
    obj = first_object(note_text)
    if obj is None:
        return None
    lo, hi = max(0, min(sentences) - 1), max(sentences) + 1
    lo_word, hi_word = draft.first[lo], draft.first[hi]  # the words of sentences lo..hi-1
    lost = by_sentences("object lost", (note_text, draft.said(lo, hi)), lambda: _lost(obj, draft.words[lo_word:hi_word]))
    if lost is None:
        return None
    near = draft.words[lo_word:hi_word]
    if _label_restated(note_text, obj, near, draft, notes) or _quote_carried(note_text, obj.head, draft) \
            or _member_named(note_text, lost, near):
        return None
    return note_text[lost.tok.start:obj.head.tok.end]


def _lost(obj: Phrase, near: list[Word]) -> Word | None:
    """The noun of the note's object the words `near` do not name (the note's own word), or None."""
    # the nouns before the head say what kind of thing it is ("bluebonnet plants"): they must stay;
    # the head may go when they stay ("a clay snake" for "a snake clay model")
    lost = next((n for n in obj.nouns if not _named(n, near)), None)
    if lost is None and not _named(obj.head, near) and (not obj.nouns or _likeness_lost(obj, near)):
        lost = obj.head
    return lost


def _likeness_lost(obj: Phrase, near: list[Word]) -> bool:
    """A likeness head lost ("two horses" for "two horse figurines"): no likeness word near, no material that makes one."""
    likeness = lexicon.load().representations  # "a clay snake" for "a snake clay model" is still a model
    return bool(lexicon.lemmas(obj.head.lower) & likeness) and not any(lexicon.lemmas(w.lower) & likeness or any(
        same_attr(a, w) for a in obj.attrs if attr_kind(a.lower) == "material") for w in near)


def _member_named(note_text: str, lost: Word, near: list[Word]) -> bool:
    """A heading that names a category ("Person: A woman with a bob cut ...") is named by a
    member of it where the note is carried ("A woman ..."): the woman is the person."""
    if lost.tok.start >= label_end(note_text):
        # only a heading: "a statue of a woman" carried by "A woman" still lost the statue; or a member the
        # note guesses at ("bird on wire, sparrow?" carried by "A sparrow ...": the sparrow is the bird)
        if lost.lower not in note_key(note_text).guessed:
            return False
        own = frozenset().union(*(lexicon.key(w.lower) for w in note_words(note_text)))
        return lexicon.names_member(lost.lower, (w.lower for w in near if lexicon.key(w.lower) & own))
    return lexicon.names_member(lost.lower, (w.lower for w in near))


def _label_restated(note_text: str, obj: Phrase, near: list[Word], draft: Draft, notes: tuple[str, ...] = ()) -> bool:
    """The heading names the object one way and the body another, sharing a word that says what
    it is ("Art sculpture: an art frieze ..."): the body's object, named where the note is carried,
    is the heading's. So is a body that shares nothing with its heading ("Building: a brick wall
    with windows", where other sentences name the building) when the draft names the heading's
    thing elsewhere and no other note's object is a thing of the body's name: the reader still
    meets the building, and its wall as the annotator saw it. A floor described as a wall and
    named nowhere else, or beside a "Wall: a white wall ..." note (a second wall), still needs
    its own word."""
    end = label_end(note_text)
    if not end or obj.head.tok.start >= end:
        return False
    body = next((p for p in note_phrases(note_text) if p.head.tok.start >= end and attr_kind(p.head.lower) is None
                 and p.head.lower not in lexicon.load().partitives), None)
    if body is None or not _named(body.head, near):
        return False
    mine = {w.lower for w in (*obj.nouns, *obj.attrs) if is_noun(w)}
    if mine & {w.lower for w in (*body.nouns, *body.attrs)}:
        return True
    if same_head(obj.head, body.head) or not all(_named(n, draft.words) for n in (*obj.nouns, obj.head)):
        return False  # "Bluebonnet plants: green plants": the heading's kind, not another name
    others = [first_object(n) for n in notes if n != note_text]
    return not any(o is not None and same_head(o.head, body.head) for o in others)


def other_object_missing(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """Another object the note names (what its object is beside, on, in front of) that the sentences
    carrying the note leave out: "soil in front of the boulders and the plants" carried by "soil in front
    of the plants". The content match passes it; the note's point is where its object is, relative to what."""
    if not sentences:
        return None
    carried = window_sentences(note_text, draft, sentences)
    unnamed = by_sentences("others unnamed", (note_text, draft.said(carried.start, carried.stop)),
                           lambda: _unnamed(_other_objects(note_text), _carrying(note_text, draft, sentences)))
    return next((h.tok.text for h in unnamed if not _quote_carried(note_text, h, draft)), None)


@lru_cache(maxsize=4096)
def _other_objects(note_text: str) -> tuple[Word, ...]:
    """The heads of the note's phrases besides its object, that `other_object_missing` looks for:
    every check against the note asks, and they are a pure function of its text."""
    lex = lexicon.load()
    obj = first_object(note_text)
    skip = camera_view_starts(note_text) | negated_starts(note_text)  # "bird's-eye view", "with no clouds"
    return tuple(p.head for p in note_phrases(note_text) if p is not obj and p.head.lower not in lex.partitives
                 and attr_kind(p.head.lower) is None and p.head.lower not in lex.framing and p.head.tok.start not in skip)


_QUOTED = re.compile(r'\s*["“]([^"”]+)["”]')


def _quote_carried(note_text: str, noun: Word, draft: Draft) -> bool:
    """A noun that names the quoted text after it ("letters \"OPEN\"", "the text \"KINGS\"") is
    carried by that text: the draft that writes the quote need not say "letters" too."""
    m = _QUOTED.match(note_text, noun.tok.end)
    return bool(m) and m.group(1).strip().lower() in draft.text.lower()


def _carrying(note_text: str, draft: Draft, sentences: list[int]) -> list[Word]:
    return [w for s in window_sentences(note_text, draft, sentences) for w in draft.sentence_words(s)]


def _unnamed(nouns: tuple[Word, ...], ws: list[Word]) -> tuple[Word, ...]:
    return tuple(h for h in nouns if not _named(h, ws))


def _named(noun: Word, ws: list[Word]) -> bool:
    return any(names_word(noun.lower, w.lower) for w in ws)


def camera_view_starts(text: str) -> set[int]:
    """Where the words of the text's camera-view phrases start (see in_camera_view)."""
    ws = list(note_words(text))
    return {w.tok.start for i, w in enumerate(ws) if in_camera_view(ws, i, text)}
