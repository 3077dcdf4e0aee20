"""Model faults: timeouts, 429, 5xx, connection refused, malformed JSON, an empty answer, an
answer cut at the token limit. Retried where that can help, then one clear line in the UI and
the CLI; the notes and earlier drafts are untouched. Through the fake model at the seam and
through a misbehaving OpenAI-compatible server on loopback."""

from __future__ import annotations

import socket

import pytest

from assistant import llm
from assistant.cli import main
from assistant.errors import ModelError
from assistant.llm.fake import FakeHTTPError
from tests.app_server import running_app
from tests.serve_process import FAKE_KEY
from tests.stub_openai import Fault, StubOpenAI
from assistant_ui.kind_fields import no_marks

MESSAGES = [{"role": "system", "content": "Answer in JSON."}, {"role": "user", "content": "notes"}]
NOTES = "red bus on the left\nwet road, maybe rain\n"
GOOD = "A red bus is on the left. The road is wet, maybe from rain."


@pytest.fixture
def stub(monkeypatch):
    monkeypatch.setattr(llm, "ALLOW_MODEL_REQUESTS", True)  # loopback only: the network guard stays on
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    with StubOpenAI() as server:
        yield server


def _spec(stub: StubOpenAI, **kw) -> llm.ModelSpec:
    return llm.ModelSpec(model="openai/x", api_base=stub.url, retries=2, **kw)


@pytest.mark.parametrize("fault", [Fault("status", 429), Fault("status", 500), Fault("status", 503),
                                   Fault("hang", seconds=5)], ids=["429", "500", "503", "timeout"])
def test_transient_faults_are_retried_then_answered(stub, fault):
    spec = _spec(stub, timeout=1.0)
    stub.script.extend([fault, lambda m: "ok"])
    assert llm.complete(MESSAGES, spec, wait_max=0.1).text == "ok"
    stub.script.extend([fault, lambda m: "ok"])
    assert _streamed(spec).text == "ok"  # a stream is retried too, before its first piece
    assert len(stub.requests) == 4


def _streamed(spec):
    response = llm.stream(MESSAGES, spec, wait_max=0.1)
    "".join(response)
    return response.completion


@pytest.mark.parametrize("fault, message, attempts", [
    (Fault("status", 429), "after retries", 3), (Fault("status", 502), "after retries", 3),
    (Fault("status", 400), "model call failed", 1),  # a bad request fails the same way again
    (Fault("malformed"), "after retries", 3),  # litellm takes an unparsable body for a server error
    (Fault("drop"), "after retries", 3)], ids=["429", "502", "400", "malformed", "dropped"])
def test_persistent_faults_end_in_one_clear_line(stub, fault, message, attempts):
    stub.next_action = lambda messages: fault  # every attempt fails the same way
    with pytest.raises(ModelError) as raised:
        llm.complete(MESSAGES, _spec(stub), wait_max=0.05)
    text = str(raised.value)
    assert message in text and "\n" not in text and len(text) <= 400 and FAKE_KEY not in text
    assert len(stub.requests) == attempts


def test_connection_refused_is_retried_then_one_line(monkeypatch):
    monkeypatch.setattr(llm, "ALLOW_MODEL_REQUESTS", True)
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    spec = llm.ModelSpec(model="openai/x", api_base=f"http://127.0.0.1:{port}/v1", retries=1)
    with pytest.raises(ModelError, match="after retries") as raised:
        llm.complete(MESSAGES, spec, wait_max=0.05)
    assert "\n" not in str(raised.value)


def test_an_empty_answer_and_a_cut_answer_are_reported_as_such(stub):
    stub.script.extend([Fault("empty"), Fault("length", text='{"sentences": [{"text": "A red')])
    assert llm.complete(MESSAGES, _spec(stub)).text == ""
    cut = llm.complete(MESSAGES, _spec(stub))
    assert cut.finish_reason == "length"  # compose sees the cut and re-asks; it is not taken as whole


def test_the_cli_prints_one_line_and_exits_2_on_a_dead_model(stub, tmp_path, capsys):
    stub.next_action = lambda messages: Fault("status", 503)
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES)
    code = main(["compose", "--kind", "caption", "--notes", str(notes), "--model", "openai/x",
                 "--api-base", stub.url])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("error:")
    assert "Traceback" not in err and FAKE_KEY not in err


@pytest.mark.parametrize("failure", [FakeHTTPError(429, "slow down"), FakeHTTPError(500, "boom")],
                         ids=["429", "500"])
def test_the_app_keeps_notes_and_earlier_drafts_when_the_model_fails(tmp_path, failure):
    """A first compose succeeds; the second meets a model that keeps failing: one line in the
    page, the notes of both attempts and the first draft still there, as they were."""
    from tests.gradio_http import Client  # noqa: PLC0415
    from tests.serve_process import task_id  # noqa: PLC0415

    with running_app(tmp_path, outputs=[GOOD] + [failure] * 20) as (url, _, app, fake):
        client = Client(url, "ann", "ann-password")
        tid = task_id(client.call("next_task", []).data[1])
        assert client.call("compose", [tid, NOTES, [], None, *no_marks()]).status == "complete"
        second_notes = NOTES + "three pedestrians"
        failed = client.call("compose", [tid, second_notes, [], None, *no_marks()])
        assert failed.status == "error"
        message = failed.data["error"]
        assert "your notes are saved" in message and "\n" not in message and "Traceback" not in message
        from assistant.app import store  # noqa: PLC0415
        from assistant.app.db import Task  # noqa: PLC0415

        with app.sessions() as s:
            task = s.get(Task, tid)
            kinds = [(e.kind, e.text) for e in store.history(s, task)]
        assert ("notes", NOTES) in kinds and ("notes", second_notes) in kinds
        drafts = [text for kind, text in kinds if kind == "draft"]
        assert len(drafts) == 1 and drafts[0]
        assert kinds[-1][0] == "draft_failed"
        again = client.call("next_task", [])  # the page reloaded: the latest notes and the good draft
        assert second_notes in again.data and any(drafts[0] in str(v) for v in again.data)


@pytest.mark.parametrize("answer", ["not json", "A red bus is on the"], ids=["garbage", "cut"])
def test_an_unusable_answer_still_gives_a_draft_that_carries_every_note(tmp_path, answer):
    """An answer that is garbage or cut off is not a lost draft: the annotator gets a draft (a
    caption keeps missing notes verbatim; a rewrite keeps the original) whose stored check
    says exactly what it lacks. (Every answer empty is a model failure: see below.)"""
    from tests.gradio_http import Client  # noqa: PLC0415
    from tests.serve_process import task_id  # noqa: PLC0415

    with running_app(tmp_path, outputs=[answer] * 5) as (url, _, app, fake):
        client = Client(url, "ann", "ann-password")
        tid = task_id(client.call("next_task", []).data[1])
        done = client.call("compose", [tid, NOTES, [], None, *no_marks()])
        assert done.status == "complete"
        from assistant.app import store  # noqa: PLC0415
        from assistant.app.db import Task  # noqa: PLC0415

        with app.sessions() as s:
            draft = store.latest(s, s.get(Task, tid), "draft")
        from assistant.check import CheckReport, check_draft  # noqa: PLC0415
        from assistant.notes import split_notes  # noqa: PLC0415

        with app.sessions() as s:
            original = s.get(Task, tid).payload.get("response")
        assert draft.text and draft.data["check"]["facts"]
        assert CheckReport.model_validate(draft.data["check"]) == check_draft(split_notes(NOTES), draft.text,
                                                                              original=original)


# ---------------------------------------------------------------- issue 22, finding 8


def test_a_hanging_model_ends_at_the_compose_deadline_not_after_every_retry(stub):
    """300 s per call and 5 attempts held a page for 25 minutes; the compose deadline ends it."""
    import time  # noqa: PLC0415

    stub.next_action = lambda messages: Fault("hang", seconds=30)
    spec = llm.started(_spec(stub, deadline=1.5, timeout=300.0).model_copy(update={"retries": 4}))
    for call in (lambda: llm.complete(MESSAGES, spec, wait_max=0.1), lambda: "".join(llm.stream(MESSAGES, spec))):
        began = time.monotonic()
        with pytest.raises(llm.DeadlineError, match=r"did not finish within 1.5 s"):
            call()
        assert time.monotonic() - began < 4
    stub.release.set()


def test_the_compose_deadline_is_90_s_on_the_embedded_model_and_set_by_spec_or_environment(monkeypatch):
    monkeypatch.delenv(llm.DEADLINE_ENV, raising=False)
    assert llm.deadline_s(llm.ModelSpec()) == 90.0
    assert llm.deadline_s(llm.ModelSpec(model="openai/x")) == 300.0
    monkeypatch.setenv(llm.DEADLINE_ENV, "12")
    assert llm.deadline_s(llm.ModelSpec()) == 12.0
    assert llm.deadline_s(llm.ModelSpec(deadline=5)) == 5.0  # the spec wins
    assert "ends_at" not in llm.started(llm.ModelSpec()).model_dump()  # a moment, not a setting


def _slow(seconds: float, text: str = GOOD):
    def answer(messages):
        import time  # noqa: PLC0415

        time.sleep(seconds)
        return text
    return answer


def test_the_app_says_in_one_line_when_the_compose_deadline_passes(tmp_path, monkeypatch):
    from tests.gradio_http import Client  # noqa: PLC0415
    from tests.serve_process import task_id  # noqa: PLC0415

    monkeypatch.setenv(llm.DEADLINE_ENV, "1")
    with running_app(tmp_path, outputs=[_slow(2.5)] * 5) as (url, _, app, fake):
        client = Client(url, "ann", "ann-password")
        tid = task_id(client.call("next_task", []).data[1])
        failed = client.call("compose", [tid, NOTES, [], None, *no_marks()])
        assert failed.status == "error"
        message = failed.data["error"]
        assert "did not finish within 1 s" in message and "your notes are saved" in message and "\n" not in message
        assert len(fake.calls) == 1  # no retry after the deadline


def test_empty_answers_are_a_model_failure_with_the_raw_answers_kept(tmp_path):
    """A provider that answers 200 with nothing: before, the notes came back verbatim as the
    draft with no word of a failure."""
    from tests.gradio_http import Client  # noqa: PLC0415
    from tests.serve_process import task_id  # noqa: PLC0415
    from assistant.app import store  # noqa: PLC0415
    from assistant.app.db import Task  # noqa: PLC0415

    with running_app(tmp_path, outputs=[""] * 20) as (url, _, app, fake):
        client = Client(url, "ann", "ann-password")
        tid = task_id(client.call("next_task", []).data[1])
        failed = client.call("compose", [tid, NOTES, [], None, *no_marks()])
        assert failed.status == "error" and "empty answer" in failed.data["error"]
        with app.sessions() as s:
            task = s.get(Task, tid)
            assert store.latest(s, task, "draft") is None
            event = store.latest(s, task, "draft_failed")
            assert "empty answer" in event.data["error"] and event.data["raw_outputs"]
            assert set(event.data["raw_outputs"]) == {""}


def test_the_cli_reports_empty_answers_in_one_line(tmp_path, capsys):
    from assistant.llm.fake import FakeModel  # noqa: PLC0415

    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES)
    with FakeModel([""] * 10).installed():
        code = main(["compose", "--kind", "caption", "--notes", str(notes), "--model", "fake/test"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "empty answer" in err
