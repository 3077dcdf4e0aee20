"""The annotator's workflow: pull a task, write notes (saved before any model call), compose
with the project guideline's checklist, answer questions, check an edit, submit.

Results are plain data (dicts of values, check reports, drafts); the app adds the HTML.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from assistant import kinds, llm
from assistant.app import guidelines, store
from assistant.app.browse import describe
from assistant.app.db import Project, Task, User
from assistant.app.team_db import Guideline
from assistant.check import CheckReport
from assistant.compose import (CheckDone, Draft, FinalDraft, TextDelta, compose_events, kept_sentences,
                               questions_for, unanswered)
from assistant.errors import AssistantError, BadInputError, ModelOutputError, one_line
from assistant.notes import TaskBase, split_notes
from assistant.questions import Checklist, answer_note, apply_note_edit, propose_edit

from .users import Users


@dataclass
class Partial:
    """The draft so far, while it is written and patched."""

    text: str


@dataclass
class DraftView:
    """A checked text as the annotator sees it: a composed draft, or their edit."""

    text: str
    check: CheckReport
    observations: list
    questions: list[str]
    kept_verbatim: Sequence[str] = ()
    changes: Sequence[Any] = ()
    version: int | None = None
    as_written: Sequence[str] = ()
    """Ids of the notes put in as the annotator wrote them (no model wrote those sentences)."""
    kept_said: str | None = None
    """Set when a compose again checked worse and the earlier draft was kept: why."""


@dataclass
class KeptDraft:
    """The draft a compose again replaced, kept because the new one checked worse."""

    text: str
    check: CheckReport
    said: str
    data: dict = field(default_factory=dict)


def task_number(task_id: Any) -> int:
    try:
        return int(task_id)
    except (TypeError, ValueError):
        raise BadInputError(f"not a task number: {str(task_id)[:40]!r}") from None


def storable(text: str, what: str) -> None:
    """PostgreSQL cannot store a NUL character in text; nothing typed legitimately contains one."""
    if "\x00" in text:
        raise BadInputError(f"the {what} contain a NUL character (\\x00), which cannot be stored: remove it")


def model_task(task: Task, notes: str, flags: list[str], marks: dict[str, Any] | None = None) -> TaskBase:
    """The engine's task for these notes and marks; too long, unknown flags, a missing choice,
    characters no database can store: one line that says which."""
    storable(notes, "notes")
    return kinds.get(task.project.kind).build(task.payload, notes, {"flags": flags, **(marks or {})}, what="notes")


def check(task: TaskBase, text: str) -> CheckReport:
    """A text checked as the task's kind checks it."""
    return kinds.of(task).check(task, text)


def project_checklist(s: Session, project: Project) -> tuple[Guideline, Checklist]:
    """The project's current guideline and the checklist compose and questions use with it."""
    guide = guidelines.current(s, project)
    return guide, guidelines.checklist(project, guide)


def _base(s: Session, task: Task, before, engine_task: TaskBase) -> list[str] | None:
    """The last draft's sentences a compose again after an answer keeps (captions; a rewrite
    already keeps every sentence no note targets): those whose notes have not changed since."""
    if before is None or not kinds.of(engine_task).base_sentences:
        return None
    notes = store.latest_before(s, task, "notes", before.id)
    if notes is None:
        return None
    earlier = engine_task.model_copy(update={"notes": notes.text}).observations()  # read as the notes now are
    return kept_sentences(before.text, earlier, engine_task.observations()) or None


def _problem_counts(report: CheckReport) -> tuple[int, int]:
    return report.problem_count("certain"), report.problem_count()


def kept_earlier(task: TaskBase, draft: Draft, previous: str | None) -> KeptDraft | None:
    """The earlier draft, checked against the notes as they are now, when the new draft's check
    is worse (more certain problems, or as many and more problems to have a look at): a compose
    again never leaves the annotator a worse draft than the one it replaces."""
    if not previous or previous.strip() == draft.text.strip():
        return None
    earlier = check(task, previous)
    if _problem_counts(draft.check) <= _problem_counts(earlier):
        return None
    new, old = draft.check.problem_count(), earlier.problem_count()
    said = (f"The new draft checked worse ({new} problem(s)) than the draft it would replace ({old}), "
            "so the earlier draft is kept; the new one is in the task's history.")
    return KeptDraft(text=previous, check=earlier, said=said,
                     data={"check": earlier.model_dump(), "kept_over_new_draft": True, "new_draft_problems": new})


class Annotating(Users):
    #: Streamed text reaches the page at most this often, and at the end of each sentence. The
    #: page shows the draft growing just as well, and each update costs the server Gradio's
    #: per-event work: one per token from a fast provider is hundreds a second per annotator.
    PARTIAL_EVERY_S = 0.1

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
            "flags_offered": guidelines.current(s, task.project).flags,
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
              version: int | None = None, marks: dict[str, Any] | None = None) -> tuple[Task, TaskBase]:
        if not task_id:
            raise BadInputError("pull a task from the queue first")
        number = task_number(task_id)
        try:
            task = store.held_task(s, user, number)
        except BadInputError:
            store.keep_refused(s, number, user, notes or "", flags, "not held", marks)  # nothing typed is lost
            raise
        if not split_notes(notes or ""):
            raise BadInputError("write your notes first: the assistant composes from them")
        engine_task = model_task(task, notes, flags, marks)  # invalid input is refused before anything is stored
        store.save_notes(s, task, user, notes, flags, expected_version=version, marks=marks)  # before any model call
        return task, engine_task

    def compose(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                version: int | None = None, saved: dict | None = None, refine: bool = False,
                marks: dict[str, Any] | None = None) -> Iterator[Partial | DraftView]:
        """Streams Partial texts as the draft is written and patched, then the checked draft.
        `saved` gets the task's new version as soon as the notes are stored, so a page can
        stay current even when the model then fails. `refine` (a compose again after an
        answer): a caption keeps the sentences of the last draft the changed notes leave
        standing, and only what they lack is written."""
        with self.sessions() as s:
            user = self.user(s, name, "annotator")
            task, engine_task = self._task(s, user, task_id, notes, flags, version, marks)
            saved_version = task.version
            if saved is not None:
                saved["version"] = saved_version
            guide, checklist = project_checklist(s, task.project)
            before = store.latest(s, task, "draft")  # a compose again must not leave a worse draft
            previous = before.text if before is not None else None
            base = _base(s, task, before, engine_task) if refine else None
        yield Partial("")  # the notes are stored: the page shows the compose has started
        draft, raw, error = yield from self._streamed(engine_task, checklist, base)
        with self.sessions() as s:
            task = s.get(Task, task.id)
            user = self.user(s, name)
            if draft is None:
                store.add_event(s, task, user, "draft_failed", "", {"error": error or "no draft", "raw_outputs": raw})
                raise BadInputError(f"the model failed; your notes are saved. {error}")
            store.add_event(s, task, user, "draft", draft.text, {
                "model": draft.model, "prompt_version": draft.prompt_version, "raw_outputs": draft.raw_outputs,
                "check": draft.check.model_dump(), "questions": [q.model_dump() for q in draft.questions],
                "kept_verbatim": draft.kept_verbatim, "as_written": draft.as_written, "changes": [c.model_dump() for c in draft.changes],
                "checklist_version": draft.checklist_version, "guideline_version": guide.version,
                "calls": draft.attempts, "latency_s": draft.latency_s,
                **({"refined_from": before.id, "sentences_kept": len(base)} if base else {})})
            for q in draft.questions:
                store.add_event(s, task, user, "question", q.question, {"id": q.id, "item": q.item})
            kept = kept_earlier(engine_task, draft, previous)
            if kept is not None:  # the new draft stays in the history; the earlier one is the draft again
                store.add_event(s, task, user, "draft", kept.text, {**kept.data, "model": draft.model,
                                                                   "guideline_version": guide.version})
        questions = [q.question for q in draft.questions]
        if kept is not None:
            yield DraftView(kept.text, kept.check, draft.observations, questions, version=saved_version,
                            kept_said=kept.said)
            return
        yield DraftView(draft.text, draft.check, draft.observations, questions, draft.kept_verbatim, draft.changes,
                        version=saved_version, as_written=draft.as_written)

    def _streamed(self, engine_task: TaskBase, checklist, base) -> Generator[Partial, None, tuple]:
        """Compose, yielding the text so far; returns (draft or None, raw outputs, error)."""
        draft: Draft | None = None
        error: str | None = None
        raw: list[str] = []  # what the model answered, kept with a failure
        pending, shown = None, 0.0
        try:
            for event in compose_events(engine_task, llm.started(self.spec), checklist=checklist, base=base):
                if isinstance(event, TextDelta):
                    pending = event.text
                    if time.monotonic() - shown < self.PARTIAL_EVERY_S:
                        continue
                if pending is not None:  # the text so far: on time, or at a sentence's end, or the stream's
                    yield Partial(pending)
                    pending, shown = None, time.monotonic()
                match event:
                    case CheckDone(stage="draft") if not event.report.ok:
                        yield Partial(event.text + "\n\n(checking found problems: patching only what is missing…)")
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
        return draft, raw, error

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
            task, engine_task = self._task(s, user, task_id, notes, flags, version, marks)
            _, checklist = project_checklist(s, task.project)
            asked = {q.question: q for q in questions_for(engine_task, checklist)}
            text, edits = engine_task.notes, []
            for question, answer in pairs:
                edit = propose_edit(asked[question], answer, engine_task.observations()) if question in asked else None
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

    def _final(self, s: Session, name: str | None, task_id: int | None, notes: str, flags: list[str],
               final_text: str, version: int | None, marks: dict[str, Any] | None):
        """The task, its engine task and the signed-in user, for a final text that can be stored."""
        user = self.user(s, name, "annotator")
        if not (final_text or "").strip():  # before the save: a refused call leaves the version as it was
            raise BadInputError("the final text is empty")
        storable(final_text, "final text")
        task, engine_task = self._task(s, user, task_id, notes, flags, version, marks)
        return user, task, engine_task

    def check_edit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                   final_text: str, version: int | None = None, marks: dict[str, Any] | None = None) -> DraftView:
        with self.sessions() as s:
            user, task, engine_task = self._final(s, name, task_id, notes, flags, final_text, version, marks)
            report = check(engine_task, final_text)
            store.add_event(s, task, user, "edit", final_text, {"check": report.model_dump()})
            return DraftView(final_text, report, engine_task.observations(), [], version=task.version)

    def submit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
               final_text: str, version: int | None = None, marks: dict[str, Any] | None = None) -> dict[str, Any]:
        with self.sessions() as s:
            user, task, engine_task = self._final(s, name, task_id, notes, flags, final_text, version, marks)
            report = check(engine_task, final_text)
            store.submit(s, task, user, final_text, report.model_dump())
            problems, look = report.problem_count("certain"), report.problem_count("check")
            shown = [f"{problems} open problem(s)"] if problems else []
            shown += [f"{look} item(s) to have a look at"] if look else []
            return {"message": f"{describe(task)} submitted" + (f" with {' and '.join(shown)} shown to the lead"
                                                              if shown else "") + "."}
