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
    owned = bool(person)  # "X's first name": the person's name stands before the description
    if not person and (owner := _ROLE_OWNER_RE.search(old[: m.start()])):
        # "the coach's first name": a role, the name after it in the original ("coach Dean Holt")
        if named := _beside_role([owner.group(1).lower()], original, limit, stop):
            return named
    after = tokenize(old[m.end():])
    if not person and limit == 1 and after and after[0].lower != "of":
        # "first name Mitchell": the note writes the given name itself, which the original has
        # right before a surname ("Mitchell Pearce")
        # "first names Danny and Sue": each name of a list the note writes after "names", when one
        # stands before a surname ("Danny and Sue Hart": both)
        written = _written_names(old[m.end():], stop, m.group(0).lower().endswith("s"))
        if any(_before_surname([name], original, stop) for name in written):
            capitalised = {t.lower for t in tokenize(original) if t.text[:1].isupper()}
            return [name for name in written if name in capitalised]
    if after and after[0].lower == "of":
        after = after[2:] if len(after) > 1 and after[1].lower in ("the", "a", "an", "his", "her", "their") else after[1:]
        if not person:
            run = _capitalised_run(after, stop)
            person = [t.lower.removesuffix("'s") for t in run]
            if run and run[-1].lower.endswith("'s"):
                # "the France's prime minister": whose office it is; the person is the role after it
                after, person = after[len(run):], []
        role = [t.lower for t in itertools.takewhile(lambda t: t.lower not in stop and t.text.islower(), after)]
        if not person and role:
            return _beside_role(role, original, limit, stop)
    if not person:
        return []
    if len(person[-1]) <= 4 and re.search(rf"\b{re.escape(person[-1].upper())}\b", old) and (
            named := _beside_role(person, original, limit, stop)):
        # "the (Labour) MP's first name": ending on an initialism, a role ("Labour MP Jane Hale": jane, not labour)
        return named
    tokens = tokenize(original)
    lowered = [t.lower.removesuffix("'s") for t in tokens]
    for i in range(len(tokens) - len(person) + 1):
        if lowered[i : i + len(person)] != person:
            continue
        if owned and limit == 1 and (first := _first_of_name(old[: m.start()])):
            return [first]  # "Graeme Moss's first name": the note writes the first name itself
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


_ROLE_OWNER_RE = re.compile(r"\b([a-z][\w-]*)(?:'s|’s|'|’)\s*$")

#: Words that open a surname of two words ("De Luca", "El Hadary", "van Dijk"): no first name.
_PARTICLES = frozenset("de del della di da das dos du el al la le van von der den ter bin ben ibn mac st".split())
_OWNER_NAME_RE = re.compile(r"((?:[A-Z][\w.'’-]*\s+)+)[A-Z][\w'’-]*(?:'s|’s|'|’)?\s*$")


def _first_of_name(before: str) -> str | None:
    """The first name in a name of two or more words written as an owner: the word before the
    surname and its particle ("Graeme Moss's", "Prime Minister Ann Lee's", "Essam El Hadary's"),
    lower-cased; None for one word, or a surname of a particle and a word alone ("De Luca's")."""
    m = _OWNER_NAME_RE.search(before)
    if m is None:
        return None
    given = m.group(1).split()
    while given and given[-1].lower() in _PARTICLES:
        given.pop()
    return given[-1].lower() if given and given[-1].isalpha() else None


def _before_surname(name: list[str], original: str, stop: frozenset[str]) -> bool:
    """Whether the original writes `name` (lower-cased words) right before another capitalised word."""
    tokens = tokenize(original)
    return any([t.lower for t in tokens[i : i + len(name)]] == name and tokens[i + len(name)].text[:1].isupper()
               and tokens[i + len(name)].lower not in stop for i in range(len(tokens) - len(name)))


def _written_names(text: str, stop: frozenset[str], several: bool) -> list[str]:
    """The given name a note writes first in `text`, what follows "first name" ("Danny ...": danny),
    lower-cased; after "first names", each of a list joined by commas and "and" ("Danny, Sue and Ed")."""
    names: list[str] = []
    tokens = tokenize(text)
    for k, tok in enumerate(tokens):
        joined = k and (tokens[k - 1].lower == "and" or "," in text[tokens[k - 1].end:tok.start])
        if tok.text[:1].isupper() and tok.lower not in stop and (not names or joined):
            names.append(tok.lower)
            if not several:
                break
        elif not (names and tok.lower == "and"):
            break
    return names


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
