"""The lead's "Tasks" tab: every task of every status, filtered and searched, with the item
each one is. A row opens the task (its current record, notes and history); from there it is
marked gold or exported, and every message names the item, not only the task number."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant import formats
from assistant.app import browse, export
from assistant.app.db import Task
from assistant.app.states import TASK_STATUSES
from assistant.errors import BadInputError
from . import render
from assistant.formats import SUFFIXES
from .guard import guard, user_of
from .team import Team

HEADERS = ["task", "project", "item", "status", "annotator", "marks"]


class TaskBrowser:
    """Plain handlers, lead only: each looks the user up again and checks the role."""

    def __init__(self, team: Team):
        self.team = team
        self.app = team.app

    def list(self, name: str | None, project: str | None, status: str | None, search: str | None) -> dict[str, Any]:
        with self.app.sessions() as s:
            self.app.user(s, name, "lead")
            found = browse.list_tasks(s, project or None, status or None, search)
            rows = [[r.task_id, r.project, r.item, r.status, r.annotator, ", ".join(r.marks)] for r in found.rows]
            shown = f"{len(rows)} of {found.total}" if found.total > len(rows) else f"{found.total}"
            return {"rows": rows, "ids": [r.task_id for r in found.rows],
                    "message": f"{shown} task(s)" + (f" in {project!r}" if project else "")
                    + (f" with status {status}" if status else "") + (f" matching {search.strip()!r}"
                                                                      if (search or "").strip() else "") + "."}

    def open(self, name: str | None, task_id: int | None) -> dict[str, Any]:
        view = self.app.review_task(name, task_id)  # the lead's check is there
        with self.app.sessions() as s:
            task = s.get(Task, int(task_id))
            title = f"{browse.describe(task)} · {task.project.name} · {task.status}"
        return {**view, "title": title}

    def mark_gold(self, name: str | None, task_id: int | None, reference_notes: str) -> str:
        with self.app.sessions() as s:
            self.app.user(s, name, "lead")  # the role first: an annotator learns nothing about the input
        if task_id is None:
            raise BadInputError("open a task first: click its row")
        return self.team.mark_gold(name, task_id, reference_notes)

    def export(self, name: str | None, task_ids: list[int], fmt: str) -> dict[str, Any]:
        """The given tasks' records (the item's current record each) as a file to download."""
        if fmt not in SUFFIXES:
            raise BadInputError(f"choose a format: {', '.join(SUFFIXES)}")
        with self.app.sessions() as s:
            self.app.user(s, name, "lead")
            tasks = [t for t in (s.get(Task, int(i)) for i in task_ids or []) if t is not None]
            if not tasks:
                raise BadInputError("no task to export: open one, or list some with the filters")
            records = [export.task_record(s, t) for t in tasks]
            stem = browse.describe(tasks[0]) if len(tasks) == 1 else f"{len(tasks)} tasks"
            safe = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "tasks"
        out = Path(tempfile.mkdtemp(prefix="aa-export-")) / f"{safe}{SUFFIXES[fmt]}"
        formats.write(records, fmt, out)
        return {"path": str(out), "message": f"Exported {stem} as {fmt}."}


def lead_tab(team: Team, tab: gr.Tab) -> None:
    browser = TaskBrowser(team)
    with gr.Row():
        project = gr.Dropdown(label="Project", choices=[""], value="", allow_custom_value=True,
                              elem_id="aa-browser-project")
        status = gr.Dropdown(label="Status", choices=["", *TASK_STATUSES], value="", elem_id="aa-browser-status")
        search = gr.Textbox(label="Search: item id, task number or annotator", elem_id="aa-browser-search")
        find = gr.Button("Search", elem_id="aa-browser-find")
    count = render.Message(elem_id="aa-browser-count")
    ids = gr.State([])
    table = gr.Dataframe(headers=HEADERS, interactive=False, elem_id="aa-browser",
                         label="Every task (click a row to open it)")
    task = gr.State(None)
    title = render.Message(elem_id="aa-browser-task")
    record = gr.HTML(elem_id="aa-browser-record")
    with gr.Row():
        notes = gr.Textbox(label="Notes", interactive=False, lines=4, elem_id="aa-browser-notes")
        final = gr.Textbox(label="Final text (the item's record)", interactive=False, lines=4,
                           elem_id="aa-browser-final")
    history = gr.Dataframe(headers=["time", "user", "event", "text"], interactive=False, label="History",
                           elem_id="aa-browser-history")
    with gr.Row():
        reference = gr.Textbox(label="Reference notes (the known answer) to mark the open task as gold", lines=3,
                               elem_id="aa-browser-reference", scale=3)
        gold = gr.Button("Mark as gold", elem_id="aa-browser-gold", scale=1)
    with gr.Row():
        fmt = gr.Radio(list(SUFFIXES), value="jsonl", label="Export format", elem_id="aa-browser-format")
        export_one = gr.Button("Export the open task", elem_id="aa-browser-export-one")
        export_all = gr.Button("Export the listed tasks", elem_id="aa-browser-export-all")
    download = gr.File(label="Download", interactive=False, elem_id="aa-browser-file")
    outcome = render.Message(elem_id="aa-browser-outcome")

    def do_list(pr, st, text, request: gr.Request) -> dict:
        user = user_of(request)
        found = browser.list(user, pr, st, text)
        projects = [""] + [r[0] for r in team.app.projects(user)]
        return {table: found["rows"], ids: found["ids"], count: found["message"],
                project: gr.update(choices=projects)}

    def opened(tid, request: gr.Request, message: str = "") -> dict:
        view = browser.open(user_of(request), tid)
        return {task: tid, title: render.markup("### {}", view["title"]), record: view["record_html"],
                notes: view["notes"], final: view["final"], history: view["history"],
                outcome: message}

    def do_select(evt: gr.SelectData, request: gr.Request) -> dict:
        return opened(int(evt.row_value[0]), request)

    def do_gold(tid, text, pr, st, search_text, request: gr.Request) -> dict:
        message = browser.mark_gold(user_of(request), tid, text)
        return {**do_list(pr, st, search_text, request), **opened(tid, request, message), reference: ""}

    def exporter(which: str):
        def do_export(tid, listed, chosen, request: gr.Request) -> dict:
            wanted = ([tid] if tid is not None else []) if which == "one" else listed
            result = browser.export(user_of(request), wanted, chosen)
            return {download: result["path"], outcome: result["message"]}
        do_export.__name__ = f"do_export_{which}"
        return do_export

    filters = [project, status, search]
    listed = [table, ids, count, project]
    shown = [task, title, record, notes, final, history, outcome]
    tab.select(guard(do_list), filters, listed, api_name=False)  # the list is there when the tab opens
    find.click(guard(do_list), filters, listed, api_name="browse_tasks")
    search.submit(guard(do_list), filters, listed, api_name=False)
    status.input(guard(do_list), filters, listed, api_name=False)
    project.input(guard(do_list), filters, listed, api_name=False)
    table.select(guard(do_select), None, shown, api_name=False)
    gold.click(guard(do_gold), [task, reference, *filters], [*listed, *shown, reference], api_name="browse_mark_gold")
    export_one.click(guard(exporter("one")), [task, ids, fmt], [download, outcome], api_name="browse_export_task")
    export_all.click(guard(exporter("all")), [task, ids, fmt], [download, outcome], api_name="browse_export")

