"""Which choice a rationale states (no LLM): "Response A is better", "I prefer B", "B wins",
"my pick is the second one", "neither is better", "both are equally good".

Each sentence is read with its namings of a side replaced by a mark (sides.py), so one set of
patterns covers "Response A", "A", "the first response" and "@Response 1"; "it" / "this one"
take the side the sentence is talking about there. A statement is:
- for a side: "<side> is (clearly) better / the better one / preferable / preferred / superior /
  stronger / the winner / my choice", "<side> wins / comes out ahead / has the edge", "I prefer /
  choose / pick / go with / recommend <side>", "the better one is <side>", "my pick: <side>";
- against a side: "<side> is worse / weaker / inferior", "<side> loses", or any of the above
  negated ("A is not better", "I would not choose A"): a statement for the other side;
- a tie: "neither is better", "neither A nor B is better", "both are equally good", "a tie",
  "on par", "no clear winner", "can't choose between them".

A merit is not a verdict: "B is better written / better at style / clearer" says how B reads, not
that B is chosen. A statement is conceded when its clause opens with "although", "while", "even
if", "admittedly", "some might say" ..., or when it stands before a "but"/"however" that is
followed by a statement for another side in the same sentence: "B may be better written, but A
is correct, so A is better" states A. A hypothetical ("A would be better if it had the year")
and a question state nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.kinds.comparison.sides import Segment, mentions, other, segments
from assistant.text import sentences

Stated = Literal["A", "B", "tie"]

_SIDE = r"(?<![\w§])(?P<side>§a|§b|it|this one|that one|this response|this summary|this answer|this|that)"
_ADV = (r"(?:(?:clearly|slightly|much|far|definitely|simply|overall|also|still|just|arguably|somewhat|a bit|"
        r"a little|marginally|significantly|noticeably|by far|certainly|obviously|therefore|thus|then|really|"
        r"easily|plainly|evidently|undoubtedly|ultimately|the|a|an)\s+)*")
#: a form of "to be" after a side, with its space ("A is", "it's", "B should not be")
_BE = (r"(?:\s*['’]s|\s+(?:is|was|are|seems|seemed|appears|remains|ends up|stands out as|comes across as|"
       r"(?:would|will|should|must|could|might)(?:\s+not|n't)?\s+be|isn['’]t|wasn['’]t))")
#: an optional negation after it ("A is not better"); a negated statement is one for the other side
_NEG = r"(?:(?:not|never|hardly|barely)\s+)?"
_NEGATED = re.compile(r"\b(?:not|never|hardly|barely|less)\b|n['’]t\b")
_GOOD = (r"(?:better|best|preferable|preferred|superior|stronger|strongest|winner|clear winner|victor|"
         r"(?:winning|better|preferred|stronger|superior|best) (?:one|response|summary|answer|option|choice|of the two)|"
         r"right choice|correct choice|(?:my|our|the) (?:choice|pick|preference|favou?rite|winner)|"
         r"the one to (?:choose|pick|go with|prefer)|the way to go|chosen|picked|selected|recommended|ahead|"
         r"on top|the (?:clear )?winner)")
_BAD = r"(?:worse|worst|weaker|weakest|inferior|poorer|the loser|loser|(?:worse|weaker|inferior) (?:one|response|summary|answer|option|of the two))"
#: "better" that names a merit, not the verdict
_MERIT = re.compile(r"\s+(?:written|formatted|organi[sz]ed|structured|phrased|worded|presented|at\b|in terms\b|"
                    r"in (?:style|tone|form|format|fluency|clarity|readability|wording|length|flow|places|parts|some)|"
                    r"for (?:style|tone|readability|fluency|clarity|flow)|on (?:style|tone|readability|fluency|clarity|flow))")
_VERB = (r"(?:prefer|prefers|preferred|preferring|choose|chooses|chose|chosen|choosing|pick|picks|picked|picking|"
         r"favou?r|favou?rs|favou?red|go with|goes with|going with|went with|go for|going for|recommend|recommends|"
         r"recommended|select|selects|selected|side with|vote for|voted for|opt for|opted for|take|taking|"
         r"in favou?r of)")
_WIN = (r"(?:wins|won|win|comes out ahead|came out ahead|comes out on top|edges (?:it|out)|takes it|outperforms|"
        r"beats|gets my vote|gets the nod|has the edge|wins out|prevails|is ahead)")

_FOR_PATTERNS = (
    re.compile(rf"{_SIDE}{_BE}\s+{_NEG}{_ADV}(?P<good>{_GOOD})\b"),
    re.compile(rf"(?:\b(?:not|never)\s+(?:\w+\s+)?|n['’]t\s+(?:\w+\s+)?)?\b{_VERB}\s+{_ADV}{_SIDE}"),
    re.compile(rf"{_SIDE}\s+(?:(?:clearly|easily|narrowly|just|still|overall)\s+)?{_NEG}{_WIN}\b"),
    re.compile(rf"\b(?:better|best|preferred|stronger|superior|winning|preferable|right|correct|winner)\s+"
               rf"(?:(?:one|response|summary|answer|option|choice|pick|of the two)\s+)?(?:here\s+)?"
               rf"(?:is|was|would be|:)\s+(?:clearly\s+)?{_SIDE}\b"),
    re.compile(rf"\b(?:choice|pick|preference|vote|verdict|winner|decision)\s*(?:here\s*)?"
               rf"(?:\bis\b|\bgoes to\b|\bwould be\b|:|=)\s*(?:for\s+|clearly\s+)?{_SIDE}\b"),
)
_JOB = r"(?:summary|response|answer|job|choice|option|account|version)"
_FOR_PATTERNS += (
    # "B is more accurate and therefore better", "B is concise and, overall, the better summary"
    re.compile(rf"{_SIDE}{_BE}\s+[^.;:]{{0,60}}?\b(?:and|so|thus|hence|therefore|,)\s+(?:thus\s+|so\s+|therefore\s+|"
               rf"hence\s+|overall\s+|clearly\s+)*(?:the\s+|a\s+)?(?P<good>better|preferable|superior|stronger)\b"),
    # "B gives / provides / does a better summary / job"
    re.compile(rf"{_SIDE}\s+(?:clearly\s+|simply\s+)?{_NEG}(?:provides|offers|gives|makes|does|delivers|produces|writes|is)\s+"
               rf"(?:a|the)\s+(?:much\s+|far\s+|clearly\s+)?(?:better|stronger|superior|more accurate|more faithful)\s+{_JOB}"),
)
#: judgements of accuracy state the choice only where nothing stronger does, and only when they
#: agree: "B is more accurate", "A is incorrect", "the second response is correct"
_ACCURATE = r"(?:accurate|faithful|correct|right|reliable|factual|precise|truthful)"
_WEAK_PATTERNS = (
    re.compile(rf"{_SIDE}{_BE}\s+{_NEG}{_ADV}(?:more|less)\s+(?P<acc>{_ACCURATE})(?!\s+(?:about|in|on|regarding|with|when|for|at)\b)"),
    re.compile(rf"{_SIDE}{_BE}\s+{_NEG}(?:(?:factually|entirely|completely|also)\s+)?{_ACCURATE}\b"),
)
_WEAK_AGAINST = (
    re.compile(rf"{_SIDE}{_BE}\s+{_NEG}(?:(?:factually|clearly|simply|also)\s+)?(?:incorrect|wrong|inaccurate|misleading|"
               rf"flawed|unfaithful|erroneous)\b"),
)
_AGAINST_PATTERNS = (
    re.compile(rf"{_SIDE}{_BE}\s+{_NEG}{_ADV}(?P<bad>{_BAD})\b"),
    re.compile(rf"{_SIDE}\s+(?:clearly\s+)?(?:loses|lost|falls short)\b"),
)
_TIE = re.compile(
    r"\bneither\b[^.;]*?\bnor\b[^.;]*?\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:better|preferable|superior|stronger|worse)"
    r"|\bneither(?: one| response| summary| answer| option| of them| of the two)?\s+(?:is|was|seems)\s+(?:\w+\s+)?"
    r"(?:better|preferable|superior|stronger|worse)"
    r"|\bneither(?: one| response| summary| answer| of them)?\s+(?:stands out|wins|comes out ahead)"
    r"|\b(?:both|they)\b[^.;]*?\bequally\b|\bequally\s+(?:good|bad|strong|weak|flawed|acceptable|accurate|useful|"
    r"valid|fine|poor|helpful|matched)|\b(?:it'?s |it is |a |call it a )tie\b|\btied\b|\bon (?:a )?par\b"
    r"|\bno (?:clear )?(?:winner|preference)\b|\b(?:about|roughly|essentially|basically) (?:the )?(?:same|equal|equivalent)\b"
    r"|\b(?:can't|cannot|can not|couldn't) (?:choose|decide|pick) between\b|\btoss-?up\b|\bas (?:good|bad|strong|weak) as each other\b"
    r"|\b(?:both|they) (?:are|seem) (?:equivalent|comparable|the same)\b|\bequal(?:ly)? (?:quality|merit)\b"
)
_CONCEDING = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|but)\s+)(?:although|though|even though|while|whilst|admittedly|granted|"
                        r"even if|despite|some (?:might|may|could|would) (?:say|argue|think|prefer)|one (?:might|could) "
                        r"(?:say|argue|think)|at first (?:glance|sight)|it (?:might|may|could) seem|might seem|may seem|"
                        r"(?:it )?could be argued|on the surface)\b[^,;:]*$")
_BUT = re.compile(r",\s*but\b|;\s*but\b|\bbut\b|;\s*however\b|,\s*however\b|\.\s*however\b|,\s*yet\b")
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\s+(?:be|have been)\b[^.;]*\bif\b|\bif\b[^.;]*\b(?:would|could|might)\b")


@dataclass(frozen=True)
class Statement:
    """A statement of the choice in the rationale."""

    stated: Stated
    sentence: int
    text: str
    """The sentence it is in."""
    start: int
    """Offset of the match in the rationale."""
    conceded: bool
    weak: bool = False
    """A comparison of accuracy ("B is more accurate"): it counts only where nothing stronger
    states a choice."""


def _marked(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The text between `start` and `end`, lower-cased, with each A/B naming replaced by §a/§b,
    and for every character of the result its offset in `text`."""
    out: list[str] = []
    where: list[int] = []
    pos = start
    last: str | None = None
    for m in mentions(text):
        if m.start < start or m.end > end or m.side not in ("A", "B"):
            continue
        if m.side == last and text[pos:m.start].strip() == "(" and text[m.end:m.end + 1] == ")":
            pos = m.end + 1  # "the first response (A) is better": the letter in brackets repeats the naming
            continue
        last = m.side
        out.append(text[pos:m.start].lower())
        where += range(pos, m.start)
        mark = f"§{m.side.lower()}"
        out.append(mark)
        where += [m.start] * len(mark)
        pos = m.end
    out.append(text[pos:end].lower())
    where += range(pos, end)
    return "".join(out), where


def _side_at(segs: list[Segment], offset: int) -> str | None:
    for s in segs:
        if s.start <= offset < s.end:
            return s.side
    return None


_PATTERNS = [(p, False, False) for p in _FOR_PATTERNS] + [(p, True, False) for p in _AGAINST_PATTERNS] \
    + [(p, False, True) for p in _WEAK_PATTERNS] + [(p, True, True) for p in _WEAK_AGAINST]


def _found(blank: str, where: list[int], segs: list[Segment]) -> list[tuple[int, Stated, bool]]:
    """(position, side stated, weak) of every side statement in a marked sentence."""
    found: list[tuple[int, Stated, bool]] = []
    for pattern, against, weak in _PATTERNS:
        for m in pattern.finditer(blank):
            groups = m.groupdict()
            if (groups.get("good") or "").endswith("better") and _MERIT.match(blank, m.end()):
                continue
            side = m.group("side")
            side = side[1].upper() if side.startswith("§") else _side_at(segs, where[m.start("side")])
            if side not in ("A", "B"):
                continue
            negated = bool(_NEGATED.search(m.group(0)))
            found.append((m.start(), other(side) if negated != against else side, weak))  # type: ignore[arg-type]
    return found


def statements(text: str) -> list[Statement]:
    """Every statement of a choice in the rationale, in order."""
    segs = segments(text)
    out: list[Statement] = []
    for si, sent in enumerate(sentences(text)):
        if sent.text.rstrip().endswith("?"):
            continue
        marked, where = _marked(text, sent.start, sent.end)
        if _HYPOTHETICAL.search(marked):
            continue
        found: list[tuple[int, Stated, bool]] = []
        blank = marked
        for m in _TIE.finditer(marked):
            found.append((m.start(), "tie", False))
            blank = blank[:m.start()] + " " * (m.end() - m.start()) + blank[m.end():]
        found += _found(blank, where, segs)
        sides_found = [(p, s) for p, s, _ in found]
        for pos, stated, weak in sorted(set(found)):
            out.append(Statement(stated, si, sent.text, where[pos], _conceded(marked, pos, stated, sides_found), weak))
    return out


def _conceded(marked: str, pos: int, stated: Stated, found: list[tuple[int, Stated]]) -> bool:
    if _CONCEDING.search(marked[:pos]):
        return True
    after = _BUT.search(marked, pos)
    return bool(after) and any(p > after.start() and s != stated for p, s in found)


@dataclass(frozen=True)
class Reading:
    """What the rationale states: the sides it states (unconceded), and the statements."""

    stated: frozenset[str]
    statements: list[Statement]

    def for_side(self, stated: str) -> list[Statement]:
        return [s for s in self.statements if s.stated == stated and not s.conceded]


def read(text: str) -> Reading:
    found = statements(text)
    standing = [s for s in found if not s.conceded]
    used = [s for s in standing if not s.weak]
    if not used and len({s.stated for s in standing}) == 1:
        used = standing  # judgements of accuracy that all agree, with nothing stronger
    return Reading(frozenset(s.stated for s in used), used)
