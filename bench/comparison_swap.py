"""Corrupting a rationale for the choice-check set: exchange A and B (independent of the checker).

`swap_sides` exchanges every way a rationale names a side: "Response A", "Summary B", "A's",
a bare letter ("I prefer A", "A is better", "than B"), "the first response" / "the second
one", "the former" / "the latter". An article "A" ("A Moreton biscuit factory", "A young
farmer") is left alone.
"""

from __future__ import annotations

import re

_NOUN = r"(?:[Rr]esponse|[Ss]ummary|[Aa]nswer|[Oo]ption|[Cc]andidate|[Vv]ersion)"
_AFTER = (r"(?:is|was|has|had|does|did|gets|got|wins|won|says|said|states|stated|uses|used|adds|added|leaves|left|"
          r"includes|included|correctly|also|only|instead|names|gives|keeps|sticks|mentions|reports|claims|"
          r"invents|omits|misses|misstates|fails|avoids|reads|comes|edges|should|would|could|can|are|"
          r"[,.;:!?)]|$)")
_FUNCTION = {"and", "or", "nor", "but", "than", "over", "versus", "vs", "because", "since", "while", "whereas",
             "though", "for", "in", "on", "at", "by", "to", "with", "which", "who", "that", "too", "as", "so",
             "here", "there", "do", "did", "will", "may", "might", "must", "not", "never", "clearly", "still"}
_LABELLED = re.compile(rf"\b({_NOUN})(\s+)([AB])\b")
_BARE = re.compile(r"(?<![\w'’-])([AB])(?![\w-])")
_ORDINAL = re.compile(r"\b([Ff]irst|[Ss]econd|[Ff]ormer|[Ll]atter)\b")
_OTHER_ORDINAL = {"first": "second", "second": "first", "former": "latter", "latter": "former"}


def _other(letter: str) -> str:
    return "B" if letter == "A" else "A"


def _ordinal(m: re.Match) -> str:
    word = m.group(1)
    other = _OTHER_ORDINAL[word.lower()]
    return other.capitalize() if word[0].isupper() else other


def _ordinal_context(text: str, m: re.Match) -> bool:
    """"first"/"second" name a response only before a response noun or "one", or as "the former"."""
    if m.group(1).lower() in ("former", "latter"):
        return True
    after = text[m.end():m.end() + 20]
    return bool(re.match(rf"\s+(?:{_NOUN}|one|summar|answer)", after))


def swap_sides(text: str) -> str:
    """`text` with A and B exchanged wherever they name a response."""
    positions: set[int] = {m.start(3) for m in _LABELLED.finditer(text)}
    positions |= {m.start(1) for m in _BARE.finditer(text) if not _article(text, m.start(1))}
    chars = list(text)
    for p in positions:
        chars[p] = _other(chars[p])
    swapped = "".join(chars)
    return _ORDINAL.sub(lambda m: _ordinal(m) if _ordinal_context(swapped, m) else m.group(0), swapped)


def _article(text: str, pos: int) -> bool:
    """A bare "A" is the article before a capitalised word ("A Moreton biscuit factory") or a
    lower-case word that does not look like a verb or an adverb ("A young farmer"); a bare "B"
    is always a label."""
    if text[pos] != "A":
        return False
    nxt = re.match(r"\s+([A-Za-z][\w-]*)", text[pos + 1:])
    if not nxt:
        return False
    word = nxt.group(1)
    if word[0].isupper():
        return word not in ("I",)
    return not (re.fullmatch(_AFTER, word) or word in _FUNCTION or word.endswith(("s", "ed", "ly")))


def flip_verdict(verdict: str) -> str:
    """The verdict sentence naming the other side."""
    return swap_sides(verdict)
