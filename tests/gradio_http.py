"""Calls to the running app's Gradio API over plain HTTP, as any outside client could make
them: sign in through /login (the session cookie), then /gradio_api/call/<api_name> (through
the queue), or /gradio_api/run/<api_name> (the direct door, which this app keeps shut)."""

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
        self._inputs: dict[str, list[bool]] | None = None
        if name is not None:
            response = self.http.post(f"{self.url}/login", data={"username": name, "password": password or ""})
            response.raise_for_status()

    def run(self, api_name: str, data: list[Any]) -> Outcome:
        """The direct call Gradio offers for an event: one POST, no queue."""
        posted = self.http.post(f"{self.url}/gradio_api/run/{api_name}",
                                json={"data": self._with_states(api_name, data), "session_hash": self.session_hash})
        if posted.status_code == 200:
            return Outcome("complete", posted.json()["data"])
        try:
            error = posted.json()
        except json.JSONDecodeError:
            error = None
        if posted.status_code == 500 and isinstance(error, dict) and "error" in error:
            return Outcome("error", error["error"], 500)  # the handler's gr.Error, as the queue reports it
        return Outcome("refused", posted.text, posted.status_code)

    def close(self) -> None:
        self.http.close()

    def _with_states(self, api_name: str, data: list[Any]) -> list[Any]:
        """A direct call takes every input, gr.State ones included (their values live on the
        server); the API describes the others only. Given those, put None where a State goes."""
        if self._inputs is None:
            config = self.http.get(f"{self.url}/config")
            kinds = {c["id"]: c.get("type") for c in config.json()["components"]} if config.status_code == 200 else {}
            self._inputs = {d["api_name"]: [kinds.get(i) == "state" for i in d["inputs"]]
                            for d in (config.json()["dependencies"] if kinds else []) if d.get("api_name")}
        states = self._inputs.get(api_name, [])
        if len(data) != len(states) and len(data) == states.count(False):
            values = iter(data)
            return [None if state else next(values) for state in states]
        return data

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
