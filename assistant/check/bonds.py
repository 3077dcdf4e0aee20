"""Bonds between a note's things: what is on, in, under, behind, in front of or part of what, what
has what, and what is what ("the building is a hotel").

The content match passes "A cat beside a table" for "cat on table": every content word of the
note is there, and binding.py's phrases keep each thing's attributes. What changed is the bond
between the two things: the cat's place on the table became a place beside it. The note's bond
is the thing right before a placing word and the thing right after it; the draft keeps it when
any sentence naming both says it in its own words, one of its kind, or the converse with the
things the other way round ("a table with a cat on it"). It is lost when every such sentence
links the two only by a weaker word ("beside", "next to", "near", "and") or by the note's own
word the other way round ("a shelf on a book"), and no note says it so. A check-tier look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant import lexicon
from assistant.check import naming
from assistant.check.binding import BREAK_CHARS, Phrase, is_noun, note_phrases, same_head, sentence_phrases
from assistant.check.sentence_memo import by_sentences
from assistant.check.words import Draft, note_words, says_any
from assistant.check.worn import DETERMINERS, WITH, before_determiners, first_word, is_worn, names, word_index
from assistant.text import ARTICLES

#: Words that place one thing by another, by the bond they say: (words, bond).
_PLACING: tuple[tuple[tuple[str, ...], str], ...] = (
    (("on", "top", "of"), "on"), (("in", "front", "of"), "front"), (("part", "of"), "part"),
    (("on",), "on"), (("onto",), "on"), (("upon",), "on"), (("atop",), "on"),
    (("in",), "in"), (("inside",), "in"), (("within",), "in"), (("into",), "in"),
    (("under",), "under"), (("beneath",), "under"), (("underneath",), "under"), (("below",), "under"),
    (("above",), "above"), (("over",), "above"), (("behind",), "behind"),
    (("has",), "has"), (("have",), "has"), (("holding",), "has"), (("holds",), "has"), (("carrying",), "has"),
    (("carries",), "has"), (("containing",), "has"), (("contains",), "has"), (("with",), "has"), (("w",), "has"),
    (("featuring",), "has"), (("features",), "has"), (("wearing",), "has"), (("wears",), "has"),
)
#: A note's bond said by the draft in these words keeps it, in the note's order ...
_SAME = {"is": {"is"}, "on": {"on", "in", "above", "part"}, "in": {"in", "on", "part"}, "part": {"part", "on", "in"},
         "under": {"under"}, "above": {"above", "on"}, "behind": {"behind"}, "front": {"front"},
         "has": {"has", "part"}}
#: ... and in these with the two things the other way round ("a table with a cat on it").
_CONVERSE = {"is": {"is"}, "on": {"has", "under"}, "in": {"has"}, "part": {"has"}, "under": {"on", "above"},
             "above": {"under"}, "behind": {"front"}, "front": {"behind"}, "has": {"on", "in", "part"}}
#: Words that only put two things together: what a bond said this way has lost.
_WEAK = frozenset("beside next near nearby by alongside and close".split())
_NOTE_BONDS = frozenset({"is", "on", "in", "part", "under", "above", "behind", "front", "has"})
_NOT_IN_NOTES = frozenset({"wearing", "wears"})  # worn things are `worn_moved`'s
_MAX_GAP = 6
#: `_PLACING` by its first word, longest forms first (the bond of every word between two things is asked).
_FIRST_WORDS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    first: tuple(x for x in _PLACING if x[0][0] == first) for first in {form[0] for form, _ in _PLACING}}


def _bond_at(ws, i: int) -> tuple[str, int] | None:
    """The bond the words from index i say, and the index after them; none for a place in the
    picture ("on the left", "in the background")."""
    if ws[i].lower in ("is", "are"):
        # "the building is a hotel": one thing named twice; "is on", "is parked" say other bonds
        det = ws[i + 1].lower if i + 1 < len(ws) else ""
        nxt = ws[i + 2] if i + 2 < len(ws) else None
        return ("is", i + 2) if det in ARTICLES and nxt is not None and _bond_at(ws, i + 2) is None \
            and is_noun(nxt) and not nxt.direction else None
    for form, bond in _FIRST_WORDS.get(ws[i].lower, ()):
        if len(form) == 1 or tuple(w.lower for w in ws[i:i + len(form)]) == form:
            after = next((w for w in ws[i + len(form):i + len(form) + 3] if w.lower not in DETERMINERS), None)
            if after is not None and (after.direction or after.lower in lexicon.load().framing
                                      or after.lower in ("between", "among", "amid", "amongst")):
                return None  # "in the background"; "in between the mountains and the hill" is no "in"
            return bond, i + len(form)
    return None


@dataclass(frozen=True)
class _Bond:
    thing: Phrase
    bond: str
    other: Phrase
    loose: bool = False
    """Said with "with" ("a table with chairs", a terse note's "w/" for "has"): "a table and chairs"
    lists what "with" lists, so only "beside", "near" ... weaken it."""


def _objects(found: tuple[Phrase, ...]) -> list[Phrase]:
    lex = lexicon.load()
    return [p for p in found if p.head.lower not in lex.partitives and p.head.lower not in lex.framing
            and not p.head.direction and is_noun(p.head)]


@lru_cache(maxsize=4096)
def note_bonds(note_text: str) -> tuple[_Bond, ...]:
    """The note's bonds: the thing right before a placing word (a verb between: "man sitting on a
    horse") and the thing right after it."""
    ws = note_words(note_text)
    objects = _objects(note_phrases(note_text))
    at = word_index(ws)
    out = []
    for i, w in enumerate(ws):
        said = _bond_at(ws, i) if w.lower not in _NOT_IN_NOTES else None
        if said is None or said[0] not in _NOTE_BONDS:
            continue
        bond, end = said
        x = next((p for p in reversed(objects) if p.head.tok.end <= w.tok.start), None)
        y = next((p for p in objects if first_word(p).tok.start >= ws[end - 1].tok.end), None) if end <= len(ws) else None
        if x is None or y is None or same_head(x.head, y.head) or bond == "in" and is_worn(y.head.lower):
            continue
        if w.lower in WITH and lexicon.names_living([x.head.lower, y.head.lower]):
            continue  # "man with dog", "dog with ball": company, kept by "A man walks beside his dog"
        before, between = ws[at[x.head.tok.start] + 1:i], ws[end:at[first_word(y).tok.start]]
        copula = any(v.lower in ("is", "are", "has", "have") for v in before)
        if _governed(ws, at[first_word(x).tok.start], _ADVERBIAL | (_GOVERNING if copula else frozenset())):
            continue  # "captured at eye-level on a cloudy day", "a roof with paint is above": not the thing placed
        if len(before) > 3 or len(between) > 2 or any(is_noun(v) and not v.is_stop and v.lower not in ("is", "are") for v in before
                                  if not v.lower.endswith(("ing", "ed"))) or any(not v.is_stop for v in between):
            continue
        if any(c in BREAK_CHARS for c in note_text[x.head.tok.end:first_word(y).tok.start]):
            continue
        out.append(_Bond(x, bond, y, loose=w.lower in WITH))
    return tuple(out)


def _pair_links(text: str, ws, found: tuple[Phrase, ...], bond: _Bond,
                standins: tuple[tuple[Phrase, Phrase], ...] = ()) -> list[str]:
    """How each pair of mentions of the bond's two things in one text (a note, a draft sentence)
    is linked: "same" (the bond, or the other way round in its converse: "a table with a cat on
    it"), "weak" (only "beside", "near", "and", a list's comma), "reversed" (the bond's own word
    with the things swapped: "a shelf on a book") or "other". `standins`: "it" and the thing it
    stands for ("A table. A cat sits beside it.")."""
    if any((b := _bond_at(ws, k)) and b[1] < len(ws) and ws[b[1]].lower in ("it", "them") for k in range(len(ws))):
        return ["other"]  # "A table and a cat on top of it": the bond said of "it", not read here
    objects = _objects(found)
    xs = [p for p in objects if names(bond.thing, p)] + [p for p, was in standins if names(bond.thing, was)]
    ys = [p for p in objects if names(bond.other, p) and not names(bond.thing, p)] + [
        p for p, was in standins if names(bond.other, was) and not names(bond.thing, was)]
    at = word_index(ws)
    out = []
    for a in xs:
        for b in ys:
            forward = a.head.tok.start < b.head.tok.start
            first, second = (a, b) if forward else (b, a)
            lo, hi = first.head.tok.end, first_word(second).tok.start
            listed = _LISTED.fullmatch(text, lo, hi) is not None
            if hi <= lo or any(c in BREAK_CHARS for c in text[lo:hi]) and not listed:
                continue
            k0, k1 = at[first.head.tok.start] + 1, at[first_word(second).tok.start]
            if k1 - k0 > _MAX_GAP:
                continue
            said = {b2[0] for k in range(k0, k1) if (b2 := _bond_at(ws, k))}
            if listed:  # "A cat, a table and a lamp": items of a list; "The building, a hotel,": one thing
                governed = _governed(ws, at[first_word(first).tok.start])
                out.append("same" if bond.bond == "is" else "other" if governed else "weak")
            elif said & (_SAME[bond.bond] if forward else _CONVERSE[bond.bond]):
                out.append("same")
            elif not forward and not bond.loose and bond.bond in {
                    b2[0] for k in range(k0, k1) if ws[k].lower not in WITH and (b2 := _bond_at(ws, k))}:
                out.append("reversed")  # "with" goes both ways: "a man walks with a woman"
            elif not said and not any(lo <= p.head.tok.start < hi for p in objects) and _weak(ws, k0, k1, not bond.loose) \
                    and not _governed(ws, at[first_word(first).tok.start]):
                out.append("weak")
            else:
                out.append("other")
    return out


_LISTED = re.compile(r",\s*(?:and\s+)?(?:(?:a|an|the)\s+)?", re.I)


def _standins(text: str, s: int) -> tuple[tuple[Phrase, Phrase], ...]:
    """Draft sentence s's "it" and "them", each with the thing the sentence before names first."""
    draft = Draft.cached(text)
    before = _objects(sentence_phrases(text)[s - 1]) if s else []
    if not before:
        return ()
    return tuple((Phrase(head=w), before[0]) for w in draft.sentence_words(s) if w.lower in ("it", "them"))


#: Words that make what follows them their object: "blue from the sky and sea" lists colours' sources.
_GOVERNING = frozenset("from of in on at to for with by about like than between among".split())


#: Words whose object is no thing placed by a placing word after it ("at eye-level on a cloudy day").
_ADVERBIAL = frozenset("at from to for of about than like by".split())


def _governed(ws, k: int, words: frozenset[str] = _GOVERNING) -> bool:
    """The phrase starting at word k is the object of a word before it ("from the sky and sea"):
    its "and" lists what that word takes, and says nothing of how the two things stand."""
    k = before_determiners(ws, k - 1)
    return k >= 0 and ws[k].lower in words


_SECOND_THING = frozenset("a an the another some one two three several".split())


def _weak(ws, k0: int, k1: int, and_too: bool = True) -> bool:
    for k in range(k0, k1):
        low, nxt = ws[k].lower, ws[k + 1].lower if k + 1 < len(ws) else ""
        # not "by" ("held by a woman": the doer)
        # "and" before a determiner: "a cup and saucer", "a car and its rack" name one set or one owner's
        if low in ("beside", "near", "nearby", "alongside") or low == "and" and and_too and nxt in _SECOND_THING \
                or low in ("next", "close") and nxt == "to":
            return True
    return False


def _naming(thing: Phrase, text: str) -> frozenset[int]:
    """The draft sentences that may name the thing (`names`): a phrase word of theirs names its head
    or a noun of it, or their "it" may stand for a thing the sentence before names so. Only these
    can hold a mention: the rest are not read (each note's bonds ask of every sentence)."""
    return _naming_words(tuple(w.lower for w in (thing.head, *thing.nouns)), text)


@lru_cache(maxsize=1024)
def _naming_words(lows: tuple[str, ...], text: str) -> frozenset[int]:
    """`_naming` by the thing's words (all it reads of it): the notes name a thing again and again."""
    words = frozenset().union(*(naming.draft_words_naming(low, text) for low in lows))
    said = [bool(words & ws) for ws in naming.sentence_phrase_words(text)]
    pronoun = _pronouns(text)
    return frozenset(s for s in range(len(said)) if said[s] or pronoun[s] and s and said[s - 1])


@lru_cache(maxsize=256)
def _pronouns(text: str) -> tuple[bool, ...]:
    return tuple(says_any(s.text, _IT) for s in Draft.cached(text).sents)


_IT = frozenset({"it", "them"})


def _links_in(note_text: str, k: int, draft: Draft, s: int) -> tuple[str, ...]:
    """`_pair_links` of the note's k-th bond in draft sentence s, remembered by the sentence and the one
    before it (whose first thing an "it" stands for): it reads their words, phrases and text only."""
    return by_sentences("bond links", (note_text, k, draft.said(s, s + 1), draft.said(s - 1, s) if s else None),
                        lambda: tuple(_pair_links(draft.text, draft.sentence_words(s), sentence_phrases(draft.text)[s],
                                                  note_bonds(note_text)[k], _standins(draft.text, s))))


def bond_weakened(note_text: str, draft: Draft, notes: tuple[str, ...]) -> str | None:
    """A bond of the note ("cat on table") that the draft says only in weaker words ("A cat beside
    a table", "A cat and a table") or the other way round ("A table on a cat"), where no note says
    it so."""
    bonds = note_bonds(note_text)
    if not bonds:
        return None
    for k, bond in enumerate(bonds):
        where = _naming(bond.thing, draft.text) & _naming(bond.other, draft.text)
        links = [link for s in sorted(where) for link in _links_in(note_text, k, draft, s)]
        if not links or any(link in ("same", "other") for link in links):
            continue
        if any(link in ("weak", "reversed") for t in notes for link in _pair_links(t, note_words(t), note_phrases(t), bond)):
            continue  # a note says it so itself
        word = {"is": "is", "on": "on", "in": "in", "part": "part of", "under": "under", "above": "above", "behind": "behind",
                "front": "in front of", "has": "with"}[bond.bond]
        said = "the other way round" if "reversed" in links else "only beside or with it"
        return (f"the note has the {bond.thing.head.tok.text} {word} the {bond.other.head.tok.text}; the draft "
                f"says it {said}")
    return None
