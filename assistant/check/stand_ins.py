"""Generic stand-ins for removed names: a rewrite told to drop a name often says what the named
thing was instead ("Aston Martin has received ..." -> "A car manufacturer has received ...").
The stand-in is the original's subject described, not content the writer brought in."""

from __future__ import annotations

from difflib import SequenceMatcher

from assistant.check.edit_parsing import parse_edit
from assistant.check.report import Span
from assistant.check.words import words
from assistant.text import Token, tokenize

#: A description, not a clause: at most this many words stand where the name stood.
_MAX_WORDS = 4


def removed_names(notes: list[str]) -> frozenset[str]:
    """The name words (lower-cased) of what the notes' removals take out: "Remove the information
    about Aston Martin" -> aston, martin."""
    out: set[str] = set()
    for note in notes:
        edit = parse_edit(note)
        if edit is not None and edit.kind == "remove":
            out |= {w.lower.removesuffix("'s") for w in words(edit.old, meta=True) if w.is_name}
    return frozenset(out)


def stand_ins(spans: list[Span], draft: str, original: str, names: frozenset[str]) -> list[Span]:
    """`spans` without the check-tier ones that lie wholly inside a short run of lower-case words
    standing, word for word in the alignment of original and draft, where the original had a
    removed name and nothing else: the name described, not new content. A name, a number or a
    longer phrase there stays an alarm, and so does a word put in place of anything else."""
    if not names or not spans:
        return spans
    mine, theirs = tokenize(draft), tokenize(original)
    places = _replacements(mine, theirs, names)
    return [u for u in spans if u.tier != "check" or not any(a <= u.start and u.end <= b for a, b in places)]


def _replacements(mine: list[Token], theirs: list[Token], names: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of the draft whose words replace, in the alignment, only removed name
    words of the original, and are few, in lower case (a leading article may be capitalised)."""
    matcher = SequenceMatcher(None, [t.lower for t in theirs], [t.lower for t in mine], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or not 0 < j2 - j1 <= _MAX_WORDS:
            continue
        gone = [t.lower.removesuffix("'s") for t in theirs[i1:i2] if t.text[:1].isalnum()]
        if not gone or not all(w in names for w in gone):
            continue
        said = [t for t in mine[j1:j2] if t.text[:1].isalnum()]
        if any(t.text[:1].isupper() and k for k, t in enumerate(said)) or any(t.text[:1].isdigit() for t in said):
            continue
        out.append((mine[j1].start, mine[j2 - 1].end))
    return out
