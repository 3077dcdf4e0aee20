"""Attributes belong to their objects.

A bag-of-words match passes "A wooden barn with a green roof" for "old wooden barn, wooden roof" and
"green grassy ground". Each note and draft sentence is cut into object phrases ("green grassy ground" ->
ground {green, grassy}); a note's colours, counts, materials and sizes must stay on its own object.

Phrases are found with lemminflect's word classes, no parser: a run of content words ends at
a function word, a comma or a verb; a noun followed by an adjective starts a new phrase ("old
wooden barn wooden roof" is two), and "the roof is wooden" puts "wooden" on the roof.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from assistant import lexicon
from assistant.check import verbs
from assistant.check.words import Draft, Word, note_words, read_sentence
from assistant.text import sentences as text_sentences
from assistant.text import ARTICLES

AttrKind = Literal["colour", "number", "material", "size", "other"]
# Verbs that put an attribute on the object before them: "the roof is wooden", "a wall painted blue".
_LINKS = frozenset("is are was were be been being looks look appears appear seems seem remains painted coloured "
                   "colored made covered".split())
BREAK_CHARS = frozenset(",;:.!?()[]\"“”+&/")
#: Marks that join two colours of one thing ("white + gray wall", "black/white dog").
_JOINS = frozenset({"+", "&", "/"})
_NEVER_HEADS: frozenset[str] = frozenset({"colour", "number", "size"})


@dataclass(slots=True)  # no attribute dict: a parse of a new draft makes one per thing it names
class Phrase:
    """An object phrase: the noun and the attributes said of it."""

    head: Word
    attrs: list[Word] = field(default_factory=list)
    nouns: list[Word] = field(default_factory=list)
    """Nouns before the head that name the same thing: "snake" of "snake clay model"."""

    def names(self, word: Word) -> bool:
        return self.names_lower(word.lower)

    def names_lower(self, low: str) -> bool:
        """`names` for a word by its lower-cased form (`same_head`)."""
        return same_lower(self.head.lower, low) or bool(self.nouns) and any(same_lower(n.lower, low) for n in self.nouns)

    def inner(self, attr: Word) -> list[Word]:
        """The nouns of the phrase after `attr`, before its head ("brown liquid goblet glass": the liquid's?)."""
        return [n for n in (*self.attrs, *self.nouns) if n.tok.start > attr.tok.start and is_noun(n)]


@lru_cache(maxsize=65536)
def attr_kind(low: str) -> AttrKind | None:
    """What kind of attribute a word is, or None when it is not one."""
    lex = lexicon.load()
    if low in lex.colors:
        return "colour"
    if lexicon.number_value(low) is not None:
        return "number"
    if low in lex.materials:
        return "material"
    if low in lex.sizes:
        return "size"
    if "ADJ" in _classes(low):
        return "other"  # "old" of "old barn"; as the last word of a phrase it may still be its noun
    return None


def dropped_kind(low: str) -> AttrKind | None:
    """`attr_kind`, a size's comparative or superlative a size too ("shorter tumbler"; `attribute_dropped`)."""
    kind = attr_kind(low)
    return "size" if kind == "other" and lexicon.lemmas(low) & lexicon.load().sizes else kind


@lru_cache(maxsize=65536)
def _classes(low: str) -> frozenset[str]:
    return frozenset(_lemmas(low))


@lru_cache(maxsize=65536)
def _lemmas(low: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas  # noqa: PLC0415 - loaded with the lexicon anyway
    return getAllLemmas(low)


def is_noun(w: Word) -> bool:
    """A noun, or a word the dictionary does not know ("bluebonnet"): in a note it mostly names a thing."""
    classes = _classes(w.lower)
    return "NOUN" in classes or "PROPN" in classes or not classes and w.lower.isalpha() and len(w.lower) > 2


def _is_verb_form(w: Word) -> bool:
    """A participle ("parked", "covering"): after a noun it ends the phrase; "building" is a noun (ing_nouns)."""
    if w.lower in lexicon.load().ing_nouns:
        return False
    # "bed", "shed", "sled" end in -ed but are their own verb lemma: a noun, not a participle
    return w.lower.endswith(("ed", "ing")) and any(v != w.lower for v in _lemmas(w.lower).get("VERB", ()))


def _subject_verb(noun: Word, w: Word) -> bool:
    """"pedestrians walk", "dogs play": a plural noun and a verb after it are two phrases' worth."""
    return is_plural(noun.lower) and "VERB" in _classes(w.lower) and noun.lower != w.lower


#: framing words that name a picture as a thing when a noun stands before them ("cartoon image")
_PICTURE_WORDS = frozenset("image picture photo photograph".split())


def _shown_thing(before: Word, low: str) -> bool:
    """Whether a framing word after the noun `before` is that phrase's head: a picture of a kind
    ("cartoon images", "a wedding photo"), not the camera's ("the image"); the noun only modifies it."""
    return is_noun(before) and attr_kind(before.lower) is None and not before.is_stop and \
        bool(lexicon.lemmas(low) & _PICTURE_WORDS)


@lru_cache(maxsize=65536)
def is_plural(low: str) -> bool:
    """A plural noun: "pedestrians" (lemma "pedestrian"), an unknown word in -s; not "grass"
    (so "dry grass ground" is one phrase, not "grass" and a verb "ground")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415

    nouns = getAllLemmas(low).get("NOUN", ())
    if nouns:
        return any(n != low for n in nouns)
    return low.endswith("s") and not low.endswith("ss") and not _classes(low)


def phrases(ws: list[Word] | tuple[Word, ...], text: str, offset: int = 0, note: bool = False) -> list[Phrase]:
    """The object phrases of a run of words (a note, or one draft sentence: a note's "fur soft and grey" is terse)."""
    lex = lexicon.load()
    out: list[Phrase] = []
    run: list[Word] = []
    link = False  # the words since the last phrase link an attribute to it ("is", "painted")
    prev_end = None
    after_of = run_after_of = False  # the words since the last phrase are "of" ("the frames of the chair")
    of_phrases: set[int] = set()  # phrases that follow "of": the phrase before is what they are of
    pending: list[Word] = []  # colours joined to the next phrase's: "white" of "a white and gray wall"
    linked = ""  # the link word ("is", "are"): its number says which thing it is of
    aside_of: int | None = None  # an "of" phrase a comma followed: "the stems of orchids, long and slender, are ..."

    after_and = False  # the run follows "and"/"or"

    def close(joined: bool = False) -> None:
        nonlocal run, pending, after_and
        follows_and, after_and = after_and, False
        if joined and not run and pending:
            return  # "pink, white, and orange": the comma joined, "and" only continues the list
        if note and follows_and and not link and len(out) == 1 and run and _trailed(out[0]) and all(attr_kind(w.lower) for w in run):
            out[0].attrs += pending + run  # "fur soft and grey": the first thing's, said after it like "soft"
            pending, run = [], []
            return
        if joined and not link and run and all(attr_kind(w.lower) in LISTED_KINDS for w in run):
            pending, run = pending + run, []
            return
        n = len(out)
        _cut(run, out, link, _owner(out, of_phrases, lex.partitives, linked))
        of_phrases.update([n] if run and run_after_of and len(out) > n else [])
        if pending and len(out) > n:
            out[n].attrs[:0] = pending
        pending, run = [], []

    for i, w in enumerate(ws):
        between = text[prev_end - offset : w.tok.start - offset] if prev_end is not None else ""
        prev_end = w.tok.end
        if between.strip() in _JOINS or _listed_attribute(ws, i, between, run, text, offset) and not link:
            close(joined=True)
        elif any(c in BREAK_CHARS for c in between):
            close()
            link = False
            # "the house, which is painted yellow": past a break, a link word's attribute is the
            # nearest thing's, not the one before its "of" ("in front of the house, which ...")
            if len(out) - 1 in of_phrases or aside_of != len(out) - 1:
                aside_of = len(out) - 1 if len(out) - 1 in of_phrases else None
            of_phrases.discard(len(out) - 1)
        low = w.lower
        if aside_of is not None and (low in ("which", "that", "who", "where") or len(out) - 1 != aside_of):
            aside_of = None  # "the house, which is painted yellow": a clause of the nearest thing
        if low in ("and", "or"):
            close(joined=True)
            after_and = True
            continue
        if low in ("colored", "coloured") and run and attr_kind(run[-1].lower) == "colour":
            continue  # "yellow colored lights" are yellow lights: no link after a colour
        if low in _LINKS:
            close()
            if aside_of is not None and aside_of == len(out) - 1:
                of_phrases.add(aside_of)  # only describing words between: the "of" phrase's owner still
            link, linked, aside_of = True, low, None
            continue
        after = ws[i + 1] if i + 1 < len(ws) else None
        if run and after is not None and not text[w.tok.end - offset : after.tok.start - offset].strip() \
                and is_noun(run[-1]) and attr_kind(run[-1].lower) is None and not run[-1].is_stop \
                and verbs.acts_on(w, after):
            close()
            link = False
            continue
        if low in lex.framing and run and is_noun(w) and not w.is_stop and (
                attr_kind(run[-1].lower) in CERTAIN_KINDS or low in ("frame", "frames") and attr_kind(run[-1].lower)
                or _shown_thing(run[-1], low)):
            # "a metal frame", "a round frame": the thing, not the camera's frame ("a partial view" stays a view);
            # "cartoon images", "a family photo": a noun before the picture word makes it a thing
            run.append(w)
            continue
        if low in PLACE_ADVERBS and run:
            continue  # "the sky overhead is blue", "sky overhead white": where the thing is, not a noun of its phrase
        if w.is_stop or low in lex.framing or w.negation or w.hedge or w.direction:
            if low not in ARTICLES:
                close()
                link = link and low in ("very", "all", "mostly", "partly", "bright", "dark", "light")
                after_of = low == "of"
            continue
        kind = attr_kind(low)
        if kind == "colour" and _of_a_part(ws, i, text, offset):
            continue  # "a brown-haired woman": the hair is brown, not the woman
        if kind is None and run and all(attr_kind(x.lower) for x in run) and low.endswith("ed") and _is_verb_form(w) and after \
                and is_noun(after) and not after.is_stop and not text[w.tok.end - offset:after.tok.start - offset].strip():
            continue  # "a white collared shirt": the -ed form describes the shirt, the colour stays on it ("bowling lane" left)
        if kind is None and not is_noun(w):
            close()
            link = False
            continue
        if run and is_noun(run[-1]) and kind is None and (_is_verb_form(w) or _subject_verb(run[-1], w)):
            close()
            link = False
            continue
        run_after_of, after_of = (after_of, False) if not run else (run_after_of, after_of)
        run.append(w)
    close()
    return out


def _trailed(phrase: Phrase) -> bool:
    """The thing took describing words said after it ("coat rich brown")."""
    return any(a.tok.start > phrase.head.tok.start for a in phrase.attrs)


PLACE_ADVERBS = frozenset("overhead nearby outdoors indoors downstairs upstairs".split())  # said after the thing
#: Words after a hyphen that give the colour before them to a part: "brown-haired", "red-roofed".
PART_FORMS = frozenset("haired eyed skinned bearded roofed framed leaved legged tailed winged striped spotted "
                        "capped topped handled rimmed".split())


def _of_a_part(ws, i: int, text: str, offset: int) -> bool:
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    return nxt is not None and nxt.lower in PART_FORMS and text[ws[i].tok.end - offset:nxt.tok.start - offset] == "-"


def _listed_attribute(ws: list[Word] | tuple[Word, ...], i: int, between: str, run: list[Word], text: str,
                      offset: int) -> bool:
    """After a run of colours, materials or sizes and a comma, another attribute (or "and"/"or" and
    one) goes on a list of attributes: "pink, white, and orange tulips", "red, blue, + yellow
    lights", "brown, wooden, carved bowl" are all the tulips', lights' and bowl's (the run is joined
    to the next phrase, as with "and")."""
    sep = between.strip()
    if "," not in sep or sep.replace(",", "").strip() not in _JOINS | {""}:
        return False
    if not run or not all(attr_kind(x.lower) in LISTED_KINDS for x in run):
        return False
    if ws[i].lower in ("and", "or") and i + 1 < len(ws):
        # ", and" may end a clause ("text in white, and concrete floor"): only colours list on past it
        return all(attr_kind(x.lower) == "colour" for x in run) and attr_kind(ws[i + 1].lower) == "colour"
    w = ws[i]
    if all(attr_kind(x.lower) == "colour" for x in run) and attr_kind(w.lower) == "colour":
        return True
    # a colour, material or size list goes on to one of those, or to another adjective with its noun
    # right after it ("brown, wooden, round bowl"), on a bare comma
    return sep == "," and (attr_kind(w.lower) in LISTED_KINDS or attr_kind(w.lower) == "other" and i + 1 < len(ws)
                           and not text[w.tok.end - offset : ws[i + 1].tok.start - offset].strip())


#: Attribute kinds a list before a thing gives it one after another ("brown, wooden bowl", "red and blue").
LISTED_KINDS: frozenset[AttrKind] = frozenset({"colour", "material", "size"})


def _owner(out: list[Phrase], of_phrases: set[int], partitives: frozenset[str], linked: str = "") -> int:
    """The phrase an attribute after a link word goes to: the last, or the one before "of" in
    "the frames of the chair are black"; past a partitive the things ("a group of trees is green");
    the one before where only it agrees with the link's number ("Grass beneath the flowers is green")."""
    last = len(out) - 1
    if last in of_phrases and last > 0 and out[last - 1].head.lower in partitives:
        return last
    if last > 0 and linked in ("is", "was", "are", "were") and \
            is_plural(out[last].head.lower) != is_plural(out[last - 1].head.lower) and \
            is_plural(out[last - 1].head.lower) == (linked in ("are", "were")):
        return last - 1
    return last - 1 if last in of_phrases and last > 0 and out[last - 1].head.lower not in partitives else last


def _cut(run: list[Word], out: list[Phrase], link: bool, owner: int = -1) -> None:
    """Phrases of one run of content words: a new phrase starts after a noun an attribute follows ("old wooden
    barn wooden roof"); attributes with no noun after a link word go to the phrase before, or to `owner`."""
    start = len(out)
    current: list[Word] = []
    for i, w in enumerate(run):
        # a bare noun before an attribute names the thing itself: "snake clay model" is one
        # phrase (a model of a snake), "old wooden barn wooden roof" two
        if current and is_noun(current[-1]) and attr_kind(current[-1].lower) is None and attr_kind(w.lower) is not None \
                and not (is_noun(w) and i == len(run) - 1) and any(attr_kind(x.lower) for x in current):
            _emit(current, out, link and not out)
            current = []
        current.append(w)
    _emit(current, out, link, owner if len(out) == start else -1)


def _emit(words: list[Word], out: list[Phrase], link: bool, owner: int = -1) -> None:
    if not words:
        return
    nouns = [i for i, w in enumerate(words) if is_noun(w) and (
        attr_kind(w.lower) is None or i == len(words) - 1 and attr_kind(w.lower) not in _NEVER_HEADS)]
    if not nouns:
        if link and out:
            out[owner].attrs += [w for w in words if attr_kind(w.lower)]
        return
    head = words[nouns[-1]]
    before = words[: nouns[-1]]
    after = words[nouns[-1] + 1:] if not out else []  # the first thing's, said after it: "coat rich brown"
    out.append(Phrase(head=head, attrs=[w for w in before + after if attr_kind(w.lower) is not None],
                      nouns=[w for w in before if attr_kind(w.lower) is None]))


def same_attr(a: Word, b: Word) -> bool:
    ka, kb = attr_kind(a.lower), attr_kind(b.lower)
    if ka == "colour" and kb == "colour":
        return a.color == b.color
    if ka == "number" and kb == "number":
        return a.number == b.number
    return a.lower == b.lower or lexicon.same_word(a.lower, b.lower)


def same_head(a: Word, b: Word) -> bool:
    return same_lower(a.lower, b.lower)


def same_lower(a: str, b: str) -> bool:
    """`same_head` by two lower-cased words."""
    return a == b or lexicon.same_word(a, b)  # cached there


@lru_cache(maxsize=8192)
def notes_naming(low: str, notes: tuple[str, ...]) -> tuple[int, ...]:
    """The notes (by index) with a phrase that names `low` (`Phrase.names`), remembered by the texts."""
    return tuple(i for i, t in enumerate(notes) if any(p.names_lower(low) for p in note_phrases(t)))


#: The attribute kinds a misplacement of which is a certain problem (attributes.py). Counts are
#: checked per note by matching.contradicted ("2 dogs" for "3 dogs"), where spelled numbers are combined.
CERTAIN_KINDS: frozenset[AttrKind] = frozenset({"colour", "material"})
def draft_phrases(draft: Draft) -> tuple[Phrase, ...]:
    """The object phrases of every sentence of the draft."""
    return _draft_phrases(draft.text)


@lru_cache(maxsize=256)
def _draft_phrases(text: str) -> tuple[Phrase, ...]:
    return tuple(p for sentence in sentence_phrases(text) for p in sentence)


@lru_cache(maxsize=256)
def sentence_phrases(text: str) -> tuple[tuple[Phrase, ...], ...]:
    draft = Draft.cached(text)
    out = []
    for s, sent in enumerate(draft.sents):
        ws = draft.sentence_words(s)
        out.append(tuple(Phrase(head=ws[h], attrs=[ws[k] for k in attrs], nouns=[ws[k] for k in nouns])
                         for h, attrs, nouns in phrase_shape(sent.text, draft.hedges(s))))
    return tuple(out)


@lru_cache(maxsize=8192)
def phrase_shape(sentence: str, hedges: tuple[bool, ...]) -> tuple[tuple[int, tuple[int, ...], tuple[int, ...]], ...]:
    """A draft sentence's phrases as indices of its words (head, attributes, nouns), remembered by its text and
    its words' hedge flags: words are made from the text alone, so the shape is the same at any offset."""
    ws = list(read_sentence(sentence)[0])  # read, never changed: a word whose hedge differs is copied
    assert len(ws) == len(hedges)
    for k, hedge in enumerate(hedges):
        if ws[k].hedge != hedge:
            ws[k] = copy.copy(ws[k])
            ws[k].hedge = hedge
    at = {id(w): k for k, w in enumerate(ws)}
    return tuple((at[id(p.head)], tuple(at[id(w)] for w in p.attrs), tuple(at[id(w)] for w in p.nouns))
                 for p in phrases(ws, sentence, 0))


@lru_cache(maxsize=4096)
def note_phrases(text: str) -> tuple[Phrase, ...]:
    return tuple(phrases(note_words(text), text, 0, note=True))


def label_end(note_text: str) -> int:
    """Where a note's heading ends ("Art sculpture: An art frieze ..." -> after the colon), or 0:
    a colon after at most four words, no quote before it, text after it."""
    head, colon, body = note_text.partition(":")
    if not colon or not body.strip() or len(head.split()) > 4 or any(q in head for q in '"“”'):
        return 0
    return len(head) + 1


@lru_cache(maxsize=4096)
def _sentence_count(text: str) -> int:
    return len(text_sentences(text))


def window_sentences(note_text: str, draft: Draft, sentences: list[int]) -> range:
    """The sentences that carry a note: its window, and as many more either side as it has sentences beyond one."""
    extra = _sentence_count(note_text) - 1
    return range(max(0, min(sentences) - extra), min(len(draft.sents), max(sentences) + 1 + extra))


def first_object(note_text: str) -> Phrase | None:
    at = _first_object_at(note_text)
    return None if at is None else note_phrases(note_text)[at]


@lru_cache(maxsize=4096)
def _first_object_at(note_text: str) -> int | None:
    """Where the note's object is among its phrases (callers compare `note_phrases`' own phrase by identity)."""
    lex = lexicon.load()
    return next((i for i, p in enumerate(note_phrases(note_text)) if p.head.lower not in lex.partitives
                 and attr_kind(p.head.lower) is None), None)


@lru_cache(maxsize=65536)
def names_word(noun: str, word: str) -> bool:
    return noun == word or lexicon.same_word(noun, word) or _compound_part(word, noun)


def _compound_part(a: str, b: str) -> bool:
    """"daylight" and "light", "bookshelf" and "shelf": one word a compound of the other."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long != short and (long.endswith(short) or long.startswith(short))
