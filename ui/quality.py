"""The lead's "Quality" tab: project settings (k annotators per item, gold rate), gold tasks
and per-annotator accuracy on them, dual-annotation agreement and adjudication, and the
information-flow figure with its definition."""

from __future__ import annotations

import gradio as gr

from . import render
from .guard import guard, user_of
from .team import Team


def lead_tab(team: Team) -> None:
    outcome = render.Message(elem_id="aa-quality-outcome")
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
    gr.Markdown("### Information flow")
    definition = render.Message(elem_id="aa-flow-definition")
    flow = gr.Dataframe(headers=["annotator", "tasks done", "new facts", "active minutes", "new facts per minute",
                                 "edge cases per 100 tasks"], interactive=False, label="New human information",
                        elem_id="aa-flow")
    chart = gr.HTML(elem_id="aa-flow-chart")
    gold = gr.Dataframe(headers=["annotator", "gold tasks", "fact recall", "contradictions", "omissions"],
                        interactive=False, label="Accuracy on gold tasks (wrong facts first: fewest contradictions "
                        "ranks first, then fewest omissions; certain verdicts of the check only)",
                        elem_id="aa-gold-accuracy")
    pairs = gr.Dataframe(headers=["pair", "items", "facts in both", "facts in only one", "contradictions",
                                  "agreement", "items disagreeing", "complementary"], interactive=False,
                         label="Dual annotation: fact-level agreement of the notes", elem_id="aa-agreement")
    disagreements = gr.Dataframe(headers=["item task", "item", "annotators", "in both", "in only one",
                                          "contradictions", "adjudicated"], interactive=False,
                                 label="Items to adjudicate (click a row)", elem_id="aa-disagreements")
    with gr.Group():
        with gr.Row():
            item = gr.Number(label="Item task", precision=0, elem_id="aa-adjudicate-task")
            open_item = gr.Button("Open for adjudication", elem_id="aa-adjudicate-open")
        side_by_side = gr.HTML(elem_id="aa-adjudication")
        adjudicated_notes = gr.Textbox(label="Adjudicated notes", lines=4, elem_id="aa-adjudicated-notes")
        adjudicated_final = gr.Textbox(label="Adjudicated final text (becomes the record)", lines=4,
                                       elem_id="aa-adjudicated-final")
        adjudicate = gr.Button("Save the adjudicated version", variant="primary", elem_id="aa-adjudicate-save")

    def do_show(name, request: gr.Request, message: str = "") -> dict:
        user = user_of(request)
        found = team.quality_settings(user, name)
        agreed = team.agreement(user, name)
        figure = team.information_flow(user, name)
        return {definition: render.markup("**Definition.** {}", figure["definition"]), flow: figure["rows"],
                chart: figure["chart_html"],k: found["annotators_per_item"], rate: found["gold_rate"], gold: team.gold_accuracy(user, name),
                pairs: agreed["pairs"], disagreements: agreed["disagreements"],
                outcome: message or f"Figures for {name}."}

    def do_save(name, kk, rr, request: gr.Request) -> dict:
        saved = team.quality_settings(user_of(request), name, kk, rr)
        return do_show(name, request, f"Settings saved: {saved['annotators_per_item']} annotator(s) per item, "
                                      f"gold rate {saved['gold_rate']}.")

    def do_mark(name, tid, notes, request: gr.Request) -> dict:
        message = team.mark_gold(user_of(request), tid, notes)
        return {**do_show(name, request, message), reference: ""} if name else {outcome: message, reference: ""}

    def opened(tid, request: gr.Request) -> dict:
        view = team.adjudication_view(user_of(request), tid)
        return {item: tid, side_by_side: view["html"], adjudicated_notes: view["notes"],
                adjudicated_final: view["final"]}

    def do_open(tid, request: gr.Request) -> dict:
        return opened(tid, request)

    def do_pick(evt: gr.SelectData, request: gr.Request) -> dict:
        return opened(int(evt.row_value[0]), request)

    def do_adjudicate(name, tid, notes, final, request: gr.Request) -> dict:
        message = team.adjudicate(user_of(request), tid, notes, final)
        return do_show(name, request, message) if name else {outcome: message}

    shown = [k, rate, gold, pairs, disagreements, definition, flow, chart, outcome]
    adjudication = [item, side_by_side, adjudicated_notes, adjudicated_final]
    open_item.click(guard(do_open), [item], adjudication, api_name="adjudication")
    disagreements.select(guard(do_pick), None, adjudication, api_name=False)
    adjudicate.click(guard(do_adjudicate), [project, item, adjudicated_notes, adjudicated_final], shown,
                     api_name="adjudicate")
    show.click(guard(do_show), [project], shown, api_name="quality")
    save.click(guard(do_save), [project, k, rate], shown, api_name="quality_settings")
    mark.click(guard(do_mark), [project, gold_task, reference], [*shown, reference], api_name="mark_gold")
