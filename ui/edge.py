"""Edge-case controls: the annotator's "this is an edge case" box and the lead's answer panel."""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from assistant.app.states import EDGE_ANSWERS
from . import render
from .guard import guard, user_of
from .team import Team


@dataclass
class EdgeControls:
    """The annotator's edge-case controls: the box (opened, with the reason typed, when "Next
    task" cannot show a task; closed again with each new task), the reason box, and the
    escalation event (the workspace clears after it)."""

    box: gr.Accordion
    reason: gr.Textbox
    escalated: object


def annotator_controls(team: Team, task_id, notes, flags, status) -> EdgeControls:
    """Under the annotator's notes: escalate the whole task or one note, with a reason."""
    with gr.Accordion("Unsure? Mark an edge case for your lead", open=False, elem_id="aa-edge-box") as box:
        note = gr.Textbox(label="Which note (n1, n2, ... or its text; empty: the whole task)", elem_id="aa-edge-note")
        reason = gr.Textbox(label="Why you are unsure (required)", lines=2, elem_id="aa-edge-reason")
        escalate = gr.Button("Escalate as edge case", elem_id="aa-edge-raise")

    def do_escalate(tid, text, chosen, which, why, request: gr.Request) -> dict:
        message = team.raise_edge_case(user_of(request), tid, text, chosen or [], which, why)
        return {status: message, task_id: None, note: "", reason: ""}

    escalated = escalate.click(guard(do_escalate), [task_id, notes, flags, note, reason],
                               [status, task_id, note, reason], api_name="raise_edge_case")
    return EdgeControls(box=box, reason=reason, escalated=escalated)


def lead_controls(team: Team, task) -> list:
    """In the review tab: the opened task's edge cases and, while one is open, the answer.
    Returns the answer events (the review re-reads the task's status after them)."""
    cases = gr.HTML(elem_id="aa-edge-cases")
    with gr.Group(visible=False) as answer_box:
        guidance = gr.Textbox(label="Guidance for the annotator, or why it cannot be decided", lines=2,
                              elem_id="aa-edge-guidance")
        with gr.Row():
            buttons = {a: gr.Button(label, elem_id=f"aa-edge-{a}") for a, label in zip(
                EDGE_ANSWERS, ("Resolve with guidance", "Send back", "Mark unresolvable"))}
    promote = gr.Button("Add the resolved edge case to the guideline as an example", visible=False,
                        elem_id="aa-edge-promote")
    outcome = render.Message(elem_id="aa-edge-outcome")

    def do_show(tid, request: gr.Request) -> dict:
        view = team.edge_case_view(user_of(request), tid)
        # a message about the task shown before does not stay under the next one
        return {cases: view["html"], answer_box: gr.update(visible=view["open"]),
                promote: gr.update(visible=bool(view["cases"])), outcome: ""}

    def answerer(answer: str):
        def do_answer(tid, text, request: gr.Request) -> dict:
            message = team.answer_edge_case(user_of(request), tid, answer, text)
            return {**do_show(tid, request), outcome: message, guidance: ""}
        do_answer.__name__ = f"do_{answer}"
        return do_answer

    def do_promote(tid, request: gr.Request) -> dict:
        return {outcome: team.promote_edge_case(user_of(request), tid)}

    task.change(guard(do_show), [task], [cases, answer_box, promote, outcome], api_name="edge_cases")
    answered = [button.click(guard(answerer(answer)), [task, guidance], [cases, answer_box, promote, outcome, guidance],
                             api_name=f"edge_{answer}") for answer, button in buttons.items()]
    promote.click(guard(do_promote), [task], [outcome], api_name="promote_edge_case")
    return answered
