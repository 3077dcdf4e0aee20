import socket

import pytest

from assistant import llm
from assistant.errors import BadInputError, ModelError
from assistant.llm.fake import FakeHTTPError

MESSAGES = [{"role": "user", "content": "hi"}]


def test_transient_errors_are_retried(fake, fake_spec):
    fake.enqueue([FakeHTTPError(429, "slow down"), FakeHTTPError(503, "busy"), FakeHTTPError(500, "oops"), "done"])
    result = llm.complete(MESSAGES, fake_spec, wait_max=0.001)
    assert result.text == "done"
    assert len(fake.calls) == 4


def test_bad_request_is_not_retried(fake, fake_spec):
    fake.enqueue([FakeHTTPError(400, "bad request"), "never used"])
    with pytest.raises(ModelError, match="bad request"):
        llm.complete(MESSAGES, fake_spec, wait_max=0.001)
    assert len(fake.calls) == 1


def test_a_request_over_the_context_window_is_not_retried_and_says_so_in_one_line(fake, fake_spec):
    # as the embedded model fails it: its message, then the traceback litellm appends
    too_long = FakeHTTPError(500, "Requested tokens (8986) exceed context window of 8192\n"
                                  "Traceback (most recent call last):\n  File \"main.py\", line 1, in completion")
    fake.enqueue([too_long, "never used"])
    with pytest.raises(ModelError) as caught:
        llm.complete(MESSAGES, fake_spec, wait_max=0.001)
    assert len(fake.calls) == 1
    message = str(caught.value)
    assert "context window" in message and "shorten the notes" in message
    assert "Traceback" not in message and "\n" not in message


def test_retries_are_bounded(fake):
    spec = llm.ModelSpec(model="fake/test", retries=2)
    fake.enqueue([FakeHTTPError(503)] * 5)
    with pytest.raises(ModelError, match="after retries"):
        llm.complete(MESSAGES, spec, wait_max=0.001)
    assert len(fake.calls) == 3


def test_streaming_delivers_pieces_and_usage(fake, fake_spec):
    fake.chunk_size = 4
    fake.enqueue(["hello streaming world"])
    pieces = []
    result = llm.complete(MESSAGES, fake_spec, on_token=pieces.append)
    assert "".join(pieces) == "hello streaming world" and len(pieces) > 1
    assert result.usage.completion_tokens == 3


def test_schema_is_sent_as_response_format(fake, fake_spec):
    fake.enqueue(["{}"])
    llm.complete(MESSAGES, fake_spec, schema={"type": "object"}, schema_name="draft")
    sent = fake.calls[0]["params"]["response_format"]
    assert sent["type"] == "json_schema" and sent["json_schema"]["schema"] == {"type": "object"}


def test_real_providers_are_blocked_in_tests():
    with pytest.raises(ModelError, match="blocked"):
        llm.complete(MESSAGES, llm.ModelSpec(model="openai/gpt-4o-mini"))


def test_network_is_blocked_in_tests():
    with pytest.raises(RuntimeError, match="network access blocked"):
        socket.create_connection(("93.184.216.34", 80), timeout=1)


def test_model_resolution_order(monkeypatch):
    assert llm.resolve_spec().model == "embedded"
    monkeypatch.setenv("ANNOTATION_ASSISTANT_MODEL", "ollama/llama3")
    monkeypatch.setenv("ANNOTATION_ASSISTANT_API_BASE", "http://127.0.0.1:11434")
    spec = llm.resolve_spec()
    assert (spec.model, spec.api_base) == ("ollama/llama3", "http://127.0.0.1:11434")
    assert llm.resolve_spec("openai/gpt-4o-mini", "http://h").model == "openai/gpt-4o-mini"


def test_unknown_model_is_bad_input():
    with pytest.raises(BadInputError, match="unknown model"):
        llm.validate(llm.ModelSpec(model="no-such-provider-model-xyz"))
    llm.validate(llm.ModelSpec(model="hosted_vllm/qwen", api_base="http://127.0.0.1:8000/v1"))


def test_only_one_module_imports_litellm():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    importers = [p.relative_to(root).as_posix() for d in ("assistant", "ui") for p in (root / d).rglob("*.py")
                 if "import litellm" in p.read_text() or "from litellm" in p.read_text()]
    assert importers == ["assistant/llm/providers.py"]
