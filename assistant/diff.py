"""Word-level diffs for review, and the edit distance between a draft and its final text.

HTML output escapes every piece of text: notes and responses are data, never markup.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "insert", "delete"]
_TOKEN_RE = re.compile(r"\s+|\w+(?:['’-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Piece:
    op: Op
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def word_diff(before: str, after: str) -> list[Piece]:
    a, b = tokens(before), tokens(after)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece("equal", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            pieces.append(Piece("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            pieces.append(Piece("insert", "".join(b[j1:j2])))
    return pieces


def diff_html(before: str, after: str) -> str:
    """Deletions struck through in red, insertions underlined in green."""
    out = []
    for p in word_diff(before, after):
        text = html.escape(p.text)
        if p.op == "equal":
            out.append(text)
        elif p.op == "delete":
            out.append(f'<del class="aa-del">{text}</del>')
        else:
            out.append(f'<ins class="aa-ins">{text}</ins>')
    return '<div class="aa-diff">' + "".join(out) + "</div>"


def edit_distance(before: str, after: str) -> int:
    """Word-level Levenshtein distance: words inserted, deleted or replaced."""
    a = [t for t in tokens(before) if not t.isspace()]
    b = [t for t in tokens(after) if not t.isspace()]
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]
