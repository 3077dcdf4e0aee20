"""A task's image as the page can show it, or one line saying why it cannot.

Gradio prepares an image output after the handler has returned: it fetches a URL (refusing
private and loopback addresses) or copies a file into its cache. A failure there is outside
every handler, so the whole event ends in a bare "Error": the annotator's "Next task" showed
nothing, again and again, for a task they held and could not escalate. Here the same
preparation runs inside the handler first; a task whose image fails is shown without it, with
the reason, so the annotator can escalate it and the lead can open it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr
from gradio import processing_utils

from assistant.errors import one_line


def image(component: gr.Image, value: Any) -> tuple[Any, str]:
    """(value, "") when Gradio can show `value` in `component`; (None, why) when it cannot."""
    if not value:
        return None, ""
    where = str(value)
    if "://" not in where and not Path(where).is_file():
        return None, f"the image cannot be shown: no file {Path(where).name!r} on the server"
    try:
        prepared = component.postprocess(value)
        processing_utils.move_files_to_cache(prepared.model_dump() if prepared else None, component,
                                             postprocess=True)
    except Exception as e:  # noqa: BLE001 - whatever Gradio refuses (a private URL, a broken file, a 404)
        return None, f"the image cannot be shown ({one_line(e, 160)})"
    return value, ""
