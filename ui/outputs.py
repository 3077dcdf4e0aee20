"""Outputs that cost only what changes.

Gradio (6.31) answers every property update, `gr.skip()` included, by building a whole new
component and its config for this session, about 0.2-0.4 ms each; the pull sets some 30
outputs and most of them to what the page already shows ("hidden", "no questions"). `Blocks`
hands Gradio only the updates that change something:

- a skip (an output a handler leaves out, or `gr.skip()`) is sent as a skip and builds nothing;
- an update whose properties are all ones only the server sets (`SERVER_PROPS`) and all equal
  to what this session was last sent is sent as its bare value (or as a skip when it has none);
- a `gr.State` given the plain value (None, a number, a string) it already holds is not set
  again: setting one rebuilds its config too.

Properties the page changes on its own (an accordion's `open`, a value) are always sent. The
page receives exactly what it received before; `tests/test_outputs.py` compares the two.

Gradio also runs every output's `postprocess` in a worker thread (a thread hop, about as costly
as a rebuild), which is for components that read files; a text, HTML or choice component's is
a `str()` or less, and is run here in place.
"""

from __future__ import annotations

import copy
from typing import Any

import gradio as gr
from gradio import components
from gradio.blocks import Block, convert_component_dict_to_list

#: Properties that only a server update changes: the page never changes them itself.
SERVER_PROPS = frozenset({"visible", "label", "choices", "interactive", "placeholder", "info", "lines"})
#: Components whose postprocess is a conversion, not I/O: run without a thread hop.
IN_PLACE = frozenset(c.postprocess for c in (gr.Textbox, gr.Markdown, gr.HTML, gr.Number, gr.Radio,
                                             gr.CheckboxGroup, gr.Checkbox, gr.Dropdown))
PLAIN = (type(None), bool, int, float, str)  # State values compared, not set again, when equal
SKIP = object()  # this output is sent as a bare skip
UNCHANGED_STATE = object()  # a gr.State output given the value it holds


def _same_props(update: dict, shown: Any) -> bool:
    """Every property of the update is server-set and what `shown` was built with (as given,
    so choices compare as written, not as Gradio's (label, value) pairs)."""
    given = getattr(shown, "constructor_args", {})
    return all(k in SERVER_PROPS and given.get(k, getattr(shown, k, SKIP)) == update[k]
               for k in update if k not in ("__type__", "value"))


def _reduced(update: Any, block: Any, state: Any) -> Any:
    """What Gradio needs to be handed for this output: SKIP, UNCHANGED_STATE, a bare value, or
    the update as is."""
    if not isinstance(block, Block):
        return update
    if getattr(block, "stateful", False):
        # setting a State rebuilds its config; the same plain value again changes nothing
        same = state is not None and type(update) in PLAIN and block._id in state and state[block._id] == update \
            and type(state[block._id]) is type(update)
        return UNCHANGED_STATE if same else update
    if not (isinstance(update, dict) and update.get("__type__") == "update"):
        return update
    if len(update) == 1:
        return SKIP
    if not _same_props(update, state.get(block._id, block) if state is not None else block):
        return update
    return update["value"] if "value" in update else SKIP


class Blocks(gr.Blocks):
    """gr.Blocks that builds no component for an output whose properties do not change."""

    async def postprocess_data(self, block_fn, predictions, state):
        outputs = list(block_fn.outputs)
        if block_fn.batch or block_fn.is_validator_function or len(outputs) < 2:
            return await super().postprocess_data(block_fn, predictions, state)
        if isinstance(predictions, dict) and predictions == gr.skip():
            predictions = [gr.skip()] * len(outputs)
        elif isinstance(predictions, dict) and predictions:
            predictions = convert_component_dict_to_list(outputs, predictions)
        if not isinstance(predictions, (list, tuple)) or len(predictions) != len(outputs):
            return await super().postprocess_data(block_fn, predictions, state)  # Gradio's own error
        reduced = [_reduced(p, b, state) for p, b in zip(predictions, outputs)]
        result: list[Any] = [None if r is UNCHANGED_STATE else {"__type__": "update"} for r in reduced]
        reduced = [SKIP if r is UNCHANGED_STATE else r for r in reduced]
        in_place = [i for i, r in enumerate(reduced) if block_fn.postprocess and r is not SKIP
                    and self._in_place(outputs[i], r)]
        if in_place:
            for i in in_place:
                shown = state[outputs[i]._id] if state is not None and outputs[i]._id in state else outputs[i]
                reduced[i] = shown.postprocess(reduced[i])
            await self._gradio(block_fn, outputs, reduced, in_place, result, state, postprocess=False)
        rest = [i for i, r in enumerate(reduced) if r is not SKIP and i not in in_place]
        await self._gradio(block_fn, outputs, reduced, rest, result, state, postprocess=block_fn.postprocess)
        return result

    @staticmethod
    def _in_place(block: Any, value: Any) -> bool:
        return (type(block).postprocess in IN_PLACE and not isinstance(value, components._Keywords)
                and not (isinstance(value, dict) and "__type__" in value))

    async def _gradio(self, block_fn, outputs, values, chosen, result, state, postprocess) -> None:
        """Gradio's own postprocess of the chosen outputs, written into result."""
        if not chosen:
            return
        fn = copy.copy(block_fn)
        fn.outputs = [outputs[i] for i in chosen]
        fn.postprocess = postprocess
        given = [values[i] for i in chosen]
        done = await super().postprocess_data(fn, given if len(chosen) > 1 else given[0], state)
        for i, value in zip(chosen, done):
            result[i] = value
