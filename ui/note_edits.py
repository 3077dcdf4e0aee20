"""A note an answer rewrote, marked under the notes box until the annotator keeps it (and
the draft is composed again from it) or undoes it. A toast fades; this stays, and says that
the draft on screen was composed before the change."""

from __future__ import annotations

from html import escape

import gradio as gr

from assistant.questions import NoteEdit


def changes_html(edits: list[NoteEdit]) -> str:
    rows = "".join(f'<li class="aa-note-edit"><b>{escape(e.note)}</b>: <del>{escape(e.before)}</del> → '
                   f"<ins>{escape(e.after)}</ins></li>" for e in edits)
    return ('<div class="aa-note-changes" style="border-left:4px solid #d97706;background:#fffbeb;padding:6px 10px">'
            f"<p><b>Your answer changed {'a note' if len(edits) == 1 else f'{len(edits)} notes'}</b> "
            "(not saved yet; the draft below was composed before it):</p>"
            f"<ul>{rows}</ul></div>")


class Panel:
    """The marked change and its two buttons; `before` holds the notes as they were."""

    def __init__(self):
        self.before = gr.State(None)
        with gr.Group(visible=False, elem_id="aa-note-changes") as self.group:
            self.html = gr.HTML()
            with gr.Row():
                self.keep = gr.Button("Keep the change and compose again", variant="primary", elem_id="aa-note-keep")
                self.undo = gr.Button("Undo the change", elem_id="aa-note-undo")

    def shown(self, edits: list[NoteEdit], before: str) -> dict:
        return {self.group: gr.update(visible=True), self.html: changes_html(edits), self.before: before}

    def hidden(self) -> dict:
        return {self.group: gr.update(visible=False), self.html: "", self.before: None}

    @property
    def outputs(self) -> list:
        return [self.group, self.html, self.before]
