"""How a caption joins two things of one note: a note's "A with B" (A has B) must not become "A
by B" or "A is by B" (A beside B).

It comes from mending a terse note into a sentence ("lake with wavy water" -> "A lake, by wavy
water, ..."; "sidewalk w/ sunlight" -> "A sidewalk is by sunlight"): every word of the note is
still there, so the content match passes it, and `relations.unrelated` reads only two notes'
things. "covered by", "lit by" keep the join (a verb stands between). Check tier: the sentence
says another thing, but a reader may take it the note's way.

Tried and left out: a participle after "A with B" moved onto A by an "is" ("a bookshelf with
books arranged on a shelf" -> "... with books is arranged on the shelf"): as often the
participle is A's in the note itself ("a car with silver mirrors parked on the floor").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.check.binding import Phrase, note_phrases, sentence_phrases, window_sentences
from assistant.check.words import Draft

#: Words between two things that leave their join as it is: "with a lot of books", "w/ some pins".
_FILLERS = frozenset("a an the some few lot lots of".split())
_BE = frozenset("is are was were".split())  # "a sidewalk is by sunlight"


def _between(text: str, a: Phrase, b: Phrase) -> list[str] | None:
    """The words joining phrase `a` to the next phrase `b` (fillers left out), or None when a
    break other than a comma stands between them."""
    gap = text[a.head.tok.end : _start(b)]
    if re.search(r"[.;:!?()\"“”]", gap):
        return None
    return [t for t in re.findall(r"[a-z]+/?", gap.lower()) if t not in _FILLERS]


def _start(p: Phrase) -> int:
    return min(w.tok.start for w in (p.head, *p.attrs, *p.nouns))


def _with_pairs(note_text: str) -> Iterator[tuple[Phrase, Phrase]]:
    """Consecutive things of the note joined by "with" / "w/": "lake with wavy water"."""
    ps = note_phrases(note_text)
    for a, b in zip(ps, ps[1:]):
        if _between(note_text, a, b) in (["with"], ["w/"]):
            yield a, b


def _named(p: Phrase, q: Phrase) -> bool:
    return p.names(q.head) or q.names(p.head)


def changed(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """How the sentences carrying the note join two of its things otherwise, or None."""
    if not sentences:
        return None
    pairs = list(_with_pairs(note_text))
    if not pairs:
        return None
    for s in window_sentences(note_text, draft, sentences):
        ps = sentence_phrases(draft.text)[s]
        for x, y in zip(ps, ps[1:]):
            joined = _between(draft.text, x, y)
            for a, b in pairs:
                if not (_named(a, x) and _named(b, y)) or joined is None:
                    continue
                if joined and joined[-1] == "by" and set(joined[:-1]) <= _BE:
                    return (f"the note has the {a.head.tok.text} with the {b.head.tok.text}; the draft puts the "
                            f"{x.head.tok.text} by the {y.head.tok.text}")
    return None
