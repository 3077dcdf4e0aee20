"""Attributes a note gives its thing in the shapes a terse note writes: after the noun ("walls are
tan", "right wall tan") or to a part it has ("pond w/ green water"). The phrase reading
(`binding.phrases`) takes attributes before their noun only; `attributes.misplaced` asks these too
before it calls an attribute moved."""

from __future__ import annotations

import re

from assistant.check.binding import names_word, note_phrases, same_attr
from assistant.check.words import Word, note_words


def said_after(attr: Word, head: Word, notes: tuple[str, ...]) -> bool:
    """A note gives `head` this attribute after it, the way terse notes put it ("right wall tan",
    "blades green", "walls are tan"): the phrase reading takes attributes before their noun only."""
    return any(_after_in(attr, head, text) for text in notes)


def _after_in(attr: Word, head: Word, text: str) -> bool:
    ws = note_words(text)
    for i, w in enumerate(ws[:-1]):
        if not names_word(head.lower, w.lower):
            continue
        j = i + 1
        while j < len(ws) - 1 and ws[j].lower in _LINKS:
            j += 1
        if same_attr(attr, ws[j]):
            return True
    return False


#: words between a noun and its attribute in a terse note ("walls are tan", "wall painted in tan")
_LINKS = frozenset("is are was were painted colored coloured in".split())


_HAS = re.compile(r"^\s*(?:w/|(?:with|has|have|having)\b)", re.I)


def part_licensed(attr: Word, head: Word, notes: list[str]) -> bool:
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
