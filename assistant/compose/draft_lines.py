"""The first draft's answer, one sentence a line in the notes' order, put under its notes' labels.

The caption prompt asks for one line per note without labels: on this CPU the time is the
tokens generated, and the "N3:" labels were 15% of a draft's output (docs/EVAL.md, speed25).
Compose still needs to know which line is which note's (`patching.drafted_notes`, the written
notes interleaved, `written.interleaved`), so each line is given the label of the note it
states: by position, verified by word overlap, so a line the model skipped, merged or added
does not shift every later note onto the wrong line. A title written before the first sentence
goes. An answer that labels its lines itself (a provider model may) keeps its labels.
"""

from __future__ import annotations

import re

from assistant.compose.sentences import parse_labelled
from assistant.notes import Observation
from assistant.shorthand import written_out
from assistant.text import tokenize

#: How far behind the best-matching later note the next note in order may be and still take a line.
_ORDER_SLACK = 0.25
# a line that ends as a sentence does (a closing quote or bracket may follow the stop)
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_TITLE_MARK_RE = re.compile(r"^\s*(?:#+\s|\*\*|__)|(?:\*\*|__)\s*$|:\s*$")
# a list marker or emphasis the model put before a line ("- ", "1. ", "**")
_LEAD_MARK_RE = re.compile(r"^\s*(?:[-*•]+\s+|\d+[.)]\s+)?")


def labelled_answer(answer: str, asked: list[Observation], complete: bool = True) -> str:
    """`answer` as "N1: ..." lines, N1 the first note of `asked`. A labelled answer is returned
    from its first label on; a line of an answer without labels gets the label of the note it
    states (`line_notes`), a line that states none goes on the line before it. While the answer
    is still arriving (`complete` False) its last line may be growing and is left out."""
    if parse_labelled(answer):
        start = next(i for i, line in enumerate(answer.splitlines()) if parse_labelled(line))
        return "\n".join(answer.splitlines()[start:])
    from assistant.compose.caption import unlabelled  # noqa: PLC0415 - caption imports this module

    text = unlabelled(answer)
    lines = [line.strip() for line in text.splitlines()]
    if not complete and not text.endswith("\n"):
        lines = lines[:-1]
    lines = _without_title([line for line in lines if line])
    notes = line_notes(lines, asked)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in notes:
            out.append(f"N{notes[i] + 1}: {line}")
        elif out:
            out.append(line)  # a sentence of no note, or a note's second line: it follows its line
        else:
            out.append(line)  # before any note's line: kept, before the first label
    return "\n".join(out) + ("\n" if out and not complete else "")


def line_notes(lines: list[str], asked: list[Observation]) -> dict[int, int]:
    """Line index -> index of the note in `asked` it states. Lines are taken in order, each the
    next note's unless a later note holds clearly more of its words (the model skipped or
    merged a note) or an earlier note no line took does (the model wrote it out of order); a
    line holding no note's words is no note's, except where it stands at the next note's place
    and that note's words are in no other line (a sentence in other words)."""
    words = [_note_words(o.text) for o in asked]
    said = [_line_words(line) for line in lines]
    out: dict[int, int] = {}
    at = 0
    for i, line_words in enumerate(said):
        if (back := _skipped_note(words, line_words, set(out.values()), at)) is not None:
            out[i] = back  # a note passed over, written later out of order
            continue
        if at >= len(asked):
            continue
        shares = [_share(words[j], line_words) for j in range(at, len(asked))]
        best = max(range(len(shares)), key=lambda k: (shares[k], -k))
        if shares[best] == 0:
            if not _claimed_elsewhere(words[at], said, i):
                out[i] = at
                at += 1
            continue
        pick = 0 if shares[0] > 0 and shares[0] >= shares[best] - _ORDER_SLACK else best
        out[i] = at + pick
        at += pick + 1
    return out


def _skipped_note(words: list[set[str]], line: set[str], taken: set[int], at: int) -> int | None:
    """An earlier note no line has taken that holds at least half its words in this line, and
    clearly more than any note from `at` on: the model wrote it later than its place."""
    ahead = max((_share(w, line) for w in words[at:]), default=0.0)
    shares = {j: _share(words[j], line) for j in range(at) if j not in taken}
    best = max(shares, key=lambda j: (shares[j], -j), default=None)
    return best if best is not None and shares[best] >= 0.5 and shares[best] > ahead + _ORDER_SLACK else None


def _claimed_elsewhere(note: set[str], said: list[set[str]], i: int) -> bool:
    """Whether another line holds a word of the note (so this line is not its sentence in other
    words); a note with no content words is claimed by no line."""
    return any(note & s for k, s in enumerate(said) if k != i)


def _without_title(lines: list[str]) -> list[str]:
    """The lines without a title or preamble before the first sentence ("Cozy Reading Nook",
    "**Caption:**"): a line that does not end as a sentence while later lines do."""
    while len(lines) > 1 and _is_title(lines[0]) and any(_SENTENCE_END_RE.search(line) for line in lines[1:]):
        lines = lines[1:]
    return lines


def _is_title(line: str) -> bool:
    return bool(_TITLE_MARK_RE.search(line)) or not _SENTENCE_END_RE.search(line)


def _note_words(note: str) -> set[str]:
    return {_stem(t.lower) for t in tokenize(written_out(note)) if len(t.text) >= 3 and t.text.isalpha()}


def _line_words(line: str) -> set[str]:
    return {_stem(t.lower) for t in tokenize(_LEAD_MARK_RE.sub("", line))}


def _stem(word: str) -> str:
    """"kayaks" and "kayak", "benches" and "bench" as one word (a note's count may be restated)."""
    if word.endswith("es") and word[:-2].endswith(("ch", "sh", "x", "ss", "z")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _share(note: set[str], line: set[str]) -> float:
    return len(note & line) / len(note) if note else 0.0
