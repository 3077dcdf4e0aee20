"""Attributes belong to their objects.

A bag-of-words match passes "A wooden barn with a green roof" for the notes "old wooden barn,
wooden roof" and "green grassy ground": every word is somewhere in the caption. Here each note
and each draft sentence is cut into object phrases (attributes + the noun they describe:
"green grassy ground" -> ground {green, grassy}), and a note's colours, counts, materials and
sizes must stay on its own object: an attribute the draft gives to another object, or a value
of the same kind the draft gives to the note's object instead, is a problem.

Phrases are found with lemminflect's word classes, no parser: a run of content words ends at
a function word, a comma or a verb; a noun followed by an adjective starts a new phrase ("old
wooden barn wooden roof" is two), and "the roof is wooden" puts "wooden" on the roof.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from assistant import lexicon
from assistant.check.report import Span
from assistant.check.words import Draft, Word, note_words

AttrKind = Literal["colour", "number", "material", "size", "other"]
# Verbs that put an attribute on the object before them: "the roof is wooden", "a wall painted blue".
_LINKS = frozenset("is are was were be been being looks look appears appear seems seem remains painted coloured "
                   "colored made covered".split())
_BREAK_CHARS = frozenset(",;:.!?()[]\"“”+&/")
_NEVER_HEADS: frozenset[str] = frozenset({"colour", "number", "size"})
_RELATIVE = re.compile(r"\s*,\s*(which|that|where|who)\b")  # "the lake, which is surrounded by"


@dataclass
class Phrase:
    """An object phrase: the noun and the attributes said of it."""

    head: Word
    attrs: list[Word] = field(default_factory=list)
    nouns: list[Word] = field(default_factory=list)
    """Nouns before the head that name the same thing: "snake" of "snake clay model"."""

    def names(self, word: Word) -> bool:
        return same_head(self.head, word) or any(same_head(n, word) for n in self.nouns)


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


@lru_cache(maxsize=65536)
def _classes(low: str) -> frozenset[str]:
    from lemminflect import getAllLemmas  # noqa: PLC0415 - loaded with the lexicon anyway

    return frozenset(getAllLemmas(low))


def _is_noun(w: Word) -> bool:
    return "NOUN" in _classes(w.lower) or "PROPN" in _classes(w.lower)


def _is_verb_form(w: Word) -> bool:
    """A participle ("parked", "covering"): after a noun it ends the phrase ("a car parked ...");
    "building" of "hotel building" is a noun (lexicon.toml's ing_nouns)."""
    if w.lower in lexicon.load().ing_nouns:
        return False
    return "VERB" in _classes(w.lower) and w.lower.endswith(("ed", "ing"))


def _subject_verb(noun: Word, w: Word) -> bool:
    """"pedestrians walk", "dogs play": a plural noun and a verb after it are two phrases' worth."""
    return _plural(noun.lower) and "VERB" in _classes(w.lower) and noun.lower != w.lower


@lru_cache(maxsize=65536)
def _plural(low: str) -> bool:
    """A plural noun: "pedestrians" (lemma "pedestrian"), an unknown word in -s; not "grass"
    (so "dry grass ground" is one phrase, not "grass" and a verb "ground")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415

    nouns = getAllLemmas(low).get("NOUN", ())
    if nouns:
        return any(n != low for n in nouns)
    return low.endswith("s") and not low.endswith("ss") and not _classes(low)


def phrases(ws: list[Word] | tuple[Word, ...], text: str, offset: int = 0) -> list[Phrase]:
    """The object phrases of a run of words (a note, or one draft sentence)."""
    lex = lexicon.load()
    out: list[Phrase] = []
    run: list[Word] = []
    link = False  # the words since the last phrase link an attribute to it ("is", "painted")
    prev_end = None

    def close() -> None:
        nonlocal run
        _cut(run, out, link)
        run = []

    for w in ws:
        between = text[prev_end - offset : w.tok.start - offset] if prev_end is not None else ""
        prev_end = w.tok.end
        if any(c in _BREAK_CHARS for c in between):
            close()
            link = False
        low = w.lower
        if low in _LINKS:
            close()
            link = True
            continue
        if w.is_stop or low in lex.framing or w.negation or w.hedge or w.direction:
            if low not in ("a", "an", "the"):
                close()
                link = link and low in ("very", "all", "mostly", "partly", "bright", "dark", "light")
            continue
        kind = attr_kind(low)
        if kind is None and not _is_noun(w):
            close()
            link = False
            continue
        if run and _is_noun(run[-1]) and kind is None and (_is_verb_form(w) or _subject_verb(run[-1], w)):
            close()
            link = False
            continue
        run.append(w)
    close()
    return out


def _cut(run: list[Word], out: list[Phrase], link: bool) -> None:
    """Phrases of one run of content words: a new phrase starts after a noun that an attribute
    follows ("old wooden barn wooden roof"); attributes with no noun after a link word go to
    the phrase before ("the roof is wooden")."""
    current: list[Word] = []
    for i, w in enumerate(run):
        # a bare noun before an attribute names the thing itself: "snake clay model" is one
        # phrase (a model of a snake), "old wooden barn wooden roof" two
        if current and _is_noun(current[-1]) and attr_kind(current[-1].lower) is None and attr_kind(w.lower) is not None \
                and not (_is_noun(w) and i == len(run) - 1) and any(attr_kind(x.lower) for x in current):
            _emit(current, out, link and not out)
            current = []
        current.append(w)
    _emit(current, out, link)


def _emit(words: list[Word], out: list[Phrase], link: bool) -> None:
    if not words:
        return
    nouns = [i for i, w in enumerate(words) if _is_noun(w) and (
        attr_kind(w.lower) is None or i == len(words) - 1 and attr_kind(w.lower) not in _NEVER_HEADS)]
    if not nouns:
        if link and out:
            out[-1].attrs += [w for w in words if attr_kind(w.lower)]
        return
    head = words[nouns[-1]]
    before = words[: nouns[-1]]
    out.append(Phrase(head=head, attrs=[w for w in before if attr_kind(w.lower) is not None],
                      nouns=[w for w in before if attr_kind(w.lower) is None]))


def same_attr(a: Word, b: Word) -> bool:
    ka, kb = attr_kind(a.lower), attr_kind(b.lower)
    if ka == "colour" and kb == "colour":
        return a.color == b.color
    if ka == "number" and kb == "number":
        return a.number == b.number
    return a.lower == b.lower or lexicon.same_word(a.lower, b.lower)


def same_head(a: Word, b: Word) -> bool:
    return a.lower == b.lower or lexicon.same_word(a.lower, b.lower)


#: The attribute kinds a misplacement of which is a certain problem. Counts are checked per
#: note by matching.contradicted ("2 dogs" for "3 dogs"), where spelled numbers are combined.
CERTAIN_KINDS: frozenset[AttrKind] = frozenset({"colour", "material"})
CHECKED_KINDS: frozenset[AttrKind] = CERTAIN_KINDS | {"size"}


@dataclass
class Misplaced:
    """One attribute on the wrong object, as a problem of one note."""

    kind: AttrKind
    evidence: str
    other_value: bool = False
    """The draft gives the note's object another note's attribute (a contradiction), rather
    than taking the note's attribute away to another object."""

    @property
    def certain(self) -> bool:
        return self.kind in CERTAIN_KINDS


def draft_phrases(draft: Draft) -> tuple[Phrase, ...]:
    """The object phrases of every sentence of the draft (remembered by text, like the parse:
    each note of a check asks for them)."""
    return _draft_phrases(draft.text)


@lru_cache(maxsize=256)
def _draft_phrases(text: str) -> tuple[Phrase, ...]:
    return tuple(p for sentence in _sentence_phrases(text) for p in sentence)


@lru_cache(maxsize=256)
def _sentence_phrases(text: str) -> tuple[tuple[Phrase, ...], ...]:
    draft = Draft.cached(text)
    return tuple(tuple(phrases(draft.sentence_words(s), text, 0)) for s in range(len(draft.sents)))


@lru_cache(maxsize=4096)
def note_phrases(text: str) -> tuple[Phrase, ...]:
    return tuple(phrases(note_words(text), text, 0))


def misplaced(note_text: str, all_notes: list[str], draft: Draft) -> list[Misplaced]:
    """Where the draft moves this note's attributes off its object, or gives its object another
    note's attribute. `all_notes` license an attribute on an object any note gives it."""
    mine = note_phrases(note_text)
    if not any(a for p in mine for a in p.attrs if attr_kind(a.lower) in CHECKED_KINDS):
        return []
    licensed = [p for t in all_notes for p in note_phrases(t)]
    drafted = draft_phrases(draft)
    problems: list[Misplaced] = []
    for phrase in mine:
        on_object = [d for d in drafted if same_head(d.head, phrase.head)]
        if not on_object:
            # the object may be named another way (the content check speaks for it), but an
            # attribute of it on another object of the notes has moved: "red tongue" -> "red model"
            problems += [Misplaced(attr_kind(a.lower), f"'{a.tok.text}' is said of the {d.head.tok.text}, the note says it "
                                                        f"of the {phrase.head.tok.text}, which the draft does not name")
                         for a in phrase.attrs if attr_kind(a.lower) in CERTAIN_KINDS
                         for d in drafted if any(same_attr(a, x) for x in d.attrs)
                         and any(p.names(d.head) for p in licensed) and not _licensed(a, d.head, licensed)][:1]
            continue
        for attr in phrase.attrs:
            kind = attr_kind(attr.lower)
            if kind not in CHECKED_KINDS or any(same_attr(attr, a) for d in on_object for a in d.attrs):
                continue
            elsewhere = [d for d in drafted if not same_head(d.head, phrase.head)
                         and any(same_attr(attr, a) for a in d.attrs)
                         and not _licensed(attr, d.head, licensed)]
            if elsewhere:
                problems.append(Misplaced(kind, f"'{attr.tok.text}' is said of the {elsewhere[0].head.tok.text}, "
                                                f"the note says it of the {phrase.head.tok.text}"))
        for d in on_object:
            for a in d.attrs:
                kind = attr_kind(a.lower)
                if kind not in CERTAIN_KINDS or _licensed(a, phrase.head, licensed):
                    continue
                if any(attr_kind(x.lower) == kind for x in phrase.attrs) or _owned_elsewhere(a, phrase.head, licensed):
                    problems.append(Misplaced(kind, f"the draft calls the {d.head.tok.text} '{a.tok.text}'; the notes "
                                                    f"do not say that of it", other_value=True))
    return _unique(problems)


def object_missing(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The note's object when the sentences that carry the note never name it: "a statue of a
    woman holding a torch" carried by "A woman holds a torch" (the statue became a person).
    The object is the note's first phrase's noun, past words like "row" or "close-up"; the
    sentence before may name it too ("... a statue. It holds a torch.")."""
    if not sentences:
        return None
    lex = lexicon.load()
    obj = next((p for p in note_phrases(note_text) if p.head.lower not in lex.partitives
                and attr_kind(p.head.lower) is None), None)
    if obj is None:
        return None
    near = range(max(0, min(sentences) - 1), max(sentences) + 1)
    if any(obj.names(w) or _compound_part(w.lower, obj.head.lower) for s in near for w in draft.sentence_words(s)):
        return None
    return obj.head.tok.text


def unrelated(draft: Draft, notes: list[str]) -> list[Span]:
    """Relations the draft sets between two objects of the notes that no note relates: "the
    lake, which is surrounded by trees", where one note has the lake and another the trees.
    Each object alone is supported, so the word-level check passes it."""
    lex = lexicon.load()
    by_note = [note_phrases(t) for t in notes]
    spans: list[Span] = []
    for s in range(len(draft.sents)):
        ws = draft.sentence_words(s)
        # objects, past partitives: "a group of trees" is trees
        found_objects = [p for p in _sentence_phrases(draft.text)[s] if p.head.lower not in lex.partitives]
        for r, w in enumerate(ws):
            if w.lower not in lex.relations:
                continue
            before = [p for p in found_objects if p.head.tok.end <= w.tok.start]
            after = [p for p in found_objects if p.head.tok.start > w.tok.end]
            if not before or not after:
                continue
            x, y = before[-1].head, after[0].head
            between = draft.text[x.tok.end:w.tok.start]
            if any(c in _BREAK_CHARS for c in draft.text[w.tok.end:y.tok.start]) or \
                    sum(1 for v in ws if w.tok.end <= v.tok.start < y.tok.start) > 6 or \
                    any(c in _BREAK_CHARS for c in between) and not _RELATIVE.match(between):
                continue  # "birds flying above them, and a wall": the relation's object is a pronoun
            known = [i for i, ps in enumerate(by_note) if any(p.names(x) for p in ps)], \
                [i for i, ps in enumerate(by_note) if any(p.names(y) for p in ps)]
            if not known[0] or not known[1] or set(known[0]) & set(known[1]):
                continue  # an object no note has (the word check speaks for it), or a note relates them
            end = ws[r + 1].tok.end if r + 1 < len(ws) and ws[r + 1].lower in ("by", "with") else w.tok.end
            spans.append(Span(text=draft.text[w.tok.start:end], start=w.tok.start, end=end, tier="check",
                              reason=f"relates the {x.tok.text} and the {y.tok.text}, which no note relates"))
    return spans


def _compound_part(a: str, b: str) -> bool:
    """"daylight" and "light", "bookshelf" and "shelf": one word a compound of the other."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long != short and (long.endswith(short) or long.startswith(short))


def _licensed(attr: Word, head: Word, licensed: list[Phrase]) -> bool:
    """A note gives `head` this attribute: as its noun, or as a noun inside its phrase ("a
    snake clay model" licenses "a clay snake")."""
    return any(p.names(head) and any(same_attr(attr, a) for a in p.attrs) for p in licensed)


def _owned_elsewhere(attr: Word, head: Word, licensed: list[Phrase]) -> bool:
    return any(not same_head(p.head, head) and any(same_attr(attr, a) for a in p.attrs) for p in licensed)


def _unique(problems: list[Misplaced]) -> list[Misplaced]:
    seen: set[str] = set()
    return [p for p in problems if not (p.evidence in seen or seen.add(p.evidence))]
