"""A record exported by us (jsonl, csv, Parquet, Label Studio) imported back as the history
it came from, so Review and every export see the work again.

A record becomes the events the app itself writes: `claim`, `notes` (with the flags),
`question` and `answer`, `draft` (model, versions, its check, the guideline version),
`submit` (with the final check) and `decision`, at the record's own times, and the task gets
the record's status. Exporting the restored task gives the same record (apart from the task
id and project, which are this database's).

What is not restored: edge cases, gold marks and adjudications (team workflow state tied to
other tasks of the old database). A task that was `in_progress` or `escalated` comes back
`open` (nobody here holds it; its notes are kept), and so does a `returned` one whose
annotator has no account here. Annotator and reviewer are linked to the accounts of the same
name when they exist; otherwise their names are kept in the events (`data.by`) and exported.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import kinds
from assistant.app.db import Event, Task, User, now
from assistant.records import ExportRecord


def restore(session: Session, task: Task, record: ExportRecord) -> None:
    """`task` (new, not yet flushed) gets the record's status, people and history."""
    annotator = _user(session, record.annotator)
    task.status = _status(record, annotator)
    task.annotator_id = annotator.id if annotator else None
    if task.status == "returned" and annotator is not None:
        task.holder_id = annotator.id
    if record.timestamps.created:
        task.created_at = record.timestamps.created
    session.flush()
    session.add_all(_events(session, task, record, annotator))


def update(session: Session, tasks: list[Task], payload: dict[str, Any], record: ExportRecord | None) -> bool:
    """The item's tasks get the new payload; a record's work that differs from the task's is
    appended to its history (history is never rewritten). True when anything changed."""
    changed = False
    for task in tasks:
        if task.payload != payload:
            task.payload = payload
            changed = True
    if record is None:
        return changed
    from assistant.app.export import task_record  # noqa: PLC0415 - export reads what this writes

    task = tasks[0]  # the item's own task; gold and k = 2 copies come after it
    current = task_record(session, task)
    which = set()
    if (current.notes, current.flags, _marks(current)) != (record.notes, record.flags, _marks(record)):
        which.add("notes")
    if (current.draft.text if current.draft else None) != (record.draft.text if record.draft else None):
        which.add("draft")
    if current.final_text != record.final_text:
        which.add("submit")
    if (current.decision, current.comment) != (record.decision, record.comment):
        which.add("decision")
    annotator = _user(session, record.annotator)
    status = _status(record, annotator)
    if not which and task.status == status:
        return changed
    stamp = now()
    for event in _events(session, task, record, annotator):
        if event.kind in which:
            event.created_at = stamp
            session.add(event)
    task.status = status
    return True


def _marks(record: ExportRecord) -> dict[str, Any]:
    """The record's marks besides the flags (a comparison's choice and flags per response)."""
    return {k: v for k, v in kinds.get(record.kind).marks_of(record).items() if k != "flags"}


def _status(record: ExportRecord, annotator: User | None) -> str:
    if record.status in ("in_progress", "escalated") or (record.status == "returned" and annotator is None):
        return "open"
    return record.status


def _user(session: Session, name: str | None) -> User | None:
    return session.scalar(select(User).where(User.name == name)) if name else None


def _events(session: Session, task: Task, record: ExportRecord, annotator: User | None) -> list[Event]:
    stamps = record.timestamps
    by = {} if annotator or not record.annotator else {"by": record.annotator}
    user_id = annotator.id if annotator else None
    events: list[Event] = []

    def add(kind: str, when: datetime | None, text: str = "", data: dict | None = None, user: int | None = None):
        event = Event(task_id=task.id, user_id=user, kind=kind, text=text, data=data or {})
        if when is not None:
            event.created_at = when
        events.append(event)

    if stamps.claimed:
        add("claim", stamps.claimed, user=user_id)
    if record.notes is not None:
        add("notes", stamps.drafted or stamps.submitted or stamps.claimed, record.notes,
            {"flags": list(record.flags), **_marks(record), **by}, user_id)
    for q in record.questions:
        add("question", q.asked_at, q.question, {"item": q.item}, user_id)
        if q.answer is not None:
            add("answer", q.answered_at, q.answer, {"question": q.question}, user_id)
    if record.draft is not None:
        d = record.draft
        add("draft", d.created_at or stamps.drafted, d.text, {
            "model": d.model, "prompt_version": d.prompt_version, "checklist_version": d.checklist_version,
            "source": d.source, "check": d.check.model_dump(mode="json") if d.check else None,
            "guideline_version": record.guideline_version})
    if record.final_text is not None:
        add("submit", stamps.submitted, record.final_text,
            {"check": record.final_check.model_dump(mode="json") if record.final_check else None, **by}, user_id)
    if record.decision is not None:
        reviewer = _user(session, record.reviewer)
        add("decision", stamps.decided, record.comment or "",
            {"decision": record.decision, **({} if reviewer or not record.reviewer else {"by": record.reviewer})},
            reviewer.id if reviewer else None)
    return events
