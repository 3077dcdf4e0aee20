"""A terse note's subject, then the mix, blend or shade it is ("Its plumage vibrant mix of yellow and
brown."), made a sentence without the model (`fragments.as_sentence` tries it)."""

from __future__ import annotations

from assistant.compose import fragments, typed
from assistant.compose.owned import OWNERS
from assistant.compose.sentences import terminated
from assistant.text import indefinite_article


#: nouns of a mixture or a kind, which a terse note puts after its subject as what the subject is
#: ("plumage vibrant mix of yellow and brown"): "is a" goes before them
_KIND_NOUNS = frozenset("mix mixture blend combination medley array assortment variety shade tapestry symphony "
                        "kaleidoscope palette".split())


def kind_predicate(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Its plumage vibrant mix of yellow and brown." -> "Its plumage is a vibrant mix of yellow and
    brown.", "Entire scene harmonious blend of color and light." -> "The entire scene is a harmonious
    blend of color and light.": a subject (an owner's, or a bare noun given "the"), describing words,
    then a noun of a mixture or a kind and "of". None for any other shape."""
    us = typed.units(fragment.strip())
    at = next((k for k, u in enumerate(us) if u.lower in _KIND_NOUNS and k + 1 < len(us) and us[k + 1].lower == "of"
               and not u.comma_before), None)
    if at is None or at < 2:
        return None
    start = at
    while start - 1 >= 1 and typed.attribute(us[start - 1].lower, strict=False):
        start -= 1  # "vibrant", "harmonious", "pale": the kind's own describing words
    subject = us[:start]
    if not subject or any(u.comma_before for u in us[1:at + 1]) or not typed.noun_word(subject[-1]) or \
            any(u.lower in fragments.PHRASE_START for u in subject):
        return None
    text = fragment.strip()
    head = text[:subject[-1].end]
    be = fragments.be_for(head)
    if us[0].lower not in OWNERS | fragments.DETERMINERS:
        made = typed.subject_after_the(head, names)
        if made is None:
            return None
        head, be = made
    if be is None:
        return None
    rest = text[us[start].start:]
    return terminated(f"{head} {be} {indefinite_article(us[start].lower)} {rest}")
