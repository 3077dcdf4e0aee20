"""Things of one kind that two notes tell apart by where they are, made one by the draft.

"figure on far left, cylindrical pot ..." and "central figure, cylindrical pot ..." are two
figures; "The central figure on the far left has a cylindrical pot ..." makes them one, and every
word of both notes is still in the caption, so the content match passes both. So are two things
one note tells apart ("a clay pot on a metal pot" said "a clay metal pot": `things_merged`).
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon

from assistant.check.binding import (Phrase, attr_kind, first_object, is_noun, is_plural, label_end, note_phrases, same_attr,
                                     same_head, sentence_phrases, window_sentences)
from assistant.check.words import Draft, Word, note_words
from assistant.text import ARTICLES

#: Words that put a thing in the middle; the word lists give "middle" and "center" a direction,
#: not the adjectives.
_CENTRE = frozenset({"central", "centre", "center", "centered", "centred", "middle"})
#: The place a direction word gives a thing, as notes tell two things apart by it ("leftmost" is left).
_PLACE_OF = {"left": "left", "leftmost": "left", "right": "right", "rightmost": "right", "center": "center",
            "top": "top", "topmost": "top", "bottom": "bottom", "bottommost": "bottom"}
#: Places no one thing can be at once: the middle is told from the sides, not from top or bottom
#: ("the central figure at the top" is one place).
_APART = frozenset({frozenset({"left", "right"}), frozenset({"left", "center"}), frozenset({"right", "center"}),
                    frozenset({"top", "bottom"})})
#: Words that open a thing's own place right after it ("figure on the far left", "pot in the middle").
_PLACE_WORDS = frozenset({"on", "in", "at", "to", "toward", "towards"})


def merged(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """The note's thing given, by a sentence that carries the note, both its own place and the
    place by which another note tells its thing of the same kind apart (or both colours: see
    `_merged_by_colour`), or None."""
    return _merged_by_place(note_text, draft, sentences, notes) or _merged_by_colour(note_text, draft, sentences, notes)


def _merged_by_colour(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """"a red apple on the plate" and "a green apple beside it" are two apples; "A red and green apple
    is on the plate" makes them one. Only things each note counts as one ("a", "an", "one"): "blue sky"
    and "gray sky near the horizon" may be one sky in two colours."""
    mine = first_object(note_text)
    here = _colours(mine) if mine is not None and sentences and _one_thing(note_text) else frozenset()
    for there in _told_apart_by_colour(note_text, tuple(notes)) if here else ():
        for s in sentences:
            for p in sentence_phrases(draft.text)[s]:
                if same_head(p.head, mine.head) and not is_plural(p.head.lower) and _colours(p) & here and _colours(p) & there:
                    return (f"the notes have a {' '.join(sorted(here))} {mine.head.tok.text} and a "
                            f"{' '.join(sorted(there))} one; the draft makes them one")
    return None


@lru_cache(maxsize=4096)
def _told_apart_by_colour(note_text: str, notes: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The colours of each other note's thing of the same kind, counted as one, that tell it apart
    from the note's (remembered by the notes: every check against them asks)."""
    mine = first_object(note_text)
    here = _colours(mine)
    out = []
    for other in notes:
        theirs = first_object(other) if other != note_text else None
        if theirs is None or not same_head(theirs.head, mine.head) or not _counted_one(other, theirs):
            continue
        there = _colours(theirs)
        if not there or here & there or any(here | there <= _colours(p) for t in notes for p in note_phrases(t)
                                            if same_head(p.head, mine.head)):
            continue
        out.append(there)
    return tuple(out)


def _colours(p: Phrase) -> frozenset[str]:
    return frozenset(w.color for w in p.attrs if w.color)


@lru_cache(maxsize=4096)
def _one_thing(note_text: str) -> bool:
    """`_counted_one` of the note's object (every check asks, of every note)."""
    return _counted_one(note_text, first_object(note_text))


def _counted_one(text: str, p: Phrase) -> bool:
    """The note counts its thing as one: "a", "an" or "one" right before the phrase."""
    start = min(w.tok.start for w in (p.head, *p.attrs, *p.nouns))
    before = [w for w in note_words(text) if w.tok.end <= start][-1:]
    return bool(before) and before[0].lower in ("a", "an", "one") and not is_plural(p.head.lower)


def _merged_by_place(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    mine = first_object(note_text)
    if mine is None or not sentences:
        return None
    here = _note_places(note_text)
    if not here:
        return None  # a thing the note does not place is told apart by no place
    for there, pairs in _told_apart_by_place(note_text, tuple(notes)):
        for s in sentences:
            for p in sentence_phrases(draft.text)[s]:
                said = _places(draft.sentence_words(s), p) if same_head(p.head, mine.head) else frozenset()
                if any(a in said and b in said for a, b in pairs):
                    return (f"the notes have a {mine.head.tok.text} {_named(here)} and another {_named(there)}; "
                            f"the draft makes them one")
    return None


@lru_cache(maxsize=4096)
def _told_apart_by_place(note_text: str, notes: tuple[str, ...]) -> tuple[tuple[frozenset[str], tuple], ...]:
    """Each other note's thing of the same kind with the pairs of places that tell it apart from the
    note's (remembered by the notes); none where no pair does."""
    mine, here, out = first_object(note_text), _note_places(note_text), []
    for other in notes:
        theirs = first_object(other) if other != note_text else None
        if theirs is None or not same_head(theirs.head, mine.head):
            continue
        there = _note_places(other)
        pairs = tuple((a, b) for a in here - there for b in there - here if frozenset({a, b}) in _APART)
        if pairs:
            out.append((there, pairs))
    return tuple(out)


@lru_cache(maxsize=4096)
def _note_places(note_text: str) -> frozenset[str]:
    """`_places` of the note's first object: every note asks it of every other, check after check
    (a pure function of the note's text)."""
    mine = first_object(note_text)
    return frozenset() if mine is None else _places(note_words(note_text), mine)


def _places(ws: list[Word] | tuple[Word, ...], phrase: Phrase) -> frozenset[str]:
    """Where a phrase puts its thing: a side among its attributes or right before them ("central
    figure", "left cup", "top left shelf"), and one said right after it ("figure on the far left"), up
    to the next thing."""
    found = {u for w in phrase.attrs if (u := _side(w))}
    start = min(w.tok.start for w in (phrase.head, *phrase.attrs, *phrase.nouns))
    for w in reversed([w for w in ws if w.tok.start < start][-2:]):
        if not (u := _side(w)):
            break
        found.add(u)
    after = [w for w in ws if w.tok.start > phrase.head.tok.start][:4]
    if after and after[0].lower in _PLACE_WORDS:
        for w in after[1:]:
            if u := _side(w):
                found.add(u)
                break
            if is_noun(w) and not w.is_stop:
                break
    return frozenset(found)


def _side(w: Word) -> str | None:
    return "center" if w.lower in _CENTRE else _PLACE_OF.get(w.direction or "")


def _named(places: frozenset[str]) -> str:
    return " ".join(sorted(f"in the {p}" if p == "center" else f"at the {p}" for p in places))


def things_merged(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """Two things of one kind that the note tells apart ("a clay pot on a metal pot", "a craft
    piece on a wooden piece") made one by the sentences that carry it ("a clay metal pot"):
    every word is there, so the content match passes it."""
    if not sentences or not (pairs := _told_apart(note_text)):
        return None
    theirs = [d for s in window_sentences(note_text, draft, sentences) for d in sentence_phrases(draft.text)[s]]
    for a, only_a, only_b in pairs:
        for d in theirs:
            said = [*d.attrs, *d.nouns]
            if same_head(d.head, a.head) and any(_same_word(x, w) for x in only_a for w in said) \
                    and any(_same_word(x, w) for x in only_b for w in said):
                return (f"the note has two {a.head.tok.text}s, one {' '.join(x.tok.text for x in only_a)} and one "
                        f"{' '.join(x.tok.text for x in only_b)}; the draft makes them one")
    return None


@lru_cache(maxsize=4096)
def _told_apart(note_text: str) -> tuple[tuple[Phrase, tuple[Word, ...], tuple[Word, ...]], ...]:
    """The note's pairs of things of one kind, the second placed at the first ("a pot on a pot", not "a
    building wall has a white wall": a thing and its part): the first, the words telling each apart."""
    mine = [p for p in note_phrases(note_text) if p.head.tok.start >= label_end(note_text)]
    return tuple((a, tuple(_telling(a, b)), tuple(_telling(b, a))) for i, a in enumerate(mine) for b in mine[i + 1:]
                 if same_head(a.head, b.head) and _placed_at(note_text, b))


#: Words that put one thing at another, so that the things either side are two ("a pot on a pot").
_AT = frozenset("on in at by under over near beside behind above below atop against inside onto upon".split())


def _placed_at(note_text: str, b: Phrase) -> bool:
    """The phrase follows a place word ("... on a wooden piece"): it names a second thing."""
    start = min(w.tok.start for w in (b.head, *b.attrs, *b.nouns))
    before = [w.lower for w in note_words(note_text) if w.tok.end <= start and w.lower not in ARTICLES]
    return bool(before) and (before[-1] in _AT or before[-1] in lexicon.load().relations)


def _telling(a: Phrase, b: Phrase) -> list[Word]:
    """The words of phrase `a` (its nouns, colours, materials, sizes) that `b` does not have."""
    theirs = [*b.attrs, *b.nouns]
    return [w for w in (*a.attrs, *a.nouns) if (attr_kind(w.lower) in ("colour", "material", "size") or is_noun(w)
                                                and attr_kind(w.lower) is None)
            and not any(_same_word(w, x) for x in theirs)]


def _same_word(a: Word, b: Word) -> bool:
    return same_attr(a, b) if attr_kind(a.lower) and attr_kind(b.lower) else same_head(a, b)
