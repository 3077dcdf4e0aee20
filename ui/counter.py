"""The character counter under the annotator's notes: how much of the notes limit is used,
amber from 90% and red past it, before the server refuses the notes in one line."""

from __future__ import annotations

import gradio as gr

from assistant.notes import MAX_NOTES_CHARS

#: Updated in the page on every keystroke and twice a second (a new task's notes arrive
#: without an input event), so it costs the server nothing.
SCRIPT = """
() => {
  const limit = %d;
  const show = () => {
    const box = document.querySelector('#aa-notes textarea');
    const out = document.getElementById('aa-notes-count');
    if (!box || !out) return;
    const n = box.value.length;
    const text = n.toLocaleString('en-US') + ' / ' + limit.toLocaleString('en-US') + ' characters'
      + (n > limit ? ': too long, shorten the notes' : '');
    if (out.textContent !== text) out.textContent = text;
    out.style.color = n > limit ? '#b91c1c' : (n >= 0.9 * limit ? '#b45309' : '#6b7280');
  };
  document.addEventListener('input', show, true);
  setInterval(show, 500);
}
""" % MAX_NOTES_CHARS


def notes_counter() -> gr.HTML:
    """The counter's place, under the notes box; the page script fills it."""
    return gr.HTML('<div id="aa-notes-count" style="font-size:0.85em;text-align:right"></div>',
                   elem_id="aa-notes-counter", padding=False)
