"""The given names a removal of "the first name of X" takes out: the capitalised words before the
person's name in the original, or after the role the note names ("the first name of the coach")."""

from __future__ import annotations

import itertools
import re

from assistant import lexicon
from assistant.text import tokenize

GIVEN_NAME_RE = re.compile(r"\b(?:first|given|christian)\s+names?\b", re.I)
_FULL_NAME_RE = re.compile(r"\bfull\s+names?\b", re.I)


def given_names(old: str, original: str) -> list[str]:
    """For "the first name of Banks" / "De Luca's first name": the capitalised words right
    before the person's name in the original ("Nick"), lower-cased; for "the first name of the
    coach", the first word of the name beside "coach" in the original ("coach Dean Holt": Dean).
    The person is the one the phrase names, next to it: in "first name of the coach and second
    part of the club name i.e. Rovers", Rovers is not the person. [] when the note names no one
    or the original has no such words."""
    m = GIVEN_NAME_RE.search(old) or _FULL_NAME_RE.search(old)
    if m is None:
        return []
    # a first name is one word ("Health Secretary Jeremy Hunt": Jeremy); a full name is all of them
    limit = 99 if _FULL_NAME_RE.search(old) else 1
    stop = lexicon.load().stop
    person = [t.lower.removesuffix("'s") for t in _capitalised_run(reversed(tokenize(old[: m.start()])), stop)][::-1]
    after = tokenize(old[m.end():])
    if after and after[0].lower == "of":
        after = after[2:] if len(after) > 1 and after[1].lower in ("the", "a", "an", "his", "her", "their") else after[1:]
        if not person:
            person = [t.lower.removesuffix("'s") for t in _capitalised_run(after, stop)]
        role = [t.lower for t in itertools.takewhile(lambda t: t.lower not in stop and t.text.islower(), after)]
        if not person and role:
            return _beside_role(role, original, limit, stop)
    if not person:
        return []
    tokens = tokenize(original)
    lowered = [t.lower.removesuffix("'s") for t in tokens]
    for i in range(len(tokens) - len(person) + 1):
        if lowered[i : i + len(person)] != person:
            continue
        out: list[str] = []
        j = i - 1
        while j >= 0 and len(out) < limit and tokens[j].text[:1].isupper() and tokens[j].lower not in stop:
            out.insert(0, tokens[j].lower)
            j -= 1
        if out:
            return list(dict.fromkeys(out))
    # a title the original writes before the name ("first name of the Prime Minister": "Prime
    # Minister Ann Lee" -> ann)
    return _beside_role(person, original, limit, stop)


def _capitalised_run(tokens, stop: frozenset[str]) -> list:
    run = []
    for tok in tokens:
        if not (tok.text[:1].isupper() and tok.lower not in stop):
            break
        run.append(tok)
    return run


def _beside_role(role: list[str], original: str, limit: int, stop: frozenset[str]) -> list[str]:
    """The given names of the person the original names right after `role` ("coach Dean Holt":
    dean; "Health Secretary Jane Moss": jane); [] when no name of two words or more follows it."""
    tokens = tokenize(original)
    lowered = [t.lower.removesuffix("'s") for t in tokens]
    for i in range(len(tokens) - len(role) + 1):
        if lowered[i : i + len(role)] != role:
            continue
        run = [t.lower for t in _capitalised_run(tokens[i + len(role) :], stop) if t.lower.rstrip(".") not in _TITLES]
        if len(run) >= 2:
            return run[:-1][:limit]
    return []


_TITLES = frozenset("mr mrs ms miss mx dr sir dame prof".split())
