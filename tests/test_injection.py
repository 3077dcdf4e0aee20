"""Prompt injection: at least 30 injection strings, placed in notes, original responses, user
prompts, item ids and image file names (through the importer, as a lead would bring them in),
never change what the model is asked to do. The exact messages sent through the fake model
are inspected: the system prompt is the same as for harmless input, every injected string
appears only inside a delimited data block, JSON-encoded (so it cannot close its block), and
the instructions around the blocks are those of a harmless task."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant import llm
from assistant.app import accounts, db, projects
from assistant.compose.written import as_written
from assistant.llm.fake import FakeModel
from tests.conftest import write_png
from tests.test_eval import echo_model

CORPUS = [line for line in (Path(__file__).parent / "data" / "injections.txt").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
BLOCK = re.compile(r"<([a-z_]+_json)>\n(.*?)\n</\1>", re.S)


def _outside(content: str) -> str:
    return BLOCK.sub(lambda m: f"<{m.group(1)}/>", content)


def _safe_name(text: str) -> str:
    return re.sub(r"[/\x00]", "_", text).encode()[:200].decode(errors="ignore").strip() or "x"


@pytest.fixture
def app(tmp_path):
    from assistant_ui.handlers import App  # noqa: PLC0415

    sessions = db.connect(f"sqlite:///{tmp_path / 'aa.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        projects.create_project(s, "answers", "rewrite")
        projects.create_project(s, "photos", "caption")
    return App(sessions, llm.ModelSpec(model="fake/test", retries=0))


def _import(app, tmp_path, project: str, rows: list[dict]) -> None:
    path = tmp_path / f"{project}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with app.sessions() as s:
        result = projects.import_tasks(s, projects.get_project(s, project), str(path))
        assert not result.skipped, result.problems()


def _compose_all(app, notes_for) -> list[list[list[dict]]]:
    """Pull and compose every task in order; the messages of each model call, per task."""
    fake = FakeModel([echo_model] * 1000)
    per_task = []
    with fake.installed():
        while (view := app.next_task("ann"))["task_id"] is not None:
            before = len(fake.calls)
            list(app.compose("ann", view["task_id"], notes_for(view), []))
            per_task.append([c["messages"] for c in fake.calls[before:]])
            app.submit("ann", view["task_id"], notes_for(view), [], "Done.")
    return per_task


def _assert_data_only(calls: list[list[dict]], benign: list[dict], injected: str, kind: str) -> None:
    assert calls, "no model call was made"
    benign_lines = set(_outside(benign[1]["content"]).splitlines())
    for messages in calls:
        assert messages[0] == benign[0], f"{kind}: the system prompt changed"
        assert injected not in messages[0]["content"]
        user = messages[1]["content"]
        blocks = BLOCK.findall(user)
        assert [b[0] for b in blocks] == [b[0] for b in BLOCK.findall(benign[1]["content"])], kind
        for _, body in blocks:
            json.loads(body)  # each block is one whole JSON value: the string did not break out
        outside = _outside(user)
        assert injected not in outside, f"{kind}: injected text outside the data blocks"
        assert set(outside.splitlines()) <= benign_lines, f"{kind}: instructions differ from a harmless task's"
        values = [v for _, body in blocks for v in _strings(json.loads(body))]
        # notes split at ';' and lose a leading bullet; the words themselves are kept
        for piece in filter(None, (p.strip().lstrip("-*• ") for p in injected.split(";"))):
            # a note typed as a finished sentence goes into a caption as written: no model sees it at all
            unsent = kind == "caption" and as_written(piece) is not None and not any(
                piece in m["content"] for call in calls for m in call)
            assert unsent or any(piece in v for v in values), f"{kind}: {piece!r} is not in any data block"


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_corpus_is_big_enough():
    assert len(CORPUS) >= 30 and len(set(CORPUS)) == len(CORPUS)


def test_injections_in_rewrite_fields_stay_data(app, tmp_path):
    _import(app, tmp_path, "answers", [{"id": "benign", "prompt": "Can I return shoes?",
                                        "response": "The policy lasts six months."}] +
            [{"id": f"i{i}-{s[:60]}", "prompt": f"Can I return shoes? {s}", "response": f"The policy lasts six months. {s}"}
             for i, s in enumerate(CORPUS)])
    # a fact the model must write in ("six months should be 30 days" is applied without the model)
    per_task = _compose_all(app, lambda view: "the policy lasts only 30 days\n" +
                            ("" if view["prompt"] == "Can I return shoes?" else view["prompt"].removeprefix("Can I return shoes? ")))
    benign = per_task[0][0]
    for injected, calls in zip(CORPUS, per_task[1:]):
        _assert_data_only(calls, benign, injected, "rewrite")


def test_injections_in_caption_notes_and_image_names_stay_data(app, tmp_path):
    rows = [{"id": "benign", "image": "benign.png"}]
    for i, s in enumerate(CORPUS):
        name = f"{i}-img-{_safe_name(s)}.png"
        write_png(tmp_path / name)
        rows.append({"id": f"i{i}", "image": name})
    write_png(tmp_path / "benign.png")
    _import(app, tmp_path, "photos", rows)
    notes = {}

    def notes_for(view):
        index = None if view["image"].endswith("benign.png") else int(Path(view["image"]).name.split("-", 1)[0])
        notes[view["task_id"]] = index
        return "red bus on the left" + ("" if index is None else "\n" + CORPUS[index])

    per_task = _compose_all(app, notes_for)
    benign = per_task[0][0]
    for injected, calls in zip(CORPUS, per_task[1:]):
        _assert_data_only(calls, benign, injected, "caption")
        name = f"-img-{_safe_name(injected)}.png"
        assert all(name not in m["content"] for messages in calls for m in messages), "the image name reached the model"
