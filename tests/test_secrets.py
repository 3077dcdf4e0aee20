"""Provider keys come from the environment and never show: not in the page, the CLI, the
server's log, nor anywhere in the database, even when the provider quotes the key back."""

from __future__ import annotations

import os
import signal
import sqlite3

import pytest

from assistant import llm
from assistant.cli import main
from assistant.errors import ModelError
from tests.gradio_http import Client
from tests.serve_process import FAKE_KEY, start, task_id
from tests.stub_openai import Fault, StubOpenAI
from tests.test_crash import populate
from assistant_ui.kind_fields import no_marks

MESSAGES = [{"role": "user", "content": "hello"}]


def _dump(path) -> str:
    with sqlite3.connect(path) as connection:
        return "\n".join(connection.iterdump())


def test_a_key_quoted_back_by_the_provider_never_reaches_page_log_or_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    populate(url, tasks=2)
    log = tmp_path / "serve.log"
    with StubOpenAI() as stub:
        stub.next_action = lambda messages: Fault("echo_key", 400)
        server, base = start(url, stub.url, log=log)
        try:
            client = Client(base, "ann", "ann-password")
            tid = task_id(client.call("next_task", []).data[1])
            failed = client.call("compose", [tid, "the policy is 30 days", [], None, *no_marks()])
            stub.next_action = lambda messages: Fault("echo_key", 503)  # retried, then reported
            failed_again = client.call("compose", [tid, "the policy is 30 days\nreceipt needed", [], None, *no_marks()])
        finally:
            os.kill(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        assert FAKE_KEY in str(stub.requests[0]["headers"])  # the key was sent, and quoted back
    for outcome in (failed, failed_again):
        assert outcome.status == "error" and "the model failed" in outcome.data["error"]
        assert FAKE_KEY not in outcome.text and "[redacted]" in outcome.text
    assert FAKE_KEY not in log.read_text()
    dump = _dump(tmp_path / "keys.db")
    assert "draft_failed" in dump and FAKE_KEY not in dump


def test_an_explicit_key_and_the_cli_never_show_it(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(llm, "ALLOW_MODEL_REQUESTS", True)
    explicit = "sk-explicit-NOT-IN-ENV-42x9"
    with StubOpenAI() as stub:
        stub.next_action = lambda messages: Fault("echo_key", 401)
        with pytest.raises(ModelError) as raised:
            llm.complete(MESSAGES, llm.ModelSpec(model="openai/x", api_base=stub.url, api_key=explicit))
        assert explicit not in str(raised.value)
        assert explicit not in repr(llm.ModelSpec(model="openai/x", api_key=explicit))
        monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
        notes = tmp_path / "n.txt"
        notes.write_text("red bus\n")
        code = main(["compose", "--kind", "caption", "--notes", str(notes), "--model", "openai/x",
                     "--api-base", stub.url])
    captured = capsys.readouterr()
    assert code == 2 and FAKE_KEY not in captured.err + captured.out
