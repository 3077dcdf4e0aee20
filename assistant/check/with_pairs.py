"""What joins two things of a note: "with", "w/", "has" ("a wall with a railing"), a list after
them ("a mug has a chip and a handle"), read from the words between two phrases (`joins`, `parts`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from assistant.check.binding import Phrase, note_phrases


#: Words between two things that leave their join as it is: "with a lot of books", "w/ some pins".
FILLERS = frozenset("a an the some few".split())


def between(text: str, a: Phrase, b: Phrase) -> list[str] | None:
    """The words joining phrase `a` to the next phrase `b` (fillers left out), or None when a
    break other than a comma stands between them."""
    said = _gap_words(text[a.head.tok.end : start_of(b)])
    return None if said is None else list(said)


_BREAK_RE = re.compile(r"[.;:!?()\"“”]")
_LOTS_OF_RE = re.compile(r"\blots? of\b")
_GAP_WORD_RE = re.compile(r"[a-z]+/?")


@lru_cache(maxsize=65536)
def _gap_words(gap: str) -> tuple[str, ...] | None:
    """`between` of the text between two phrases, remembered by that text: the same few gaps
    (" with a ", " by the ") come back for every pair of every note. A pure function of `gap`,
    returned as a tuple that `between` copies, so no caller can change a cached value."""
    if _BREAK_RE.search(gap):
        return None
    said = _LOTS_OF_RE.sub(" ", gap.lower())  # "with a lot of books"
    return tuple(t for t in _GAP_WORD_RE.findall(said) if t not in FILLERS)


def has_pairs(note_text: str, listed: bool = False) -> tuple[tuple[Phrase, Phrase], ...]:
    """The note's things and what it gives them by "with", "w/", "has" ("a wall with a railing");
    `listed`: each thing listed after the first too, on "and" or commas ("with horns + brown bodies")."""
    return tuple(with_pairs(note_text, HAS, listed=AND_OR_COMMA if listed else ()))


def start_of(p: Phrase) -> int:
    return min(w.tok.start for w in (p.head, *p.attrs, *p.nouns))


HAS = (["with"], ["w/"], ["has"], ["have"])
_WITH = (["with"], ["w/"])


def with_pairs(note_text: str, joins: tuple[list[str], ...] = _WITH,
               listed: tuple[list[str], ...] = ()) -> tuple[tuple[Phrase, Phrase], ...]:
    """Consecutive things of the note joined by one of `joins` ("with" / "w/": "lake with wavy water").
    `listed`: also each thing listed after the second by one of these joins ("a mug has a chip and a handle").
    Remembered by the note (every check of a note against every draft asks, and of every note)."""
    return _with_pairs(note_text, _frozen(joins), _frozen(listed))


def _frozen(joins: tuple[list[str], ...]) -> tuple[tuple[str, ...], ...]:
    """`joins` as tuples, `_with_pairs`' key: this module's own joins (never changed) are turned once."""
    found = _FROZEN.get(id(joins))
    return found if found is not None else tuple(map(tuple, joins))


@lru_cache(maxsize=16384)
def _with_pairs(note_text: str, joins: tuple[tuple[str, ...], ...],
                listed: tuple[tuple[str, ...], ...]) -> tuple[tuple[Phrase, Phrase], ...]:
    joined, more = tuple(map(list, joins)), tuple(map(list, listed))  # `between` gives a list
    ps = note_phrases(note_text)
    out: list[tuple[Phrase, Phrase]] = []
    for k, (a, b) in enumerate(zip(ps, ps[1:])):
        if between(note_text, a, b) in joined:
            out.append((a, b))
            out += ((a, c) for c in listed_after(note_text, ps, k + 1, more))
    return tuple(out)


AND = (["and"],)
AND_OR_COMMA = (["and"], [])  # "ground w/ small stones, dried leaves, and twigs": a note lists the ground's things
_FROZEN = {id(joins): tuple(map(tuple, joins)) for joins in (_WITH, HAS, AND, AND_OR_COMMA)}


def listed_after(text: str, ps: tuple[Phrase, ...] | list[Phrase], j: int,
                 joins: tuple[list[str], ...] = AND) -> Iterator[Phrase]:
    """The things listed after `ps[j]` by one of `joins`, one after another ("a chip and gold letters").
    A comma before "and" may end the clause ("the wall has posters, and the door has a sign"): only
    a list that `joins` says may run on commas goes past one."""
    while j + 1 < len(ps) and between(text, ps[j], ps[j + 1]) in joins and (
            [] in joins or "," not in text[ps[j].head.tok.end:start_of(ps[j + 1])]):
        j += 1
        yield ps[j]
