"""Who gets which task: dual annotation (k annotators per item) and gold tasks mixed into
annotators' queues at a project's rate.

An item annotated k = 2 times is the first task plus a copy (a `replica` TaskLink) made when
the first is claimed; the claim query skips any item the annotator already has a copy of, so
the two annotations come from two different people, and neither sees the other's notes (each
copy has its own history). A gold task is never served itself: each annotator gets their own
copy (a `gold` TaskLink), with the same item id and content as any other task.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from assistant.app.browse import describe
from assistant.app.db import Event, Project, Task, User, now
from assistant.app.team_db import GoldTask, ProjectSettings, TaskLink
from assistant.errors import BadInputError
from assistant.notes import split_notes

MAX_K = 2  # adjudication compares two note sets


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    annotators_per_item: int = Field(1, ge=1, le=MAX_K, description="k: how many annotators write notes per item")
    gold_rate: float = Field(0.0, ge=0.0, le=0.5, description="share of each annotator's tasks that are gold copies")


def settings(session: Session, project: Project) -> Settings:
    row = session.get(ProjectSettings, project.id)
    return Settings(annotators_per_item=row.annotators_per_item, gold_rate=row.gold_rate) if row else Settings()


def set_settings(session: Session, project: Project, lead: User | None, k: int, gold_rate: float) -> Settings:
    if lead is not None and lead.role != "lead":
        raise BadInputError("only a lead can change a project's settings")
    if not 1 <= int(k) <= MAX_K:
        raise BadInputError(f"annotators per item is 1 to {MAX_K}")
    if not 0.0 <= float(gold_rate) <= 0.5:
        raise BadInputError("the gold rate is between 0 and 0.5")
    row = session.get(ProjectSettings, project.id) or ProjectSettings(project_id=project.id)
    row.annotators_per_item, row.gold_rate = int(k), float(gold_rate)
    session.add(row)
    session.commit()
    return settings(session, project)


def claimable(user: User) -> list:
    """Conditions on an open task this annotator may claim: not a gold original, and not an
    item they already annotated (their own task, or another copy of the same item)."""
    mine = select(Task.id).where(Task.annotator_id == user.id)
    my_sources = select(TaskLink.source_task_id).where(TaskLink.task_id.in_(mine))
    copies_of_mine = select(TaskLink.task_id).where(or_(TaskLink.source_task_id.in_(mine),
                                                        TaskLink.source_task_id.in_(my_sources)))
    return [Task.id.not_in(select(GoldTask.task_id)), Task.id.not_in(my_sources), Task.id.not_in(copies_of_mine)]


def after_claim(session: Session, task_id: int) -> None:
    """With k = 2, the first claim of an item opens its second copy for another annotator."""
    task = session.get(Task, task_id)
    if settings(session, task.project).annotators_per_item < 2 or session.get(TaskLink, task_id) is not None:
        return
    if session.scalar(select(TaskLink.task_id).where(TaskLink.source_task_id == task_id).limit(1)) is not None:
        return
    copy = Task(project_id=task.project_id, external_id=task.external_id, payload=dict(task.payload))
    session.add(copy)
    session.flush()
    session.add(TaskLink(task_id=copy.id, source_task_id=task_id, kind="replica"))


def mark_gold(session: Session, task: Task, lead: User | None, reference_notes: str) -> GoldTask:
    if lead is not None and lead.role != "lead":
        raise BadInputError("only a lead can mark gold tasks")
    if not split_notes(reference_notes or ""):
        raise BadInputError("write the reference notes: the known answer annotators are measured against")
    if session.get(TaskLink, task.id) is not None:
        raise BadInputError(f"{describe(task)} is a copy of task {session.get(TaskLink, task.id).source_task_id}; "
                            "mark the original")
    gold = session.get(GoldTask, task.id) or GoldTask(task_id=task.id)
    gold.reference_notes, gold.user_id, gold.created_at = reference_notes.strip(), lead.id if lead else None, now()
    session.add(gold)
    session.commit()
    return gold


def serve_gold(session: Session, user: User) -> Task | None:
    """A gold copy when this annotator is due one: in a project with a gold rate r, the n-th
    task they take is gold whenever floor(r * n) goes up (r = 0.2: the 5th, 10th, ...)."""
    for row in session.scalars(select(ProjectSettings).where(ProjectSettings.gold_rate > 0)):
        gold_ids = select(TaskLink.task_id).where(TaskLink.kind == "gold")
        taken = session.scalar(select(func.count()).select_from(Task).where(
            Task.project_id == row.project_id, Task.annotator_id == user.id)) or 0
        golds = session.scalar(select(func.count()).select_from(Task).where(
            Task.project_id == row.project_id, Task.annotator_id == user.id, Task.id.in_(gold_ids))) or 0
        if taken == golds or math.floor(row.gold_rate * (taken + 1) + 1e-9) <= golds:
            continue
        # no gold copy of an item this annotator already has: a gold copy of it, the original
        # itself (done before it was marked gold) or its second annotator's copy
        mine = select(Task.id).where(Task.annotator_id == user.id)
        done = select(TaskLink.source_task_id).where(TaskLink.task_id.in_(mine))
        template = session.scalar(select(Task).join(GoldTask, GoldTask.task_id == Task.id).where(
            Task.project_id == row.project_id, Task.id.not_in(done), Task.id.not_in(mine))
            .order_by(Task.id).limit(1))
        if template is not None:
            return _gold_copy(session, template, user)
    return None


def _gold_copy(session: Session, template: Task, user: User) -> Task:
    copy = Task(project_id=template.project_id, external_id=template.external_id, payload=dict(template.payload),
                status="in_progress", holder_id=user.id, annotator_id=user.id, held_at=now())
    session.add(copy)
    session.flush()
    session.add(TaskLink(task_id=copy.id, source_task_id=template.id, kind="gold"))
    session.add(Event(task_id=copy.id, user_id=user.id, kind="claim"))
    session.commit()
    return copy


def link(session: Session, task: Task) -> TaskLink | None:
    return session.get(TaskLink, task.id)


def is_gold_copy(session: Session, task: Task) -> bool:
    """Gold copies stay out of exports unless asked for (they measure annotators, not items)."""
    found = session.get(TaskLink, task.id)
    return found is not None and found.kind == "gold"


def export_fields(session: Session, task: Task) -> dict:
    found = session.get(TaskLink, task.id)
    return {"gold": bool(found and found.kind == "gold") or session.get(GoldTask, task.id) is not None,
            "item_task": found.source_task_id if found and found.kind == "replica" else task.id}
