"""The Gradio page's side of the app's service (assistant/app/service/): the same calls, with
the HTML the page shows added to the plain data the service returns. Results are dicts;
ui/app.py maps them onto components. All text shown as HTML is escaped (ui/render.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from assistant import llm
from assistant.app.db import User
from assistant.app.service import DraftView, Forbidden, Partial, Service
from . import render, render_team

__all__ = ["App", "Forbidden"]

#: How much of each event's text the review history shows (the table wraps it): a whole note
#: set or final text of ordinary length, not a 20,000-character paste.
HISTORY_CHARS = 2_000


def draft_view(view: DraftView) -> dict[str, Any]:
    """A checked text as the page shows it: the text, its provenance and problems as HTML."""
    shown = {
        "draft": view.text,
        "provenance_html": render.provenance(view.text, view.check, view.observations, view.kept_verbatim,
                                             view.as_written),
        "problems_html": render.problems(view.check, view.observations, view.kept_verbatim, view.changes),
        "questions": view.questions,
        "ok": view.check.ok,
    }
    if view.kept_said:
        shown |= {"problems_html": render.kept_earlier(view.kept_said) + shown["problems_html"],
                  "message": view.kept_said}
    return shown | ({"version": view.version} if view.version is not None else {})


class App:
    def __init__(self, sessions: sessionmaker[Session], spec: llm.ModelSpec):
        self.service = Service(sessions, spec)
        self.sessions = sessions
        self.spec = spec

    # ---------------------------------------------------------------- users

    def user(self, session: Session, name: str | None, role: str | None = None) -> User:
        return self.service.user(session, name, role)

    def authenticate(self, name: str, password: str) -> bool:
        return self.service.authenticate(name, password)

    def sessions_from(self) -> dict[str, datetime | None]:
        return self.service.sessions_from()

    def is_lead(self, name: str | None) -> bool:
        return self.service.is_lead(name)

    def whoami(self, name: str | None) -> dict[str, Any]:
        return self.service.whoami(name)

    # ---------------------------------------------------------------- annotator

    def next_task(self, name: str | None) -> dict[str, Any]:
        view = self.service.next_task(name)
        if view["task_id"] is None:
            return view
        return {**view, "flag_help": render.flag_help(view["flags_offered"])}

    def compose(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                version: int | None = None, saved: dict | None = None, refine: bool = False,
                marks: dict[str, Any] | None = None) -> Iterator[dict]:
        """Streams {'partial': text} as the draft is written and patched, then the checked
        draft's view. Gradio runs a generator handler off its event loop, so no thread is needed."""
        for event in self.service.compose(name, task_id, notes, flags, version, saved, refine, marks):
            yield {"partial": event.text} if isinstance(event, Partial) else draft_view(event)

    def answer(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
               questions: list[str], answers: list[str], version: int | None = None,
               marks: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.service.answer(name, task_id, notes, flags, questions, answers, version, marks)

    def check_edit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                   final_text: str, version: int | None = None, marks: dict[str, Any] | None = None) -> dict[str, Any]:
        return draft_view(self.service.check_edit(name, task_id, notes, flags, final_text, version, marks))

    def submit(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
               final_text: str, version: int | None = None, marks: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.service.submit(name, task_id, notes, flags, final_text, version, marks)

    # ---------------------------------------------------------------- lead

    def review_queue(self, name: str | None, annotator: str | None, status: str | None,
                     flag: str | None, problems_only: bool = False) -> list[list[Any]]:
        return self.service.review_queue(name, annotator, status, flag, problems_only)

    def review_task(self, name: str | None, task_id: int | None) -> dict[str, Any]:
        view = self.service.review_task(name, task_id)
        record, original, check = view.pop("record"), view.pop("original"), view.pop("check")
        return {
            **view,
            "record_html": render_team.record_source(record),
            "diff_draft_html": render.diff(view["draft"], view["final"]),
            "diff_original_html": render.diff(original, view["final"]) if original else "",
            "check_html": render.check_report(check),
            "history": [[*row[:3], render.clip(row[3], HISTORY_CHARS)] for row in view["history"]],
        }

    def decide(self, name: str | None, task_id: int | None, decision: str, comment: str) -> str:
        return self.service.decide(name, task_id, decision, comment)

    def stats(self, name: str | None) -> list[list[Any]]:
        return self.service.stats(name)

    # ---------------------------------------------------------------- lead: team and tasks

    def add_account(self, name: str | None, new_name: str, role: str, password: str) -> str:
        return self.service.add_account(name, new_name, role, password)

    def projects(self, name: str | None) -> list[list[Any]]:
        return self.service.projects(name)

    def add_project(self, name: str | None, project: str, kind: str, flags: list[str]) -> str:
        return self.service.add_project(name, project, kind, flags)

    def add_tasks(self, name: str | None, project: str, files: list[str]) -> str:
        return self.service.add_tasks(name, project, files)

    def add_rewrite_task(self, name: str | None, project: str, prompt: str, response: str, item: str) -> str:
        return self.service.add_rewrite_task(name, project, prompt, response, item)

    def filters(self, name: str | None) -> dict[str, list[str]]:
        return self.service.filters(name)
