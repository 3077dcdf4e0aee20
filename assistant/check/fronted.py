"""A note that opens on its object's place ("right of chair, wooden crate holds a bucket", "underneath
edges of awnings, planters full of flowers", "underneath the arch stands a statue"): the place is the
object's, so a sentence that names the object must say where it is. A caption that names the planters
in one sentence and the awnings in another has kept both words and lost the relation."""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check import binding
from assistant.check.words import Draft, Word, note_words

#: Words that open a place: "under the arch, ...", "right of chair, ...", "in front of the door, ...".
_OPENERS = frozenset({"above", "across", "against", "along", "among", "around", "at", "atop", "behind", "below",
                      "beneath", "beside", "between", "by", "in", "inside", "left", "near", "next", "on", "opposite",
                      "outside", "over", "right", "under", "underneath", "within"})
#: Verbs that end a place put first with no comma and put its object after them ("underneath the
#: arch stands a statue"): the object follows the verb.
_INVERTING = frozenset({"stand", "stands", "sit", "sits", "lie", "lies", "hang", "hangs", "rest", "rests", "is",
                        "are", "grow", "grows", "lean", "leans"})
#: A sentence that points back at the place's thing ("to its right", "beside it") keeps the relation.
_QUOTES = '"“”'
_POINTERS = frozenset({"it", "its", "them", "their", "this", "these", "that", "those"})


def place_lost(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The evidence when the note opens on its object's place, `sentences` (those that carry the note)
    name the object, and no sentence of the draft that names it names what the place is relative to
    (or points back at it: "to its right"); None otherwise: no place first, a place in the image only
    ("in background, trees"), or the object not named where the note is carried."""
    opened = _opened_on_place(note_text)
    if opened is None:
        return None
    anchors, thing, place = opened
    if not any(_names(t, draft.sentence_words(s)) for s in sentences for t in thing):
        return None
    # any sentence that names the object may say the place, not only those the match found
    naming = [s for s in range(len(draft.sents)) if any(_names(t, draft.sentence_words(s)) for t in thing)]
    # the next sentence may go on about the object by a pronoun: "A crate holds a bucket. It stands left of the chair."
    naming += [s + 1 for s in naming if s + 1 < len(draft.sents) and _opens_on_pointer(draft.sentence_words(s + 1))]
    if any(_names(a, draft.sentence_words(s)) or _points_back(draft.sentence_words(s)) for s in naming for a in anchors):
        return None
    name = " ".join(t.tok.text for t in thing)
    return f"the note puts the {name} {place}; the sentences that name the {name} never say so"


@lru_cache(maxsize=4096)
def _opened_on_place(note_text: str) -> tuple[tuple[Word, ...], tuple[Word, ...], str] | None:
    """The things a note that opens on its object's place names there, its object, and the place as
    written; None for a note that does not (most): a pure function of its text, every check asks."""
    start = binding.label_end(note_text)
    ws = [w for w in note_words(note_text) if w.tok.start >= start]
    if len(ws) < 3 or ws[0].lower not in _OPENERS:
        return None
    cut = _place_end(note_text, ws)
    if cut is None:
        return None
    anchors = tuple(w for w in ws if w.tok.start < cut and _thing(w) and _noun(w))
    thing = tuple(_object_after(ws, cut))
    if not anchors or not thing:
        return None
    return anchors, thing, note_text[ws[0].tok.start:cut].strip(" ,")


def _object_after(ws: list[Word], cut: int) -> list[Word]:
    """The nouns that name the object after the place ("wooden crate holds ...": crate; "lamp post
    with signs": lamp post): the first run of nouns, up to a word in -s that may be its verb."""
    run: list[Word] = []
    for w in (w for w in ws if w.tok.start >= cut):
        if _thing(w) and _noun(w) and not (run and w.lower.endswith("s") and lexicon.can_be_verb(w.lower)):
            run.append(w)
        elif run or not (w.is_stop or binding.attr_kind(w.lower) or w.lower in lexicon.load().framing):
            break
    return run


def _place_end(text: str, ws: list[Word]) -> int | None:
    """Where the place put first ends: at the first comma after a thing it names ("under grey, overcast
    sky, a monument": the sky, not the grey), or before a verb that puts its object after it."""
    for i, w in enumerate(ws[1:], 1):
        if any(q in text[ws[0].tok.start:w.tok.start] for q in _QUOTES):
            return None  # a quote in the place ('in lower-right a machine labeled "Surf, call"'): no simple place
        if w.lower in _INVERTING and any(_thing(v) for v in ws[1:i]):
            return w.tok.start
        if "," in text[ws[i - 1].tok.end:w.tok.start] and any(_thing(v) and _noun(v) for v in ws[1:i]):
            return ws[i - 1].tok.end
    return None


#: What a note may put first that is a time, a light or the weather, not a thing beside the object ("at
#: night, city skyline glows", "in sunlight, water sparkles"): a sentence need not name it with the object.
_CONDITIONS = frozenset({"night", "day", "daytime", "dusk", "dawn", "sunset", "sunrise", "morning", "evening",
                         "afternoon", "noon", "winter", "summer", "autumn", "spring", "fall", "rain", "snow", "fog",
                         "mist", "sun", "sunlight", "sunshine", "daylight", "moonlight", "light", "shade", "shadow",
                         "shadows", "darkness", "weather", "focus", "distance", "angle", "time"})


def _thing(w: Word) -> bool:
    lex = lexicon.load()
    return not (w.is_stop or w.direction or w.number is not None or w.lower in lex.partitives or w.lower in _CONDITIONS
                or w.lower in lex.framing or binding.attr_kind(w.lower) is not None)


def _noun(w: Word) -> bool:
    """A noun, or a word in -s that is no participle ("bars", which the dictionary gives as a verb only)."""
    return binding.is_noun(w) or len(w.lower) > 2 and w.lower.endswith("s") and not w.lower.endswith("ss")


def _names(noun: Word, ws: list[Word]) -> bool:
    return any(binding.names_word(noun.lower, w.lower) for w in ws)


def _opens_on_pointer(ws: list[Word]) -> bool:
    return bool(ws) and ws[0].lower in _POINTERS


def _points_back(ws: list[Word]) -> bool:
    return any(w.lower in _POINTERS for w in ws)
