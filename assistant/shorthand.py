"""Note shorthand written out: what annotators type ("cup L", "~10 people", "chairs x3",
"blue + white", "bowl w/ fruit") as words, before the model sees the notes and wherever a
sentence still carries it. The model copies shorthand it is shown; words it rewrites.

Quoted text is left as typed (a sign may read "R+B"). Each replacement says what the shorthand
means and nothing more: a side, "about", a count, "and", "with" / "without".
"""

from __future__ import annotations

import re

from assistant.text import in_spans, quotation_spans

#: words after which a side letter is a place, not a thing: "top L" is "top left"
_SIDE_PLACES = frozenset("top bottom upper lower far front back middle centre center the".split())
#: words after a side letter that it qualifies: "L side" is "left side"
_SIDE_NOUNS = frozenset("side corner edge hand half end wall".split())

#: words after which a capital L or R is a name of its own ("size L", "row R"), not a side
_SIDE_NAMED = frozenset("size sizes letter letters grade type class model row gate platform exit line route block "
                        "level seat section number no key button".split())
# not an initial ("Bob L. Smith") nor part of a name ("R&B", "L-shaped", "A/R")
_SIDE_RE = re.compile(r"(?<![\w'’\"&/-])([LR])(?![\w'’\"&/-]|\.\s+[A-Z])")
_ABOUT_RE = re.compile(r"~\s*")
_TIMES_RE = re.compile(r"\b([A-Za-z][\w-]*)\s+x(\d+)\b")
_PLUS_RE = re.compile(r"(?<=[A-Za-z])\s*\+\s*(?=[A-Za-z])")
_WITHOUT_RE = re.compile(r"(?<![\w])w/o(?![\w/])\s*")
_WITH_RE = re.compile(r"(?<![\w])w/(?![\w/])\s*|(?<![\w])w/(?=\w)")


def written_out(text: str) -> str:
    """`text` with its note shorthand as words, quotations left alone."""
    for pattern, replace in ((_WITHOUT_RE, "without "), (_WITH_RE, "with "), (_PLUS_RE, " and "),
                             (_TIMES_RE, r"\2 \1"), (_ABOUT_RE, "about "), (_SIDE_RE, _side)):
        text = _outside_quotes(text, pattern, replace)
    return re.sub(r"[ \t]{2,}", " ", text)


def _side(m: re.Match) -> str:
    """"L" / "R" as the side it names: "left" after "top" or "the", or before "side"; "on the
    left" after a thing ("cup L")."""
    word = "left" if m.group(1) == "L" else "right"
    before = m.string[:m.start()].split()
    after = m.string[m.end():].split()
    prev = before[-1].lower().strip(",") if before else ""
    nxt = after[0].lower().strip(",.") if after else ""
    if prev in _SIDE_NAMED:
        return m.group(0)
    if prev in _SIDE_PLACES or nxt in _SIDE_NOUNS or not before or prev in ("on", "at", "to", "from"):
        return word
    return f"on the {word}"


def _outside_quotes(text: str, pattern: re.Pattern, replace) -> str:
    spans = quotation_spans(text)
    out, at = [], 0
    for m in pattern.finditer(text):
        if in_spans(m.start(), spans):
            continue
        out += [text[at:m.start()], m.expand(replace) if isinstance(replace, str) else replace(m)]
        at = m.end()
    return "".join(out) + text[at:]
