"""Small readings of the words around a literal edit (assistant/edits.py): whether the old side is a
value written the same wherever it stands, how the text joins its words, initials in brackets after a
long form, an owner's 's that stood for an article."""

from __future__ import annotations

import re


def a_value(old: str) -> bool:
    """A number or a name: the same thing wherever the text writes it."""
    return any(c.isdigit() for c in old) or all(w[:1].isupper() for w in old.split())


def same_hyphens(found: str, old: str, new: str) -> str:
    """"six-week ban" found for "six week ban", replaced by "four week ban": "four-week ban", joined
    as the text joins the words it replaces (for a new side of as many words)."""
    gaps = re.findall(r"\s+|-", found)
    parts = new.split()
    if "-" not in gaps or len(parts) != len(re.split(r"[\s-]+", old.strip())) or len(gaps) != len(parts) - 1:
        return new
    return parts[0] + "".join(("-" if g == "-" else " ") + p for g, p in zip(gaps, parts[1:]))


ABBREVIATION_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)")


def abbreviates(short: str, long: str) -> bool:
    """Whether `short` is the initials of `long`'s capitalised words ("NRL", "National Rugby League")."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", long))
    letters = short.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.upper() == letters and initials.endswith(letters)


def owner_before_noun(sentence: str, start: int, end: int) -> bool:
    """Whether the removed words end in an owner's 's that stood for the article of a common noun
    after it ("since May's general election"), with no article of their own before them: the
    noun then needs "the". A name after it needs none ("Germany's Tony Martin")."""
    return (bool(re.search(r"\w['’]s$", sentence[start:end])) and bool(re.match(r"\s+[a-z]", sentence[end:]))
            and not re.search(r"\b(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your)\s+$",
                              sentence[:start], re.I))
