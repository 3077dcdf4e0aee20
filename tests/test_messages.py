"""Every message that can quote user text takes one escaping path (issue 22, finding 6): each
Markdown an event writes is a `render.Message`, each toast's text goes through `toast`. Before,
"promote edge case", "save guideline" and "save adjudicated version" put a project name or an
item id into Markdown as is: a live link, and an image the lead's browser fetched."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import gradio as gr

from assistant import llm
from assistant.app import db

ATTACK = "[phish](https://evil.example/login) ![t](http://127.0.0.1:7941/beacon.png) <b>x</b> www.evil.example a@b.c"
UI = Path(__file__).resolve().parent.parent / "ui"


def _demo(tmp_path):
    from assistant_ui.app import build  # noqa: PLC0415
    from assistant_ui.handlers import App  # noqa: PLC0415

    return build(App(db.connect(f"sqlite:///{tmp_path / 'm.db'}"), llm.ModelSpec(model="fake/test")))


def test_every_markdown_an_event_writes_escapes_what_it_is_given(tmp_path):
    from assistant_ui import render  # noqa: PLC0415

    demo = _demo(tmp_path)
    written = {id(block): block for fn in demo.fns.values() for block in fn.outputs if isinstance(block, gr.Markdown)}
    assert len(written) >= 8  # who, status, comment, and the outcome lines of every tab
    plain = [getattr(b, "elem_id", None) for b in written.values() if not isinstance(b, render.Message)]
    assert plain == [], f"Markdown written by events without escaping: {plain}"
    for block in written.values():
        shown = block.postprocess(ATTACK)
        assert not re.search(r"(?<!\\)[\[\]()!<]", shown) and "://" not in shown and "@" not in shown, shown
    # the app's own Markdown keeps its formatting; the values in it do not get any
    made = render.markup("**Saved** {}", ATTACK)
    assert written[next(iter(written))].postprocess(made).startswith("**Saved** \\[phish\\]")


def test_every_toast_goes_through_toast():
    """gr.Error / gr.Info / gr.Warning render their text as HTML: each call in ui/ passes it
    through `toast` (guard turns every AssistantError into one)."""
    calls = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("Error", "Info", "Warning", "Success")
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "gr"):
                first = node.args[0] if node.args else None
                through = isinstance(first, ast.Call) and getattr(first.func, "id", None) == "toast"
                calls.append((path.name, node.lineno, through))
    assert len(calls) >= 2  # the scan finds the calls (guard.py and the submit message in app.py)
    assert [c for c in calls if not c[2]] == []
