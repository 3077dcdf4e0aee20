"""The annotator's workspace (the Annotate tab): layout and its events; logic is in assistant/app/service/ (ui/handlers.py adds the HTML)."""

from __future__ import annotations

import gradio as gr

from assistant.errors import AssistantError
from . import counter, edge, guidelines, media, note_edits, render
from .guard import guard as _guard, user_of as _user
from .handlers import App
from .kind_fields import KindFields
from .render import toast
from .team import Team

MAX_QUESTIONS = 3
#: The streaming box before the model's first words (the notes are saved first).
COMPOSING = "Composing from your notes…"


def tab(app: App, team: Team) -> None:
    """The Annotate tab: the next task, notes, compose, questions, the draft and its check, submit."""
    task_id = gr.State(None)
    version = gr.State(None)  # the task version this page loaded: a save over a newer one is a conflict
    questions = gr.State([])
    with gr.Row():
        next_btn = gr.Button("Next task", elem_id="aa-next", variant="secondary")
        status = render.Message("", elem_id="aa-status")
    comment = render.Message("", visible=False, elem_id="aa-comment")
    guideline = guidelines.annotator_panel()
    with gr.Row():
        with gr.Column(scale=1):
            image = gr.Image(label="Image", visible=False, interactive=False, type="filepath", elem_id="aa-image")
            prompt = gr.Textbox(label="User prompt", visible=False, interactive=False, lines=3)
            response = gr.Textbox(label="Original response", visible=False, interactive=False, lines=8)
            fields = KindFields("aa", marks_interactive=True)  # a comparison's two responses, choice, flags
            flags = gr.CheckboxGroup(label="Error flags", choices=[], visible=False, elem_id="aa-flags")
            flag_help = gr.HTML("", visible=False)
        with gr.Column(scale=1):
            notes = gr.Textbox(label="Your notes (one observation per line; hedges like 'maybe' are kept)",
                               lines=8, elem_id="aa-notes", placeholder="red bus on the left\n3 pedestrians\nwet road, maybe rain")
            counter.notes_counter()
            changed = note_edits.Panel()
            compose_btn = gr.Button("Compose (Ctrl+Enter)", variant="primary", elem_id="aa-compose")
            escalation = edge.annotator_controls(team, task_id, notes, flags, status)
    with gr.Group(visible=False) as draft_box:
        streaming = gr.Textbox(label="Draft (streaming)", interactive=False, visible=False, elem_id="aa-streaming")
        provenance = gr.HTML(elem_id="aa-provenance")
        problems = gr.HTML(elem_id="aa-problems")
        question_boxes = [gr.Textbox(visible=False, elem_id=f"aa-answer-{i}") for i in range(MAX_QUESTIONS)]
        answer_btn = gr.Button("Answer and compose again", visible=False, elem_id="aa-answer")
        final = gr.Textbox(label="Final text (edit freely; edits are checked again)", lines=6, elem_id="aa-final")
        with gr.Row():
            check_btn = gr.Button("Check my edits", elem_id="aa-check")
            submit_btn = gr.Button("Submit (Ctrl+Shift+Enter)", variant="primary", elem_id="aa-submit")

    task_outputs = [task_id, status, comment, image, prompt, response, flags, flag_help, notes, draft_box,
                    final, provenance, problems, streaming, answer_btn, questions, version,
                    escalation.box, escalation.reason, *changed.outputs, *question_boxes, *fields.outputs]

    def load_task(request: gr.Request) -> dict:
        view = app.next_task(_user(request))
        if view["task_id"] is None:
            return {task_id: None, version: None, status: view["message"], draft_box: gr.update(visible=False),
                    image: gr.update(visible=False), prompt: gr.update(visible=False),
                    response: gr.update(visible=False), flags: gr.update(visible=False),
                    flag_help: gr.update(visible=False), comment: gr.update(visible=False), notes: "",
                    **fields.hidden()}
        item, marks = view["item"], view["marks"]
        # a task the page cannot show is shown without its image, with the reason and the way
        # on: escalated to the lead (the reason typed in), it leaves this annotator's hands
        shown, problem = media.image(image, view["image"]) if "image" in item else (None, "")
        out = {
            task_id: view["task_id"], version: view["version"],
            status: f"{view['message']}: {problem}. Escalate it to your lead below." if problem else view["message"],
            escalation.box: gr.update(open=bool(problem)),
            escalation.reason: problem[:1].upper() + problem[1:] + "." if problem else gr.update(),
            comment: gr.update(visible=bool(view["comment"]),
                               value=render.markup("**{}:** {}", view["comment_heading"], view["comment"])
                               if view["comment"] else ""),
            image: gr.update(visible="image" in item and not problem, value=shown),
            prompt: gr.update(visible="prompt" in item and bool(view["prompt"]), value=view["prompt"]),
            response: gr.update(visible="response" in item, value=view["response"]),
            flags: gr.update(visible="flags" in marks, choices=view["flags_offered"], value=view["flags"]),
            flag_help: gr.update(visible=bool(marks), value=view["flag_help"]),
            **fields.shown(view),
            notes: view["notes"],
            draft_box: gr.update(visible=bool(view["draft"])),
            final: view["draft"], provenance: "", problems: "", streaming: gr.update(visible=False),
            answer_btn: gr.update(visible=False), questions: [],
            **changed.hidden(),
        }
        out.update({box: gr.update(visible=False, value="") for box in question_boxes})
        return out

    def show_draft(view: dict) -> dict:
        asked = view["questions"][:MAX_QUESTIONS]
        out = {draft_box: gr.update(visible=True), streaming: gr.update(visible=False),
               provenance: view["provenance_html"], problems: view["problems_html"], final: view["draft"],
               questions: asked, answer_btn: gr.update(visible=bool(asked))}
        if "version" in view:
            out[version] = view["version"]
        for i, box in enumerate(question_boxes):
            out[box] = gr.update(visible=i < len(asked), label=asked[i] if i < len(asked) else "", value="")
        return out

    def do_compose(tid, text, chosen, ver, marks, request: gr.Request, refine: bool = False):
        saved: dict = {}
        shown = False
        # progress from the first moment: the box says what is happening until the first words
        # come (the handler's first, empty partial), and a cursor ends the text while it grows
        try:
            for update in app.compose(_user(request), tid, text, chosen or [], ver, saved, refine, marks):
                if "partial" in update:
                    growing = (update["partial"] or COMPOSING) + " ▍"
                    # boxes shown once; after that only the text: Gradio builds a whole new
                    # component for every property update, once per streamed piece before
                    yield {streaming: growing} if shown else {draft_box: gr.update(visible=True),
                                                               streaming: gr.update(visible=True, value=growing)}
                    shown = True
                else:
                    if update.get("message"):  # the earlier draft was kept: said in the page and a toast
                        gr.Info(toast(update["message"]))
                    yield show_draft(update)
        except AssistantError:
            stopped = {streaming: gr.update(visible=False)}  # no cursor left blinking over a failed compose
            if "version" in saved:  # the notes were stored before the model failed: the page is current
                stopped[version] = saved["version"]
            yield stopped
            raise

    def do_answer(tid, text, chosen, ver, asked, a0, a1, a2, marks, request: gr.Request):  # one per MAX_QUESTIONS
        result = app.answer(_user(request), tid, text, chosen or [], asked, [a0, a1, a2], ver, marks)
        if result["edits"]:  # a refined note is the annotator's to confirm: marked until kept or undone
            yield {notes: result["notes"], version: result["version"], **changed.shown(result["edits"], text)}
            return
        yield {notes: result["notes"], version: result["version"]}
        # the answer checked the version; only what the new note needs is written
        for out in do_compose(tid, result["notes"], chosen, None, marks, request, refine=True):
            yield out

    def do_check(tid, text, chosen, final_text, ver, marks, request: gr.Request):
        view = app.check_edit(_user(request), tid, text, chosen or [], final_text, ver, marks)
        return {provenance: view["provenance_html"], problems: view["problems_html"], version: view["version"]}

    def cleared() -> dict:
        """The workspace once the task left the annotator's hands (submitted or escalated): its
        image or response goes too, so nothing on screen invites notes on a task this page no
        longer holds."""
        hidden = gr.update(visible=False)
        return {task_id: None, version: None, draft_box: hidden, notes: "", comment: hidden, image: hidden,
                prompt: hidden, response: hidden, flags: hidden, flag_help: hidden, escalation.box: gr.update(open=False),
                **changed.hidden(), **fields.hidden()}

    def do_submit(tid, text, chosen, final_text, ver, marks, request: gr.Request):
        result = app.submit(_user(request), tid, text, chosen or [], final_text, ver, marks)
        gr.Info(toast(result["message"]))
        return {status: result["message"], **cleared()}

    def do_clear() -> dict:
        return cleared()

    def do_keep(tid, text, chosen, ver, marks, request: gr.Request):
        yield changed.hidden()
        yield from do_compose(tid, text, chosen, ver, marks, request, refine=True)

    def do_undo(before) -> dict:
        return {notes: before if before is not None else gr.skip(), **changed.hidden()}

    def do_accept() -> dict:
        return changed.hidden()  # composing from the notes on screen accepts them as they are

    draft_outputs = [draft_box, streaming, provenance, problems, final, questions, answer_btn, version, *question_boxes]
    loaded = next_btn.click(_guard(load_task), None, task_outputs, api_name="next_task")
    guidelines.show_with_each_task(team, loaded, task_id, guideline)
    marks = list(fields.marks.values())  # each handler gets them as one {name: value} after its own inputs
    compose_btn.click(_guard(fields.with_marks(do_compose, 4)), [task_id, notes, flags, version, *marks], draft_outputs,
                      api_name="compose")
    compose_btn.click(do_accept, None, changed.outputs, api_name=False)
    answer_btn.click(_guard(fields.with_marks(do_answer, 8)), [task_id, notes, flags, version, questions, *question_boxes,
                                                               *marks],
                     [notes, *draft_outputs, *changed.outputs], api_name="answer")
    changed.keep.click(_guard(fields.with_marks(do_keep, 4)), [task_id, notes, flags, version, *marks],
                       [*draft_outputs, *changed.outputs],
                       api_name=False)
    changed.undo.click(do_undo, [changed.before], [notes, *changed.outputs], api_name=False)
    check_btn.click(_guard(fields.with_marks(do_check, 5)), [task_id, notes, flags, final, version, *marks],
                    [provenance, problems, version],
                    api_name="check")
    workspace = [task_id, version, draft_box, notes, comment, image, prompt, response, flags, flag_help, escalation.box,
                 *changed.outputs, *fields.outputs]
    submit_btn.click(_guard(fields.with_marks(do_submit, 5)), [task_id, notes, flags, final, version, *marks],
                     [status, *workspace],
                     api_name="submit")
    escalation.escalated.success(do_clear, None, workspace, api_name=False)
