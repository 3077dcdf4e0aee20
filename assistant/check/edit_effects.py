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


def wording_only(key: Key, missing: list[str], original: str | None, in_text) -> bool:
    """The new side's own content is all in the result and what it lacks is at most half of the
    side's common words: the note's wording around it ("joining in", "participating"), which the
    result may say otherwise or leave to the names. A side with no content of its own, or one
    whose specific unit is missing, is judged on its words."""
    own = own_content(key, original, in_text)
    if not own or not missing or set(missing) & (set(own) | set(key.names) | set(key.quotes)):
        return False
    if any(u[:1].isdigit() for u in missing):
        return False
    common = [u for u in key.content if u not in key.names]
    return len(set(missing)) * 2 <= len(common)


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
