"""The app's handlers: plain functions over a session factory and a signed-in user name.

Every handler looks the user up again and checks the role, so an annotator cannot reach a
lead's data through the Gradio API either. Results are dicts; ui/app.py maps them onto
components. All text shown as HTML is escaped (ui/render.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from queue import Queue
from threading import Thread
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant import llm, paths
from assistant.app import guidelines, store
from assistant.check import check_draft
from assistant.compose import Draft, compose
from assistant.app.db import Task, User
from assistant.errors import AssistantError, BadInputError, one_line
from assistant.notes import CaptionTask, RewriteTask, split_notes
from assistant.questions import answer_note
from . import render


class Forbidden(AssistantError):
    """The signed-in user's role does not allow this."""


def _check(task: CaptionTask | RewriteTask, text: str):
    return check_draft(task.observations(), text, original=task.response if isinstance(task, RewriteTask) else None)


class App:
    def __init__(self, sessions: sessionmaker[Session], spec: llm.ModelSpec):
        self.sessions = sessions
        self.spec = spec

    # ---------------------------------------------------------------- users

    def user(self, session: Session, name: str | None, role: str | None = None) -> User:
        user = session.scalar(select(User).where(User.name == (name or "")))
        if user is None:
            raise Forbidden("sign in first")
        if role and user.role != role:
            raise Forbidden(f"this view is for the {role} role; you are signed in as {user.role}")
        return user

    def authenticate(self, name: str, password: str) -> bool:
        with self.sessions() as s:
            return store.authenticate(s, name, password) is not None

    def whoami(self, name: str | None) -> dict[str, Any]:
        with self.sessions() as s:
            user = self.user(s, name)
            return {"name": user.name, "role": user.role}

    # ---------------------------------------------------------------- annotator

    def next_task(self, name: str | None) -> dict[str, Any]:
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            task = store.next_task(s, user)
            if task is None:
                return {"task_id": None, "message": "The queue is empty. Well done."}
            return self._task_view(s, task)

    def _task_view(self, s: Session, task: Task) -> dict[str, Any]:
        notes = store.latest(s, task, "notes")
        draft = store.latest(s, task, "draft")
        return {
            "task_id": task.id,
            "kind": task.project.kind,
            "image": task.payload.get("image"),
            "prompt": task.payload.get("prompt", ""),
            "response": task.payload.get("response", ""),
            "flags_offered": (offered := guidelines.current(s, task.project).flags),
            "flag_help": render.flag_help(offered),
            "notes": notes.text if notes else "",
            "flags": (notes.data.get("flags", []) if notes else []),
            "comment": store.returned_comment(s, task),
            # no AI text before the annotator has written notes: a stored draft only comes
            # back with the notes it was composed from
            "draft": draft.text if (draft and notes) else "",
            "message": f"Task {task.id} ({task.project.name}, {task.external_id})",
        }

    def _task(self, s: Session, user: User, task_id: int | None, notes: str, flags: list[str]):
        if not task_id:
            raise BadInputError("pull a task from the queue first")
        task = store.held_task(s, user, int(task_id))
        if not split_notes(notes or ""):
            raise BadInputError("write your notes first: the assistant composes from them")
        store.save_notes(s, task, user, notes, flags)  # before any model call
        if task.project.kind == "caption":
            return task, CaptionTask(notes=notes, image=task.payload.get("image"))
        return task, RewriteTask(notes=notes, prompt=task.payload.get("prompt") or None,
                                 response=task.payload["response"], flags=flags)

    def compose(self, name: str | None, task_id: int | None, notes: str, flags: list[str]) -> Iterator[dict]:
        """Streams {'partial': text} while the model writes, then the checked draft's view."""
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            task, model_task = self._task(s, user, task_id, notes, flags)
            guide = guidelines.current(s, task.project)
            checklist = guidelines.checklist(task.project, guide)
        updates: Queue = Queue()
        result: dict[str, Any] = {}

        def run() -> None:
            try:
                result["draft"] = compose(model_task, self.spec, on_text=lambda t: updates.put(t), checklist=checklist)
            except AssistantError as e:
                result["error"] = e
            except Exception as e:  # noqa: BLE001 - a bug or a library crash: still recorded, still one line
                result["error"] = f"unexpected {type(e).__name__}: {one_line(e)}"
            finally:
                updates.put(None)

        Thread(target=run, daemon=True).start()
        while (piece := updates.get()) is not None:  # run() always ends with None
            yield {"partial": piece}
        with self.sessions() as s:
            task = s.get(Task, task.id)
            user = self.user(s, name)
            if "error" in result:
                store.add_event(s, task, user, "draft_failed", "", {"error": str(result["error"])})
                raise BadInputError(f"the model failed; your notes are saved. {result['error']}")
            draft: Draft = result["draft"]
            store.add_event(s, task, user, "draft", draft.text, {
                "model": draft.model, "prompt_version": draft.prompt_version, "raw_outputs": draft.raw_outputs,
                "check": draft.check.model_dump(), "questions": [q.model_dump() for q in draft.questions],
                "latency_s": draft.latency_s, "guideline_version": guide.version})
            for q in draft.questions:
                store.add_event(s, task, user, "question", q.question, {"id": q.id, "item": q.item})
        yield self.draft_view(draft.text, draft.check, draft.observations, [q.question for q in draft.questions])

    @staticmethod
    def draft_view(text: str, check, observations, questions: list[str]) -> dict[str, Any]:
        return {
            "draft": text,
            "provenance_html": render.provenance(text, check, observations),
            "problems_html": render.problems(check, observations),
            "questions": questions,
            "ok": check.ok,
        }

    def answer(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
               questions: list[str], answers: list[str]) -> str:
        """Each answer becomes a new note line (stored), ready to compose again."""
        pairs = [(q, a.strip()) for q, a in zip(questions, answers) if q and a and a.strip()]
        if not pairs:
            raise BadInputError("type an answer first")
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            task, model_task = self._task(s, user, task_id, notes, flags)
            checklist = guidelines.checklist(task.project, guidelines.current(s, task.project))
            for question, answer in pairs:
                store.add_event(s, task, user, "answer", answer, {"question": question})
                model_task = model_task.with_answer(question, answer_note(question, answer, checklist))
            store.save_notes(s, task, user, model_task.notes, flags)
            return model_task.notes

    def check_edit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                   final_text: str) -> dict[str, Any]:
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            task, model_task = self._task(s, user, task_id, notes, flags)
            if not final_text.strip():
                raise BadInputError("the final text is empty")
            report = _check(model_task, final_text)
            store.add_event(s, task, user, "edit", final_text, {"check": report.model_dump()})
            return self.draft_view(final_text, report, model_task.observations(), [])

    def submit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
               final_text: str) -> dict[str, Any]:
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            task, model_task = self._task(s, user, task_id, notes, flags)
            report = _check(model_task, final_text) if final_text.strip() else None
            store.submit(s, task, user, final_text, report.model_dump() if report else None)
            problems = report.problem_count() if report else 0
            return {"message": f"Task {task.id} submitted" + (f" with {problems} open problem(s) shown to the lead"
                                                              if problems else "") + "."}

    # ---------------------------------------------------------------- lead

    def review_queue(self, name: str | None, annotator: str | None, status: str | None,
                     flag: str | None, problems_only: bool = False) -> list[list[Any]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            rows = []
            for t in store.review_queue(s, annotator=annotator or None, status=status or None, flag=flag or None,
                                        problems_only=bool(problems_only)):
                who = s.get(User, t.annotator_id) if t.annotator_id else None
                rows.append([t.id, t.project.name, t.external_id, who.name if who else "", t.status])
            return rows

    def review_task(self, name: str | None, task_id: int | None) -> dict[str, Any]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            task = s.get(Task, int(task_id or 0))
            if task is None:
                raise BadInputError(f"no task {task_id}")
            notes = store.latest(s, task, "notes")
            draft = store.latest(s, task, "draft")
            final = store.latest(s, task, "submit")
            final_text = final.text if final else ""
            check = (final.data.get("check") if final else None) or (draft.data.get("check") if draft else None)
            original = task.payload.get("response", "")
            return {
                "notes": notes.text if notes else "",
                "flags": ", ".join(notes.data.get("flags", [])) if notes else "",
                "draft": draft.text if draft else "",
                "final": final_text,
                "diff_draft_html": render.diff(draft.text if draft else "", final_text),
                "diff_original_html": render.diff(original, final_text) if original else "",
                "check_html": render.check_report(check),
                "history": [[e.created_at.strftime("%Y-%m-%d %H:%M:%S"), e.user.name if e.user else "", e.kind,
                             render.clip(e.text)] for e in store.history(s, task)],
                "status": task.status,
                # what the text describes, beside notes, draft and final
                "kind": task.project.kind,
                "image": task.payload.get("image"),
                "prompt": task.payload.get("prompt", ""),
                "response": original,
            }

    def decide(self, name: str | None, task_id: int | None, decision: str, comment: str) -> str:
        with self.sessions() as s:
            lead = self.user(s, name, "lead")
            task = s.get(Task, int(task_id or 0))
            if task is None:
                raise BadInputError(f"no task {task_id}")
            store.decide(s, task, lead, decision, comment)
            return f"Task {task.id}: {store.DECISIONS[decision]}."

    def stats(self, name: str | None) -> list[list[Any]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            return [list(r.values()) for r in store.annotator_stats(s)]

    # ---------------------------------------------------------------- lead: team and tasks

    def add_account(self, name: str | None, new_name: str, role: str, password: str) -> str:
        with self.sessions() as s:
            self.user(s, name, "lead")
            user = store.add_user(s, new_name or "", role or "", password or "")
            return f"Created {user.role} {user.name!r}."

    def projects(self, name: str | None) -> list[list[Any]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            return [[p.name, p.kind, n] for p, n in store.project_counts(s)]

    def add_project(self, name: str | None, project: str, kind: str, flags: list[str]) -> str:
        with self.sessions() as s:
            self.user(s, name, "lead")
            made = store.create_project(s, (project or "").strip(), kind or "", None, flags or None)
            return f"Created {made.kind} project {made.name!r}."

    def add_tasks(self, name: str | None, project: str, files: list[str]) -> str:
        """Uploaded files: JSONL of tasks, or images for a caption project (kept under the data folder)."""
        if not files:
            raise BadInputError("choose a JSONL file or images to upload")
        with self.sessions() as s:
            self.user(s, name, "lead")
            target = store.get_project(s, project or "")
            result = store.add_uploads(s, target, [Path(f) for f in files], paths.data_dir() / "uploads")
        return f"Added {result.imported} task(s) to {target.name!r}." + (
            f" Skipped {len(result.skipped)}: {'; '.join(result.problems(5))}" if result.skipped else "")

    def add_rewrite_task(self, name: str | None, project: str, prompt: str, response: str, item: str) -> str:
        with self.sessions() as s:
            self.user(s, name, "lead")
            target = store.get_project(s, project or "")
            task = store.add_task(s, target, item or "", {"prompt": prompt or "", "response": response or ""})
            return f"Added task {task.id} to {target.name!r}."

    def filters(self, name: str | None) -> dict[str, list[str]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            people = [u.name for u in s.scalars(select(User).where(User.role == "annotator").order_by(User.name))]
            flags = sorted({f for p in s.scalars(select(store.Project)) for f in p.flags})
            return {"annotators": people, "flags": flags}


