"""Reviewed work out of the database: one ExportRecord per task, read from its history.

The history is append-only, so a record is a pure function of the events: the latest notes,
the draft the final text started from, the submission, the questions and their answers, the
lead's decision. Writing the records in a format is assistant/formats.py's job.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import formats, kinds, label_studio
from assistant.app import projects, store, team_export
from assistant.app.current import current_record, stored_report
from assistant.app.db import Event, Project, Task, User
from assistant.diff import edit_distance
from assistant.notes import split_notes
from assistant.questions import load_checklist
from assistant.records import DraftOut, EdgeCaseOut, ExportRecord, NoteOut, QuestionOut, RecordOut, Timestamps

StatusFilter = Literal["approved", "submitted", "all"]
STATUS_FILTERS: tuple[str, ...] = ("approved", "submitted", "all")


def tasks_for_export(session: Session, project: Project, status: StatusFilter) -> list[Task]:
    """approved: approved tasks; submitted: tasks waiting for review; all: every task."""
    query = select(Task).where(Task.project_id == project.id).order_by(Task.id)
    if status != "all":
        query = query.where(Task.status == status)
    return list(session.scalars(query))


def export_records(session: Session, project: Project, status: StatusFilter = "approved", *,
                   include_gold: bool = False) -> list[ExportRecord]:
    """Gold copies (known-answer tasks seeded into queues) are left out unless asked for."""
    tasks = team_export.exportable(session, tasks_for_export(session, project, status), include_gold=include_gold)
    return [task_record(session, task) for task in tasks]


def export_project(session: Session, project_name: str, fmt: str, out: str | Path,
                   status: StatusFilter = "approved", *, include_gold: bool = False,
                   images: label_studio.ImageLinks | None = None) -> int:
    """Writes the project's records to `out` in `fmt` (images linked as `images` says, for
    Label Studio); returns how many."""
    if status not in STATUS_FILTERS:
        raise ValueError(f"status must be one of {STATUS_FILTERS}")
    project = projects.get_project(session, project_name)
    records = export_records(session, project, status, include_gold=include_gold)
    formats.write(records, fmt, out, images=images)
    return len(records)


def task_record(session: Session, task: Task) -> ExportRecord:
    events = store.history(session, task)
    # the item's current record (an adjudicated version when there is one) is what the record
    # says: its notes, final text and check; the submission keeps its time, the history every version
    current = current_record(session, task)
    final = _last(events, "submit")
    # the draft the final text started from: the last one before the submission
    draft = _last([e for e in events if final is None or e.id < final.id], "draft")
    decision = _last(events, "decision")
    observations = split_notes(current.notes) if current.notes else []
    final_check = current.check
    annotator = session.get(User, task.annotator_id) if task.annotator_id else None
    return ExportRecord(
        task_id=task.id,
        item_id=task.external_id,
        project=task.project.name,
        kind=task.project.kind,
        status=task.status,
        **{f.name: task.payload.get(f.name) for f in kinds.get(task.project.kind).item_fields()},
        notes=current.notes,
        **{**current.marks, "flags": current.flags},
        observations=[NoteOut(id=o.id, text=o.text, hedged=o.hedged, source=o.source) for o in observations],
        draft=_draft(draft, task),
        final_text=current.text,
        final_check=final_check,
        provenance=final_check.sentences if final_check else [],
        questions=_questions(events),
        annotator=annotator.name if annotator else _by(final or _last(events, "notes")),
        reviewer=decision.user.name if decision and decision.user else _by(decision),
        decision=decision.data.get("decision") if decision else None,
        comment=decision.text if decision else None,
        timestamps=Timestamps(
            created=task.created_at,
            claimed=_first_time(events, "claim"),
            drafted=draft.created_at if draft else None,
            submitted=final.created_at if final else None,
            decided=decision.created_at if decision else None,
        ),
        edit_distance=edit_distance(draft.text, current.text) if draft and current.text is not None else None,
        **_team_fields(session, task),
    )


def _team_fields(session: Session, task: Task) -> dict:
    """The team workflow's part of a record: guideline version, edge cases, gold, adjudication."""
    found = team_export.fields(session, task)
    return {"guideline_version": found["guideline_version"],
            "edge_cases": [EdgeCaseOut(**{k: v for k, v in c.items() if k != "event_id"}) for c in found["edge_cases"]],
            "unresolved_edge_case": found["unresolved_edge_case"], "gold": found["gold"],
            "record": RecordOut(**found["record"])}


def _by(event: Event | None) -> str | None:
    """The name a restored event keeps when its author has no account here (assistant/app/restore.py)."""
    return event.data.get("by") if event is not None else None


def _last(events: list[Event], kind: str) -> Event | None:
    return next((e for e in reversed(events) if e.kind == kind), None)


def _first_time(events: list[Event], kind: str):
    return next((e.created_at for e in events if e.kind == kind), None)


def _draft(event: Event | None, task: Task) -> DraftOut | None:
    if event is None:
        return None
    data = event.data
    # drafts stored before checklist versions were recorded: the project's checklist today
    checklist_version = data.get("checklist_version") or load_checklist(task.project.checklist).version
    return DraftOut(text=event.text, model=data.get("model") or "", prompt_version=data.get("prompt_version"),
                    checklist_version=checklist_version, source=data.get("source", "app"),
                    check=stored_report(data.get("check")), created_at=event.created_at)


def _questions(events: list[Event]) -> list[QuestionOut]:
    """Every distinct question asked, paired with the annotator's answer to it."""
    answers = {e.data.get("question"): e for e in events if e.kind == "answer"}
    asked: dict[str, QuestionOut] = {}
    for e in events:
        if e.kind != "question" or e.text in asked:
            continue
        answer = answers.get(e.text)
        asked[e.text] = QuestionOut(question=e.text, item=e.data.get("item"),
                                    answer=answer.text if answer else None, asked_at=e.created_at,
                                    answered_at=answer.created_at if answer else None)
    return list(asked.values())
