"""What every event handler of the app shares: the signed-in name, and errors as one line."""

from __future__ import annotations

import functools
import inspect
import logging

import gradio as gr

from assistant.errors import AssistantError, one_line
from .render import toast

log = logging.getLogger("annotation_assistant.ui")


def user_of(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None)


def refused(fn, e: AssistantError) -> gr.Error:
    """An ordinary refusal (bad input, a role, a conflict): one line in the server log, one in
    the page, and no traceback in either: it is not a fault of the app."""
    log.warning("refused %s: %s: %s", fn.__name__, type(e).__name__, one_line(e))
    return gr.Error(toast(str(e)), print_exception=False)


def guard(fn):
    """AssistantError -> gr.Error: one clear line in the page, never a traceback."""

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def streaming(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except AssistantError as e:
                raise refused(fn, e) from None

        return streaming

    @functools.wraps(fn)  # keeps the signature: Gradio injects gr.Request by annotation
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AssistantError as e:
            raise refused(fn, e) from None

    return wrapper
