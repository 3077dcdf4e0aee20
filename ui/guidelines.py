"""Guidelines in the app: the lead's editor (every save a new version) and the annotator's
panel that shows what changed since their last task."""

from __future__ import annotations

import gradio as gr

from . import render
from .guard import guard, user_of
from .team import Team


def annotator_panel() -> gr.HTML:
    """Above the task: the guideline (filled by `show_with_each_task`)."""
    with gr.Accordion("Guideline", open=True):
        return gr.HTML(elem_id="aa-guideline")


def show_with_each_task(team: Team, loaded, task_id, shown: gr.HTML) -> None:
    """After each "Next task": the guideline, with what changed since the annotator's last task."""

    def do_show(tid, request: gr.Request) -> str:
        return team.guideline_for_task(user_of(request), tid)

    loaded.then(guard(do_show), [task_id], [shown], api_name="guideline_for_task")


def lead_tab(team: Team) -> None:
    outcome = render.Message(elem_id="aa-guideline-outcome")
    with gr.Row():
        project = gr.Dropdown(label="Project", choices=[], allow_custom_value=True, elem_id="aa-guideline-project")
        load = gr.Button("Load", elem_id="aa-guideline-load")
    text = gr.Textbox(label="Guidance (what annotators must know; shown with every task)", lines=6,
                      elem_id="aa-guideline-text")
    items = gr.Textbox(label="Checklist: one `id | question | cue, cue` line per item a caption must mention "
                             "(cues optional; an existing id keeps its other rules)", lines=8,
                       elem_id="aa-guideline-items")
    flags = gr.CheckboxGroup(label="Flags this rewrite project uses", choices=[], elem_id="aa-guideline-flags")
    save = gr.Button("Save as a new version", variant="primary", elem_id="aa-guideline-save")
    preview = gr.Textbox(label="As annotators read it", interactive=False, lines=8, elem_id="aa-guideline-preview")
    versions = gr.Dataframe(headers=["version", "saved", "change", "by"], interactive=False, label="Versions",
                            elem_id="aa-guideline-versions")

    def do_load(name, request: gr.Request, message: str = "") -> dict:
        view = team.guideline(user_of(request), name)
        return {text: view["text"], items: view["items"], preview: view["preview"], versions: view["versions"],
                flags: gr.update(choices=view["flags_offered"], value=view["flags"], visible=view["offers_flags"]),
                outcome: message or f"Version {view['version']} loaded."}

    def do_projects(request: gr.Request) -> dict:
        return {project: gr.update(choices=[r[0] for r in team.app.projects(user_of(request))])}

    def do_save(name, body, lines, chosen, request: gr.Request) -> dict:
        message = team.save_guideline(user_of(request), name, body, lines, chosen or [])
        return do_load(name, request, message)

    shown = [text, items, flags, preview, versions, outcome]
    load.click(guard(do_load), [project], shown, api_name="guideline")
    project.focus(guard(do_projects), None, [project], api_name=False)
    save.click(guard(do_save), [project, text, items, flags], shown, api_name="save_guideline")
