"""Attributes stay on their objects: a note's colours, materials and sizes said of another
object of the draft, or another note's said of the note's object; an attribute the sentences
carrying a note leave off its object; one thing become several; two things of one kind made one
(binding.py reads the phrases)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import (CERTAIN_KINDS, AttrKind, Phrase, attr_kind, draft_phrases,
                                     dropped_kind, is_noun, label_end, note_phrases, same_attr, same_head,
                                     sentence_phrases, window_sentences)
from assistant.check import plural_subjects
from assistant.check.naming import draft_words_naming
from assistant.check.pronouns import pronoun_phrases
from assistant.check.sentence_memo import by_sentences
from assistant.check.terse_attributes import part_licensed, said_after
from assistant.check.word_forms import form_of, several_of, singular
from assistant.check.words import Draft, Word, note_words, read_sentence

CHECKED_KINDS: frozenset[AttrKind] = CERTAIN_KINDS | {"size"}


@dataclass
class Misplaced:
    """One attribute on the wrong object, as a problem of one note."""

    kind: AttrKind
    evidence: str
    other_value: bool = False
    """The draft gives the note's object another note's attribute (a contradiction), rather
    than taking the note's attribute away to another object."""
    to_noted: bool = True
    """The object that now has the attribute is one the notes describe. When no note names it
    ("a green crown" for "green leaves"), it may be the note's object or a part of it said
    another way: no difference is shown, only a look is asked for."""

    by_pronoun: bool = False
    """The other object is the one "it" stands for ("It is brown."): who "it" is, is a reading."""

    @property
    def certain(self) -> bool:
        return self.kind in CERTAIN_KINDS and self.to_noted and not self.by_pronoun


def misplaced(note_text: str, all_notes: list[str], draft: Draft) -> list[Misplaced]:
    """Where the draft moves this note's attributes off its object, or gives its object another
    note's attribute. `all_notes` license an attribute on an object any note gives it."""
    mine = note_phrases(note_text)
    if not _any_checked(note_text):
        return []
    licensed = _every_phrase(tuple(all_notes))
    drafted = draft_phrases(draft)
    by_head, by_noun, with_attrs = _drafted(draft.text)
    problems: list[Misplaced] = []
    for phrase in mine:
        named = draft_words_naming(phrase.head.lower, draft.text)
        on_object = [drafted[i] for i in sorted(i for w in named for i in by_head.get(w, ()))]
        # "a brown liquid goblet glass" for "brown liquid": the liquid keeps its colour inside the compound
        inside = [drafted[i] for i in sorted({i for w in named for i in by_noun.get(w, ())}) if drafted[i].head.lower not in named]
        if not on_object and not inside:
            # the object may be named another way (the content check speaks for it), but an
            # attribute of it on another object of the notes has moved: "red tongue" -> "red model"
            problems += [Misplaced(attr_kind(a.lower), f"'{a.tok.text}' is said of the {d.head.tok.text}, the note says it "
                                                        f"of the {phrase.head.tok.text}, which the draft does not name")
                         for a in phrase.attrs if attr_kind(a.lower) in CERTAIN_KINDS
                         for d in with_attrs if any(same_attr(a, x) for x in d.attrs)
                         and any(p.names(d.head) for p in licensed) and not _licensed(a, d.head, licensed)][:1]
            continue
        for attr in phrase.attrs:
            kind = attr_kind(attr.lower)
            if not _checked(attr) or any(same_attr(attr, a) for d in on_object for a in d.attrs) \
                    or any(same_attr(attr, a) and any(same_head(n, phrase.head) for n in d.inner(a))
                           for d in inside for a in d.attrs):
                continue
            elsewhere = [d for d in with_attrs if d.head.lower not in named
                         and any(same_attr(attr, a) for a in d.attrs)
                         and not _licensed(attr, d.head, licensed) and not _inner_licensed(attr, d, licensed)]
            if elsewhere:
                noted = [d for d in elsewhere if any(p.names(d.head) for p in licensed)]
                problems.append(Misplaced(kind, f"'{attr.tok.text}' is said of the {(noted or elsewhere)[0].head.tok.text}, "
                                                f"the note says it of the {phrase.head.tok.text}", to_noted=bool(noted)))
            elif kind in CERTAIN_KINDS and (it := _said_of_it(attr, phrase, draft, licensed, all_notes)):
                problems.append(Misplaced(kind, f"'{attr.tok.text}' is said of the {it.head.tok.text} ('it'), the note "
                                                f"says it of the {phrase.head.tok.text}", by_pronoun=True))
        for d in on_object:
            for a in d.attrs:
                kind = attr_kind(a.lower)
                if kind not in CERTAIN_KINDS or _licensed(a, phrase.head, licensed) \
                        or any(_licensed(a, n, licensed) for n in d.inner(a)) or part_licensed(a, phrase.head, all_notes) \
                        or said_after(a, d.head, tuple(all_notes)):
                    continue
                if any(attr_kind(x.lower) == kind for x in phrase.attrs) or _owned_elsewhere(a, phrase.head, licensed):
                    problems.append(Misplaced(kind, f"the draft calls the {d.head.tok.text} '{a.tok.text}'; the notes "
                                                    f"do not say that of it", other_value=True))
    return _unique(problems)


class _Licensed(tuple):
    """Every note's phrases, and what `_licensed` found of them (a pure function of the notes)."""
    memo: dict[tuple, bool]


@lru_cache(maxsize=256)
def _every_phrase(notes: tuple[str, ...]) -> _Licensed:
    found = _Licensed(p for t in notes for p in note_phrases(t))
    found.memo = {}
    return found


@lru_cache(maxsize=256)
def _drafted(text: str) -> tuple[MappingProxyType, MappingProxyType, tuple[Phrase, ...]]:
    """The draft's phrases (`draft_phrases`, in order) by head word and by a noun before the head, as
    their positions, and those with attributes: what `misplaced` reads of them, for every note."""
    drafted, by_head, by_noun = draft_phrases(Draft.cached(text)), {}, {}
    for i, d in enumerate(drafted):
        by_head.setdefault(d.head.lower, []).append(i)
        for n in d.nouns:
            by_noun.setdefault(n.lower, []).append(i)
    return (MappingProxyType({w: tuple(at) for w, at in by_head.items()}),
            MappingProxyType({w: tuple(at) for w, at in by_noun.items()}), tuple(d for d in drafted if d.attrs))


@lru_cache(maxsize=4096)
def _any_checked(note_text: str) -> bool:
    """Whether the note gives its things an attribute `misplaced` judges (every check asks, of every note)."""
    return any(_checked(a) for p in note_phrases(note_text) for a in p.attrs)


def _checked(attr: Word) -> bool:
    """An attribute whose move to another object is judged: a colour, material or size, or a count
    above one ("two cups and one plate" said "one cup and two plates": both numbers are still there,
    so the number check passes it). One is left out: "a" says it as well as "one" does, and "one" is
    as often a pronoun ("the one on the left")."""
    kind = attr_kind(attr.lower)
    return kind in CHECKED_KINDS or kind == "number" and attr.number is not None and attr.number > 1


def _said_of_it(attr: Word, phrase: Phrase, draft: Draft, licensed: _Licensed, notes: list[str]) -> Phrase | None:
    """The thing "it" stands for, when a sentence says the note's attribute of it ("It is brown.") and
    it is another thing, which no note gives that attribute."""
    return next((d for d in pronoun_phrases(draft.text) if not phrase.names(d.head) and not same_head(d.head, phrase.head)
                 and any(same_attr(attr, a) for a in d.attrs) and not _licensed(attr, d.head, licensed)
                 and not said_after(attr, d.head, tuple(notes)) and not part_licensed(attr, d.head, notes)), None)


def _licensed(attr: Word, head: Word, licensed: _Licensed) -> bool:
    """A note gives `head` this attribute, as its noun or a noun inside ("a snake clay model")."""
    said = (attr.lower, attr.color, attr.number, head.lower)  # all `same_attr` and `Phrase.names` read of them
    found = licensed.memo.get(said)
    if found is None:
        if len(licensed.memo) >= 8192:
            licensed.memo.clear()
        found = licensed.memo[said] = any(p.attrs and any(same_attr(attr, a) for a in p.attrs) and p.names(head)
                                          for p in licensed)
    return found


def _inner_licensed(attr: Word, d: Phrase, licensed: _Licensed) -> bool:
    """A note gives this attribute to a noun of `d` that it stands before ("brown liquid" for
    "a brown liquid goblet glass"): the attribute may be that noun's."""
    return any(same_attr(attr, a) and _licensed(a, n, licensed) for a in d.attrs for n in d.inner(a))


def _owned_elsewhere(attr: Word, head: Word, licensed: list[Phrase]) -> bool:
    return any(not same_head(p.head, head) and any(same_attr(attr, a) for a in p.attrs) for p in licensed)


def _unique(problems: list[Misplaced]) -> list[Misplaced]:
    seen: set[str] = set()
    return [p for p in problems if not (p.evidence in seen or seen.add(p.evidence))]


def opposite_said_of(note_text: str, unit: str, said: Word, draft: Draft) -> bool:
    """Whether the draft's `said`, an opposite of the note's word `unit`, is said of the thing
    the note says `unit` of: "the small pillow" for "a big pillow" is, "large slabs of rock"
    for "two small stones" and "in low light" for "a dark statue" are not (another thing, or
    the word as a noun). An opposite the note states itself ("looking-down close-up") is none."""
    if any(lexicon.lemmas(w.lower) & lexicon.lemmas(said.lower) for w in note_words(note_text)):
        return False
    mine = note_phrases(note_text)
    theirs = draft_phrases(draft)
    owner = next((p for p in mine if any(_same_lemma(a.lower, unit) for a in p.attrs)), None)
    if owner is not None:
        return any(any(a.tok.start == said.tok.start for a in d.attrs) and (d.names(owner.head) or owner.names(d.head))
                   for d in theirs)
    if any(_same_lemma(p.head.lower, unit) for p in mine):
        return any(d.head.tok.start == said.tok.start for d in theirs)  # "a woman" for "a man"
    return True


def _same_lemma(a: str, b: str) -> bool:
    return a == b or bool(lexicon.lemmas(a) & lexicon.lemmas(b))


def attribute_dropped(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A size or material the note gives an object that the sentences carrying the note name
    but never describe so: "small purple flower clusters" carried by "purple flower clusters".
    The content match passes it when most of the note's words are there. Colours are critical
    units of the match already; an attribute said of another object is `attributes.misplaced`."""
    described = _described(note_text) if sentences else ()
    if not described:
        return None
    carried = window_sentences(note_text, draft, sentences)
    there = by_sentences("attributes there", (note_text, draft.said(carried.start, carried.stop)),
                         lambda: _attributes_there(note_text, described, draft, carried))
    for phrase, a, dropped in there:
        if dropped or _colour_lost(a, phrase, draft, carried):
            return f"the note calls the {phrase.head.tok.text} {a.tok.text}; the sentences that carry it do not"
    return None


@lru_cache(maxsize=4096)
def _described(note_text: str) -> tuple[Phrase, ...]:
    """The note's phrases and colours said after their thing, when any gives a size, material or colour
    (`attribute_dropped` judges those), else none: a pure function of the note, every check asks."""
    described = (*note_phrases(note_text), *colours_after(note_text))
    return described if any(dropped_kind(a.lower) in _DROPPED_KINDS for p in described for a in p.attrs) else ()


def _attributes_there(note_text: str, described: tuple[Phrase, ...], draft: Draft,
                      carried: range) -> tuple[tuple[Phrase, Word, bool], ...]:
    """The attributes of the note's things the carrying sentences name, each with whether it is a size
    or material they never say (a colour is judged against the whole draft: `_colour_lost`)."""
    window = [w for s in carried for w in draft.sentence_words(s)]
    phrases_there = [p for s in carried for p in sentence_phrases(draft.text)[s]]
    end = label_end(note_text)
    body = [p for p in note_phrases(note_text) if p.head.tok.start >= end]
    out = []
    for phrase in described:
        if not any(d.names(phrase.head) or phrase.names(d.head) for d in phrases_there):
            continue
        if phrase.head.tok.start < end and any(same_head(p.head, phrase.head) for p in body):
            continue  # the heading's words for an object the body describes: the body's stand
        for a in phrase.attrs:
            if dropped_kind(a.lower) in ("size", "material") and not any(same_attr(a, w) for w in window):
                out.append((phrase, a, True))
            elif attr_kind(a.lower) == "colour":
                out.append((phrase, a, False))
    return tuple(out)


_DROPPED_KINDS: frozenset[AttrKind] = frozenset({"size", "material", "colour"})  # what attribute_dropped judges
_QUOTE_GAP = re.compile(r'\s*(?:["“][^"”]*["”]\s*)?')


@lru_cache(maxsize=256)
def _draft_colours_after(text: str) -> tuple[Phrase, ...]:
    """`colours_after` of every sentence of a draft ("the text in black")."""
    return tuple(c for s in Draft.cached(text).sents for c in colours_after(s.text))


@lru_cache(maxsize=4096)
def colours_after(note_text: str) -> tuple[Phrase, ...]:
    """The colours a note gives a thing after it with "in" ('letters "CAFE" in yellow', "text in
    white and red"), as phrases: the phrase reading takes colours before their noun only. A person
    "in red" wears it (the clothes may carry the colour), and "in red paint" names another thing."""
    ws = note_words(note_text)
    found = note_phrases(note_text)
    out = []
    for k, w in enumerate(ws[:-1]):
        if w.lower != "in" or attr_kind(ws[k + 1].lower) != "colour":
            continue
        colours = [ws[k + 1]]
        j = k + 2
        while j + 1 < len(ws) and ws[j].lower in ("and", "or") and attr_kind(ws[j + 1].lower) == "colour":
            colours.append(ws[j + 1])
            j += 2
        if j < len(ws) and is_noun(ws[j]) and not ws[j].is_stop and attr_kind(ws[j].lower) is None:
            continue
        owner = next((p for p in reversed(found) if p.head.tok.end <= w.tok.start
                      and _QUOTE_GAP.fullmatch(note_text, p.head.tok.end, w.tok.start)), None)
        if owner is not None and not lexicon.names_member("person", [owner.head.lower]):
            out.append(Phrase(head=owner.head, attrs=colours, nouns=list(owner.nouns)))
    return tuple(out)


@lru_cache(maxsize=16384)
def _says_colour(colour: str, sentence: str) -> bool:  # `same_attr` of a colour reads the words' forms only
    return any(same_attr(note_words(colour)[0], w) for w in read_sentence(sentence)[0])


def _colour_lost(colour: Word, phrase: Phrase, draft: Draft, window: range) -> bool:
    """The sentences that carry the note name its object but never with its colour: "a rug"
    for "a red rug", while "red" is said of another thing (which the word match counts). A
    colour the draft never writes is the word match's to judge. The colour stays when any
    phrase of the draft gives it to the object or to a noun the note names it by ("the floor
    is made of red tiles" for "red tile floor"), or a sentence naming the object has it loose,
    on no other thing ("a rug in red")."""
    if not any(_says_colour(colour.lower, s.text) for s in draft.sents):
        return False
    if any(d.attrs and any(same_attr(colour, x) for x in d.attrs) and (d.names(phrase.head) or phrase.names(d.head))
           for d in (*draft_phrases(draft), *pronoun_phrases(draft.text), *_draft_colours_after(draft.text))):
        return False
    for s in window:
        found = sentence_phrases(draft.text)[s]
        if not any(d.names(phrase.head) for d in found):
            continue
        bound = {x.tok.start for d in found for x in d.attrs}
        if any(same_attr(colour, w) and w.tok.start not in bound for w in draft.sentence_words(s)):
            return False
    return True


def count_changed(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...] = ()) -> str | None:
    """One thing in the note, several in the sentences that carry it: "a bus with a hole in the
    roof" carried by "a bus with holes in the roof". No number is written, so the number check
    cannot see it. After a plural ("planks with a hole") the one may be one each: not judged. A terse
    note writes no article ("wall punctuated by square sign"): a singular with no determiner or number
    before it is one as well ("signs" says several), where no note names it in the plural or counts it."""
    if not sentences:
        return None
    for phrase, last in _counted_as_one(note_text, notes or (note_text,)):
        naming = draft_words_naming(phrase.head.lower, draft.text)
        window = window_sentences(note_text, draft, sentences)
        named = [d.head for s in window for d in sentence_phrases(draft.text)[s] if d.head.lower in naming] or [
            w for s in window for w in draft.sentence_words(s) if w.lower in _subjects_naming(phrase.head.lower, draft, s)]
        # the match may have picked another sentence that names it too ("roads" of a city): a
        # singular anywhere in the draft may carry the note
        anywhere = naming & _heads(draft.text) if named else ()  # the words of the draft's things that name it
        if named and all(low != phrase.head.lower and several_of(low, phrase.head.lower) for low in anywhere) and (
                last is not None and last.lower in _ONE or form_of(named[0].lower, phrase.head.lower)):  # "cabinetry"
            return f"the note has one {phrase.head.tok.text}, the draft says {named[0].tok.text}"
    return None


def _subjects_naming(low: str, draft: Draft, s: int) -> set[str]:
    """The plurals of sentence s said as a verb's subject that name the note's `low` ("people dot the hill")."""
    return {w for w in plural_subjects.subjects(draft, s) if w != low and form_of(w, low)}  # "sheep", "people"


@lru_cache(maxsize=4096)
def _counted_as_one(note_text: str, notes: tuple[str, ...]) -> tuple[tuple[Phrase, Word | None], ...]:
    """The phrases of the note `count_changed` judges, each with the word before it: what reads them
    is the notes' texts alone, so they are remembered (every check against the notes asks)."""
    ws = note_words(note_text)
    found = note_phrases(note_text)
    out = []
    for phrase in found:
        first = min([phrase.head, *phrase.attrs, *phrase.nouns], key=lambda w: w.tok.start)
        before = [w for w in ws if w.tok.end <= first.tok.start]
        last = before[-1] if before else None  # none: a terse note's opening thing ("person walking dog")
        if last is not None and not _counted_one(last) or not singular(phrase.head.lower):
            continue
        if (last is None or last.lower not in _ONE) and (
                phrase not in _only_ever_one(note_text, notes) or any(w.number is not None for w in before)
                or _modifies(phrase.head, ws) or last is not None and last.lower in _COPULAS
                or phrase.head.lower.endswith("ing")):
            continue  # terse: "castle on rocky hill" where another note has "rocky hills"; "3 arrow shapes"
        if any(x.tok.end <= first.tok.start and not singular(x.lower) and not _listed_before(x, first, ws)
               for p in found for x in (p.head, *p.nouns)):
            continue  # "houses with a red roof": one each, so "red roofs" says the same
        out.append((phrase, last))
    return tuple(out)


#: Words before a singular that leave its count open or say it otherwise ("the sign", "its roof",
#: "every sign"): only "a", "one" or no determiner at all count as one.
_NOT_COUNTED = frozenset("the this that these those some any many several few each every all no more most other "
                         "another both either neither their its his her our your my whose which what such".split())


_ONE = frozenset({"a", "an", "one", "single"})
_LISTING = frozenset({"and", "or"})


def _listed_before(plural: Word, first: Word, ws: tuple[Word, ...]) -> bool:
    """The plural is the item listed right before the phrase ("cars and person"): another thing, not
    what the singular is one of each."""
    between = [w for w in ws if plural.tok.end <= w.tok.start < first.tok.start]
    return len(between) == 1 and between[0].lower in _LISTING


def _modifies(head: Word, ws: list[Word]) -> bool:
    """The word names the kind of the noun after it ("arrow shapes"), so it is counted by that noun."""
    after = [w for w in ws if w.tok.start >= head.tok.end][:1]
    return bool(after) and not after[0].is_stop and is_noun(after[0]) and attr_kind(after[0].lower) is None


def _counted_one(before: Word) -> bool:
    return before.lower in _ONE or before.lower not in _NOT_COUNTED and before.number is None


def one_and_several(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """A thing every note names as one ("yellow crane"), said as several by the sentences that carry
    the note ("yellow cranes") while another sentence of the draft names it as one ("the yellow crane on
    top"): the draft disagrees with itself and with the notes. `count_changed` asks for "a" in the note;
    a terse note leaves it out, and its plural may be one each ("trains carrying crane"): the draft's
    own singular says which."""
    if not sentences or not (ones := _only_ever_one(note_text, tuple(notes))):
        return None  # the draft is read only for a thing every note names as one
    heads, plurals = _heads(draft.text), _plural_lemmas(draft.text)
    candidates = [p for p in ones if p.head.lower in heads and p.head.lower in plurals] if plurals else ()
    if not candidates:
        return None
    plural = _plural_phrases(draft.text)
    theirs = [d for s in window_sentences(note_text, draft, sentences) for d in plural.get(s, ())]
    for phrase in candidates if theirs else ():
        low = phrase.head.lower
        several = next((d for d in theirs if same_head(d.head, phrase.head) and _alike(d, phrase)), None)
        if several is not None and any(d.head.lower == low and _alike(d, phrase) for d in draft_phrases(draft)):
            return (f"the notes have one {phrase.head.tok.text}; the draft says {several.head.tok.text} here and "
                    f"{phrase.head.tok.text} elsewhere")
    return None


@lru_cache(maxsize=256)
def _plural_phrases(text: str) -> dict[int, tuple[Phrase, ...]]:
    """Per draft sentence, its things named in the plural."""
    found = {s: tuple(d for d in ps if not singular(d.head.lower)) for s, ps in enumerate(sentence_phrases(text))}
    return {s: ps for s, ps in found.items() if ps}


@lru_cache(maxsize=256)
def _plural_lemmas(text: str) -> frozenset[str]:
    """The singulars of the draft's things named in the plural ("cranes" -> "crane")."""
    return frozenset(lemma for ps in _plural_phrases(text).values() for d in ps for lemma in lexicon.lemmas(d.head.lower))


@lru_cache(maxsize=256)
def _heads(text: str) -> frozenset[str]:
    """The words the draft's things are named by."""
    return frozenset(d.head.lower for d in draft_phrases(Draft.cached(text)))


@lru_cache(maxsize=4096)
def _only_ever_one(note_text: str, notes: tuple[str, ...]) -> tuple[Phrase, ...]:
    """The note's things that every note names as one: singular, never plural, never counted."""
    everyone = [p for t in notes for p in note_phrases(t)]
    return tuple(phrase for phrase in note_phrases(note_text) if singular(low := phrase.head.lower) and not any(
        same_head(p.head, phrase.head) and (p.head.lower != low or any(a.number is not None and a.number >= 2
                                                                       for a in p.attrs)) for p in everyone))


def _alike(d: Phrase, phrase: Phrase) -> bool:
    """The draft's phrase keeps the note's colours or materials, when it has any ("yellow crane")."""
    kept = [a for a in phrase.attrs if attr_kind(a.lower) in CERTAIN_KINDS]
    return not kept or any(same_attr(a, x) for a in kept for x in d.attrs)


_COPULAS = frozenset({"is", "are", "was", "were"})
