"""A preference comparison: a prompt, two responses, the annotator's choice and terse reasons.

The notes are the reasons ("A: wrong year, 1999 not 2001; B cites the statute"): each is about
response A, response B or both, which its leading label says. The rationale composed from them
states the choice and every reason, on the side the note puts it.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from assistant.notes import MAX_RESPONSE_CHARS, Observation, TaskBase, valid_flags

Choice = Literal["A", "B", "tie"]
Side = Literal["A", "B", "both"]

_SIDE_RE = re.compile(r"^\s*(?:response\s+|answer\s+)?(A|B)\s*(?::|-|–|—|\))\s*", re.I)
# "B cites the statute", "A gets the year wrong": a bare letter as the subject of a verb. "B" is
# no English word; "A" is the article unless a verb follows ("A typo in B" is about no side).
_BARE_RE = re.compile(r"^\s*(?:(B)\s+(?=[a-z])|(A)\s+(?=(?:is|was|has|had|does|did|can|could|should|would|will|may|might|"
                      r"must|gets?|got|gives?|gave|uses?|used|says?|said|lacks?|fails?|misses?|cites?|claims?|"
                      r"states?|answers?|ignores?|adds?|\w+s)\b))")
_BOTH_RE = re.compile(r"^\s*both\b\s*(?::|-|–|—)?\s*", re.I)


def side_of(note: Observation | str) -> Side | None:
    """Which response a note is about, by its leading label ("A: ...", "B - ...", "both: ..."),
    or None when it names none (a general remark, or a note continuing the previous one)."""
    text = note.text if isinstance(note, Observation) else note
    if m := _SIDE_RE.match(text):
        return m.group(1).upper()  # type: ignore[return-value]
    if m := _BARE_RE.match(text):
        return m.group(1) or m.group(2)  # type: ignore[return-value]
    if _BOTH_RE.match(text):
        return "both"
    return None


def strip_side(text: str) -> str:
    """A note without its leading side label: "A: wrong year" -> "wrong year"."""
    if m := _SIDE_RE.match(text):
        return text[m.end():]
    if _BARE_RE.match(text):
        return text  # "B cites the statute" reads as it is
    if m := _BOTH_RE.match(text):
        return text[m.end():]
    return text


def valid_response(value: str) -> str:
    """A field validator: a response to compare is not empty and not over the size limit."""
    if len(value) > MAX_RESPONSE_CHARS:
        raise ValueError(f"a response is {len(value):,} characters; the limit is {MAX_RESPONSE_CHARS:,}")
    if not value.strip():
        raise ValueError("a response is empty")
    return value


class ComparisonTask(TaskBase):
    kind: Literal["comparison"] = "comparison"
    prompt: str = Field(description="The user prompt both responses answer.")
    response_a: str = Field(description="Response A.")
    response_b: str = Field(description="Response B.")
    choice: Choice = Field(description="The annotator's choice: A, B, or tie.")
    flags_a: list[str] = Field(default_factory=list, description="Error flags on response A.")
    flags_b: list[str] = Field(default_factory=list, description="Error flags on response B.")

    _response_ok = field_validator("response_a", "response_b")(valid_response)

    _flags_ok = field_validator("flags_a", "flags_b")(valid_flags)
