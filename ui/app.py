"""The Gradio app: its tabs (the annotator's workspace in annotator.py) and lead review. Layout
only; logic is in assistant/app/service/ (ui/handlers.py adds the HTML).

Sign-in is Gradio's own (launch(auth=...)): every page and every API call needs the session
cookie, and each handler checks the user's role again on the server.
"""

from __future__ import annotations

import os
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from assistant import kinds
from assistant.app.states import REVIEWABLE
from assistant.formats import SUFFIXES
from assistant.notes import flag_taxonomy
from . import annotator, browser, counter, edge, guidelines, media, outputs, quality, render, review, signin, streams
from . import uploads as uploads_folder
from .exports import STATUS_FILTERS, export_file
from .guard import guard as _guard, user_of as _user
from .kind_fields import KindFields
from .handlers import App
from .sessions import expire_sign_ins
from .team import Team

STATUSES = list(REVIEWABLE)


def build(app: App) -> gr.Blocks:
    team = Team(app)
    with outputs.Blocks(title="Annotation Assistant") as demo:
        who = render.Message("")
        # every tab starts hidden; the signed-in role decides which show (the handlers check
        # the role again on every call, so a shown tab is a convenience, not the guard)
        with gr.Tabs() as tabs:
            with gr.Tab("Annotate", id="annotate", visible=False) as annotate_tab:
                annotator.tab(app, team)
            with gr.Tab("Review", id="review", visible=False) as review_tab:
                review_queue = _lead(app, team, review_tab)
            with gr.Tab("Tasks", id="tasks", visible=False) as tasks_tab:
                browser.lead_tab(team, tasks_tab)
            with gr.Tab("Projects and team", id="manage", visible=False) as manage_tab:
                _manage(app, manage_tab)
            with gr.Tab("Guidelines", id="guidelines", visible=False) as guidelines_tab:
                guidelines.lead_tab(team)
            with gr.Tab("Quality", id="quality", visible=False) as quality_tab:
                quality.lead_tab(team)

        def on_load(request: gr.Request):
            me = app.whoami(_user(request))
            lead = me["role"] == "lead"
            return {who: render.markup("Signed in as **{}** ({}) · [sign out](/logout)", me["name"], me["role"]),
                    review_tab: gr.update(visible=lead), tasks_tab: gr.update(visible=lead), manage_tab: gr.update(visible=lead),
                    guidelines_tab: gr.update(visible=lead), quality_tab: gr.update(visible=lead),
                    annotate_tab: gr.update(visible=not lead),
                    tabs: gr.update(selected="review" if lead else "annotate")}

        signed_in = demo.load(_guard(on_load), None, [who, review_tab, tasks_tab, manage_tab, guidelines_tab, quality_tab,
                                                      annotate_tab, tabs], api_name=False)
        signed_in.success(*review_queue, api_name=False)  # a lead's page opens on Review: the queue is there
        demo.load(None, None, None, js=counter.SCRIPT, api_name=False)
    return demo


def _lead(app: App, team: Team, tab: gr.Tab) -> tuple:
    """The review tab. Returns (handler, inputs, outputs) that fill the queue for a lead's page
    as it loads (an annotator's page gets nothing)."""
    with gr.Row():
        annotator = gr.Dropdown(label="Annotator", choices=[], allow_custom_value=True)
        status = gr.Dropdown(label="Status", choices=STATUSES, value="submitted", elem_id="aa-review-status")
        flag = gr.Dropdown(label="Flag", choices=[], allow_custom_value=True)
        problems_only = gr.Checkbox(label="Only finals with certain problems", elem_id="aa-problems-only",
                                    info="not counting items to have a look at (the words differ, often a rewording)")
        refresh = gr.Button("Refresh queue", elem_id="aa-refresh")
    ids = gr.State([])
    gr.Markdown("Click a row to open it. Keys (outside text boxes): j/↓ next, k/↑ previous, a approve, "
                "s send back, r reject; a decision opens the next task.")
    queue = gr.Dataframe(headers=["task", "project", "item", "annotator", "status"], interactive=False,
                         elem_id="aa-queue")
    with gr.Row():
        task = gr.Number(label="Task id", precision=0, elem_id="aa-task-id")
        open_btn = gr.Button("Open task", elem_id="aa-open")
        prev_btn = gr.Button("← Previous", elem_id="aa-review-prev")
        next_btn = gr.Button("Next →", elem_id="aa-review-next")
    with gr.Row():
        image = gr.Image(label="Image", visible=False, interactive=False, type="filepath", elem_id="aa-review-image")
        with gr.Column(visible=False) as source:
            user_prompt = gr.Textbox(label="User prompt", interactive=False, lines=2)
            response = gr.Textbox(label="Original response", interactive=False, lines=5, elem_id="aa-review-response")
            review_fields = KindFields("aa-review", marks_interactive=False)  # both responses side by side
    record = gr.HTML(elem_id="aa-review-record")
    with gr.Row():
        notes = gr.Textbox(label="Notes", interactive=False, lines=5, elem_id="aa-review-notes")
        draft = gr.Textbox(label="AI draft", interactive=False, lines=5)
        final = gr.Textbox(label="Final text (the item's record)", interactive=False, lines=5, elem_id="aa-review-final")
    gr.Markdown("**AI draft → final** (deletions red, insertions green)")
    diff_draft = gr.HTML(elem_id="aa-diff-draft")
    original_title = render.Message(render.markup("**Original response → final**"), visible=False)
    diff_original = gr.HTML(elem_id="aa-diff-original")
    check = gr.HTML()
    edge_answered = edge.lead_controls(team, task)
    history = gr.Dataframe(headers=["time", "user", "event", "text"], interactive=False, label="History",
                           wrap=True, elem_id="aa-review-history")
    comment = gr.Textbox(label="Comment (required to reject or send back)", elem_id="aa-review-comment")
    with gr.Row():
        approve = gr.Button("Approve (a)", variant="primary", elem_id="aa-approve")
        send_back = gr.Button("Send back to annotator (s)", elem_id="aa-send-back")
        reject = gr.Button("Reject (r)", variant="stop", elem_id="aa-reject")
    outcome = render.Message(elem_id="aa-outcome")
    stats = gr.Dataframe(headers=["annotator", "tasks done", "median min/task", "AI drafts accepted unchanged",
                                  "mean edit distance (words)", "drafts with unsupported content"],
                         interactive=False, label="Per-annotator figures")

    def do_refresh(who, st, fl, only, request: gr.Request) -> dict:
        user = _user(request)
        options = app.filters(user)
        rows = app.review_queue(user, who, st, fl, only)
        return {queue: rows, ids: review.queue_ids(rows), stats: app.stats(user),
                annotator: gr.update(choices=[""] + options["annotators"]),
                flag: gr.update(choices=[""] + options["flags"])}

    def do_queue(who, st, fl, only, request: gr.Request) -> dict:
        """The queue as the tab opens; nothing for an annotator, whose page has no review tab."""
        if app.whoami(_user(request))["role"] != "lead":
            return {c: gr.skip() for c in listed}
        return do_refresh(who, st, fl, only, request)

    def do_reread(tid, who, st, fl, only, request: gr.Request) -> dict:
        """After an edge-case answer: the queue and the open task's status as they are now."""
        return {**do_refresh(who, st, fl, only, request), **(opened(int(tid), request) if tid else {})}

    def opened(tid, request: gr.Request, message: str = "") -> dict:
        if tid is None:
            return {outcome: message or "The queue is empty."}
        view = app.review_task(_user(request), tid)
        item = view["item"]
        shown, problem = media.image(image, view["image"]) if "image" in item else (None, "")
        return {task: tid, notes: view["notes"], draft: view["draft"], final: view["final"], record: view["record_html"],
                image: gr.update(visible="image" in item and not problem, value=shown),
                source: gr.update(visible="image" not in item), user_prompt: view["prompt"],
                response: gr.update(visible="response" in item, value=view["response"]),
                **review_fields.shown(view),
                diff_draft: view["diff_draft_html"], diff_original: view["diff_original_html"],
                original_title: gr.update(visible=bool(view["diff_original_html"])),
                check: view["check_html"], history: view["history"],
                # a task whose image cannot be shown opens all the same, with why in one line
                outcome: (message + " " if message else "") + f"{view['title']}: {view['status']}."
                         + (f" {problem[:1].upper()}{problem[1:]}." if problem else "")}

    def do_open(tid, request: gr.Request) -> dict:
        return opened(int(tid) if tid else None, request)

    def do_select(evt: gr.SelectData, request: gr.Request) -> dict:
        return opened(int(evt.row_value[0]), request)

    def stepper(step: int):
        def do_step(tid, queued, request: gr.Request) -> dict:
            return opened(review.neighbour(queued or [], int(tid) if tid else None, step), request)
        do_step.__name__ = "do_next" if step > 0 else "do_previous"
        return do_step

    def decider(decision: str):
        def do_decide(tid, text, who, st, fl, only, request: gr.Request) -> dict:
            message = app.decide(_user(request), tid, decision, text)
            out = do_refresh(who, st, fl, only, request)
            out.update(opened(review.neighbour(out[ids], int(tid), 1), request, message))
            if out[ids] == [] or out.get(task) == tid:
                out[outcome] = message  # nothing left to move on to
            return {**out, comment: ""}
        do_decide.__name__ = f"do_{decision}"
        return do_decide

    filters = [annotator, status, flag, problems_only]
    listed = [queue, ids, stats, annotator, flag]
    shown = [task, notes, draft, final, record, image, source, user_prompt, response, diff_draft, diff_original,
             original_title, check, history, outcome, *review_fields.outputs]
    refresh.click(_guard(do_refresh), filters, listed, api_name="review_queue")
    tab.select(_guard(do_refresh), filters, listed, api_name=False)  # the queue is there when the tab opens
    for box in filters:  # and follows its filters as they change
        box.input(_guard(do_refresh), filters, listed, api_name=False)
    for answered in edge_answered:
        answered.success(_guard(do_reread), [task, *filters], [*listed, *shown], api_name=False)
    open_btn.click(_guard(do_open), [task], shown, api_name="review_task")
    queue.select(_guard(do_select), None, shown, api_name=False)
    next_btn.click(_guard(stepper(1)), [task, ids], shown, api_name=False)
    prev_btn.click(_guard(stepper(-1)), [task, ids], shown, api_name=False)
    for button, decision in ((approve, "approve"), (send_back, "send_back"), (reject, "reject")):
        button.click(_guard(decider(decision)), [task, comment, *filters], [*listed, *shown, comment],
                     api_name=decision)
    return _guard(do_queue), filters, listed


def _manage(app: App, tab: gr.Tab) -> None:
    outcome = render.Message(elem_id="aa-manage-outcome")
    projects = gr.Dataframe(headers=["project", "kind", "tasks"], interactive=False, label="Projects", elem_id="aa-projects")
    refresh = gr.Button("Refresh", elem_id="aa-manage-refresh")
    with gr.Accordion("Add tasks", open=True):
        project = gr.Dropdown(label="Project", choices=[], elem_id="aa-manage-project")
        uploads = gr.File(label="JSONL of tasks, or images for a caption project", file_count="multiple",
                          file_types=[".jsonl", ".json", ".csv", ".parquet", "image"], type="filepath")
        upload_btn = gr.Button("Add uploaded tasks", elem_id="aa-manage-upload")
        gr.Markdown("Or one rewrite task:")
        item = gr.Textbox(label="Item id (optional)")
        user_prompt = gr.Textbox(label="User prompt", lines=2)
        response = gr.Textbox(label="Response to rewrite", lines=4)
        add_btn = gr.Button("Add this rewrite task", elem_id="aa-manage-add")
    with gr.Accordion("Export (the project chosen above)", open=False):
        export_format = gr.Radio(list(SUFFIXES), value="jsonl", label="Format", elem_id="aa-export-format")
        export_status = gr.Radio(list(STATUS_FILTERS), value="approved", label="Tasks", elem_id="aa-export-status")
        export_btn = gr.Button("Export", elem_id="aa-export")
        export_out = gr.File(label="Download", interactive=False, elem_id="aa-export-file")
    with gr.Accordion("New project", open=False):
        name = gr.Textbox(label="Name")
        kind = gr.Radio(list(kinds.NAMES), value=kinds.NAMES[0], label="Kind")
        flags = gr.CheckboxGroup(choices=list(flag_taxonomy()), label="Flags offered (rewrite; none chosen: all)")
        project_btn = gr.Button("Create project")
    with gr.Accordion("New account", open=False):
        account = gr.Textbox(label="Sign-in name")
        role = gr.Radio(["annotator", "lead"], value="annotator", label="Role")
        password = gr.Textbox(label="Password (8 characters or more)", type="password")
        account_btn = gr.Button("Create account")

    def listing(request: gr.Request, message: str = "") -> dict:
        rows = app.projects(_user(request))
        return {projects: rows, project: gr.update(choices=[r[0] for r in rows]), outcome: message}

    def do_refresh(request: gr.Request) -> dict:
        return listing(request)

    def do_upload(target, files, request: gr.Request) -> dict:
        out = {**listing(request, app.add_tasks(_user(request), target, files or [])), uploads: None}
        uploads_folder.forget(files or [])  # imported (images copied): not kept; a refused upload stays to retry
        return out

    def do_add(target, it, pr, resp, request: gr.Request) -> dict:
        return listing(request, app.add_rewrite_task(_user(request), target, pr, resp, it))

    def do_project(nm, kd, fl, request: gr.Request) -> dict:
        return listing(request, app.add_project(_user(request), nm, kd, fl))

    def do_export(target, fmt, which, request: gr.Request) -> dict:
        result = export_file(app, _user(request), target, fmt, which)
        return {outcome: result["message"], export_out: result["path"]}

    def do_account(nm, rl, pw, request: gr.Request) -> dict:
        return {outcome: app.add_account(_user(request), nm, rl, pw), password: ""}

    listed = [projects, project, outcome]
    refresh.click(_guard(do_refresh), None, listed, api_name="projects")
    tab.select(_guard(do_refresh), None, listed, api_name=False)  # the list is there when the tab opens
    upload_btn.click(_guard(do_upload), [project, uploads], [*listed, uploads], api_name="add_tasks")
    add_btn.click(_guard(do_add), [project, item, user_prompt, response], listed, api_name="add_task")
    project_btn.click(_guard(do_project), [name, kind, flags], listed, api_name="add_project")
    export_btn.click(_guard(do_export), [project, export_format, export_status], [outcome, export_out],
                     api_name="export")
    account_btn.click(_guard(do_account), [account, role, password], [outcome, password], api_name="add_account")


QUEUE_CONCURRENCY_ENV = "ANNOTATION_ASSISTANT_CONCURRENCY"
QUEUE_CONCURRENCY = 16
#: Gradio's queue rebuilds a pandas summary of its last GRADIO_ANALYTICS_MAX_EVENTS events after
#: every event, for a monitoring dashboard this app does not enable: measured under load it was
#: 18% of the server's CPU, growing with uptime (up to 10,000 events per rebuild). Rebuilt once
#: per this many events instead, over the last 1,000.
GRADIO_ANALYTICS = {"GRADIO_ANALYTICS_CACHE_FREQUENCY": "1000000", "GRADIO_ANALYTICS_MAX_EVENTS": "1000"}


def launch(app: App, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any):
    """Start the app. Every event may run QUEUE_CONCURRENCY at a time (Gradio's default is one
    per event: twenty annotators pulling tasks would wait in a single line)."""

    for name, value in GRADIO_ANALYTICS.items():  # read when the queue is made: before build()
        os.environ.setdefault(name, value)
    demo = build(app)
    keep_running = not kwargs.pop("prevent_thread_lock", False)
    limit = int(os.environ.get(QUEUE_CONCURRENCY_ENV) or QUEUE_CONCURRENCY)
    # api_open=False: Gradio otherwise also takes every event as a direct POST to
    # /gradio_api/run/<name>, around the queue and its concurrency limit (a signed-in caller
    # could start any number of model calls at once).
    guard = signin.SignInGuard()
    demo.queue(default_concurrency_limit=limit, api_open=False).launch(
        server_name=host, server_port=port, auth=signin.guarded(app.authenticate, guard),
        app_kwargs={"middleware": [Middleware(signin.ClientAddress), Middleware(streams.OwnSessions),
                                   Middleware(uploads_folder.LeadsOnly, is_lead=app.is_lead)]},
        max_file_size=uploads_folder.max_upload_bytes(),
        auth_message="Sign in with the account your lead created. On a first run, the terminal that "
                     "started the app shows the passwords.",
        css=render.CSS, head=render.SHORTCUTS, prevent_thread_lock=True, **kwargs)
    expire_sign_ins(demo, ended_before=app.sessions_from)
    demo.sign_in_guard = guard  # type: ignore[attr-defined] - for tests and operators
    if keep_running:
        demo.block_thread()
    return demo
