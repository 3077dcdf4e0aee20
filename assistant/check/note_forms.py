"""The forms a note's words take besides themselves, read when its key is made (`words.note_key`):
two words written as one, the colour a thing's own kind carries, an acronym after the words it
abbreviates, a possessive before a name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant import lexicon

if TYPE_CHECKING:
    from assistant.check.words import Word


def closed_compounds(ws: list[Word] | tuple[Word, ...]) -> frozenset[str]:
    """Two neighbouring words written as one: "streetlamp" of "street lamp", "doorframe" of "door
    frame". Only words with nothing but a space between them; no function word."""
    return frozenset(x.lower + y.lower for x, y in zip(ws, ws[1:])
                     if x.lower.isalpha() and y.lower.isalpha() and not x.is_stop and not y.is_stop
                     and y.tok.start == x.tok.end + 1)


def _kinds(w: Word) -> frozenset[str]:
    return lexicon.lemmas(w.lower) & lexicon.load().kind_values.keys()


def kind_carried(ws: list[Word]) -> dict[str, tuple[str, ...]]:
    """The note's colours its things' kinds carry: a colour right before the thing ("tall green
    trees", "green leafy ferns": up to three words on, no stop word between)."""
    kinds = lexicon.load().kind_values
    out: dict[str, list[str]] = {}
    for i, w in enumerate(ws):
        if not w.color:
            continue
        for nxt in ws[i + 1 : i + 4]:
            if nxt.is_stop or nxt.negation:
                break
            if thing := [k for k in _kinds(nxt) if w.color in kinds[k]]:
                out.setdefault(w.color, []).extend(thing)
                break
    return {u: tuple(dict.fromkeys(t)) for u, t in out.items()}


def owner_of_name(ws: list[Word], i: int) -> bool:
    """`ws[i]` is a possessive right before a name of two or more capitalised words: "UK's" of
    "UK's Food Standards Agency" in an instruction. The name alone names the same body."""
    after = ws[i + 1 : i + 3]
    return ws[i].tok.text.endswith(("'s", "’s")) and len(after) == 2 and all(
        w.tok.text[:1].isupper() and not w.is_stop for w in after)


_ACRONYM_FILLERS = frozenset({"of", "and", "for", "the", "&"})


def spelled_out_acronym(ws: list[Word], i: int, text: str) -> bool:
    """`ws[i]` is an acronym in brackets right after the words it abbreviates:
    "Food Standards Agency (FSA)", "Welsh Rugby Union (WRU)"."""
    w = ws[i]
    letters = w.tok.text
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    if text[max(0, w.tok.start - 1) : w.tok.start] != "(" or text[w.tok.end : w.tok.end + 1] != ")":
        return False
    initials = [p.tok.text[0] for p in ws[max(0, i - 12) : i] if p.lower not in _ACRONYM_FILLERS]
    return "".join(initials[-len(letters):]).upper() == letters
