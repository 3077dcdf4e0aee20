"""The lead's "Quality" tab: project settings (k annotators per item, gold rate), gold tasks
and per-annotator accuracy on them, dual-annotation agreement and adjudication, and the
information-flow figure with its definition."""

from __future__ import annotations

import gradio as gr

from .guard import guard, user_of
from .team import Team


def lead_tab(team: Team) -> None:
    outcome = gr.Markdown(elem_id="aa-quality-outcome")
    with gr.Row():
        project = gr.Dropdown(label="Project", choices=[], allow_custom_value=True, elem_id="aa-quality-project")
        show = gr.Button("Show figures", variant="primary", elem_id="aa-quality-show")
    with gr.Accordion("Project settings", open=False):
        with gr.Row():
            k = gr.Number(label="Annotators per item (k)", value=1, precision=0, minimum=1, maximum=2,
                          elem_id="aa-quality-k")
            rate = gr.Number(label="Gold rate (0 to 0.5 of each annotator's tasks)", value=0.0, minimum=0,
                             maximum=0.5, elem_id="aa-quality-rate")
            save = gr.Button("Save settings", elem_id="aa-quality-save")
    with gr.Accordion("Gold tasks", open=False):
        with gr.Row():
            gold_task = gr.Number(label="Task id", precision=0, elem_id="aa-gold-task")
            reference = gr.Textbox(label="Reference notes (the known answer)", lines=3, elem_id="aa-gold-reference")
            mark = gr.Button("Mark as gold", elem_id="aa-gold-mark")
    gold = gr.Dataframe(headers=["annotator", "gold tasks", "fact recall", "contradictions"], interactive=False,
                        label="Accuracy on gold tasks", elem_id="aa-gold-accuracy")

    def do_show(name, request: gr.Request, message: str = "") -> dict:
        user = user_of(request)
        found = team.quality_settings(user, name)
        return {k: found["annotators_per_item"], rate: found["gold_rate"], gold: team.gold_accuracy(user, name),
                outcome: message or f"Figures for {name}."}

    def do_save(name, kk, rr, request: gr.Request) -> dict:
        team.quality_settings(user_of(request), name, kk, rr)
        return do_show(name, request, "Settings saved.")

    def do_mark(name, tid, notes, request: gr.Request) -> dict:
        message = team.mark_gold(user_of(request), tid, notes)
        return {**do_show(name, request, message), reference: ""} if name else {outcome: message, reference: ""}

    shown = [k, rate, gold, outcome]
    show.click(guard(do_show), [project], shown, api_name="quality")
    save.click(guard(do_save), [project, k, rate], shown, api_name="quality_settings")
    mark.click(guard(do_mark), [project, gold_task, reference], [*shown, reference], api_name="mark_gold")
