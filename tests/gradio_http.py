"""Calls to the running app's Gradio API over plain HTTP, as any outside client could make
them: sign in through /login (the session cookie), then /gradio_api/call/<api_name>."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class Outcome:
    """The end of one API call: `complete` with the outputs, `error` with Gradio's message,
    or `refused` with the HTTP status when the server would not take the call at all."""

    status: str
    data: Any = None
    http: int = 200

    @property
    def text(self) -> str:
        return json.dumps(self.data) if not isinstance(self.data, str) else self.data


class Client:
    def __init__(self, url: str, name: str | None = None, password: str | None = None, timeout: float = 60.0):
        self.url = url.rstrip("/")
        self.http = httpx.Client(timeout=timeout, follow_redirects=False)
        # one session, as one browser tab: the page's gr.State (the task held, its version)
        # lives on the server under this hash
        self.session_hash = secrets.token_hex(8)
        if name is not None:
            response = self.http.post(f"{self.url}/login", data={"username": name, "password": password or ""})
            response.raise_for_status()

    def close(self) -> None:
        self.http.close()

    def call(self, api_name: str, data: list[Any]) -> Outcome:
        posted = self.http.post(f"{self.url}/gradio_api/call/{api_name}", json={"data": data, "session_hash": self.session_hash})
        if posted.status_code != 200:
            return Outcome("refused", posted.text, posted.status_code)
        event_id = posted.json()["event_id"]
        with self.http.stream("GET", f"{self.url}/gradio_api/call/{api_name}/{event_id}") as stream:
            if stream.status_code != 200:
                return Outcome("refused", stream.read().decode(), stream.status_code)
            return _last_event(stream.iter_lines())


def _last_event(lines) -> Outcome:
    event, last = None, Outcome("error", "the stream ended without a result")
    for line in lines:
        if line.startswith("event: "):
            event = line.removeprefix("event: ").strip()
        elif line.startswith("data: ") and event in ("complete", "error"):
            raw = line.removeprefix("data: ")
            try:
                data = json.loads(raw)
            except json.JSONDecodeError:
                data = raw
            last = Outcome(event, data)
            if event in ("complete", "error"):
                break
    return last
