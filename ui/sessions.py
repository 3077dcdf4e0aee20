"""Sign-ins that expire.

Gradio keeps each sign-in as a token in the server's memory and never forgets it. Here the
token table is replaced by one that forgets a token `ttl` seconds after the sign-in, so a
stolen or forgotten session cookie stops working (the page asks to sign in again).

The tokens live in this process only: with several app processes behind a load balancer,
a browser must stay on the process it signed in to (sticky sessions; see the README).
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import gradio as gr

SESSION_ENV = "ANNOTATION_ASSISTANT_SESSION_HOURS"
SESSION_HOURS = 12.0  # one working day: an annotator signs in once per shift


def session_seconds() -> float:
    try:
        return float(os.environ.get(SESSION_ENV) or SESSION_HOURS) * 3600
    except ValueError:
        return SESSION_HOURS * 3600


class ExpiringTokens(dict):
    """A dict of token -> user name whose entries vanish `ttl` seconds after they were set."""

    def __init__(self, ttl: float, clock=time.monotonic):
        super().__init__()
        self.ttl = ttl
        self.clock = clock
        self.born: dict[Any, float] = {}
        self.lock = threading.Lock()

    def __setitem__(self, token, user) -> None:
        with self.lock:
            self.born[token] = self.clock()
            super().__setitem__(token, user)

    def __delitem__(self, token) -> None:
        with self.lock:
            self.born.pop(token, None)
            super().__delitem__(token)

    def _alive(self, token) -> bool:
        with self.lock:
            born = self.born.get(token)
            if born is None or self.clock() - born <= self.ttl:
                return super().__contains__(token)
            self.born.pop(token, None)
            super().pop(token, None)
            return False

    def __contains__(self, token) -> bool:
        return self._alive(token)

    def __getitem__(self, token):
        if not self._alive(token):
            raise KeyError(token)
        return super().__getitem__(token)

    def get(self, token, default=None):
        return super().get(token, default) if self._alive(token) else default


def expire_sign_ins(demo: gr.Blocks, ttl: float | None = None) -> ExpiringTokens:
    """Make the launched app's sign-ins expire after `ttl` seconds (default: session_seconds())."""
    server = demo.server_app
    tokens = ExpiringTokens(session_seconds() if ttl is None else ttl)
    for token, user in dict(server.tokens).items():
        tokens[token] = user
    server.tokens = tokens
    return tokens
