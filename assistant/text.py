"""Tokens and sentences with character offsets: the checker reports spans in the draft."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

#: One character of a clause in an edit note's regular expressions: anything but a comma, except
#: the comma that groups a number's digits ("40,000, not 400,000" is one edit, not three parts).
#: compose (edits.py) and check (check/instructions.py) read notes with the same grammar.
NOT_COMMA = r"(?:[^,]|(?<=\d),(?=\d{3}))"
NOT_COMMA_OR_SEMICOLON = r"(?:[^,;]|(?<=\d),(?=\d{3}))"

# Words (with inner apostrophes), numbers (1,000 / 3.5 / 21st), and the hedge marks ~ and ?.
_TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[^\W\d_]+(?:['’][^\W\d_]+)*|~|\?|n't",
    re.UNICODE,
)
# A sentence ends at . ! ? (or a line break) followed by space and an upper-case letter, a
# digit, a quote, or the end. Abbreviations like "e.g." and "Mr." do not end sentences.
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "vs", "no", "approx", "jr", "sr", "prof"}
_LAST_WORD_RE = re.compile(r"([\w.]+)[.!?][\"'”’)\]]*$")
_BOUNDARY_RE = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+|\n\s*\n|\n(?=\s*[-*•]|\s*\d+[.)]\s)")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    def moved(self, offset: int) -> Token:
        """The same token `offset` characters on: a new one, its fields set at once (a frozen
        dataclass's `__init__` sets them one guarded call each; every parse moves every word)."""
        token = object.__new__(Token)
        token.__dict__.update(text=self.text, start=self.start + offset, end=self.end + offset)
        return token


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in _TOKEN_RE.finditer(text)]


def word_runs(text: str, n: int) -> set[tuple[str, ...]]:
    """Every run of `n` tokens in a row, lower-cased: what two texts share word for word."""
    lowers = [t.lower for t in tokenize(text)]
    return {tuple(lowers[k:k + n]) for k in range(len(lowers) - n + 1)}


def has_words(text: str) -> bool:
    """Whether `text` has a token (`tokenize` would find one), without making them."""
    return _TOKEN_RE.search(text) is not None


def sentences(text: str) -> list[Sentence]:
    """Split prose into sentences, keeping character offsets into `text`."""
    return list(_sentences(text))


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[Sentence, ...]:
    """`sentences`, remembered by the text (a pure function of it; `Sentence` is frozen and each
    caller gets its own list): one check splits its draft for the parse and for the prose remarks."""
    out: list[Sentence] = []
    start = 0
    quotes = quotation_spans(text)
    for m in _BOUNDARY_RE.finditer(text):
        if in_spans(m.start(), quotes) and in_spans(m.end() - 1, quotes):
            continue  # inside a quotation ('a tag reads "New! 42156, Hybrid"'): the quote's text is one passage
        end = m.start() + len(m.group(1) or "")  # a closing quote or bracket is the sentence's: 'says "OPEN."'
        if m.group(1) and text[m.end():m.end() + 1].islower():
            continue  # 'the text "Keep out." is painted on it': the stop was the quote's, the sentence goes on
        last_word = last_word_before_stop(text[start:end])
        if last_word and last_word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        _append(out, text, start, end)
        start = m.end()
    _append(out, text, start, len(text))
    return tuple(out)


def last_word_before_stop(chunk: str) -> re.Match | None:
    """`_LAST_WORD_RE.search(chunk)`, tried only from where the chunk's last run of non-space
    characters starts: a match holds no space and ends the chunk (or stands before its final
    newline), so it is the same match, without a try at every position of a long chunk."""
    body = chunk.rstrip()
    return _LAST_WORD_RE.search(chunk, len(body) - len(body.rsplit(None, 1)[-1]) if body else 0)


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(_sentence(text[start:end], start, end))


def _sentence(text: str, start: int, end: int) -> Sentence:
    """`Sentence(text, start, end)`, its fields set at once (`Token.moved`): a split of a new draft makes one a sentence."""
    sentence = object.__new__(Sentence)
    sentence.__dict__.update(text=text, start=start, end=end)
    return sentence


# a sentence that ends on a verb that needs a complement was cut mid-clause: "... is a brave
# one." less "brave one", "A sofa is in the corner." less "in the corner"
_UNFINISHED_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|should|must|"
                            r"may|might|shall|become|became|remains?)\s*[.!?]?\s*$", re.I)


def unfinished(sentence: str) -> bool:
    """Whether `sentence` ends on a verb that needs a complement ("A grey sofa is."): the end of
    a cut clause, not a sentence. Literal edits, the caption's cuts and the prose figures share it.
    A can that holds something is a noun ("... the energy drink can.", "a trash can.")."""
    m = _UNFINISHED_RE.search(sentence)
    return m is not None and not (m.group(0).strip(" .!?").lower() == "can" and _CAN_NOUN_RE.search(sentence[:m.start()]))


#: words before "can" that make it the container: an article, or what it holds or is made of
_CAN_NOUN_RE = re.compile(r"\b(?:a|an|the|this|that|its|his|her|their|soda|drink|beer|tin|trash|garbage|watering|paint|"
                          r"oil|spray|aerosol|coke|cola|food|soup|metal|aluminum|aluminium|water|milk|coffee)\s*$", re.I)


_QUOTE_RE = re.compile(r"\"([^\"]+)\"|“([^”]+)”|(?<![\w])'([^']{2,})'(?![\w])|‘([^’]+)’")


def quoted(text: str) -> list[str]:
    """Quoted strings in `text` ("EXIT", “Stop”, 'Open')."""
    return [next(g for g in m.groups() if g) for m in _QUOTE_RE.finditer(text)]


_QUOTE_MARK_RE = re.compile(r'["“”\n]')
_OPENS_AFTER = "([{—–-/"
_CLOSES_BEFORE = ".,;:!?)]}—–-/"


def _quote_side(text: str, at: int) -> str:
    """Whether the quote mark at `at` opens or closes a quotation, by its neighbours: after a
    space and before a word it opens ('reads "OPEN'), after a word and before a space or a stop it
    closes ('OPEN" on'); "either" where its neighbours do not tell ('a"b')."""
    mark = text[at]
    if mark in "“”":
        return "open" if mark == "“" else "close"
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted passage on one line, quote marks included. A mark is
    paired by the side it faces, so an unclosed quote pairs with nothing: in '"LEGO" + "TECHNIC.
    At the bottom left, "18+" pcs' the quote before TECHNIC is never closed, and the passage
    between it and the one before 18+ is not a quotation (paired in turn, it swallowed the
    sentence end between them). A quotation of the other kind of marks nests inside one
    ('“Beware the "friendly" dog”'); the spans are sorted and apart (`in_spans`)."""
    spans: list[tuple[int, int]] = []
    pending: int | None = None
    inner: int | None = None  # a quotation of the other kind inside the pending one ('“Do not feed the "friendly" ducks”')
    for m in _QUOTE_MARK_RE.finditer(text):
        if m.group() == "\n":
            pending = inner = None
            continue
        side = _quote_side(text, m.start())
        other_kind = pending is not None and (m.group() == '"') != (text[pending] == '"')
        if other_kind and inner is None and side == "open":
            inner = m.start()
        elif other_kind and inner is not None and side in ("close", "either"):
            spans.append((inner, m.end()))  # kept where the pending one is never closed
            inner = None
        elif pending is not None and side in ("close", "either"):
            spans = [sp for sp in spans if sp[0] < pending] + [(pending, m.end())]
            pending = inner = None
        elif side in ("open", "either"):
            pending, inner = m.start(), None  # an open mark while one is pending: the pending one was never closed
    return spans


def phrase_pattern(phrase: str) -> str:
    """A regex for `phrase` on word boundaries, as a literal edit looks for it: a hyphenated word is
    one word ("super-Mare" is not cut out of "Weston-super-Mare"), and a space in the phrase may be
    a hyphen in the text ("six week ban" finds "six-week ban")."""
    return r"(?<![\w-])" + r"(?:\s+|-)".join(re.escape(w) for w in phrase.split()) + r"(?![\w-])"


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` lies inside one of `spans`, sorted and apart as `quotation_spans` gives them:
    a search, not a scan, since callers ask it for every word of a text of thousands of quotations."""
    k = bisect_left(spans, (pos,)) - 1  # the last span that starts before pos
    return k >= 0 and pos < spans[k][1]


def indefinite_article(word: str) -> str:
    """"a" or "an" before `word`, by its first sound ("an orange", "a red cup", "a uniform", "an hour")."""
    w = word.lower()
    if _A_BEFORE_VOWEL_RE.match(w):
        return "a"  # a "you" or "w" sound: "a uniform", "a European", "a one-way street"
    if _AN_BEFORE_H_RE.match(w):
        return "an"  # a silent h: "an hour", "an honest man"
    return "an" if w[:1] in "aeiou" else "a"


_A_BEFORE_VOWEL_RE = re.compile(r"(?:uni(?:corn|cycl|form|fi|on|que|son|t|vers|lateral)|use|usu|usa|ute|uti|ura(?!l)|ure(?!t)|"
                                r"uro|eu|ewe|one\b|one-|once|ufo)")
_AN_BEFORE_H_RE = re.compile(r"(?:hour|honest|honou?r|heir)")


def fold(text: str) -> str:
    """Case-, quote- and whitespace-insensitive form for comparing quoted text."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


#: The articles, which many rules skip over (one set for the whole package).
ARTICLES = frozenset({"a", "an", "the"})
