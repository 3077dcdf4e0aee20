"""Public annotation datasets read as tasks: IIW-400 (captions) and DeFacto (rewrites).

Rows are validated one by one. A malformed line is reported with its line number and
skipped; it never stops the run or hides the other rows.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.jsonl import Rows, RowT, read_jsonl
from assistant.kinds.caption import CaptionTask
from assistant.kinds.rewrite import RewriteTask
from assistant.text import sentences

#: Largest dataset file read (bytes).
MAX_DATASET_BYTES = 200_000_000


class IIWObject(BaseModel):
    model_config = ConfigDict(extra="ignore")
    label: str = ""
    description: str = ""


class IIWRow(BaseModel):
    """One IIW-400 row: object-level notes and the human's final description."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)
    key: str = Field(default="", alias="image/key")
    objects: list[IIWObject] = Field(min_length=1)
    iiw: str = Field(default="", alias="IIW")

    def note_lines(self) -> list[str]:
        """One note per description sentence; the object's label leads its first sentence."""
        lines: list[str] = []
        for obj in self.objects:
            label = " ".join(obj.label.split()).rstrip(":")
            parts = _unsplit_quotes([" ".join(s.text.split()) for s in sentences(obj.description)])
            parts = [p.replace(";", ",") for p in parts if any(ch.isalnum() for ch in p)]
            if not parts:
                if label:
                    lines.append(label)
                continue
            lines.append(f"{label}: {parts[0]}" if label else parts[0])
            lines.extend(parts[1:])
        return lines

    def task(self) -> CaptionTask:
        return CaptionTask(notes="\n".join(self.note_lines()), image=self.key or None)


class HandRow(BaseModel):
    """One hand-written set of terse notes (bench/terse-hand.jsonl): notes typed the way
    annotators type them, written for this evaluation, with no image and no human description."""

    model_config = ConfigDict(extra="forbid")
    key: str = Field(min_length=1)
    notes: str = Field(min_length=1)
    """One note per line."""

    def task(self) -> CaptionTask:
        return CaptionTask(notes=self.notes)


def _unsplit_quotes(parts: list[str]) -> list[str]:
    """Rejoin sentences split inside a quotation: 'The words "Hello! Welcome" are' is one note."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].count('"') % 2 == 1:
            out[-1] += " " + part
        else:
            out.append(part)
    return out


class DefactoFeedback(BaseModel):
    model_config = ConfigDict(extra="ignore")
    summary: str = ""
    instruction_list: list[str] = []


class DefactoRow(BaseModel):
    """One DeFacto row: a summary to rewrite, error flags, the annotator's instructions."""

    model_config = ConfigDict(extra="ignore")
    doc_id: int | str = ""
    candidate: str = Field(min_length=1)
    has_error: bool = False
    intrinsic_error: bool = False
    extrinsic_error: bool = False
    feedback: DefactoFeedback = DefactoFeedback()

    @property
    def key(self) -> str:
        return str(self.doc_id)

    def flags(self) -> list[str]:
        # intrinsic: the summary contradicts its source; extrinsic: it adds what the source lacks
        return [f for f, on in (("factual_error", self.intrinsic_error), ("hallucination", self.extrinsic_error)) if on]

    def instructions(self) -> list[str]:
        return [" ".join(i.replace(";", ",").split()) for i in self.feedback.instruction_list if i.strip()]

    def task(self) -> RewriteTask:
        return RewriteTask(notes="\n".join(self.instructions()), response=self.candidate, flags=self.flags())


def read_rows(path: str | Path, model: type[RowT], limit: int | None = None) -> Rows[RowT]:
    """Valid dataset rows (with their line numbers) and the lines that were skipped, with why."""
    return read_jsonl(path, model, what="dataset", max_bytes=MAX_DATASET_BYTES, limit=limit)
