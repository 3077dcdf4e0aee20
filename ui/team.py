"""Handlers of the team quality workflow: edge cases, guidelines, gold tasks, dual annotation
and the quality figures. Plain methods like handlers.App's: each looks the user up again and
checks the role, so an annotator cannot reach a lead's data through the Gradio API either."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from assistant import kinds
from assistant.app import assignment, browse, edge_cases, guidelines, projects, quality, store
from assistant.app.current import current_record
from assistant.app.db import Task, User
from assistant.errors import BadInputError
from assistant.notes import flag_taxonomy
from . import render_team
from .handlers import App


class Team:
    def __init__(self, app: App):
        self.app = app
        self.sessions = app.sessions

    def _task(self, s: Session, task_id: int | None) -> Task:
        task = s.get(Task, int(task_id or 0))
        if task is None:
            raise BadInputError(f"no task {task_id}")
        return task

    # ---------------------------------------------------------------- edge cases

    def raise_edge_case(self, name: str | None, task_id: int | None, notes: str, flags: list[str],
                        note: str, reason: str) -> str:
        """The notes are saved first, so escalating never loses what the annotator typed."""
        with self.sessions() as s:
            user = self.app.user(s, name, "annotator")
            if not task_id:
                raise BadInputError("pull a task from the queue first")
            task = store.held_task(s, user, int(task_id))
            if (notes or "").strip():
                store.save_notes(s, task, user, notes, flags)
            edge_cases.raise_edge_case(s, task, user, reason, note, notes or "")
            return f"{browse.describe(task)} is escalated to your lead as an edge case; your notes are saved. Pull the next task."

    def edge_case_view(self, name: str | None, task_id: int | None) -> dict[str, Any]:
        with self.sessions() as s:
            self.app.user(s, name, "lead")
            if not task_id:
                return {"html": "", "open": False, "cases": []}
            task = self._task(s, task_id)
            cases = edge_cases.edge_cases(s, task)
            return {"html": render_team.edge_cases(cases), "open": task.status == "escalated",
                    "cases": [c.event_id for c in cases if c.answer == "resolve"]}

    def answer_edge_case(self, name: str | None, task_id: int | None, answer: str, guidance: str) -> str:
        with self.sessions() as s:
            lead = self.app.user(s, name, "lead")
            task = self._task(s, task_id)
            edge_cases.answer_edge_case(s, task, lead, answer, guidance)
            return f"{browse.describe(task)}: edge case answered ({answer}); the task is {task.status}."

    def promote_edge_case(self, name: str | None, task_id: int | None) -> str:
        """The task's latest resolved edge case becomes an example in its project's guideline."""
        with self.sessions() as s:
            lead = self.app.user(s, name, "lead")
            task = self._task(s, task_id)
            resolved = [c for c in edge_cases.edge_cases(s, task) if c.answer == "resolve"]
            if not resolved:
                raise BadInputError(f"{browse.describe(task)} has no resolved edge case to add to the guideline")
            case = resolved[-1]
            g = guidelines.add_example(s, task.project, lead, {
                "edge_case": case.event_id, "task": task.id, "note_text": case.note_text,
                "reason": case.reason, "guidance": case.guidance})
            return f"Added edge case #{case.event_id} to the {task.project.name!r} guideline as an example (version {g.version})."

    # ---------------------------------------------------------------- guidelines

    def guideline(self, name: str | None, project: str, version: int | None = None) -> dict[str, Any]:
        with self.sessions() as s:
            self.app.user(s, name, "lead")
            target = projects.get_project(s, project or "")
            all_versions = guidelines.versions(s, target)
            g = guidelines.get(s, target, int(version)) if version else all_versions[0]
            return {
                "kind": target.kind, "offers_flags": kinds.get(target.kind).offers_flags, "version": g.version, "text": g.text, "items": guidelines.items_text(g),
                "flags": g.flags, "flags_offered": list(flag_taxonomy()),
                "preview": guidelines.as_text(target, g),
                "versions": [[v.version, v.created_at.strftime("%Y-%m-%d %H:%M"), v.note,
                              s.get(User, v.user_id).name if v.user_id else "(defaults / command line)"]
                             for v in all_versions],
            }

    def save_guideline(self, name: str | None, project: str, text: str, items: str, flags: list[str]) -> str:
        with self.sessions() as s:
            lead = self.app.user(s, name, "lead")
            target = projects.get_project(s, project or "")
            g = guidelines.save(s, target, lead, text=text or "", items=items or "",
                                flags=(flags or []) if kinds.get(target.kind).offers_flags else None)
            return f"Saved the {target.name!r} guideline as version {g.version}; new drafts use it."

    def guideline_for_task(self, name: str | None, task_id: int | None) -> str:
        """The annotator's guideline panel for the task they hold (what changed since their last)."""
        with self.sessions() as s:
            user = self.app.user(s, name, "annotator")
            if not task_id:
                return ""
            task = store.held_task(s, user, int(task_id))
            return render_team.guideline(guidelines.change_for(s, user, task.project))

    # ---------------------------------------------------------------- project quality settings and gold

    def quality_settings(self, name: str | None, project: str, k: int | None = None,
                         gold_rate: float | None = None) -> dict[str, Any]:
        """The project's k and gold rate; changed when both are given."""
        with self.sessions() as s:
            lead = self.app.user(s, name, "lead")
            target = projects.get_project(s, project or "")
            if k is not None and gold_rate is not None:
                assignment.set_settings(s, target, lead, int(k), float(gold_rate))
            return assignment.settings(s, target).model_dump()

    def mark_gold(self, name: str | None, task_id: int | None, reference_notes: str) -> str:
        with self.sessions() as s:
            lead = self.app.user(s, name, "lead")
            task = self._task(s, task_id)
            assignment.mark_gold(s, task, lead, reference_notes)
            rate = assignment.settings(s, task.project).gold_rate
            return (f"{browse.describe(task)} is gold; annotators get their own copy"
                    + (f" at a rate of {rate:.0%}." if rate else " once the project's gold rate is above 0."))

    def gold_accuracy(self, name: str | None, project: str) -> list[list[Any]]:
        with self.sessions() as s:
            self.app.user(s, name, "lead")
            target = projects.get_project(s, project or "")
            return [list(r.values()) for r in quality.gold_accuracy(s, target)]

    # ---------------------------------------------------------------- dual annotation

    def agreement(self, name: str | None, project: str) -> dict[str, Any]:
        """Per pair of annotators (and the project), and the items whose two note sets differ."""
        with self.sessions() as s:
            self.app.user(s, name, "lead")
            target = projects.get_project(s, project or "")
            items = quality.agreement(s, target)
            return {
                "pairs": [list(r.values()) for r in quality.agreement_by_pair(items)],
                "disagreements": [[it.item_task, it.item, " & ".join(it.annotators), it.agreement.both,
                                   it.agreement.only_a + it.agreement.only_b, it.agreement.contradictions,
                                   "yes" if it.adjudicated else "no"] for it in items if it.agreement.disagrees],
            }

    def adjudication_view(self, name: str | None, task_id: int | None) -> dict[str, Any]:
        with self.sessions() as s:
            self.app.user(s, name, "lead")
            task = self._task(s, task_id)
            found = next((it for it in quality.agreement(s, task.project) if it.item_task == task.id), None)
            if found is None:
                raise BadInputError(f"{browse.describe(task)} is not an item with two finished annotations")
            sides = []
            for tid, who in zip(found.tasks, found.annotators):
                final = store.latest(s, s.get(Task, tid), "submit")
                sides.append({"task": tid, "annotator": who, "notes": store.latest(s, s.get(Task, tid), "notes").text,
                              "final": final.text if final else ""})
            record = current_record(s, task)
            return {"html": render_team.adjudication({"a": sides[0], "b": sides[1],
                                                       "agreement": found.agreement.model_dump()}),
                    "notes": record.notes or "", "final": record.text or ""}

    def adjudicate(self, name: str | None, task_id: int | None, notes: str, final_text: str) -> str:
        with self.sessions() as s:
            lead = self.app.user(s, name, "lead")
            task = self._task(s, task_id)
            quality.adjudicate(s, lead, task, notes, final_text)
            return f"Item {task.external_id}: the adjudicated version is now its record."

    # ---------------------------------------------------------------- the information-flow figure

    def information_flow(self, name: str | None, project: str) -> dict[str, Any]:
        with self.sessions() as s:
            self.app.user(s, name, "lead")
            target = projects.get_project(s, project or "")
            return {"definition": quality.FLOW_DEFINITION,
                    "rows": [list(r.values()) for r in quality.information_flow(s, target)],
                    "chart_html": render_team.line_chart(quality.flow_over_time(s, target),
                                                         "new facts per active minute, per day")}
