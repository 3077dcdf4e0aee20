"""Which response each stretch of a rationale talks about (no LLM).

A rationale names the responses in many ways: "Response A", "Summary B", "A's answer", a bare
"A" ("I prefer A", "A is better"), "the first response", "the second one", "the former",
"@Response 2", "the other one"; and it continues about the same one with "it", "its", "this
one" or no subject at all. `segments` cuts the rationale at every naming of a side into
stretches, each with the side it talks about:

- a naming starts a stretch that runs to the next naming ("A says Wirral, while B has
  Moreton": "A says Wirral, while" is A's, "B has Moreton" is B's);
- a naming in a contrast ("than A", "over A", "unlike A", "compared with A", "instead of A",
  "prefer B to A") does not change the subject: "B is better than A because it names Moreton"
  is all B's;
- the words before a sentence's first naming continue the previous subject when they refer
  back to it ("Its year is wrong"), belong to the naming when they are a clause leading up to it
  ("By including the location, A ..."), and are about neither side otherwise ("Civil fraud
  usually means ...");
- "both" / "neither" / "each" before a response noun starts a stretch about both;
- nothing inside double quotes names a side (it is quoted text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.text import in_spans, quotation_spans, sentences

Side = Literal["A", "B", "both"]

_NOUN = r"(?:responses?|summar(?:y|ies)|answers?|options?|candidates?|versions?|outputs?|completions?|replies|reply)"
_LETTER = re.compile(rf"(?:@?\b{_NOUN}\s+|(?<![\w'’@-]))([AB12])(?![\w-])", re.I)
_ORDINAL = re.compile(rf"\bthe\s+(first|second|former|latter|other)(?:\s+(?:one|{_NOUN}))?\b", re.I)
_BOTH = re.compile(rf"\b(?:both|neither|each|either)(?:\s+(?:of\s+(?:the|them)\s*)?{_NOUN}|\s+one|\s+of\s+them)?\b", re.I)
#: words before a naming that make it the thing compared against, not the subject
_CONTRAST = re.compile(r"(?:\bthan|\bover|\bunlike|\bcompared\s+(?:to|with)|\bin\s+contrast\s+(?:to|with)|\binstead\s+of|"
                       r"\brather\s+than|\bas\s+opposed\s+to|\bvs\.?|\bversus|\bbeside|\bfrom|\blike)\s*(?:the\s+)?$", re.I)
_PREFER_TO = re.compile(r"\bprefer(?:s|red|ring)?\b[^.;:]*?\bto\s*$", re.I)
#: after an "A", a word that shows it is the article ("A young farmer"), not a label
_LABEL_NEXT = {"and", "or", "nor", "but", "than", "over", "versus", "vs", "because", "since", "while", "whereas",
               "though", "for", "in", "on", "at", "by", "to", "with", "which", "who", "that", "too", "as", "so",
               "here", "there", "do", "did", "will", "may", "might", "must", "not", "never", "is", "was", "has",
               "had", "does", "can", "could", "should", "would", "are", "were", "gets", "got", "wins", "won",
               "clearly", "still", "also", "only", "just", "again", "instead", "however", "overall", "itself",
               "isn", "wasn", "doesn", "didn", "hasn", "hadn", "shouldn", "wouldn", "couldn", "cannot", "won"}
_ORDINALS = {"first": "A", "second": "B", "1": "A", "2": "B", "a": "A", "b": "B"}


@dataclass(frozen=True)
class Mention:
    """A place where the rationale names a side."""

    side: Side
    start: int
    end: int
    contrast: bool
    """Named as the thing compared against ("than A"): it does not change the subject."""


@dataclass(frozen=True)
class Segment:
    """A stretch of the rationale and the side it talks about (None: no side yet)."""

    side: Side | None
    start: int
    end: int
    sentence: int
    text: str


def other(side: str) -> str:
    return {"A": "B", "B": "A"}.get(side, side)


def _is_article(text: str, end: int) -> bool:
    """"A" followed by a word that is no verb, adverb or conjunction is the article."""
    nxt = re.match(r"\s+([A-Za-z][\w-]*)", text[end:])
    if not nxt:
        return False
    word = nxt.group(1)
    if word[0].isupper():
        return word != "I"
    low = word.lower()
    return not (low in _LABEL_NEXT or low.endswith(("s", "ed", "ly")))


def _label_follows(text: str, end: int) -> bool:
    """What follows a bare "the second" / "the other" lets it name a response: punctuation, the
    end, or a verb, adverb or conjunction ("the second is long"), never a noun ("the first time")."""
    nxt = re.match(r"\s*([A-Za-z][\w-]*|.|$)", text[end:])
    if not nxt or not nxt.group(1) or not nxt.group(1)[0].isalpha():
        return True
    low = nxt.group(1).lower()
    return low in _LABEL_NEXT or low.endswith(("s", "ed", "ly"))


def mentions(text: str) -> list[Mention]:
    """Every naming of a side in `text`, in order; "the other" and "the former/latter" are
    resolved against what came before."""
    found: list[tuple[int, int, str]] = []
    for m in _LETTER.finditer(text):
        raw = m.group(1)
        noun = m.start(1) > m.start()
        if not noun and (raw in ("1", "2") or raw.islower() or raw == "A" and _is_article(text, m.end())):
            continue  # a bare digit is a number, "a" and "A young farmer" the article
        found.append((m.start(), m.end(), _ORDINALS[raw.lower()]))
    for m in _ORDINAL.finditer(text):
        word = m.group(1).lower()
        named = len(m.group(0).split()) > 2
        if named or word in ("former", "latter") or _label_follows(text, m.end()):
            found.append((m.start(), m.end(), word))
    for m in _BOTH.finditer(text):
        found.append((m.start(), m.end(), "both"))
    quoted = quotation_spans(text)
    # a naming inside quoted text is the quoted words, not the rationale naming a side:
    # "includes "in the second one-day international"" names no response
    found = sorted((f for f in found if not in_spans(f[0], quoted)), key=lambda f: (f[0], -f[1]))
    out: list[Mention] = []
    for start, end, what in found:
        if out and start < out[-1].end:
            continue
        before = text[max(0, start - 60):start]
        contrast = bool(_CONTRAST.search(before) or _PREFER_TO.search(before))
        out.append(Mention(_resolve(what, out), start, end, contrast))
    return out


def _resolve(what: str, earlier: list[Mention]) -> Side:
    if what in ("A", "B", "both"):
        return what  # type: ignore[return-value]
    if what in ("first", "second"):
        return _ORDINALS[what]  # type: ignore[return-value]
    named = [m.side for m in earlier if m.side in ("A", "B")]
    if what == "other":
        subject = next((m.side for m in reversed(earlier) if not m.contrast and m.side in ("A", "B")), None)
        return other(subject) if subject else "B"  # type: ignore[return-value]
    first = named[0] if named else "A"
    return first if what == "former" else other(first)  # type: ignore[return-value]


_PRONOUN = re.compile(r"\b(?:it|its|it's|it’s|itself|this one|that one|the latter|the former)\b", re.I)


def _lead_in_side(lead: str, subject: Side | None, first: Side | None) -> Side | None:
    """The side of the words before a sentence's first naming: the subject so far when they
    refer back to it ("It also adds ..."); the sentence's first naming when they are a clause
    leading up to it ("By including the location, Response A ..."); otherwise none: "Civil fraud
    usually means ..." is about neither response."""
    if _PRONOUN.search(lead):
        return subject if subject is not None else first
    if first is not None and lead.rstrip().endswith((",", ":", "—", "-")):
        return first
    return None


def segments(text: str) -> list[Segment]:
    """The rationale cut into stretches, each with the side it talks about."""
    ments = mentions(text)
    out: list[Segment] = []
    subject: Side | None = None
    for si, sent in enumerate(sentences(text)):
        inside = [m for m in ments if sent.start <= m.start < sent.end and not m.contrast]
        if not inside or inside[0].start > sent.start:
            end = inside[0].start if inside else sent.end
            side = _lead_in_side(text[sent.start:end], subject, inside[0].side if inside else None)
            out.append(Segment(side, sent.start, end, si, text[sent.start:end]))
        for k, m in enumerate(inside):
            end = inside[k + 1].start if k + 1 < len(inside) else sent.end
            out.append(Segment(m.side, m.start, end, si, text[m.start:end]))
        if out and out[-1].side is not None:
            subject = out[-1].side
    return out


#: words of the comparison's frame: they say nothing about which reason is which
_FRAME = {"response", "summary", "answer", "option", "candidate", "version", "output", "article", "source", "text",
          "first", "second", "one", "other", "former", "latter", "better", "worse", "prefer", "both", "neither",
          "information", "info", "detail", "details", "mention", "mentions", "mentioned", "found", "evidence",
          "evidenced", "original", "state", "states", "stated"}
#: a reason is given to the other side when words of weight at least MIN_WEIGHT sit in a
#: stretch about that side (one shared word is too little: "A says Wirral, not Moreton; B gets
#: that right" puts the B reason's "Moreton" in A's stretch). A word both responses have (the
#: topic: "Mr Carney", "the service") weighs TOPIC_WEIGHT: a rationale names the topic whichever
#: side it talks about, but a reason made mostly of topic words still has only those to go by.
MIN_WEIGHT = 2.0
TOPIC_WEIGHT = 0.5


@dataclass(frozen=True)
class Attribution:
    """Where a reason's words sit in the rationale: the best match on each side."""

    own: frozenset[int]
    """Which of the reason's words the best stretch about its own side (or both) has."""
    other: frozenset[int]
    """Which of them the best stretch about the other side has (one no other-side reason explains)."""
    other_text: str
    """That stretch."""
    weights: tuple[float, ...] = ()
    """Each word's weight (1, or TOPIC_WEIGHT for a word both responses have)."""

    def weight(self, found: frozenset[int]) -> float:
        return sum(self.weights[i] for i in found)

    @property
    def swapped(self) -> bool:
        """The other side's stretch carries the reason and its own side's does not: words of
        weight MIN_WEIGHT there, and twice the weight found on its own side, or every word its
        own side has and more."""
        other, own = self.weight(self.other), self.weight(self.own)
        if other < MIN_WEIGHT:
            return False
        return other >= 2 * own or self.own < self.other


def _units(text: str) -> list[frozenset[str]]:
    """A text's content words, each as the set of forms it can match (lexicon.key)."""
    from assistant import lexicon  # noqa: PLC0415: the lexicon loads word lists on first use
    from assistant.check.words import words  # noqa: PLC0415

    out: list[frozenset[str]] = []
    for w in words(text):
        if w.is_stop or w.lower in _FRAME or (len(w.lower) == 1 and w.lower in "ab"):
            continue
        unit = frozenset(lexicon.key(w.lower)) | {w.lower}
        if unit not in out:
            out.append(unit)
    return out


def _matched(units: list[frozenset[str]], forms: set[str]) -> frozenset[int]:
    return frozenset(i for i, u in enumerate(units) if u & forms)


def _forms(text: str) -> set[str]:
    return set().union(*_units(text)) if text.strip() else set()


def shared_words(first: str, second: str) -> frozenset[str]:
    """The forms of the words both responses have: the topic ("Mr Carney", "interest rates"),
    which a rationale names when it talks about either side."""
    ours = set().union(*_units(first)) if first.strip() else set()
    return frozenset(f for u in _units(second) if u & ours for f in u)


def attribute(note: str, side: str, segs: list[Segment], rivals: list[str] = (),
              topic: frozenset[str] = frozenset()) -> Attribution:
    """How well the reason `note` (its label cut off) is matched by the stretches about its own
    `side` and by those about the other side (`topic` words weigh less). A stretch about the
    other side that one of that side's own reasons (`rivals`) matches as well does not count:
    it is that reason's place."""
    units = _units(note)
    weights = tuple(TOPIC_WEIGHT if u & topic else 1.0 for u in units)
    rival_units = [_units(r) for r in rivals]
    own: frozenset[int] = frozenset()
    other_best: frozenset[int] = frozenset()
    other_text = ""

    def weight(found: frozenset[int]) -> float:
        return sum(weights[i] for i in found)

    for seg in segs:
        if seg.side is None:
            continue
        forms = _forms(seg.text)
        found = _matched(units, forms)
        if seg.side in (side, "both"):
            own = max(own, found, key=weight)
        elif weight(found) > weight(other_best) and not any(len(_matched(r, forms)) >= len(found) for r in rival_units):
            other_best, other_text = found, seg.text
    return Attribution(own, other_best, other_text, weights)
