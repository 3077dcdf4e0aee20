"""The lead's workflow: the review queue, a task's review, decisions, statistics, and the
team's accounts, projects and tasks. Results are plain data; the app adds the HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import kinds, paths
from assistant.app import accounts, assignment, projects, store
from assistant.app.browse import describe
from assistant.app.current import current_record
from assistant.app.db import Project, Task, User
from assistant.errors import BadInputError

from .users import Users


class Leading(Users):
    def review_queue(self, name: str | None, annotator: str | None, status: str | None,
                     flag: str | None, problems_only: bool = False) -> list[list[Any]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            rows = []
            for t in store.review_queue(s, annotator=annotator or None, status=status or None, flag=flag or None,
                                        problems_only=bool(problems_only)):
                who = s.get(User, t.annotator_id) if t.annotator_id else None
                rows.append([t.id, t.project.name, _queue_item(s, t), who.name if who else "", t.status])
            return rows

    def review_task(self, name: str | None, task_id: int | None) -> dict[str, Any]:
        """The task as the lead reviews it: `record` is its current record (an adjudicated
        version, once there is one), `check` the stored report as a dict, `original` the text
        a rewrite is made from, `history` rows of [time, user, what, text]."""
        with self.sessions() as s:
            self.user(s, name, "lead")
            task = s.get(Task, int(task_id or 0))
            if task is None:
                raise BadInputError(f"no task {task_id}")
            record = current_record(s, task)
            draft = store.latest(s, task, "draft")
            kind = kinds.get(task.project.kind)
            return {
                "notes": record.notes or "",
                "flags": ", ".join(record.flags),
                "marks": record.marks,
                "item": {f.name: task.payload.get(f.name) or "" for f in kind.item_fields()},
                "draft": draft.text if draft else "",
                "final": record.text or "",
                "record": record,
                "original": kind.original(task.payload) or "",
                "check": record.check.model_dump() if record.check else (draft.data.get("check") if draft else None),
                "history": [[e.created_at.strftime("%Y-%m-%d %H:%M:%S"), e.user.name if e.user else "", _kind(e),
                             e.text] for e in store.history(s, task)],
                "status": task.status,
                "title": describe(task),
                # what the text describes, beside notes, draft and final
                "kind": task.project.kind,
                "image": task.payload.get("image"),
                "prompt": task.payload.get("prompt", ""),
                "response": task.payload.get("response", ""),
            }

    def decide(self, name: str | None, task_id: int | None, decision: str, comment: str) -> str:
        with self.sessions() as s:
            lead = self.user(s, name, "lead")
            task = s.get(Task, int(task_id or 0))
            if task is None:
                raise BadInputError(f"no task {task_id}")
            event = store.decide(s, task, lead, decision, comment)
            others = [s.get(Task, i) for i in event.data.get("copies", []) if i != task.id]
            also = "".join(f"; so is the item's other annotation, {describe(t)}" for t in others)
            return f"{describe(task)}: {store.DECISIONS[decision]}{also}" + (
                " (the adjudicated version is the item's record)." if others else ".")

    def stats(self, name: str | None) -> list[list[Any]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            return [list(r.values()) for r in store.annotator_stats(s)]

    # ---------------------------------------------------------------- team and tasks

    def add_account(self, name: str | None, new_name: str, role: str, password: str) -> str:
        with self.sessions() as s:
            self.user(s, name, "lead")
            user = accounts.add_user(s, new_name or "", role or "", password or "")
            return f"Created {user.role} {user.name!r}."

    def projects(self, name: str | None) -> list[list[Any]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            return [[p.name, p.kind, n] for p, n in projects.project_counts(s)]

    def add_project(self, name: str | None, project: str, kind: str, flags: list[str]) -> str:
        with self.sessions() as s:
            self.user(s, name, "lead")
            made = projects.create_project(s, (project or "").strip(), kind or "", None, flags or None)
            return f"Created {made.kind} project {made.name!r}."

    def add_tasks(self, name: str | None, project: str, files: list[str]) -> str:
        """Uploaded files: JSONL of tasks, or images for a caption project (kept under the data folder)."""
        with self.sessions() as s:
            self.user(s, name, "lead")  # the role first: an annotator learns nothing about the input
            if not files:
                raise BadInputError("choose a JSONL file or images to upload")
            target = projects.get_project(s, project or "")
            result = projects.add_uploads(s, target, [Path(f) for f in files], paths.data_dir() / "uploads")
        # "imported 0; skipped 3 already there" says why a second upload of a file adds nothing
        return result.summary(target.name)[:1].upper() + result.summary(target.name)[1:] + "." + (
            f" Refused: {'; '.join(result.problems(5))}" if result.skipped else "")

    def add_rewrite_task(self, name: str | None, project: str, prompt: str, response: str, item: str) -> str:
        with self.sessions() as s:
            self.user(s, name, "lead")
            target = projects.get_project(s, project or "")
            task = projects.add_task(s, target, item or "", {"prompt": prompt or "", "response": response or ""})
            return f"Added {describe(task)} to {target.name!r}."

    def filters(self, name: str | None) -> dict[str, list[str]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            people = [u.name for u in s.scalars(select(User).where(User.role == "annotator").order_by(User.name))]
            flags = sorted({f for p in s.scalars(select(Project)) for f in p.flags})
            return {"annotators": people, "flags": flags}


def _kind(event) -> str:
    """An event's kind as the history lists it; a decision says which, and on what."""
    if event.kind != "decision":
        return event.kind
    said = f"decision: {event.data.get('decision', '?').replace('_', ' ')}"
    if event.data.get("record") == "adjudication":
        said += " (adjudicated version"
        others = [str(i) for i in event.data.get("copies", []) if i != event.task_id]
        said += f", with task {', '.join(others)})" if others else ")"
    return said


def _queue_item(s: Session, task: Task) -> str:
    """The item id as the lead's queue shows it: a gold copy (blind to the annotator, not to
    the lead) and the second annotator's copy of a k = 2 item say what they are."""
    link = assignment.link(s, task)
    if link is None:
        return task.external_id
    return f"{task.external_id} (gold)" if link.kind == "gold" else f"{task.external_id} (2nd annotator)"
