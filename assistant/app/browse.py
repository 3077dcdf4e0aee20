"""A lead's list of every task, whatever its status: filter by project and status, search by
item id, task number or annotator. What each row is (a gold task, an annotator's gold copy,
the second annotation of an item, an adjudicated item) is said in words, so a lead can pick
the task to open, mark as gold or export by its item, not by a guessed id."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from assistant.app.db import Event, Project, Task, User
from assistant.app.states import TASK_STATUSES
from assistant.app.team_db import GoldTask, TaskLink
from assistant.errors import BadInputError

#: The most rows one listing shows; the search and filters narrow a larger project down.
LIMIT = 500


class TaskRow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task_id: int
    project: str
    item: str = Field(description="the item id as imported (image name, row id)")
    status: str
    annotator: str = ""
    marks: list[str] = Field(default=[], description="gold, gold copy, 2nd annotator, adjudicated")


class Listing(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rows: list[TaskRow]
    total: int = Field(description="tasks matching, of which at most LIMIT are in rows")


def list_tasks(session: Session, project: str | None = None, status: str | None = None,
               search: str | None = None, limit: int = LIMIT) -> Listing:
    query = select(Task).join(Project, Project.id == Task.project_id).outerjoin(User, User.id == Task.annotator_id)
    if project:
        query = query.where(Project.name == project)
    if status:
        if status not in TASK_STATUSES:
            raise BadInputError(f"status must be one of: {', '.join(TASK_STATUSES)}")
        query = query.where(Task.status == status)
    needle = (search or "").strip()
    if needle:
        pattern = f"%{needle.lower()}%"
        found = [func.lower(Task.external_id).like(pattern), func.lower(User.name).like(pattern)]
        if needle.isdigit():
            found.append(Task.id == int(needle))
        query = query.where(or_(*found))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    tasks = list(session.scalars(query.order_by(Task.id).limit(limit)))
    return Listing(rows=_rows(session, tasks), total=total)


def _rows(session: Session, tasks: list[Task]) -> list[TaskRow]:
    ids = [t.id for t in tasks] or [-1]
    links = {link.task_id: link for link in session.scalars(select(TaskLink).where(TaskLink.task_id.in_(ids)))}
    gold = set(session.scalars(select(GoldTask.task_id).where(GoldTask.task_id.in_(ids))))
    items = {links[t.id].source_task_id if t.id in links else t.id for t in tasks}
    adjudicated = set(session.scalars(select(Event.task_id).where(Event.kind == "adjudication",
                                                                  Event.task_id.in_(items))))
    names = dict(session.execute(select(User.id, User.name)).all())
    rows = []
    for t in tasks:
        link = links.get(t.id)
        marks = (["gold"] if t.id in gold else []) + (
            ["gold copy"] if link and link.kind == "gold" else ["2nd annotator"] if link else [])
        if (link.source_task_id if link and link.kind == "replica" else t.id) in adjudicated:
            marks.append("adjudicated")
        rows.append(TaskRow(task_id=t.id, project=t.project.name, item=t.external_id, status=t.status,
                            annotator=names.get(t.annotator_id, "") if t.annotator_id else "", marks=marks))
    return rows


def describe(task: Task) -> str:
    """A task as messages name it: "Task 7 (item bus-12)"."""
    return f"Task {task.id} (item {task.external_id})"
