"""The app's handlers: plain functions over a session factory and a signed-in user name.

Every handler looks the user up again and checks the role, so an annotator cannot reach a
lead's data through the Gradio API either. Results are dicts; ui/app.py maps them onto
components. All text shown as HTML is escaped (ui/render.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant import kinds, llm, paths
from assistant.app import assignment, guidelines, store
from assistant.app.browse import describe
from assistant.app.current import current_record
from assistant.check import CheckReport
from assistant.compose import (CheckDone, Draft, FinalDraft, TextDelta, compose_events, kept_sentences,
                               questions_for, unanswered)
from assistant.app.db import Task, User
from assistant.errors import AssistantError, BadInputError, ModelOutputError, one_line
from assistant.notes import TaskBase, split_notes
from assistant.questions import answer_note, apply_note_edit, propose_edit
from . import render, render_team


#: How much of each event's text the review history shows (the table wraps it): a whole note
#: set or final text of ordinary length, not a 20,000-character paste.
HISTORY_CHARS = 2_000


class Forbidden(AssistantError):
    """The signed-in user's role does not allow this."""


def _task_number(task_id: Any) -> int:
    try:
        return int(task_id)
    except (TypeError, ValueError):
        raise BadInputError(f"not a task number: {str(task_id)[:40]!r}") from None


def _storable(text: str, what: str) -> None:
    """PostgreSQL cannot store a NUL character in text; nothing typed legitimately contains one."""
    if "\x00" in text:
        raise BadInputError(f"the {what} contain a NUL character (\\x00), which cannot be stored: remove it")


def _model_task(task: Task, notes: str, flags: list[str], marks: dict[str, Any] | None = None) -> TaskBase:
    """The engine's task for these notes and marks; too long, unknown flags, a missing choice,
    characters no database can store: one line that says which."""
    _storable(notes, "notes")
    return kinds.get(task.project.kind).build(task.payload, notes, {"flags": flags, **(marks or {})}, what="notes")


def _check(task: TaskBase, text: str) -> CheckReport:
    return kinds.of(task).check(task, text)


@dataclass
class KeptDraft:
    """The draft a compose again replaced, kept because the new one checked worse."""

    text: str
    check: CheckReport
    said: str
    data: dict


def _base(s: Session, task: Task, before, model_task: TaskBase) -> list[str] | None:
    """The last draft's sentences a compose again after an answer keeps (captions; a rewrite
    already keeps every sentence no note targets): those whose notes have not changed since."""
    if before is None or not kinds.of(model_task).base_sentences:
        return None
    notes = store.latest_before(s, task, "notes", before.id)
    if notes is None:
        return None
    return kept_sentences(before.text, split_notes(notes.text), model_task.observations()) or None


def _problem_counts(check: CheckReport) -> tuple[int, int]:
    return check.problem_count("certain"), check.problem_count()


def _kept_earlier(task: TaskBase, draft: Draft, previous: str | None) -> KeptDraft | None:
    """The earlier draft, checked against the notes as they are now, when the new draft's check
    is worse (more certain problems, or as many and more problems to have a look at): a compose
    again never leaves the annotator a worse draft than the one it replaces."""
    if not previous or previous.strip() == draft.text.strip():
        return None
    earlier = _check(task, previous)
    if _problem_counts(draft.check) <= _problem_counts(earlier):
        return None
    new, old = draft.check.problem_count(), earlier.problem_count()
    said = (f"The new draft checked worse ({new} problem(s)) than the draft it would replace ({old}), "
            "so the earlier draft is kept; the new one is in the task's history.")
    return KeptDraft(text=previous, check=earlier, said=said,
                     data={"check": earlier.model_dump(), "kept_over_new_draft": True, "new_draft_problems": new})


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

    def sessions_from(self) -> dict[str, datetime | None]:
        """Every user's moment before which their sign-ins have ended (ui/sessions.py asks)."""
        with self.sessions() as s:
            return store.sessions_from(s)

    def is_lead(self, name: str | None) -> bool:
        with self.sessions() as s:
            return s.scalar(select(User.role).where(User.name == (name or ""))) == "lead"

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
        kind = kinds.get(task.project.kind)
        return {
            "task_id": task.id,
            "kind": task.project.kind,
            "image": task.payload.get("image"),
            "prompt": task.payload.get("prompt", ""),
            "response": task.payload.get("response", ""),
            # every field of the kind: what the page shows (items) and sets again (marks)
            "item": {f.name: task.payload.get(f.name) or "" for f in kind.item_fields()},
            "marks": kind.marks_from(notes.data if notes else {}),
            "flags_offered": (offered := guidelines.current(s, task.project).flags),
            "flag_help": render.flag_help(offered),
            "notes": notes.text if notes else "",
            "flags": (notes.data.get("flags", []) if notes else []),
            "comment": store.returned_comment(s, task),
            "comment_heading": store.returned_heading(s, task),
            # no AI text before the annotator has written notes: a stored draft only comes
            # back with the notes it was composed from
            "draft": draft.text if (draft and notes) else "",
            "version": task.version,
            "message": f"Task {task.id} ({task.project.name}, {task.external_id})",
        }

    def _task(self, s: Session, user: User, task_id: int | None, notes: str, flags: list[str],
              version: int | None = None, marks: dict[str, Any] | None = None):
        if not task_id:
            raise BadInputError("pull a task from the queue first")
        number = _task_number(task_id)
        try:
            task = store.held_task(s, user, number)
        except BadInputError:
            store.keep_refused(s, number, user, notes or "", flags, "not held", marks)  # nothing typed is lost
            raise
        if not split_notes(notes or ""):
            raise BadInputError("write your notes first: the assistant composes from them")
        model_task = _model_task(task, notes, flags, marks)  # invalid input is refused before anything is stored
        store.save_notes(s, task, user, notes, flags, expected_version=version, marks=marks)  # before any model call
        return task, model_task

    #: Streamed text reaches the page at most this often, and at the end of each sentence. The
    #: page shows the draft growing just as well, and each update costs the server Gradio's
    #: per-event work: one per token from a fast provider is hundreds a second per annotator.
    PARTIAL_EVERY_S = 0.1

    def compose(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                version: int | None = None, saved: dict | None = None, refine: bool = False,
                marks: dict[str, Any] | None = None) -> Iterator[dict]:
        """Streams {'partial': text} as the draft is written and patched, then the checked
        draft's view. Gradio runs a generator handler off its event loop, so no thread is needed.
        `saved` gets the task's new version as soon as the notes are stored, so a page can
        stay current even when the model then fails. `refine` (a compose again after an
        answer): a caption keeps the sentences of the last draft the changed notes leave
        standing, and only what they lack is written."""
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            task, model_task = self._task(s, user, task_id, notes, flags, version, marks)
            saved_version = task.version
            if saved is not None:
                saved["version"] = saved_version
            guide = guidelines.current(s, task.project)
            checklist = guidelines.checklist(task.project, guide)
            before = store.latest(s, task, "draft")  # a compose again must not leave a worse draft
            previous = before.text if before is not None else None
            base = _base(s, task, before, model_task) if refine else None
        yield {"partial": ""}  # the notes are stored: the page shows the compose has started
        draft: Draft | None = None
        error: str | None = None
        raw: list[str] = []  # what the model answered, kept with a failure
        pending, shown = None, 0.0
        try:
            for event in compose_events(model_task, llm.started(self.spec), checklist=checklist, base=base):
                if isinstance(event, TextDelta):
                    pending = event.text
                    if time.monotonic() - shown < self.PARTIAL_EVERY_S:
                        continue
                if pending is not None:  # the text so far: on time, or at a sentence's end, or the stream's
                    yield {"partial": pending}
                    pending, shown = None, time.monotonic()
                match event:
                    case CheckDone(stage="draft") if not event.report.ok:
                        yield {"partial": event.text + "\n\n(checking found problems: patching only what is missing…)"}
                    case FinalDraft():
                        draft = event.draft
            if draft is not None and (empty := unanswered(draft)) is not None:
                draft, raw, error = None, draft.raw_outputs, str(empty)
        except ModelOutputError as e:
            error, raw = str(e), [e.last_output]
        except AssistantError as e:
            error = str(e)
        except Exception as e:  # noqa: BLE001 - a bug or a library crash: still recorded, still one line
            error = f"unexpected {type(e).__name__}: {one_line(e)}"
        with self.sessions() as s:
            task = s.get(Task, task.id)
            user = self.user(s, name)
            if draft is None:
                store.add_event(s, task, user, "draft_failed", "", {"error": error or "no draft", "raw_outputs": raw})
                raise BadInputError(f"the model failed; your notes are saved. {error}")
            store.add_event(s, task, user, "draft", draft.text, {
                "model": draft.model, "prompt_version": draft.prompt_version, "raw_outputs": draft.raw_outputs,
                "check": draft.check.model_dump(), "questions": [q.model_dump() for q in draft.questions],
                "kept_verbatim": draft.kept_verbatim, "changes": [c.model_dump() for c in draft.changes],
                "checklist_version": draft.checklist_version, "guideline_version": guide.version,
                "calls": draft.attempts, "latency_s": draft.latency_s,
                **({"refined_from": before.id, "sentences_kept": len(base)} if base else {})})
            for q in draft.questions:
                store.add_event(s, task, user, "question", q.question, {"id": q.id, "item": q.item})
            kept = _kept_earlier(model_task, draft, previous)
            if kept is not None:  # the new draft stays in the history; the earlier one is the draft again
                store.add_event(s, task, user, "draft", kept.text, {**kept.data, "model": draft.model,
                                                                   "guideline_version": guide.version})
        if kept is not None:
            view = self.draft_view(kept.text, kept.check, draft.observations, [q.question for q in draft.questions])
            yield {**view, "problems_html": render.kept_earlier(kept.said) + view["problems_html"],
                   "message": kept.said, "version": saved_version}
            return
        view = self.draft_view(draft.text, draft.check, draft.observations, [q.question for q in draft.questions],
                               draft.kept_verbatim, draft.changes)
        yield {**view, "version": saved_version}

    @staticmethod
    def draft_view(text: str, check, observations, questions: list[str], kept_verbatim: list[str] = (),
                   changes=()) -> dict[str, Any]:
        return {
            "draft": text,
            "provenance_html": render.provenance(text, check, observations, kept_verbatim),
            "problems_html": render.problems(check, observations, kept_verbatim, changes),
            "questions": questions,
            "ok": check.ok,
        }

    def answer(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
               questions: list[str], answers: list[str], version: int | None = None,
               marks: dict[str, Any] | None = None) -> dict[str, Any]:
        """Answers folded into the notes. An answer that refines a note (a hedged count, say) is
        proposed as an edit of that note: the notes come back edited but unsaved, for the
        annotator to read and confirm by composing. Other answers become new note lines, saved."""
        pairs = [(q, a.strip()) for q, a in zip(questions, answers) if q and a and a.strip()]
        with self.sessions() as s:
            user = self.user(s, name, "annotator")  # the role first: others learn nothing about the input
            if not pairs:
                raise BadInputError("type an answer first")
            task, model_task = self._task(s, user, task_id, notes, flags, version, marks)
            checklist = guidelines.checklist(task.project, guidelines.current(s, task.project))
            asked = {q.question: q for q in questions_for(model_task, checklist)}
            text, edits = model_task.notes, []
            for question, answer in pairs:
                edit = propose_edit(asked[question], answer, model_task.observations()) if question in asked else None
                store.add_event(s, task, user, "answer", answer,
                                {"question": question, **({"edit": edit.model_dump()} if edit else {})})
                if edit is not None:
                    text, edits = apply_note_edit(text, edit), edits + [edit]
                else:
                    text = text.rstrip("\n") + "\n" + answer_note(question, answer, checklist)
            if not edits:
                store.save_notes(s, task, user, text, flags, marks=marks)
            return {"notes": text, "edits": edits, "version": task.version, "message": "; ".join(
                f"{e.note}: {e.before!r} → {e.after!r}" for e in edits)}

    def check_edit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                   final_text: str, version: int | None = None, marks: dict[str, Any] | None = None) -> dict[str, Any]:
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            if not (final_text or "").strip():  # before the save: a refused call leaves the version as it was
                raise BadInputError("the final text is empty")
            _storable(final_text, "final text")
            task, model_task = self._task(s, user, task_id, notes, flags, version, marks)
            report = _check(model_task, final_text)
            store.add_event(s, task, user, "edit", final_text, {"check": report.model_dump()})
            return {**self.draft_view(final_text, report, model_task.observations(), []), "version": task.version}

    def submit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
               final_text: str, version: int | None = None, marks: dict[str, Any] | None = None) -> dict[str, Any]:
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            if not (final_text or "").strip():  # before the save: a refused call leaves the version as it was
                raise BadInputError("the final text is empty")
            _storable(final_text, "final text")
            task, model_task = self._task(s, user, task_id, notes, flags, version, marks)
            report = _check(model_task, final_text) if final_text.strip() else None
            store.submit(s, task, user, final_text, report.model_dump() if report else None)
            problems = report.problem_count("certain") if report else 0
            look = report.problem_count("check") if report else 0
            shown = [f"{problems} open problem(s)"] if problems else []
            shown += [f"{look} item(s) to have a look at"] if look else []
            return {"message": f"{describe(task)} submitted" + (f" with {' and '.join(shown)} shown to the lead"
                                                              if shown else "") + "."}

    # ---------------------------------------------------------------- lead

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
        with self.sessions() as s:
            self.user(s, name, "lead")
            task = s.get(Task, int(task_id or 0))
            if task is None:
                raise BadInputError(f"no task {task_id}")
            record = current_record(s, task)  # an adjudicated version, once there is one
            draft = store.latest(s, task, "draft")
            final_text = record.text or ""
            check = record.check.model_dump() if record.check else (draft.data.get("check") if draft else None)
            kind = kinds.get(task.project.kind)
            original = kind.original(task.payload) or ""
            return {
                "notes": record.notes or "",
                "flags": ", ".join(record.flags),
                "marks": record.marks,
                "item": {f.name: task.payload.get(f.name) or "" for f in kind.item_fields()},
                "draft": draft.text if draft else "",
                "final": final_text,
                "record_html": render_team.record_source(record),
                "diff_draft_html": render.diff(draft.text if draft else "", final_text),
                "diff_original_html": render.diff(original, final_text) if original else "",
                "check_html": render.check_report(check),
                "history": [[e.created_at.strftime("%Y-%m-%d %H:%M:%S"), e.user.name if e.user else "", _kind(e),
                             render.clip(e.text, HISTORY_CHARS)] for e in store.history(s, task)],
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
        with self.sessions() as s:
            self.user(s, name, "lead")  # the role first: an annotator learns nothing about the input
            if not files:
                raise BadInputError("choose a JSONL file or images to upload")
            target = store.get_project(s, project or "")
            result = store.add_uploads(s, target, [Path(f) for f in files], paths.data_dir() / "uploads")
        # "imported 0; skipped 3 already there" says why a second upload of a file adds nothing
        return result.summary(target.name)[:1].upper() + result.summary(target.name)[1:] + "." + (
            f" Refused: {'; '.join(result.problems(5))}" if result.skipped else "")

    def add_rewrite_task(self, name: str | None, project: str, prompt: str, response: str, item: str) -> str:
        with self.sessions() as s:
            self.user(s, name, "lead")
            target = store.get_project(s, project or "")
            task = store.add_task(s, target, item or "", {"prompt": prompt or "", "response": response or ""})
            return f"Added {describe(task)} to {target.name!r}."

    def filters(self, name: str | None) -> dict[str, list[str]]:
        with self.sessions() as s:
            self.user(s, name, "lead")
            people = [u.name for u in s.scalars(select(User).where(User.role == "annotator").order_by(User.name))]
            flags = sorted({f for p in s.scalars(select(store.Project)) for f in p.flags})
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
