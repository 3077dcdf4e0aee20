"""What every event handler of the app shares: the signed-in name, and errors as one line."""

from __future__ import annotations

import functools
import inspect

import gradio as gr

from assistant.errors import AssistantError
from .render import toast


def user_of(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None)


def guard(fn):
    """AssistantError -> gr.Error: one clear line in the page, never a traceback."""

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def streaming(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except AssistantError as e:
                raise gr.Error(toast(str(e))) from None

        return streaming

    @functools.wraps(fn)  # keeps the signature: Gradio injects gr.Request by annotation
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AssistantError as e:
            raise gr.Error(toast(str(e))) from None

    return wrapper
