"""How a caption joins two things: a note's "A with B" (A has B) must not become "A by B" or "A is
by B" (A beside B), nor "C with B" for another note's thing C that no note gives a B.

The first comes from mending a terse note into a sentence ("lake with wavy water" -> "A lake, by wavy
water, ..."; "sidewalk w/ sunlight" -> "A sidewalk is by sunlight"): every word of the note is
still there, so the content match passes it, and `relations.unrelated` reads only two notes'
things. "covered by", "lit by" keep the join (a verb stands between). Check tier: the sentence
says another thing, but a reader may take it the note's way. The second is an attribute moved to
another object, for a part rather than a colour or material (`attributes.misplaced`).

A third: a thing listed in the note's "A with B and C is fixed to D", made the subject of A's verb when
the caption splits the list ("A with B. C is fixed to D."): the words and their order are the note's.
A fourth: "B is a painting" for the note's "a painting of B" (`likeness_equated`). A part the note
gives its thing said only apart from it, or given to one of several things, is parts.py's.

Tried and left out: a participle after "A with B" moved onto A by an "is" ("a bookshelf with
books arranged on a shelf" -> "... with books is arranged on the shelf"): as often the
participle is A's in the note itself ("a car with silver mirrors parked on the floor"). Only
where A then sits on itself (its compound's part, or the note's "it" that is A) is it judged
(`placed_on_itself`). And a note's participle join ("tied to the railing") said between two other
things of the note (`joined_elsewhere`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from types import MappingProxyType

from assistant import lexicon
from assistant.check.binding import (Phrase, attr_kind, first_object, is_noun, label_end, names_word, note_phrases,
                                     same_head, sentence_phrases, window_sentences)
from assistant.check.with_pairs import AND, AND_OR_COMMA, FILLERS, HAS, between, listed_after, with_pairs
from assistant.check.words import Draft
from assistant.text import ARTICLES

_BE = frozenset("is are was were".split())  # "a sidewalk is by sunlight"


def _named(p: Phrase, q: Phrase) -> bool:
    return p.names(q.head) or q.names(p.head)


def changed(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """How the sentences carrying the note join two of its things otherwise, or None."""
    if not sentences:
        return None
    pairs = list(with_pairs(note_text))
    if not pairs:
        return None
    for s in window_sentences(note_text, draft, sentences):
        ps = sentence_phrases(draft.text)[s]
        for x, y in zip(ps, ps[1:]):
            joined = between(draft.text, x, y)
            for a, b in pairs:
                if not (_named(a, x) and _named(b, y)) or joined is None:
                    continue
                if joined and joined[-1] == "by" and set(joined[:-1]) <= _BE:
                    return (f"the note has the {a.head.tok.text} with the {b.head.tok.text}; the draft puts the "
                            f"{x.head.tok.text} by the {y.head.tok.text}")
    return None


def part_moved(note_text: str, draft: Draft, notes: tuple[str, ...]) -> str | None:
    """A part the note gives its thing ("a concrete surface with beige tiles"), given by the draft
    to another note's thing that no note gives it ("the brick pavement with beige tiles"): the
    attribute-moved problem for a with-phrase, which `attributes.misplaced` (colours, materials,
    sizes) does not read. The other thing must be another note's object, not a name the draft
    found for this one."""
    pairs = list(with_pairs(note_text, HAS, listed=AND))
    if not pairs:
        return None
    others = [o for n in notes if n != note_text and (o := first_object(n)) is not None]
    # "the legs of the table" gives the table legs as "a table with legs" does
    licensed = [pair for n in notes for pair in with_pairs(n, HAS, listed=AND_OR_COMMA)] + [
        (whole, part) for n in notes for part, whole in with_pairs(n, (["of"],))] + [
        pair for n in notes for pair in _placed_pairs(n)]
    # the note's own thing, by its heading too ("Round window: a round dark glass with a frame")
    mine = [p for p in note_phrases(note_text) if p.head.tok.start < label_end(note_text)] + [pairs[0][0]]
    for ps in sentence_phrases(draft.text):
        for k, (x, y) in enumerate(zip(ps, ps[1:])):
            joined = between(draft.text, x, y)
            # "the window below the clock has a frame": "has" joins the sentence's subject, "with" the phrase before
            if joined not in HAS or (joined not in (["with"], ["w/"]) and k > 0) or attr_kind(y.head.lower) is not None:
                continue
            # "has a frame and numerals": both the window's; after the note's own thing ("a clock with
            # a glass window and a frame") the rest of the list may be that thing's
            listed = () if any(_named(m, y) for m in mine) else tuple(listed_after(draft.text, ps, k + 1))
            if any(_named(m, x) for m in mine):
                continue
            for y2 in (y, *listed):
                if _compounded(x, y2, notes) or attr_kind(y2.head.lower) is not None:
                    continue
                moved = next((ab for ab in pairs if _moved_to(x, y2, ab, others, licensed)), None)
                if moved:
                    return (f"the note's {moved[1].head.tok.text} is the {moved[0].head.tok.text}'s; the draft gives it to "
                            f"the {x.head.tok.text}")
    return None


#: words that put one thing at another: "moss between the steps", "a door on the barn", "next to"
_PLACES = frozenset("on in at by over under along across among amid around near between through onto into upon "
                    "next to of top front beside behind below above beneath underneath inside atop against".split())


def _placed_pairs(note_text: str) -> Iterator[tuple[Phrase, Phrase]]:
    """Consecutive things a note puts one at the other by place words, alone or after a participle
    ("moss growing between the steps"), both ways round: a draft's "the steps with moss" says the
    note's relation another way, it moves nothing."""
    ps = note_phrases(note_text)
    for a, b in zip(ps, ps[1:]):
        joined = between(note_text, a, b)
        if joined and len(joined) <= 3 and joined[-1] in _PLACES and all(
                w in _PLACES or w.endswith(("ing", "ed")) for w in joined):
            yield a, b
            yield b, a


_POSSESSIVE_RE = re.compile(r"(?<=\w)'s\b")


def _compounded(x: Phrase, y: Phrase, notes: tuple[str, ...]) -> bool:
    """Whether a note names y's thing as x's in one phrase: "the barn door", "the barn's door"."""
    return any(same_head(p.head, y.head) and any(same_head(n, x.head) for n in p.nouns)
               for note in notes for p in note_phrases(_POSSESSIVE_RE.sub("", note)))


def _moved_to(x: Phrase, y: Phrase, pair: tuple[Phrase, Phrase], others: list[Phrase],
              licensed: list[tuple[Phrase, Phrase]]) -> bool:
    """The draft's "x with y" gives the note's part (pair: thing, part) to x: another note's thing,
    not the note's own, and no note gives x that part."""
    a, b = pair
    if not _named(b, y) or _named(a, x) or not any(_named(o, x) and not _named(o, a) for o in others):
        return False
    return not any(_named(a2, x) and _named(b2, y) for a2, b2 in licensed)


#: Verbs that make a clause: the first after a note's subject is that subject's.
_FINITE = frozenset("is are was were has have".split())
_LISTED = frozenset({"and", "with"})
_PLURAL = frozenset({"are", "were", "have"})
_SUBORDINATE = frozenset("while where which that who whose when whereas as because".split())


def _plain(text: str) -> list[str]:
    """The words, lower-cased, articles left out ("a green light" and "green light" read alike)."""
    return [w for w in re.findall(r"[a-z0-9'\"]+", text.lower()) if w not in ARTICLES]


def _after_comma(text: str) -> set[int]:
    """Indices into `_plain(text)` of the words right after a comma: ", and the chain is gold" opens a clause."""
    pieces = text.split(",")
    out, n = set(), 0
    for piece in pieces[:-1]:
        n += len(_plain(piece))
        out.add(n)
    return out


@lru_cache(maxsize=4096)
def _body_at(note_text: str) -> MappingProxyType:
    """Where each word of the note's body is, from its second word to its first verb (past it a listed
    thing may be a clause's own subject): `subject_moved` tries only where an opening's first word is."""
    body = _note_body(note_text)[0]
    first_verb = next((k for k, w in enumerate(body) if w in _FINITE), len(body))
    at: dict[str, list[int]] = {}
    for k, w in enumerate(body[1 : first_verb + 1], 1):
        at.setdefault(w, []).append(k)
    return MappingProxyType({w: tuple(ks) for w, ks in at.items()})


def subject_moved(note_text: str, draft: Draft) -> str | None:
    """A draft sentence that opens with a thing the note lists after its subject ("with a red light
    and a green light") and goes on with the note's words up to the subject's verb and past it
    ("A green light ... is hung to the ceiling"): the note hangs its subject, the draft the listed
    thing. Only a verb with no other verb between the note's subject and the listed thing: there
    the listed thing is part of the subject's phrase, not a clause's subject of its own."""
    openings = _openings(draft.text)
    if not openings:
        return None
    body, clauses, name = _note_body(note_text)
    if not name:
        return None
    at = _body_at(note_text)
    for said, verb in openings:
        for j in at.get(said[0], ()):
            if j > len(body) - len(said):
                break
            # "a door and a wall are in view": a plural verb after "and" is both things'
            plural = said[verb] in _PLURAL and body[j - 1] == "and"
            if body[j : j + len(said)] == said and body[j - 1] in _LISTED and not plural \
                    and (j - 1 not in clauses or _in_list(body, clauses, j - 1)):
                return f"the note says '{' '.join(said[verb:])}' of the {name}; the draft says it of the {' '.join(said[:verb])}"
    return None


def _in_list(body: tuple[str, ...], clauses: frozenset[int], k: int) -> bool:
    """The ", and" at `k` ends a list ("with pens, papers, and a mug"): another comma stands between
    it and the "with" before it. ", and the chain is gold" after one thing opens a clause."""
    start = max((i for i in range(k) if body[i] == "with"), default=-1)
    return start >= 0 and any(start < i < k for i in clauses)


def _next_word(text: str, at: int) -> str:
    m = re.match(r"\s*([\w-]+)", text[at:])
    return m.group(1).lower() if m else ""


@lru_cache(maxsize=256)
def _openings(text: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """Each draft sentence's words up to its first clause verb and one past it, with the verb's index;
    not sentences that open with "There", "It", ..."""
    return tuple(o for o in map(_opening, (s.text for s in Draft.cached(text).sents)) if o is not None)


@lru_cache(maxsize=8192)
def _opening(sentence: str) -> tuple[tuple[str, ...], int] | None:
    """One sentence's opening (`_openings`), remembered by its text: it reads nothing else."""
    words = _plain(sentence)
    verb = next((k for k, w in enumerate(words) if w in _FINITE), None)
    # "... while there is a red light", "green sclera, while the body is blue": the verb of
    # another clause, not the opening thing's
    if verb and verb + 1 < len(words) and words[0] not in ("there", "it", "they", "this", "these") \
            and words[verb - 1] != "there" and not _SUBORDINATE & set(words[:verb]):
        return tuple(words[: verb + 2]), verb
    return None


@lru_cache(maxsize=4096)
def _note_body(note_text: str) -> tuple[tuple[str, ...], frozenset[int], str]:
    """The note's body words (past a heading), the indices that follow a comma, and its subject's
    name: the body's first thing, not the heading's ("Lamp: a blue lamp with ..."); a head that may
    be an adjective too is still the thing there ("a four-way traffic light")."""
    end = label_end(note_text)
    lex = lexicon.load()
    subject = next((p for p in note_phrases(note_text) if p.head.tok.start >= end and p.head.lower not in lex.partitives
                    and p.head.lower not in lex.framing and is_noun(p.head)
                    and _next_word(note_text, p.head.tok.end) not in lex.framing), None)  # "a rear view of"
    name = "" if subject is None else " ".join(w.tok.text for w in (*subject.nouns, subject.head))
    return tuple(_plain(note_text[end:])), frozenset(_after_comma(note_text[end:])), name


_CLAUSE_BREAKS = frozenset(",;:()")
_REACH = 8  # "the museum is a multi-colored abstract painting": the likeness within this many words


@lru_cache(maxsize=4096)
def _likenesses(note_text: str) -> tuple[tuple[Phrase, Phrase], ...]:
    """The note's likenesses and what they show ("painting of a lighthouse"): every check asks, of every note."""
    lex = lexicon.load()
    return tuple((a, b) for a, b in with_pairs(note_text, (["of"],)) if lexicon.lemmas(a.head.lower) & lex.representations)


def likeness_equated(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A thing the note shows in a likeness ("a painting of a lighthouse") said by the sentences that
    carry the note to be that likeness ("The lighthouse is a painting"): every word is the note's,
    but the lighthouse became the painting."""
    pairs = _likenesses(note_text)
    if not pairs or not sentences:
        return None
    for s in window_sentences(note_text, draft, sentences):
        ws = draft.sentence_words(s)
        for i, w in enumerate(ws[:-2]):
            if w.lower not in ("is", "are") or ws[i + 1].lower not in ("a", "an"):
                continue
            # the subject: the things of the clause before "is" ("Blanton museum of art is a painting")
            before = [p for p in sentence_phrases(draft.text)[s] if p.head.tok.end <= w.tok.start
                      and not set(draft.text[p.head.tok.end : w.tok.start]) & _CLAUSE_BREAKS]
            ahead = [v for v in ws[i + 2 : i + 2 + _REACH] if not set(draft.text[w.tok.end : v.tok.start]) & _CLAUSE_BREAKS]
            if any(_named(a, p) for a, _ in pairs for p in before):
                continue  # "the painting is a painting of ...": the likeness is the subject
            for a, b in pairs:
                said = next((p for p in before if _named(b, p)), None)
                if said is not None and any(a.names(v) for v in ahead):
                    return (f"the note has a {a.head.tok.text} of the {b.head.tok.text}; the draft says the "
                            f"{said.head.tok.text} is a {a.head.tok.text}")
    return None


_PARTICIPLE_RE = re.compile(r"^[a-z]+(?:ed|en|ing)$")  # "is arranged on", "is lying on"
_SELF = frozenset({"it", "itself"})


def placed_on_itself(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The note's thing placed by the sentences that carry it on itself: "A bookshelf with books is
    arranged on a shelf" (the note's "bookshelf with books arranged on a shelf": the shelf is the
    bookshelf's own), "A hill with trees is on top of it" (the note's "hill w/ trees on top of it",
    where "it" is the hill). The note places the with-thing; an "is" after it gives the place to the
    subject. A place that is another thing is not judged: there the participle may be the subject's
    in the note too ("a car with silver mirrors parked on the floor")."""
    mine = _with_thing_places(note_text)
    if not sentences or mine is None:
        return None
    subject, places = mine
    for s in window_sentences(note_text, draft, sentences):
        said = _self_place(draft, s, subject)
        if said is None:
            continue
        x, place, target = said
        if target in _SELF and _said_of_it(note_text, place):
            return (f"the note's '{' '.join(place)} it' places its other things on the {subject.head.tok.text}; the draft "
                    f"puts the {x.head.tok.text} {' '.join(place)} it")
        if target not in _SELF and any(names_word(target, b) for b in places):
            return (f"the note places its other things on the {target}; the draft puts the {x.head.tok.text} "
                    f"{' '.join(place)} the {target}, its own")
    return None


@lru_cache(maxsize=4096)
def _with_thing_places(note_text: str) -> tuple[Phrase, tuple[str, ...]] | None:
    """The note's thing and the places it gives its other things ("books arranged on a shelf"), when
    it has a "with" ("w/" reads "w")."""
    subject = first_object(note_text)
    if subject is None or not {"with", "w"} & set(_plain(note_text)):
        return None
    return subject, tuple(b.head.lower for a, b in _placed_pairs(note_text) if not _named(subject, a))


def _self_place(draft: Draft, s: int, subject: Phrase) -> tuple[Phrase, tuple[str, ...], str] | None:
    """The sentence's subject, "with" a thing, then "is/are [participle] <place words>" and the place:
    "it", or its compound's part. The subject must name the note's thing."""
    ps = sentence_phrases(draft.text)[s]
    ws = draft.sentence_words(s)
    # the clause's first verb: "a cave with eyes painted on it has a door, and light is falling on it"
    verb = next((i for i, w in enumerate(ws) if w.lower in _FINITE), None)
    if verb is None or ws[verb].lower not in _BE or not ps or not _named(subject, ps[0]) or ps[0].head.tok.end > ws[verb].tok.start:
        return None
    x = ps[0]
    lead = [w.lower for w in ws[:verb] if w.tok.start >= x.head.tok.end]
    if not {"with", "w", "w/"} & set(lead) or re.search(r"[.;:()\"“”]", draft.text[x.head.tok.end : ws[verb].tok.start]):
        return None
    k = verb + 1
    if k < len(ws) and _PARTICIPLE_RE.match(ws[k].lower) and ws[k].lower not in _PLACES:
        k += 1
    place = []
    while k < len(ws) and (ws[k].lower in _PLACES or ws[k].lower in FILLERS):
        if ws[k].lower not in FILLERS:
            place.append(ws[k].lower)
        k += 1
    if not place or k >= len(ws):
        return None
    if ws[k].lower in _SELF:
        return x, tuple(place), ws[k].lower
    # its compound's part ("bookshelf", "shelf"); the same word may be a second thing ("a book on a book")
    y = next((p for p in ps if p.head.tok.start >= ws[k].tok.start), None)
    if y is None or same_head(y.head, x.head) or not names_word(y.head.lower, x.head.lower):
        return None
    return x, tuple(place), y.head.lower


def _said_of_it(note_text: str, place: tuple[str, ...]) -> bool:
    """The note says "<place> it" with no clause verb before it: its "it" is the note's own thing."""
    body = _plain(note_text)
    n = len(place)
    return any(tuple(body[i : i + n]) == place and body[i + n] in _SELF and not _FINITE & set(body[:i])
               for i in range(len(body) - n))


#: A participle's own words for what it joins to: "tied to the railing", "hung from the ceiling".
_TO = _PLACES | {"to", "from"}


@lru_cache(maxsize=4096)
def _participle_joins(note_text: str) -> tuple[tuple[tuple[str, ...], Phrase, Phrase], ...]:
    """The note's things joined by a participle and its place words ("sign ... tied to railing"): the
    words, the thing before, the thing after."""
    return tuple(_participle_pairs(note_text))


def _participle_pairs(note_text: str) -> Iterator[tuple[tuple[str, ...], Phrase, Phrase]]:
    ps = note_phrases(note_text)
    for a, b in zip(ps, ps[1:]):
        joined = between(note_text, a, b) or []
        # "on the corner of it attached to the fence": the participle after a place of the thing before
        k = next((i for i, w in enumerate(joined) if w not in _TO and w not in _SELF), len(joined))
        tail = joined[k:]
        if 2 <= len(tail) <= 3 and _PARTICIPLE_RE.match(tail[0]) and all(w in _TO for w in tail[1:]):
            yield tuple(tail), a, b


def joined_elsewhere(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...]) -> str | None:
    """The note's participle ("tied to the railing") joined by a draft sentence to another thing of the
    same note ("A sign with letters, tied to a small arrow", the arrow being on the sign): every word
    is the note's, so the content match passes it. A thing some note joins so is no change."""
    joins = _participle_joins(note_text)
    if not joins or not sentences:
        return None
    mine = note_phrases(note_text)
    # any sentence: one that copies the note may carry it while another says it otherwise; both
    # things must be the note's
    for ps in sentence_phrases(draft.text):
        for x, y in zip(ps, ps[1:]):
            joined = between(draft.text, x, y)
            for words, _, b in joins:
                if tuple(joined or ()) != words or _named(b, y) or not any(_named(m, y) for m in mine) \
                        or not any(_named(m, x) for m in mine):
                    continue
                if any(w2 == words and _named(b2, y) for n in notes for w2, _, b2 in _participle_joins(n)):
                    continue
                return (f"the note has it {' '.join(words)} the {b.head.tok.text}; the draft says {' '.join(words)} the "
                        f"{y.head.tok.text}")
    return None
