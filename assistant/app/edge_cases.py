"""Edge cases: an annotator who is unsure escalates the task (or one note) with a reason
instead of forcing an answer; a lead answers; the answer stays in history and exports.

Both sides are append-only events (kinds "edge_case" and "edge_answer"); the task's status
says where it is: "escalated" while it waits for a lead, "returned" to its annotator after a
"resolve" or "send_back", "unresolvable" when the lead says it cannot be decided.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.app.browse import describe
from assistant.app.db import Event, Task, User
from assistant.app.states import EdgeAnswer, EDGE_ANSWERS, TaskStatus
from assistant.errors import BadInputError
from assistant.notes import split_notes

MAX_REASON_CHARS = 2_000
_ESCALATABLE: tuple[TaskStatus, ...] = ("in_progress", "returned")
_AFTER_ANSWER: dict[EdgeAnswer, TaskStatus] = {"resolve": "returned", "send_back": "returned",
                                               "unresolvable": "unresolvable"}


class EdgeCase(BaseModel):
    """One raised edge case and the lead's answer, if any: what the UI, the CLI and exports show."""

    model_config = ConfigDict(extra="forbid")
    task_id: int
    event_id: int = Field(description="the id of the edge_case event")
    annotator: str
    note: str = Field(description="the note id it is about (n1, n2, ...), or '' for the whole task")
    note_text: str = Field(description="that note's text when it was raised")
    reason: str = Field(description="why the annotator is unsure, as typed")
    answer: EdgeAnswer | None = Field(default=None, description="the lead's answer; None while open")
    guidance: str = Field(default="", description="the lead's guidance or reason, as typed")
    lead: str = ""


def _text(value: str, what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise BadInputError(f"{what} is required")
    if len(value) > MAX_REASON_CHARS:
        raise BadInputError(f"{what} is {len(value):,} characters; the limit is {MAX_REASON_CHARS:,}")
    return value


def _note(notes: str, note: str) -> tuple[str, str]:
    """(note id, note text) for "n2", for a note's own text, or ("", "") for the whole task."""
    note = (note or "").strip()
    if not note:
        return "", ""
    observations = split_notes(notes)
    for obs in observations:
        if note.lower() in (obs.id, obs.text.lower()):
            return obs.id, obs.text
    known = ", ".join(o.id for o in observations) or "none yet"
    raise BadInputError(f"no note {note!r} in your notes (note ids: {known}); leave it empty for the whole task")


def raise_edge_case(session: Session, task: Task, user: User, reason: str, note: str = "", notes: str = "") -> Event:
    """The annotator's notes must already be saved (the handler saves them first); the task
    leaves their hands and waits in the lead's "escalated" queue."""
    if task.holder_id != user.id or task.status not in _ESCALATABLE:
        raise BadInputError("this task is not held by you; pull the next task from the queue")
    reason = _text(reason, "a reason")
    note_id, note_text = _note(notes, note)
    event = Event(task_id=task.id, user_id=user.id, kind="edge_case", text=reason,
                  data={"note": note_id, "note_text": note_text, "reason": reason})
    session.add(event)
    task.status, task.holder_id = "escalated", None
    session.commit()
    return event


def answer_edge_case(session: Session, task: Task, lead: User, answer: str, guidance: str) -> Event:
    if lead.role != "lead":
        raise BadInputError("only a lead can answer an edge case")
    if answer not in EDGE_ANSWERS:
        raise BadInputError(f"an answer is one of: {', '.join(EDGE_ANSWERS)}")
    if task.status != "escalated":
        raise BadInputError(f"{describe(task)} is {task.status}, not escalated")
    raised = _latest_raised(session, task)
    guidance = _text(guidance, "guidance (what the annotator should do, or why it cannot be decided)")
    event = Event(task_id=task.id, user_id=lead.id, kind="edge_answer", text=guidance,
                  data={"answer": answer, "edge_event": raised.id if raised else None})
    session.add(event)
    task.status = _AFTER_ANSWER[answer]
    task.holder_id = task.annotator_id if task.status == "returned" else None
    session.commit()
    return event


def _latest_raised(session: Session, task: Task) -> Event | None:
    return session.scalar(select(Event).where(Event.task_id == task.id, Event.kind == "edge_case")
                          .order_by(Event.id.desc()).limit(1))


def edge_cases(session: Session, task: Task) -> list[EdgeCase]:
    """Every edge case raised on the task, oldest first, each with its answer."""
    events = list(session.scalars(select(Event).where(
        Event.task_id == task.id, Event.kind.in_(("edge_case", "edge_answer"))).order_by(Event.id)))
    out: list[EdgeCase] = []
    for e in events:
        if e.kind == "edge_case":
            out.append(EdgeCase(task_id=task.id, event_id=e.id, annotator=e.user.name if e.user else "",
                                note=e.data.get("note", ""), note_text=e.data.get("note_text", ""),
                                reason=e.text))
        elif out and e.data.get("edge_event") in (None, out[-1].event_id):
            out[-1] = out[-1].model_copy(update={"answer": e.data.get("answer"), "guidance": e.text,
                                                 "lead": e.user.name if e.user else ""})
    return out


def edge_case(session: Session, event_id: int) -> EdgeCase:
    event = session.get(Event, event_id)
    if event is None or event.kind != "edge_case":
        raise BadInputError(f"no edge case {event_id}")
    task = session.get(Task, event.task_id)
    return next(c for c in edge_cases(session, task) if c.event_id == event_id)


def export_fields(session: Session, task: Task) -> dict:
    """What an export row carries about edge cases: an unresolved one must survive into the
    data, like a hedge does (calibrated uncertainty is information)."""
    cases = edge_cases(session, task)
    return {"edge_cases": [c.model_dump(exclude={"task_id"}) for c in cases],
            "unresolved_edge_case": any(c.answer in (None, "unresolvable") for c in cases)}


def count_raised(session: Session, user_id: int, task_ids: list[int]) -> int:
    if not task_ids:
        return 0
    return len(list(session.scalars(select(Event.id).where(
        Event.kind == "edge_case", Event.user_id == user_id, Event.task_id.in_(task_ids)))))
