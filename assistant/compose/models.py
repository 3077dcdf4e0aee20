"""What compose returns (a checked `Draft` and its `SentenceChange`s) and the typed events
`compose_events` yields on the way."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant import llm
from assistant.check import CheckReport, SentenceProvenance
from assistant.kinds import KindName
from assistant.notes import Observation
from assistant.questions import Question

ChangeHow = Literal["literal", "model", "patch", "verbatim", "split", "removed"]


class SentenceChange(BaseModel):
    """One sentence of the draft that differs from what came before it, and why."""

    model_config = ConfigDict(extra="forbid")
    before: str
    """The sentence before (the original response's, or the first draft's); "" for an insertion."""
    after: str
    """The sentence now; "" for a deletion."""
    how: ChangeHow
    """literal: a note's exact edit applied without the model; model: rewritten by the model
    for a note or flag; patch: a repair after the check; verbatim: the note's own words, since
    no repair carried it; split: a run-on sentence split; removed: deleted by a note."""
    notes: list[str] = []
    """Ids of the notes the change carries out."""
    reason: str = ""


class Draft(BaseModel):
    """A composed, checked draft: the text, every problem the check still finds, and its cost."""

    model_config = ConfigDict(extra="forbid")
    kind: KindName
    text: str
    sentences: list[SentenceProvenance]
    """Each sentence with the notes it carries, as the check found them."""
    questions: list[Question]
    """Details the guideline needs that the notes lack, and ambiguities such as hedged counts."""
    check: CheckReport
    """The check of `text` against the notes: shown in full, nothing hidden."""
    kept_verbatim: list[str] = []
    """Notes no model sentence carried, inserted in the annotator's own words: smooth them."""
    as_written: list[str] = []
    """Notes the annotator typed as finished sentences whose sentences stand in `text` word for word
    as written (no model wrote them)."""
    changes: list[SentenceChange] = []
    """Sentences changed after the first draft (captions) or from the original (rewrites)."""
    warnings: list[str] = []
    """What went wrong on the way without costing the draft (a failed patch call, say)."""
    model: str
    prompt_version: str
    checklist_version: str
    attempts: int = Field(description="model calls made, patches included")
    repairs: int = Field(description="patch rounds after the first draft (at most max_repairs)")
    usage: llm.Usage
    latency_s: float
    raw_outputs: list[str]
    """Every answer the model gave, in order: nothing it said is lost."""
    observations: list[Observation]

    def contract(self) -> dict:
        """The CLI's --json object."""
        return {
            "text": self.text,
            "questions": [{"id": q.id, "question": q.question, "item": q.item, "note": q.note} for q in self.questions],
            "check": self.check.contract(),
            "kept_verbatim": self.kept_verbatim,
            "as_written": self.as_written,
            "changes": [c.model_dump() for c in self.changes],
            "warnings": self.warnings,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "attempts": self.attempts,
            "repairs": self.repairs,
            "usage": self.usage.model_dump(),
            "latency_s": round(self.latency_s, 3),
            "sentences": [s.model_dump() for s in self.sentences],
            "observations": [o.model_dump() for o in self.observations],
        }


# ---------------------------------------------------------------- the events compose yields


class TextDelta(BaseModel):
    """The model wrote more of the first draft."""

    kind: Literal["text"] = "text"
    delta: str
    text: str
    """The draft so far, as it would read now."""


class SentenceDone(BaseModel):
    """A sentence of the first draft is complete."""

    kind: Literal["sentence"] = "sentence"
    index: int
    text: str


class CheckDone(BaseModel):
    """The check of the draft at one stage: the first draft, or after the patches."""

    kind: Literal["check"] = "check"
    stage: Literal["draft", "patched"]
    text: str
    report: CheckReport


class QuestionAsked(BaseModel):
    kind: Literal["question"] = "question"
    question: Question


class FinalDraft(BaseModel):
    kind: Literal["final"] = "final"
    draft: Draft


ComposeEvent = Annotated[TextDelta | SentenceDone | CheckDone | QuestionAsked | FinalDraft,
                         Field(discriminator="kind")]
