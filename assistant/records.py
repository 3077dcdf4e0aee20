"""Our interchange schema: a task as it comes in (batch input, JSONL) and a reviewed task as
it goes out (export record). Both are pydantic models, so `annotation-assistant schema`
publishes them as JSON Schema and every reader validates against the same definition.

The notes stay the authoritative record: an export record carries them as typed, with the
observation ids that the check report and the sentence provenance refer to.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, create_model, field_validator

from assistant.check import CheckReport, SentenceProvenance
from assistant.errors import BadInputError, validation_line
from assistant.notes import TaskBase
from assistant import kinds
from assistant.kinds import KindName

#: Bumped when a field changes meaning or disappears; new optional fields keep it.
SCHEMA_VERSION = "1"

TaskStatus = Literal["open", "in_progress", "submitted", "approved", "rejected", "returned", "escalated",
                     "unresolvable"]
Decision = Literal["approve", "reject", "send_back"]


def _empty_is_none(value: Any) -> Any:
    return None if value == "" else value


#: An optional text where "" means absent: one canonical form, so a CSV cell round-trips.
OptText = Annotated[str | None, BeforeValidator(_empty_is_none)]


# ---------------------------------------------------------------- a task coming in


class _TaskLineBase(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    id: str = Field(min_length=1, max_length=255)
    """The task's id; every result line carries it, and a rerun skips ids already done."""
    kind: KindName
    notes: str
    """The annotator's notes, one observation per line or bullet (';' splits further)."""

    @field_validator(*kinds.field_names("flags"), mode="before", check_fields=False)
    @classmethod
    def _split_flags(cls, v: Any) -> Any:
        return [f for f in v.split(",") if f.strip()] if isinstance(v, str) else v

    def engine_task(self) -> TaskBase:
        """The compose input; an invalid task (empty notes, unknown flag, ...) is BadInputError."""
        fields = self.model_dump(exclude={"id", "kind", "notes"})
        return kinds.get(self.kind).build(fields, self.notes, fields)


TaskLine = create_model("TaskLine", __base__=_TaskLineBase, __doc__=(
    "One task to draft (a line of `batch --in`): the notes plus the item they describe. "
    f"kind: {'; '.join(f'{k.name}: {k.summary}' for k in kinds.KINDS.values())}."),
    **kinds.model_fields())


# ---------------------------------------------------------------- a reviewed task going out


class NoteOut(BaseModel):
    """One observation of the notes, with the id the check report and provenance use."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    id: str
    text: str
    hedged: bool
    """The note is uncertain ("maybe", "~3"): a faithful text keeps the hedge."""
    source: Literal["notes", "answer"] = "notes"


class DraftOut(BaseModel):
    """The AI draft the final text started from."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    text: str
    model: str
    """The litellm model string that composed it."""
    prompt_version: OptText = None
    checklist_version: OptText = None
    source: Literal["app", "batch"] = "app"
    """app: composed in the annotator's workspace; batch: pre-drafted by `batch --into-project`."""
    check: CheckReport | None = None
    """The check of the draft against the notes it was composed from."""
    created_at: datetime | None = None


class QuestionOut(BaseModel):
    """A question the assistant asked for a missing detail, and the annotator's answer."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    question: str
    item: OptText = None
    """The checklist item, flag id or 'ambiguity' the question stands for."""
    answer: OptText = None
    """The annotator's answer (it also became a note line), or None when unanswered."""
    asked_at: datetime | None = None
    answered_at: datetime | None = None


class Timestamps(BaseModel):
    """When each step happened (UTC, naive); None for a step not reached."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    created: datetime | None = None
    claimed: datetime | None = None
    drafted: datetime | None = None
    submitted: datetime | None = None
    decided: datetime | None = None


class EdgeCaseOut(BaseModel):
    """An edge case raised on the task and the lead's answer: an unresolved one survives into
    the data, as a hedge does."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    note: str = ""
    """The note id it is about (n1, ...), or "" for the whole task."""
    note_text: str = ""
    reason: str
    """Why the annotator was unsure, as typed."""
    answer: str | None = None
    """resolve, send_back or unresolvable; None while open."""
    guidance: str = ""
    annotator: str = ""
    lead: str = ""


class RecordOut(BaseModel):
    """The text that is the item's record: the adjudicated one (dual annotation) when there is
    one, else the final text."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    source: Literal["adjudication", "final"]
    text: str = ""
    notes: str = ""


class _RecordHead(BaseModel):
    """The record's identity: what every kind shares before its item fields."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    schema_version: str = SCHEMA_VERSION
    task_id: int
    """The app's task id."""
    item_id: str
    """The task's own id (the `id` it was imported with)."""
    project: str
    kind: KindName
    status: TaskStatus


_RecordItem = create_model("_RecordItem", __base__=_RecordHead, **kinds.model_fields("item"))


class _RecordNotes(_RecordItem):  # type: ignore[misc,valid-type]
    notes: OptText = None
    """The annotator's notes as typed (the latest version): the authoritative record."""


_RecordMarks = create_model("_RecordMarks", __base__=_RecordNotes, **kinds.model_fields("mark"))


class ExportRecord(_RecordMarks):  # type: ignore[misc,valid-type]
    """One task with everything done to it: the item, the notes as typed, the AI draft, the
    final text with its check and sentence provenance, the questions, and the review.

    Each kind's item fields (caption: image; rewrite: prompt, response) follow `status`, and its
    marks (rewrite: flags) follow `notes`: they come from the kind registry (assistant/kinds)."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    observations: list[NoteOut] = []
    """The notes split into observations n1, n2, ...: what `final_check` and `provenance` cite."""
    draft: DraftOut | None = None
    final_text: OptText = None
    """The text the annotator submitted."""
    final_check: CheckReport | None = None
    """The check of the final text against the notes."""
    provenance: list[SentenceProvenance] = []
    """Each sentence of the final text with the note ids it carries (from `final_check`)."""
    questions: list[QuestionOut] = []
    annotator: OptText = None
    reviewer: OptText = None
    decision: Decision | None = None
    comment: OptText = None
    """The reviewer's comment (required for reject and send back)."""
    timestamps: Timestamps = Timestamps()
    edit_distance: int | None = None
    guideline_version: int | None = None
    """The project guideline's version the draft was composed under."""
    edge_cases: list[EdgeCaseOut] = []
    unresolved_edge_case: bool = False
    """An edge case is still open or was marked unresolvable: treat the text with care."""
    gold: bool = False
    """A known-answer task seeded by a lead (left out of exports unless asked for)."""
    record: RecordOut | None = None
    """Words inserted, deleted or replaced from the AI draft to the final text."""


def record_from_data(data: Any, where: int) -> ExportRecord:
    """One record from parsed JSON; BadInputError names `where` (its line or entry)."""
    try:
        return ExportRecord.model_validate(data)
    except ValidationError as e:
        raise BadInputError(f"record {where}: {validation_line(e)}") from None
