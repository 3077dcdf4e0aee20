"""Records and append-only history: the annotator's queue, notes, drafts, decisions, figures.

Plain functions over a SQLAlchemy session; the CLI and the app's service call these (accounts
are in accounts.py, projects and imported tasks in projects.py). Notes
are stored before any model call, so a model failure or a crash never loses them.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from assistant.app import assignment
from assistant.app.browse import describe
from assistant.app.current import current_record, item_copies
from assistant.app.db import Event, Task, User, now
from assistant.app.states import DONE, REVIEWABLE, EventKind
from assistant.errors import BadInputError


# ------------------------------------------------------------------ the annotator's queue


HOLD_ENV = "ANNOTATION_ASSISTANT_HOLD_MINUTES"
HOLD_MINUTES = 60
CLAIM_ATTEMPTS = 50


class ConflictError(BadInputError):
    """A save based on a version of the task that is no longer current; nothing was overwritten."""


def hold_minutes() -> float:
    """How long a task stays with an annotator who does nothing with it ($ANNOTATION_ASSISTANT_HOLD_MINUTES)."""
    try:
        return float(os.environ.get(HOLD_ENV) or HOLD_MINUTES)
    except ValueError:
        raise BadInputError(f"{HOLD_ENV} must be a number of minutes") from None


def _claimable():
    """Open tasks, and tasks whose holder let the hold expire (returned tasks stay with their annotator)."""
    expired = now() - timedelta(minutes=hold_minutes())
    return or_(Task.status == "open", and_(Task.status == "in_progress", Task.held_at < expired))


def next_task(session: Session, user: User) -> Task | None:
    """The task this annotator holds, else one sent back to them, else claim the oldest open
    one (or one whose hold expired). Candidates are row-locked with SKIP LOCKED on PostgreSQL,
    so two app processes hand out different tasks without waiting on each other; the claim is
    a conditional UPDATE, so even without row locks (SQLite) two annotators never hold the
    same task."""
    held = session.scalar(select(Task).where(Task.holder_id == user.id, Task.status.in_(("in_progress", "returned")))
                          .order_by(Task.status.desc(), Task.id))
    if held is not None:
        return held
    if (gold := assignment.serve_gold(session, user)) is not None:
        return gold
    for _ in range(CLAIM_ATTEMPTS):
        # one candidate at a time: SKIP LOCKED on a LIMIT 20 would lock all twenty for this
        # annotator and hand the next caller nothing
        task_id = session.scalar(select(Task.id).where(_claimable(), *assignment.claimable(user)).order_by(Task.id)
                                 .limit(1).with_for_update(skip_locked=True))
        if task_id is None:
            break
        claimed = session.execute(
            update(Task).where(Task.id == task_id, _claimable())
            .values(status="in_progress", holder_id=user.id, annotator_id=user.id, held_at=now(),
                    version=Task.version + 1)  # a stale save by an earlier holder is a conflict
            .execution_options(synchronize_session=False)  # the task is read fresh below
        ).rowcount
        if claimed:
            session.add(Event(task_id=task_id, user_id=user.id, kind="claim"))
            assignment.after_claim(session, task_id)
            session.commit()
            task = session.get(Task, task_id)
            session.refresh(task)
            return task
        session.commit()  # another annotator got it first (SQLite has no row locks): look again
    session.commit()
    return None


def keep_refused(session: Session, task_id: int, user: User, notes: str, flags: list[str] | None,
                 reason: str, marks: dict[str, Any] | None = None) -> None:
    """A save that cannot land (the task went to someone else) is kept as a `rejected` event,
    so nothing an annotator typed is lost; only on a task the user once held, so nobody writes
    into the history of tasks that were never theirs."""
    session.rollback()
    claimed = session.scalar(select(Event.id).where(Event.task_id == task_id, Event.user_id == user.id,
                                                   Event.kind == "claim").limit(1))
    if notes.strip() and claimed is not None:
        session.add(Event(task_id=task_id, user_id=user.id, kind="rejected", text=notes,
                          data={"flags": flags or [], **(marks or {}), "reason": reason}))
        session.commit()


def held_task(session: Session, user: User, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is not None:
        session.refresh(task)  # another process may have handed it on since this session read it
    if task is None or task.holder_id != user.id:
        raise BadInputError("this task is not held by you; pull the next task from the queue")
    return task


def add_event(session: Session, task: Task, user: User | None, kind: EventKind, text: str = "",
              data: dict[str, Any] | None = None) -> Event:
    ev = Event(task_id=task.id, user_id=user.id if user else None, kind=kind, text=text, data=data or {})
    session.add(ev)
    session.commit()
    return ev


def save_notes(session: Session, task: Task, user: User, notes: str, flags: list[str] | None = None,
               expected_version: int | None = None, marks: dict[str, Any] | None = None) -> Event:
    """Stored as typed, before any model sees them; an unchanged version is not repeated.

    With `expected_version` (the task version the annotator's page loaded) a save on top of a
    newer one is refused with ConflictError; the refused text is kept as a `rejected` event, so
    nothing either annotator typed is lost. The version bump and the event share one
    transaction, and the bump is a compare-and-set, so it holds across app processes. `marks`:
    the kind's other marks (a comparison's choice and flags per response), stored beside."""
    data = {"flags": flags or [], **(marks or {})}
    if expected_version is not None and _bump(session, task, expected_version) == 0:
        _reject(session, task, user, notes, data, expected_version)
    last = latest(session, task, "notes")
    if last is not None and last.text == notes and last.data == data:
        session.commit()
        return last
    if expected_version is None:
        _bump(session, task, None)
    ev = Event(task_id=task.id, user_id=user.id, kind="notes", text=notes, data=data)
    session.add(ev)
    session.commit()
    return ev


def _bump(session: Session, task: Task, expected_version: int | None) -> int:
    """version + 1 (and the hold renewed) if the version is still `expected_version`; rows changed."""
    query = update(Task).where(Task.id == task.id)
    if expected_version is not None:
        query = query.where(Task.version == expected_version)
    changed = session.execute(query.values(version=Task.version + 1, held_at=now())).rowcount
    session.expire(task, ["version", "held_at"])
    return changed


def _reject(session: Session, task: Task, user: User, notes: str, data: dict, expected_version: int):
    session.rollback()
    current = session.scalar(select(Task.version).where(Task.id == task.id))
    session.add(Event(task_id=task.id, user_id=user.id, kind="rejected", text=notes,
                      data={**data, "reason": "conflict", "expected_version": expected_version,
                            "current_version": current}))
    session.commit()
    raise ConflictError(f"this task was saved elsewhere since you loaded it (version {current}, yours "
                        f"{expected_version}); nothing was overwritten and your notes are kept in its history "
                        "as a rejected save: pull the task again and merge them")


def submit(session: Session, task: Task, user: User, final_text: str, check: dict | None) -> Event:
    """The final text and the status change in one transaction: a crash leaves both or neither."""
    if not final_text.strip():
        raise BadInputError("the final text is empty")
    ev = Event(task_id=task.id, user_id=user.id, kind="submit", text=final_text, data={"check": check})
    session.add(ev)
    task.status, task.holder_id = "submitted", None
    session.commit()
    return ev


# ------------------------------------------------------------------ lead review

DECISIONS = {"approve": "approved", "reject": "rejected", "send_back": "returned"}


def decide(session: Session, task: Task, lead: User, decision: str, comment: str = "") -> Event:
    if lead.role != "lead":
        raise BadInputError("only a lead can review tasks")
    if decision not in DECISIONS:
        raise BadInputError(f"decision must be one of: {', '.join(DECISIONS)}")
    if task.status != "submitted":
        raise BadInputError(f"{describe(task)} is {task.status}, not submitted")
    if decision in ("reject", "send_back") and not comment.strip():
        raise BadInputError("say why in a comment when rejecting or sending back")
    # the decision is on the item's current record (an adjudicated version once there is one): say which
    record = current_record(session, task)
    decided = decided_with(session, task, decision, record.adjudicated)
    data = {"decision": decision, "record": record.source, "record_event": record.event_id}
    if len(decided) > 1:
        data["copies"] = [t.id for t in decided]
    events = [Event(task_id=t.id, user_id=lead.id, kind="decision", text=comment.strip(), data=dict(data))
              for t in decided]
    session.add_all(events)  # committed with the statuses below: one transaction
    for t in decided:
        t.status = DECISIONS[decision]
    if decision == "send_back":
        task.holder_id = task.annotator_id
    session.commit()
    return events[[t.id for t in decided].index(task.id)]


def decided_with(session: Session, task: Task, decision: str, adjudicated: bool) -> list[Task]:
    """The tasks a decision on `task` decides. An adjudicated version is the item's record, so
    approving or rejecting it decides every finished copy of the item (each history shows the
    decision); sending back returns only this copy to its annotator."""
    if not adjudicated or decision == "send_back":
        return [task]
    return [t for t in item_copies(session, task) if t.id == task.id or t.status in DONE]


def latest(session: Session, task: Task, kind: EventKind) -> Event | None:
    return session.scalar(select(Event).where(Event.task_id == task.id, Event.kind == kind)
                          .order_by(Event.id.desc()).limit(1))


def latest_before(session: Session, task: Task, kind: EventKind, event_id: int) -> Event | None:
    """The task's last event of `kind` before event `event_id` (the notes a draft was composed from)."""
    return session.scalar(select(Event).where(Event.task_id == task.id, Event.kind == kind, Event.id < event_id)
                          .order_by(Event.id.desc()).limit(1))


def history(session: Session, task: Task) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.task_id == task.id).order_by(Event.id)))


def review_queue(session: Session, *, annotator: str | None = None, status: str | None = "submitted",
                 flag: str | None = None, problems_only: bool = False) -> list[Task]:
    query = select(Task).order_by(Task.id)
    if status:
        query = query.where(Task.status == status)
    else:
        query = query.where(Task.status.in_(REVIEWABLE))
    if annotator:
        query = query.join(User, User.id == Task.annotator_id).where(User.name == annotator)
    tasks = list(session.scalars(query))
    if flag:
        tasks = [t for t in tasks if flag in _flags(session, t)]
    if problems_only:
        tasks = [t for t in tasks if final_has_problems(session, t)]
    return tasks


def final_has_problems(session: Session, task: Task) -> bool:
    """The check of the task's current record (the submitted text, or its adjudicated version)
    found a certain problem (a dropped or contradicted note, a lost hedge, an unsupported number
    or name); "have a look" items alone do not count."""
    check = current_record(session, task).check
    return check is not None and not check.certain_ok


def _flags(session: Session, task: Task) -> list[str]:
    notes = latest(session, task, "notes")
    return notes.data.get("flags", []) if notes else []


def _last_word(session: Session, task: Task) -> Event | None:
    """The lead's decision or edge-case answer that returned the task, while it is returned."""
    if task.status != "returned":
        return None  # no query: every task view asks, and most tasks were never sent back
    said = [e for e in (latest(session, task, "decision"), latest(session, task, "edge_answer")) if e is not None]
    return max(said, key=lambda e: e.id) if said else None


def returned_comment(session: Session, task: Task) -> str | None:
    """The lead's comment when the task was sent back (or an edge case on it answered) and not
    resubmitted since."""
    last = _last_word(session, task)
    return last.text if last is not None else None


#: What the annotator reads above the lead's words, by how the task came back.
RETURNED_HEADINGS = {"decision": "Sent back by your lead", "resolve": "Your lead answered your edge case",
                     "send_back": "Your lead sent your edge case back", "unresolvable": "Your lead closed your edge case"}


def returned_heading(session: Session, task: Task) -> str | None:
    last = _last_word(session, task)
    if last is None:
        return None
    return RETURNED_HEADINGS["decision" if last.kind == "decision" else last.data.get("answer", "send_back")]



# ------------------------------------------------------------------ per-annotator figures


def annotator_stats(session: Session) -> list[dict[str, Any]]:
    """Tasks done, time per task, AI drafts accepted unchanged, draft-to-final edit distance,
    drafts with unsupported content; one row per annotator with submitted work."""
    from assistant.diff import edit_distance  # noqa: PLC0415

    rows = []
    for user in session.scalars(select(User).where(User.role == "annotator").order_by(User.name)):
        tasks = list(session.scalars(select(Task).where(Task.annotator_id == user.id,
                                                        Task.status.in_(("submitted", "approved", "rejected")))))
        seconds, unchanged, distances, unsupported, drafts = [], 0, [], 0, 0
        for task in tasks:
            events = history(session, task)
            claim = next((e for e in events if e.kind == "claim"), None)
            final = next((e for e in reversed(events) if e.kind == "submit"), None)
            draft = next((e for e in reversed(events) if e.kind == "draft" and (final is None or e.id < final.id)), None)
            if claim and final:
                seconds.append((final.created_at - claim.created_at).total_seconds())
            if draft is not None and final is not None:
                drafts += 1
                distances.append(edit_distance(draft.text, final.text))
                unchanged += draft.text.strip() == final.text.strip()
            unsupported += sum(1 for e in events if e.kind == "draft" and (e.data.get("check") or {}).get("unsupported"))
        rows.append({
            "annotator": user.name,
            "tasks_done": len(tasks),
            "median_minutes_per_task": round(sorted(seconds)[len(seconds) // 2] / 60, 1) if seconds else None,
            "ai_drafts_accepted_unchanged": f"{unchanged}/{drafts}" if drafts else "0/0",
            "mean_edit_distance_words": round(sum(distances) / len(distances), 1) if distances else None,
            "drafts_with_unsupported_content": unsupported,
        })
    return rows
