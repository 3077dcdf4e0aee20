"""Whether an edit's effect is in the result when its words are not: an addition or a
replacement whose own content (the names, numbers and quotes it brings that the original
lacked) is there, and a replacement whose old content is gone with something new written in
its place. `edit_checks` asks these before it reports an edit as not made."""

from __future__ import annotations

from difflib import SequenceMatcher

from assistant import lexicon
from assistant.check.numbers import fmt_number
from assistant.check.words import Draft, Key, Word


def own_content(key: Key, original: str | None, in_text) -> list[str]:
    """The units of an edit's new side that name something specific (a name, number or quote)
    the original did not have: what the addition or replacement brings in, whatever words the
    note wraps around it ("users from Fooforum and other sites joining in": fooforum)."""
    units = list(key.names) + [fmt_number(n) for n in key.numbers]
    new = [u for u in units if original is None or not in_text(u, original)]
    return new + [q for q in key.quotes if original is None or q not in original.lower()]


def wording_only(key: Key, missing: list[str], original: str | None, in_text, frame: frozenset[str] = frozenset()) -> bool:
    """The new side's own content is all in the result and what it lacks is the note's wording
    around it: words the old side says too (`frame`: "X making the declaration" -> "Y making the
    declaration" changes who), or at most half of the side's other common words ("joining in",
    "participating"), which the result may say otherwise or leave to the names. A side with no
    content of its own, or one whose specific unit is missing, is judged on its words."""
    own = own_content(key, original, in_text)
    if not own or not missing or set(missing) & (set(own) | set(key.names) | set(key.quotes)):
        return False
    if any(u[:1].isdigit() for u in missing):
        return False
    lacking = set(missing) - frame
    common = [u for u in key.content if u not in key.names and u not in frame]
    return len(lacking) * 2 <= len(common)


def written_in_place(old_units: list[str], before: Draft, after: Draft) -> list[str]:
    """The content words the result writes where the original had the old side's words and the
    original never wrote: what the result put in their place ("Premier League" -> "Norwich and
    Peterborough": norwich, peterborough). [] when the old words were only cut, or replaced by
    words the original already had."""
    old = [w.lower for w in before.words]
    new = [w.lower for w in after.words]
    had = {r for w in before.words for r in lexicon.roots(w.lower)}

    def is_old(w: Word) -> bool:
        return any(w.lower == u or lexicon.same_word(u, w.lower) for u in old_units)

    out: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "replace" or not any(is_old(w) for w in before.words[i1:i2]):
            continue
        out += [w.lower for w in after.words[j1:j2]
                if not w.is_stop and w.number is None and not lexicon.roots(w.lower) & had]
    return out


def in_another_role(unit: str, draft: Draft, before: Draft, supplied: frozenset[str], *, replacing: bool) -> bool:
    """Every mention of an old-side word the result keeps names something else: it is inside a
    longer name the original never wrote whose other words another note asks for ("Fenwick" of
    "the Fenwick Marine Centre" when a note adds the marine centre); or, in a replacement, it is
    only an owner now where the original wrote it bare ("Norland's budget" after "Norland made
    the announcement" became the UN's): the thing the edit took away no longer does it."""
    at = [i for i, w in enumerate(draft.words) if w.lower == unit or lexicon.same_word(unit, w.lower)
          or _possessor(w) == unit]
    if not at:
        return False
    return all(_in_new_name(i, draft, before, supplied) for i in at) or (
        replacing and all(_possessor(draft.words[i]) == unit for i in at)
        and any(w.lower == unit for w in before.words))


def _possessor(w: Word) -> str | None:
    for end in ("'s", "’s"):
        if w.lower.endswith(end) and w.tok.text[:1].isupper():
            return w.lower[: -len(end)]
    return None


def _in_new_name(i: int, draft: Draft, before: Draft, supplied: frozenset[str]) -> bool:
    ws = draft.words
    if not ws[i].tok.text[:1].isupper():
        return False
    lo = hi = i
    while lo > 0 and ws[lo - 1].tok.text[:1].isupper() and draft.sent_of[lo - 1] == draft.sent_of[i]:
        lo -= 1
    while hi + 1 < len(ws) and ws[hi + 1].tok.text[:1].isupper() and draft.sent_of[hi + 1] == draft.sent_of[i]:
        hi += 1
    others = [w for j, w in enumerate(ws[lo : hi + 1], lo) if j != i]
    run = " ".join(w.lower for w in ws[lo : hi + 1])
    return (bool(others) and all(lexicon.roots(w.lower) & supplied for w in others)
            and run not in " ".join(w.lower for w in before.words))


#: Nouns that state a thing's absence or loss right after it ("power cuts", "water shortage", "job
#: losses"): the note says the thing is gone, as a result's "without power" does. General vocabulary.
_PRIVATIVES = frozenset({"cut", "cuts", "outage", "outages", "shortage", "shortages", "loss", "losses", "lack",
                         "absence", "failure", "failures", "closure", "closures"})


def absence_named(note: tuple[Word, ...] | list[Word], unit: str) -> bool:
    """The note names `unit`'s absence with a noun after it ("power cuts" for "without power"),
    so a negation of `unit` in the result says what the note says."""
    return any((w.lower == unit or lexicon.same_word(unit, w.lower)) and i + 1 < len(note)
               and note[i + 1].lower in _PRIVATIVES for i, w in enumerate(note))
