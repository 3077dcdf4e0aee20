"""Attributes stay on their objects: a note's colours, materials and sizes said of another
object of the draft, or another note's said of the note's object (binding.py reads the phrases)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import lexicon
from assistant.check.binding import CERTAIN_KINDS, AttrKind, Phrase, attr_kind, draft_phrases, note_phrases, same_attr, same_head
from assistant.check.words import Draft, Word, note_words

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

    @property
    def certain(self) -> bool:
        return self.kind in CERTAIN_KINDS and self.to_noted


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
        # "a brown liquid goblet glass" for "brown liquid": the liquid keeps its colour inside the compound
        inside = [d for d in drafted if not same_head(d.head, phrase.head) and any(same_head(n, phrase.head) for n in d.nouns)]
        if not on_object and not inside:
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
            if kind not in CHECKED_KINDS or any(same_attr(attr, a) for d in on_object for a in d.attrs) \
                    or any(same_attr(attr, a) and any(same_head(n, phrase.head) for n in d.inner(a))
                           for d in inside for a in d.attrs):
                continue
            elsewhere = [d for d in drafted if not same_head(d.head, phrase.head)
                         and any(same_attr(attr, a) for a in d.attrs)
                         and not _licensed(attr, d.head, licensed) and not _inner_licensed(attr, d, licensed)]
            if elsewhere:
                noted = [d for d in elsewhere if any(p.names(d.head) for p in licensed)]
                problems.append(Misplaced(kind, f"'{attr.tok.text}' is said of the {(noted or elsewhere)[0].head.tok.text}, "
                                                f"the note says it of the {phrase.head.tok.text}", to_noted=bool(noted)))
        for d in on_object:
            for a in d.attrs:
                kind = attr_kind(a.lower)
                if kind not in CERTAIN_KINDS or _licensed(a, phrase.head, licensed) \
                        or any(_licensed(a, n, licensed) for n in d.inner(a)) or _part_licensed(a, phrase.head, all_notes):
                    continue
                if any(attr_kind(x.lower) == kind for x in phrase.attrs) or _owned_elsewhere(a, phrase.head, licensed):
                    problems.append(Misplaced(kind, f"the draft calls the {d.head.tok.text} '{a.tok.text}'; the notes "
                                                    f"do not say that of it", other_value=True))
    return _unique(problems)


def _licensed(attr: Word, head: Word, licensed: list[Phrase]) -> bool:
    """A note gives `head` this attribute, as its noun or a noun inside ("a snake clay model")."""
    return any(p.names(head) and any(same_attr(attr, a) for a in p.attrs) for p in licensed)


_HAS = re.compile(r"^\s*(?:w/|(?:with|has|have|having)\b)", re.I)


def _part_licensed(attr: Word, head: Word, notes: list[str]) -> bool:
    """A note gives this attribute to a part of the thing or what it holds ("a pond with green
    water", "pond w/ green water"): a caption may say it of the whole ("a green pond"). Whether the
    part is carried is the content check's to say; the whole is not called something else."""
    for text in notes:
        found = note_phrases(text)
        for p, part in zip(found, found[1:]):
            start = min(w.tok.start for w in (part.head, *part.attrs, *part.nouns))
            if p.names(head) and _HAS.match(text[p.head.tok.end:start]) and any(same_attr(attr, a) for a in part.attrs):
                return True
    return False


def _inner_licensed(attr: Word, d: Phrase, licensed: list[Phrase]) -> bool:
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
