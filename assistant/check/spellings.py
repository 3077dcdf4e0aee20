"""A name the note misspells, read as the original writes it: a rewrite note typed in a hurry
('add "Mr" so it reads "Mr Barosso"') names a person the original spells "Barroso", and the
result that writes "Mr Barroso" carries the note. The other way round stays a problem: a result
that misspells a name the original does not write ("Pontypidd" for the note's "Pontypridd")."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from assistant import lexicon
from assistant.check.edit_parsing import parse_edit
from assistant.text import tokenize

_MIN_LEN = 5  # short names differ by a letter and are other names ("Dunn", "Dunne")
_MIN_RATIO = 0.8
# a note about spelling asks for the other spelling on purpose
_SPELLING_RE = re.compile(r"\b(?:spell\w*|misspel\w*|typo\w*)\b", re.I)


@lru_cache(maxsize=4096)
def as_original_spells(note: str, original: str) -> str:
    """`note` with each capitalised word the original does not write replaced by the one
    capitalised word of the original it is a near spelling of (same first letter, at most two
    letters off, not itself in the note). A replacement or a note about spelling is left as it
    is: its new side may be the correction."""
    edit = parse_edit(note)
    if edit is not None and edit.kind == "replace" or _SPELLING_RE.search(note):
        return note
    theirs = {t.text for t in tokenize(original) if t.text[:1].isupper() and len(t.text) >= _MIN_LEN}
    mine = {t.text for t in tokenize(note)}
    low_theirs = {t.lower() for t in theirs}
    out = note
    # a name, not a word the dictionary knows ("Remove" is no misspelt "Removed")
    bases = {t.text.removesuffix("'s").removesuffix("’s") for t in tokenize(note)}
    for word in {b for b in bases if b[:1].isupper() and len(b) >= _MIN_LEN and b.isalpha()
                 and not lexicon.known_word(b.lower())}:
        if word.lower() in low_theirs:
            continue
        near = [v for v in theirs if v not in mine and v[0] == word[0] and abs(len(v) - len(word)) <= 2
                and SequenceMatcher(None, v.lower(), word.lower()).ratio() >= _MIN_RATIO]
        if len(near) == 1:
            out = re.sub(rf"\b{re.escape(word)}\b", near[0], out)
    return out
