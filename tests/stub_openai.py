"""A misbehaving OpenAI-compatible server on loopback, for fault injection and for driving a
real `annotation-assistant serve` process (`--model openai/x --api-base URL`).

Each request pops the next scripted action; when the script is empty, `default` answers.
An action is a callable (messages -> dict or str: a normal answer) or a Fault.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


@dataclass
class Fault:
    """status: an HTTP error; "echo_key": an HTTP error quoting the Authorization header; "hang": wait for `release` (or `seconds`); "malformed": invalid
    JSON body; "empty": an empty answer; "length": `text` cut at the token limit; "drop":
    close the connection without an answer."""

    kind: str
    status: int = 500
    text: str = ""
    seconds: float = 30.0


class StubOpenAI:
    def __init__(self, default: Callable[[list[dict]], Any] | None = None):
        self.script: deque = deque()
        self.default = default
        self.requests: list[dict] = []
        self.received = threading.Event()
        self.release = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> "StubOpenAI":
        self.thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def next_action(self, messages: list[dict]) -> Any:
        action = self.script.popleft() if self.script else self.default
        if action is None:
            return Fault("status", 500, "no scripted answer")
        return action if isinstance(action, Fault) else action(messages)

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                stub.requests.append({"body": body, "headers": dict(self.headers)})
                stub.received.set()
                action = stub.next_action(body.get("messages", []))
                try:
                    if isinstance(action, Fault):
                        return self.fault(action, body)
                    text = action if isinstance(action, str) else json.dumps(action)
                    self.answer(body, text, "stop")
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client went away (a killed app server): nothing to answer

            def fault(self, fault: Fault, body: dict) -> None:
                if fault.kind == "status":
                    return self.send_json(fault.status, {"error": {"message": fault.text or "stub failure",
                                                                   "type": "server_error", "code": fault.status}})
                if fault.kind == "echo_key":  # a provider that quotes the credentials it got
                    return self.send_json(fault.status, {"error": {
                        "message": f"bad request with {self.headers.get('Authorization')}", "type": "error"}})
                if fault.kind == "hang":
                    stub.release.wait(fault.seconds)
                    return self.answer(body, fault.text or "{}", "stop")
                if fault.kind == "malformed":
                    return self.send_raw(200, b'{"choices": [ this is not json', "application/json")
                if fault.kind == "empty":
                    return self.answer(body, "", "stop")
                if fault.kind == "length":
                    return self.answer(body, fault.text, "length")
                if fault.kind == "drop":
                    self.close_connection = True
                    return
                raise ValueError(fault.kind)

            def answer(self, body: dict, text: str, finish: str) -> None:
                if not body.get("stream"):
                    return self.send_json(200, {
                        "id": "stub-1", "object": "chat.completion", "created": int(time.time()),
                        "model": body.get("model", "x"),
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                     "finish_reason": finish}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
                chunks = [text[i:i + 24] for i in range(0, len(text), 24)] or [""]
                events = [{"id": "stub-1", "object": "chat.completion.chunk", "created": 0, "model": "x",
                           "choices": [{"index": 0, "delta": {"content": c}, "finish_reason": None}]}
                          for c in chunks]
                events.append({"id": "stub-1", "object": "chat.completion.chunk", "created": 0, "model": "x",
                               "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
                payload = b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"
                self.send_raw(200, payload, "text/event-stream")

            def send_json(self, status: int, obj: dict) -> None:
                self.send_raw(status, json.dumps(obj).encode(), "application/json")

            def send_raw(self, status: int, payload: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        return Handler
