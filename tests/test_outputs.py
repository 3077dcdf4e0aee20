"""ui/outputs.Blocks sends fewer component rebuilds, and the page ends exactly as with Gradio's
own Blocks: the same handlers are run through both and what each page would show is compared
after every event."""

from __future__ import annotations

import asyncio

import gradio as gr
import pytest
from gradio.state_holder import SessionState

from assistant_ui import outputs

PROPS = ("visible", "label", "choices", "interactive", "open")


def build(blocks_class, steps):
    with blocks_class() as demo:
        box = gr.Textbox(visible=False)
        other = gr.Textbox(label="other")
        flags = gr.CheckboxGroup(choices=["a"], visible=False)
        with gr.Group(visible=False) as group:
            gr.Markdown("inside")
        with gr.Accordion("more", open=False) as accordion:
            gr.Markdown("inside")
        kept = gr.State(None)
        button = gr.Button()
        comps = {"box": box, "other": other, "flags": flags, "group": group, "accordion": accordion, "kept": kept}
        counter = iter(range(len(steps)))

        def handler():
            step = steps[next(counter)]
            return step({k: v for k, v in comps.items()})

        button.click(handler, None, list(comps.values()))
    return demo, comps


def test_a_state_given_the_value_it_holds_is_not_set_again(monkeypatch):
    demo, comps = build(outputs.Blocks, [lambda c: {c["kept"]: 1}, lambda c: {c["kept"]: 1}, lambda c: {c["kept"]: 2}])
    sets = []
    original = SessionState.__setitem__
    monkeypatch.setattr(SessionState, "__setitem__", lambda self, k, v: (sets.append(v), original(self, k, v)))
    _, _, state = page_after(demo, comps, 3)
    assert [v for v in sets if not hasattr(v, "_id")] == [1, 2]
    assert list(state.state_data.values()) == [2]


def page_after(demo, comps, n):
    """Run the one event n times; after each, the page's view of every output (as the page
    applies them: an update sets its properties and value, a bare value sets the value)."""
    fn = next(iter(demo.fns.values()))
    state = SessionState(demo)
    page = {name: {"value": getattr(c, "value", None), **{p: getattr(c, p, None) for p in PROPS}}
            for name, c in comps.items()}
    seen, sent = [], []
    for _ in range(n):
        result = asyncio.run(demo.process_api(block_fn=fn, inputs=[], state=state))
        for (name, _c), data in zip(comps.items(), result["data"]):
            sent.append(data)
            if name == "kept":
                continue
            if isinstance(data, dict) and data.get("__type__") == "update":
                page[name].update({k: v for k, v in data.items() if k != "__type__"})
            else:
                page[name]["value"] = data
        seen.append({k: dict(v) for k, v in page.items()})
    return seen, sent, state


STEPS = [
    lambda c: {c["box"]: gr.update(visible=True, value="first"), c["group"]: gr.update(visible=True),
               c["kept"]: 1},
    lambda c: {c["box"]: gr.update(visible=True, value="second"), c["group"]: gr.update(visible=True)},
    lambda c: {c["box"]: gr.update(visible=False), c["accordion"]: gr.update(open=True),
               c["flags"]: gr.update(visible=True, choices=["a", "b"], value=["b"])},
    lambda c: {c["accordion"]: gr.update(open=True), c["flags"]: gr.update(visible=True, choices=["a", "b"],
                                                                           value=[])},
    lambda c: gr.skip(),
    lambda c: [gr.update(visible=False), "plain", gr.update(label="Flags"), gr.update(visible=False),
               gr.update(open=False), gr.update(value=2)],
    lambda c: {c["other"]: gr.update(label="other", value="same label"), c["kept"]: 1},
    lambda c: {c["kept"]: "1"},
    lambda c: {c["kept"]: None},
    lambda c: {c["other"]: "__skip__"},  # any text is a value, whatever it spells
]


def test_the_page_shows_what_gradios_own_blocks_would_after_every_event():
    theirs = page_after(*build(gr.Blocks, STEPS), len(STEPS))
    ours = page_after(*build(outputs.Blocks, STEPS), len(STEPS))
    assert ours[0] == theirs[0]
    assert list(ours[2].state_data.values()) == list(theirs[2].state_data.values()) == [None]  # gr.State alike
    kept = 5
    assert ours[1][kept::6] == theirs[1][kept::6]  # a State output is sent as None either way


def test_unchanged_server_properties_are_not_sent_again_but_what_the_page_changes_is():
    _, sent, _ = page_after(*build(outputs.Blocks, STEPS), 4)
    box, group, accordion = 0, 3, 4
    step = 6  # outputs per event
    assert sent[step + box] == "second"  # visible=True again: only the value travels
    assert sent[step + group] == {"__type__": "update"}  # nothing changed: a skip
    assert sent[3 * step + accordion] == {"__type__": "update", "open": True}  # the page may have closed it
    assert sent[2 * step + box] == {"__type__": "update", "visible": False}  # a change is sent
    flags = 2
    assert {"visible", "choices", "value"} <= set(sent[2 * step + flags])  # new choices: a full update
    assert sent[3 * step + flags] == []  # the same choices, written as given: only the value


@pytest.mark.parametrize("blocks_class", [gr.Blocks, outputs.Blocks])
def test_a_wrong_number_of_outputs_is_still_gradios_own_error(blocks_class):
    demo, comps = build(blocks_class, [lambda c: ["one", "two"]])
    with pytest.raises(ValueError):
        page_after(demo, comps, 1)
