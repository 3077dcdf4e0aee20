"""A trait of a thing's surface (its finish, pattern, stripes) given by the draft to another thing of the note.

A note gives its thing a trait with "with" ("A jade ring with a glossy finish rests on a worn wooden
table"); a draft that moves the with-phrase to the end of the clause ("A jade ring rests on a worn wooden
table with a glossy finish") keeps every word, and each colour or material stays on its thing, yet the
finish is now the table's. `joins.part_moved` reads a part given to another *note's* thing; here the
other thing is the note's own (the place it rests on).

Only a trait of a surface: a with-phrase of a thing held or of a companion reads as the doer's wherever
it stands ("A girl runs on the beach with a red kite"). A look (check tier): "with" may still be read
the note's way.
"""

from __future__ import annotations

from assistant import lexicon
from assistant.check.binding import Phrase, note_phrases, sentence_phrases, window_sentences
from assistant.check.with_pairs import AND_OR_COMMA, HAS, between, with_pairs
from assistant.check.words import Draft

#: Nouns that name how a thing's surface looks, never a thing of their own beside it.
TRAITS = frozenset("finish sheen gloss glaze patina texture pattern design print stripe spot dot speckle marking "
                   "trim engraving inscription coating grain polish".split())
_WITH = (["with"], ["w/"])


def _trait(p: Phrase) -> bool:
    return bool(lexicon.lemmas(p.head.lower) & TRAITS) or p.head.lower in TRAITS


def _named(p: Phrase, q: Phrase) -> bool:
    return p.names(q.head) or q.names(p.head)


def trait_moved(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...]) -> str | None:
    """The evidence when a sentence carrying the note says "x with <the note's trait>" of another thing the
    note names, which no note gives that trait, and no sentence gives it to the note's thing; else None."""
    if not sentences:
        return None
    pairs = [(a, b) for a, b in with_pairs(note_text, HAS) if _trait(b)]
    if not pairs:
        return None
    mine = note_phrases(note_text)
    licensed = [pair for n in notes for pair in with_pairs(n, HAS, listed=AND_OR_COMMA)]
    found = sentence_phrases(draft.text)
    if any(_named(a, x) and _named(b, y) for ps in found for x, y in zip(ps, ps[1:])
           for a, b in pairs if between(draft.text, x, y) in HAS):
        return None  # the draft gives the note's thing its trait too
    for s in window_sentences(note_text, draft, sentences):
        for x, y in zip(found[s], found[s][1:]):
            if between(draft.text, x, y) not in _WITH:
                continue
            for a, b in pairs:
                if not _named(b, y) or _named(a, x) or not any(p.names(x.head) and not _named(p, a) for p in mine):
                    continue
                if any(_named(a2, x) and _named(b2, y) for a2, b2 in licensed):
                    continue
                return (f"the note's {b.head.tok.text} is the {a.head.tok.text}'s; the draft gives it to the "
                        f"{x.head.tok.text}")
    return None
