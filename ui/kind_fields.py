"""The kinds' own fields on the annotator's and the lead's screens, built from the registry.

The image, the prompt, the response and the error flags have places of their own; every other
field a kind declares (assistant/kinds/) gets a component here: its item fields side by side
(a comparison's two responses), its marks as a choice or flags. A task shows the fields of its
kind and hides the rest, and the marks travel with the notes to every annotator event.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant import kinds

#: Fields with places of their own on the screens.
OWN_PLACES = frozenset({"image", "prompt", "response", "flags"})


def _specs(role: str) -> list[kinds.FieldSpec]:
    found: dict[str, kinds.FieldSpec] = {}
    for kind in kinds.KINDS.values():
        for spec in kind.fields:
            if spec.role == role and spec.name not in OWN_PLACES:
                found.setdefault(spec.name, spec)
    return list(found.values())


def no_marks() -> list[Any]:
    """The values of the mark inputs every annotator event ends with, for a task that sets none
    (a caller of the Gradio API on a caption or rewrite): in the order the page sends them."""
    return [[] if spec.type == "flags" else None for spec in _specs("mark")]


class KindFields:
    """The components for the kinds' other fields, and how a task's view fills them."""

    def __init__(self, prefix: str, *, marks_interactive: bool):
        self.items: dict[str, gr.Textbox] = {}
        self.marks: dict[str, gr.components.Component] = {}
        items = _specs("item")
        if items:
            with gr.Row():
                for spec in items:
                    self.items[spec.name] = gr.Textbox(label=spec.label, visible=False, interactive=False,
                                                       lines=8, elem_id=f"{prefix}-{spec.name.replace('_', '-')}")
        for spec in _specs("mark"):
            elem_id = f"{prefix}-{spec.name.replace('_', '-')}"
            if spec.type == "choice":
                self.marks[spec.name] = gr.Radio(list(spec.choices), label=spec.label, visible=False,
                                                 interactive=marks_interactive, elem_id=elem_id)
            else:
                self.marks[spec.name] = gr.CheckboxGroup(label=spec.label, choices=[], visible=False,
                                                         interactive=marks_interactive, elem_id=elem_id)

    @property
    def outputs(self) -> list[gr.components.Component]:
        return [*self.items.values(), *self.marks.values()]

    def shown(self, view: dict[str, Any]) -> dict:
        """The updates that show a task's fields (view["item"], view["marks"]) and hide the rest."""
        item, marks = view.get("item", {}), view.get("marks", {})
        out: dict = {box: gr.update(visible=name in item, value=item.get(name, ""))
                     for name, box in self.items.items()}
        for name, box in self.marks.items():
            if isinstance(box, gr.CheckboxGroup):
                value = list(marks.get(name) or [])
                offered = list(view.get("flags_offered", []))
                out[box] = gr.update(visible=name in marks, choices=offered + [f for f in value if f not in offered],
                                     value=value)
            else:
                out[box] = gr.update(visible=name in marks, value=marks.get(name))
        return out

    def hidden(self) -> dict:
        return {c: gr.update(visible=False) for c in self.outputs}

    def with_marks(self, fn: Callable, fixed: int) -> Callable:
        """`fn(*fixed_values, marks, request)` as a Gradio handler whose inputs are its `fixed`
        inputs followed by `self.marks` (one positional parameter each, as Gradio passes them,
        then the request it injects by annotation); `marks` arrives as {name: value}."""
        names = list(self.marks)
        P = inspect.Parameter
        params = [P(f"in{i}", P.POSITIONAL_OR_KEYWORD) for i in range(fixed)]
        params += [P(f"mark_{n}", P.POSITIONAL_OR_KEYWORD) for n in names]
        params.append(P("request", P.POSITIONAL_OR_KEYWORD, annotation=gr.Request))

        def split(args: tuple) -> tuple:
            *values, request = args
            given = dict(zip(names, values[fixed:]))
            return (*values[:fixed], {n: v for n, v in given.items() if v not in (None, "")}, request)

        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def handler(*args):
                yield from fn(*split(args))
        else:
            @functools.wraps(fn)
            def handler(*args):
                return fn(*split(args))
        del handler.__wrapped__  # Gradio reads the signature below, not fn's
        handler.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        handler.__annotations__ = {"request": gr.Request}
        return handler
