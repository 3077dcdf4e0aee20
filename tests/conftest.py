"""Test-wide guards: no real network, no real providers, a private data directory."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from assistant import llm
from assistant.llm.fake import FakeModel

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _loopback_only(address) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and host in ("localhost", ""):
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass  # a unix socket path or hostname: hostnames would need DNS, which is network
    if isinstance(address, (str, bytes)):
        return  # AF_UNIX (PostgreSQL's socket)
    raise RuntimeError(f"network access blocked in tests: {address!r}")


def _guarded_connect(self, address):
    _loopback_only(address)
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    _loopback_only(address)
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch, tmp_path_factory):
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(llm, "ALLOW_MODEL_REQUESTS", False)
    for var in ("ANNOTATION_ASSISTANT_MODEL", "ANNOTATION_ASSISTANT_API_BASE", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    yield


@pytest.fixture
def fake():
    """A scriptable fake model behind the real litellm seam, as model 'fake/test'."""
    model = FakeModel()
    with model.installed():
        yield model


@pytest.fixture
def fake_spec():
    return llm.ModelSpec(model="fake/test", retries=3)


def caption_output(*sentences, questions=()):
    """A model answer in the compose schema: (text, [note ids]) pairs."""
    return {
        "sentences": [{"text": t, "notes": list(ids)} for t, ids in sentences],
        "questions": [{"question": q, "note": n} for q, n in questions],
    }


def write_png(path, colour=(200, 30, 30)) -> None:
    """A real, tiny PNG: imports check that a task's image is a readable image."""
    from PIL import Image  # noqa: PLC0415

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (4, 4), colour).save(path)


def import_images(session, project, folder, names, file="items.jsonl"):
    """Caption tasks through the real import path: a PNG per item id in `folder`, and a JSONL
    file there naming them, imported into `project` in that order."""
    import json  # noqa: PLC0415

    from assistant.app import projects  # noqa: PLC0415

    for name in names:
        write_png(folder / f"{name}.png")
    (folder / file).write_text("".join(json.dumps({"id": n, "image": f"{n}.png"}) + "\n" for n in names))
    return projects.import_tasks(session, project, str(folder / file))
