"""The check's report: what the UI, the CLI's `--json` and the store all show."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.check.prose import StyleRemark

#: kept: carried; dropped: missing or altered; contradicted: the draft states the opposite or a
#: different value of the same thing ("2 dogs" for the note's "3 dogs", "within the window" for
#: "outside the window"); hedge_lost: carried as certain though the note hedged it; verify: a
#: descriptive instruction ("add the county") the checker cannot decide, listed for the reviewer
#: with the part of the result it most likely concerns.
Status = Literal["kept", "dropped", "contradicted", "hedge_lost", "verify"]
#: How sure a problem is. certain: a number, unit, negation, direction, colour, name or quoted
#: text differs, a literal edit was not made, a hedge is gone, an attribute sits on another
#: object; check: only content words fail to match (often a rewording), "have a look".
Tier = Literal["certain", "check"]
PROBLEM_STATUSES = ("dropped", "contradicted", "hedge_lost")
#: fact: content to carry; edit: a literal edit (replace Y with X, remove "quoted");
#: instruction: a descriptive instruction; style: a style instruction (not checked).
ObsKind = Literal["fact", "edit", "instruction", "style"]


class Span(BaseModel):
    """A stretch of the draft, with character offsets into it."""

    model_config = ConfigDict(extra="forbid")
    text: str
    """The draft's text between `start` and `end`."""
    start: int
    """Offset of the first character in the draft."""
    end: int
    """Offset one past the last character."""
    reason: str = "no support in the notes"
    """Why the span is reported (for unsupported spans) or what it is (for `concerns`)."""
    tier: Tier = "check"
    """certain for a number, name or corrected word, a direction that replaced its opposite, a
    negation of what the notes state; check for content words the notes do not have (often a
    rewording), and for a direction or negation the notes never give (content, not a swap)."""


class FactCheck(BaseModel):
    """The verdict on one observation of the notes."""

    model_config = ConfigDict(extra="forbid")
    id: str
    """The observation's id (n1, n2, ...)."""
    text: str
    """The observation as written."""
    status: Status
    """kept, dropped, contradicted, hedge_lost, or verify (for the reviewer; not a problem)."""
    tier: Tier | None = None
    """For a problem (dropped, contradicted, hedge_lost): certain or check. None otherwise."""
    evidence: str
    """Why: the draft text that carries it, or what is missing."""
    kind: ObsKind = "fact"
    """What the note is: a fact, a literal edit, a descriptive instruction, or style."""
    checked: bool = True
    """False when the checker could not verify the note at all."""
    hedged: bool = False
    """The note is hedged ("maybe", "not sure")."""
    missing: list[str] = []
    """The units not found (or the edit's problems)."""
    sentences: list[int] = []
    """Indices of the draft sentences that carry the note."""
    concerns: Span | None = None
    """For status verify: the part of the draft the instruction most likely concerns."""


class SentenceProvenance(BaseModel):
    """A draft sentence and the notes it carries."""

    model_config = ConfigDict(extra="forbid")
    text: str
    start: int
    end: int
    notes: list[str]
    """Ids of the observations this sentence carries."""


class CheckReport(BaseModel):
    """Every verdict of one check, with evidence; `ok` when nothing is a problem."""

    model_config = ConfigDict(extra="forbid")
    ok: bool
    """No problem of either tier: no dropped or contradicted note, no lost hedge, no unsupported
    span ("verify" items do not count)."""
    certain_ok: bool = True
    """No certain problem. What the CLI's exit code, the lead's problem filter and the team
    figures go by; check-tier problems are shown as "have a look"."""
    facts: list[FactCheck]
    dropped: list[str]
    """Ids of dropped observations."""
    hedges_lost: list[str]
    """Ids of hedged observations the draft states as certain."""
    contradicted: list[str] = []
    """Ids of observations the draft states the opposite of, or with a different value."""
    unsupported: list[Span]
    """Draft content with no support in anything the human supplied."""
    sentences: list[SentenceProvenance] = []
    lexicon_version: str = ""
    """The word lists' versions (lexicon and hedges), so a changed verdict can be traced."""
    to_verify: list[str] = Field(default_factory=list)
    """Ids of descriptive instructions for the reviewer to verify (not problems)."""
    to_review: list[str] = Field(default_factory=list)
    """Ids of edits "kept" on evidence too weak to call a problem (words of the old side left, the
    new side in a related form; `check.edit_review`): shown for review, not counted. A compose
    still tries to settle them (`unsettled`)."""
    style: list[StyleRemark] = Field(default_factory=list)
    """How a caption reads (fragments, repeats, leaked labels, long sentences, pasted notes):
    remarks to smooth, never problems; `ok` does not depend on them."""

    @model_validator(mode="before")
    @classmethod
    def _stored_before_tiers(cls, data):
        """A report stored before tiers existed is as strict as it was: all its problems count."""
        if isinstance(data, dict) and "certain_ok" not in data and "ok" in data:
            data = {**data, "certain_ok": data["ok"]}
        return data

    def problem_count(self, tier: Tier | None = None) -> int:
        """Problems of `tier` (of both tiers when None)."""
        facts = sum(1 for f in self.facts if f.status in PROBLEM_STATUSES and (tier is None or f.tier == tier))
        return facts + sum(1 for u in self.unsupported if tier is None or u.tier == tier)

    def unmet(self) -> set[str]:
        """Ids of the notes the draft does not carry as written (any tier)."""
        return set(self.dropped) | set(self.contradicted) | set(self.hedges_lost)

    def unsettled(self) -> set[str]:
        """`unmet`, and the edits held for review: what a compose still tries to settle."""
        return self.unmet() | set(self.to_review)

    def contract(self) -> dict:
        """The `check` object of the CLI's JSON contract (plus extra keys)."""
        return self.model_dump()
