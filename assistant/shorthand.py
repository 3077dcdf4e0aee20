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
                        "level seat section number no key button rated".split())
# A lone L or R is a side only where it ends a note's piece ("cup L", "tower R, red") or comes
# before a side noun ("L side"): "Rated R movie", "the R train", "L and R speakers", "S M L XL",
# "L.A." and "J.R.R." stay as typed. After a number it is a unit ("2 L bottle"), after another
# lone capital a list of letters; both are checked in `_side`.
_SIDE_RE = re.compile(r"(?<![\w'’\"&/.-])([LR])(?=\s*(?:[,;)\n]|\.(?!\w|\s+[A-Z])|$)|\s+(?:%s)\b)"
                      % "|".join(sorted(_SIDE_NOUNS)))
# "~" is "about" before a number only ("~10 people"); "sky ~blue" is a hedge the check reads as
# typed, and "5~10" a range
_ABOUT_RE = re.compile(r"(?<![\w~])~\s*(?=\d)")
# "chairs x3", "red chairs x3" as a short piece of its own: the count goes before it ("3 red
# chairs"); "lens x10 magnification", "1920x1080" and a long piece stay as typed
_TIMES_RE = re.compile(r"(?:^|(?<=[,;:(]))([ \t]*(?:[-*•][ \t]+)?)((?:[A-Za-z][\w'-]*[ \t]+){0,3}[A-Za-z][\w'-]*)"
                       r"[ \t]+x(\d+)(?=[ \t]*(?:[,;)\n]|\.(?!\w)|$))", re.M)
# "blue + white", '"LEGO" + "TECHNIC"', "bus + 2 cars" with a space on each side; "A+ grade", "Disney+",
# "C++" stay, and so does a sum ("2 + 3")
_PLUS_RE = re.compile(r"(?<=[A-Za-z\"”)])\s+\+\s+(?=[A-Za-z0-9\"“(])")
# "..., on the road, + brown hill": a list's last item after a comma
_COMMA_PLUS_RE = re.compile(r"(?<=[A-Za-z\"”)]),\s*\+\s+(?=[A-Za-z0-9\"“(])")
_WITHOUT_RE = re.compile(r"(?<![\w])w/o(?![\w/])\s*")
_WITH_RE = re.compile(r"(?<![\w])w/(?![\w/])\s*|(?<![\w])w/(?=\w)")

#: words that make a piece more than a thing's name ("a row of stools x4"): where the count goes is unsaid
_NOT_A_NAME = frozenset("a an the of in on at with by to from for and or is are".split())


def _times(m: re.Match) -> str:
    """"red chairs x3" -> "3 red chairs"; a piece with an article or a preposition stays as typed."""
    if any(w.lower() in _NOT_A_NAME for w in m.group(2).split()):
        return m.group(0)
    return f"{m.group(1)}{m.group(3)} {m.group(2)}"


# a variable before the "+" ("x + 1", "2x + 1") or an "=" after it on its line: a sum, not a list
_SUM_BEFORE_RE = re.compile(r"(?<!\S)(?:\d*[A-Za-z])$")


def _plus(m: re.Match) -> str:
    """"blue + white" -> "blue and white"; a sum ("y = 2x + 1", "a + b = c") stays as typed."""
    after = re.split(r"[\n,;]|\.\s", m.string[m.end():], maxsplit=1)[0]  # this clause: "blue + white, 2 = 2" is a list
    before = m.string[:m.start()].rsplit("\n", 1)[-1]
    if "=" in after or after[:1].isdigit() and _SUM_BEFORE_RE.search(before.rstrip(",")):
        return m.group(0)
    return ", and " if m.group(0).startswith(",") else " and "


_PATTERNS = ((_WITHOUT_RE, "without "), (_WITH_RE, "with "), (_PLUS_RE, _plus), (_COMMA_PLUS_RE, _plus),
             (_TIMES_RE, _times),
             (_ABOUT_RE, "about "))


def written_out(text: str) -> str:
    """`text` with its note shorthand as words, quotations left alone."""
    for pattern, replace in _PATTERNS + ((_SIDE_RE, _side),):
        text = _outside_quotes(text, pattern, replace)
    return re.sub(r"[ \t]{2,}", " ", text)


def find(text: str) -> tuple[str, ...]:
    """The note shorthand in `text` that `written_out` would write out ("a cup L", "~10 people",
    "chairs x3", "blue + white", "bowl w/ fruit"), outside quotation marks: one reading for the
    prose figures and for compose."""
    spans = quotation_spans(text)
    found = [f"x{m.group(3)}" if pattern is _TIMES_RE else m.group(0).strip()
             for pattern, replace in _PATTERNS + ((_SIDE_RE, _side),) for m in pattern.finditer(text)
             if not in_spans(m.start(), spans) and (isinstance(replace, str) or replace(m) != m.group(0))]
    return tuple(dict.fromkeys(found))


def _side(m: re.Match) -> str:
    """"L" / "R" as the side it names: "left" after "top" or "the", or before "side"; "on the
    left" after a thing ("cup L"); as typed after a word that names it ("size L"), a number ("2 L",
    litres) or another capital ("S M L")."""
    word = "left" if m.group(1) == "L" else "right"
    before = m.string[:m.start()].rsplit("\n", 1)[-1].split()  # this line's words: a note ends at its line
    after = m.string[m.end():].split()
    prev = before[-1].strip(",") if before else ""
    nxt = after[0].lower().strip(",.") if after else ""
    if prev.lower() in _SIDE_NAMED or re.fullmatch(r"[\d.,]+|[A-Z]{1,2}", prev):
        return m.group(0)
    if prev.lower() in _SIDE_PLACES or nxt in _SIDE_NOUNS or not before or prev.lower() in ("on", "at", "to", "from"):
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
