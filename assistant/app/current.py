"""The item's current record: the one answer to "what does this task say now?".

A k = 2 item that a lead adjudicated is recorded by the adjudicated notes and text (kept on
the item's first task, and read from either copy); any other task by the work its annotator
submitted. Review, the approve decision, every export format and the quality figures read
the record through `current_record`, so none of them can show the first annotator's text
after an adjudication. The history keeps every version: this only picks which is current.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.app.db import Event, Task
from assistant.app.team_db import TaskLink
from assistant import kinds
from assistant.check import CheckReport, check_draft
from assistant.errors import BadInputError
from assistant.notes import split_notes

RecordSource = Literal["adjudication", "final"]


class CurrentRecord(BaseModel):
    """What a task's item says now, and where that version came from."""

    model_config = ConfigDict(extra="forbid")
    source: RecordSource = Field(description="adjudication: a lead's adjudicated version of a k = 2 item; "
                                             "final: the annotator's submitted work")
    text: str | None = Field(description="the record's text; None when nothing was submitted yet")
    notes: str | None = Field(description="the notes the text stands on; None when none were written")
    flags: list[str] = Field(default=[], description="the error flags of the annotator's notes")
    marks: dict[str, Any] = Field(default={}, description="every mark the annotator set beside the notes "
                                  "(its kind's marks: rewrite flags; a comparison's choice and flags per response)")
    event_id: int | None = Field(default=None, description="the history event holding this version")
    by: str | None = Field(default=None, description="who wrote this version")
    at: datetime | None = None
    check: CheckReport | None = Field(default=None, description="the check of the text against the notes")

    @property
    def adjudicated(self) -> bool:
        return self.source == "adjudication"

    def summary(self) -> dict:
        """The export's `record` field (assistant/records.py RecordOut)."""
        return {"source": self.source, "text": self.text or "", "notes": self.notes or ""}


def item_task_id(session: Session, task: Task) -> int:
    """The item's first task, where an adjudication is kept: itself unless it is the second copy."""
    found = session.get(TaskLink, task.id)
    return found.source_task_id if found is not None and found.kind == "replica" else task.id


def item_copies(session: Session, task: Task) -> list[Task]:
    """Every annotation of the task's item, in task order: the task alone, or a k = 2 item's
    first task and its second annotator's copy."""
    first = item_task_id(session, task)
    copies = session.scalars(select(TaskLink.task_id).where(TaskLink.source_task_id == first,
                                                            TaskLink.kind == "replica"))
    return [session.get(Task, i) for i in sorted({first, *copies})]


def _latest(session: Session, task_id: int, kind: str) -> Event | None:
    return session.scalar(select(Event).where(Event.task_id == task_id, Event.kind == kind)
                          .order_by(Event.id.desc()).limit(1))


def stored_report(data: object) -> CheckReport | None:
    """A stored check report, or None when absent or from an incompatible checker version."""
    if not isinstance(data, dict):
        return None
    try:
        return CheckReport.model_validate(data)
    except ValidationError:
        return None


def _check(task: Task, notes: str | None, text: str | None, stored: object = None,
           marks: dict[str, Any] | None = None) -> CheckReport | None:
    if not (text or "").strip():
        return None
    # a report stored by an older checker may not validate: recompute it (the check is deterministic)
    return stored_report(stored) or recheck(task, notes, text, marks)


def recheck(task: Task, notes: str | None, text: str, marks: dict[str, Any] | None = None) -> CheckReport:
    """The check of `text` as the task's kind checks it (a comparison's choice included);
    notes its kind cannot build a task from are checked against the notes alone."""
    kind = kinds.get(task.project.kind)
    try:
        return kind.check(kind.build(task.payload, notes or "", marks), text)
    except BadInputError:
        return check_draft(split_notes(notes or ""), text, original=kind.original(task.payload))


def current_record(session: Session, task: Task) -> CurrentRecord:
    notes = _latest(session, task.id, "notes")
    flags = list(notes.data.get("flags", [])) if notes else []
    marks = kinds.get(task.project.kind).marks_from(notes.data if notes else {})
    adjudicated = _latest(session, item_task_id(session, task), "adjudication")
    if adjudicated is not None:
        text, adjudicated_notes = adjudicated.text, adjudicated.data.get("notes", "")
        return CurrentRecord(source="adjudication", text=text, notes=adjudicated_notes, flags=flags, marks=marks,
                             event_id=adjudicated.id, by=adjudicated.user.name if adjudicated.user else None,
                             at=adjudicated.created_at, check=_check(task, adjudicated_notes, text, marks=marks))
    final = _latest(session, task.id, "submit")
    text = final.text if final else None
    return CurrentRecord(source="final", text=text, notes=notes.text if notes else None, flags=flags, marks=marks,
                         event_id=final.id if final else None,
                         by=final.user.name if final and final.user else None, at=final.created_at if final else None,
                         check=_check(task, notes.text if notes else None, text, final.data.get("check") if final else None,
                                      marks))
