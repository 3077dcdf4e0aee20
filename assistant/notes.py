"""Tasks, error flags, and annotators' notes split into atomic observations.

Notes are the authoritative record. Splitting is deterministic: one observation per line
or bullet, semicolons split further, ids n1, n2, ... follow reading order so they are
stable for the same notes.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant import lexicon
from assistant.errors import BadInputError
from assistant.paths import prompts_dir
from assistant.text import in_spans, quotation_spans, tokenize

#: Largest notes text accepted (characters). Documented in the README; beyond it a
#: note is more likely a pasted document than an annotator's observations.
MAX_NOTES_CHARS = 20_000
#: Largest original response accepted for a rewrite (characters).
MAX_RESPONSE_CHARS = 50_000


class Flag(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    description: str
    question: str
    cues: tuple[str, ...]


@lru_cache(maxsize=1)
def flag_taxonomy() -> dict[str, Flag]:
    data = tomllib.loads((prompts_dir() / "flags.toml").read_text(encoding="utf-8"))
    return {fid: Flag(id=fid, **spec) for fid, spec in data["flags"].items()}


def parse_flags(raw: str | list[str]) -> list[str]:
    """Comma-separated or listed flag ids -> validated list; unknown ids are bad input."""
    items = raw.split(",") if isinstance(raw, str) else raw
    flags = [f.strip().lower().replace("-", "_") for f in items if f.strip()]
    known = flag_taxonomy()
    unknown = [f for f in flags if f not in known]
    if unknown:
        raise BadInputError(f"unknown flag {unknown[0]!r}; known flags: {', '.join(known)}")
    return list(dict.fromkeys(flags))


class Observation(BaseModel):
    """One atomic fact or instruction from the notes."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    text: str
    hedged: bool = False
    hedge_cues: tuple[str, ...] = ()
    source: Literal["notes", "answer"] = "notes"


_BULLET_RE = re.compile(r"^\s*(?:[-*•‣◦·]+|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=\s))\s*")


def split_notes(notes: str, *, start: int = 1) -> list[Observation]:
    """Split free-text notes into observations with stable ids n1, n2, ..."""
    observations: list[Observation] = []
    for line in notes.splitlines():
        line = _BULLET_RE.sub("", line, count=1)
        for part in line.split(";"):
            text = part.strip().strip(",").strip()
            if not any(ch.isalnum() for ch in text):
                continue
            cues = hedge_cues(text)
            observations.append(
                Observation(id=f"n{start + len(observations)}", text=text, hedged=bool(cues), hedge_cues=cues)
            )
    return observations


def hedge_cues(text: str) -> tuple[str, ...]:
    """The words and phrases in `text` that mark it as uncertain, in order of appearance.

    Phrases come from prompts/hedges.toml ("not sure", "I think", "looks like").
    """
    lex = lexicon.load()
    tokens = tokenize(text)
    inside = quotation_spans(text)
    # quoted text is reported, not the annotator's doubt: "THAN THEY APPEAR"
    outside = [i for i, tok in enumerate(tokens) if not in_spans(tok.start, inside)]
    phrases = {r.start: r for r in lexicon.hedge_phrases([t.lower for t in tokens]) if r.start in outside}
    in_phrase = {i for r in phrases.values() for i in r}
    found: list[tuple[int, str]] = [(i, text[tokens[r.start].start : tokens[r.stop - 1].end])
                                    for i, r in phrases.items()]
    for i in outside:
        if i in in_phrase:
            continue
        word = tokens[i].lower
        if i and tokens[i].text[:1].isupper() and word in lex.note_hedges:
            continue  # a capitalised word inside a note is a name: "the election in May"
        if word in lex.note_hedges or word in ("~", "?") or lexicon.is_quantity_hedge(tokens, i):
            found.append((i, tokens[i].text))
    # "~3" and "3?" are glued to numbers; the tokenizer keeps ~ and ? as their own tokens.
    return tuple(dict.fromkeys(cue for _, cue in sorted(found)))


def check_size(name: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValueError(f"{name} are {len(text):,} characters; the limit is {limit:,}")
    return text


NotesText = Annotated[str, Field(description="The annotator's notes, one observation per line or bullet.")]


class TaskBase(BaseModel):
    """What every kind of task shares: the annotator's notes, split into observations. Each kind
    (assistant/kinds/) adds the item the notes are about and a `kind` literal."""

    model_config = ConfigDict(extra="forbid")
    notes: NotesText

    @field_validator("notes")
    @classmethod
    def _notes_ok(cls, v: str) -> str:
        return check_size("notes", v, MAX_NOTES_CHARS)

    @model_validator(mode="after")
    def _something_to_do(self):
        if not split_notes(self.notes) and not getattr(self, "flags", None):
            raise ValueError("notes are empty: write at least one observation" +
                             (" or raise a flag" if "flags" in type(self).model_fields else ""))
        return self

    def observations(self) -> list[Observation]:
        return split_notes(self.notes)

    def with_answer(self, question: str, answer: str) -> "TaskBase":
        """A copy whose notes gain the annotator's answer as a new observation line."""
        answer = " ".join(answer.split())
        if not answer:
            raise BadInputError("the answer is empty")
        return self.model_copy(update={"notes": self.notes.rstrip("\n") + "\n" + answer})


def valid_flags(value: list[str]) -> list[str]:
    """A field validator: flag ids checked against the taxonomy (ValueError names the unknown one)."""
    try:
        return parse_flags(value)
    except BadInputError as e:
        raise ValueError(str(e)) from None


def no_nul(value: str) -> str:
    """A field validator: PostgreSQL cannot store a NUL character, and no real item has one."""
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    return value
