"""Sign-ins that expire, and that end when the user's password changes or they are signed out
everywhere.

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
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import gradio as gr

from assistant.app.db import now as db_now

SESSION_ENV = "ANNOTATION_ASSISTANT_SESSION_HOURS"
SESSION_HOURS = 12.0  # one working day: an annotator signs in once per shift


def session_seconds() -> float:
    try:
        return float(os.environ.get(SESSION_ENV) or SESSION_HOURS) * 3600
    except ValueError:
        return SESSION_HOURS * 3600


#: How long the users' "sessions from" moments are trusted before the database is asked
#: again: a new password or "sign out everywhere" (perhaps from another process) ends
#: sessions within this, and a busy server asks once per this for all users together (once
#: per user cost 2% of its CPU with 20 annotators, on the event loop: docs/RELIABILITY.md).
ENDED_CHECK_S = 2.0

#: every user's name -> the moment before which their sign-ins have ended (None: none ended);
#: a name that is missing is a user that no longer exists
EndedBefore = Callable[[], Mapping[str, "datetime | None"]]


class ExpiringTokens(dict):
    """A dict of token -> user name whose entries vanish `ttl` seconds after they were set,
    or once the user's sign-ins made before some moment have ended (`ended_before()`: a new
    password, "sign out everywhere", a deleted user; read from the database, kept ENDED_CHECK_S)."""

    def __init__(self, ttl: float, clock=time.monotonic, ended_before: EndedBefore | None = None):
        super().__init__()
        self.ttl = ttl
        self.clock = clock
        self.born: dict[Any, float] = {}
        self.issued: dict[Any, datetime] = {}  # wall clock: comparable with the database's moments
        self.ended_before = ended_before
        self.snapshot: tuple[float, Mapping[str, datetime | None]] | None = None
        self.check_s = ENDED_CHECK_S
        self.lock = threading.Lock()

    def __setitem__(self, token, user) -> None:
        with self.lock:
            self.born[token] = self.clock()
            self.issued[token] = db_now()
            super().__setitem__(token, user)

    def _ended(self, token) -> bool:
        """Whether the token's user has had their sign-ins ended since it was issued."""
        if self.ended_before is None or token not in self.issued:
            return False
        name = super().get(token)
        at = self.clock()
        # a user added since the last look (signed in just now) is looked up, not taken as gone
        if self.snapshot is None or at - self.snapshot[0] > self.check_s or \
                (name not in self.snapshot[1] and self.born[token] >= self.snapshot[0]):
            self.snapshot = (at, self.ended_before())
        ended = self.snapshot[1]
        if name not in ended:
            return True
        return ended[name] is not None and self.issued[token] < ended[name]

    def __delitem__(self, token) -> None:
        with self.lock:
            self.born.pop(token, None)
            super().__delitem__(token)

    def _alive(self, token) -> bool:
        with self.lock:
            born = self.born.get(token)
            if (born is None or self.clock() - born <= self.ttl) and not self._ended(token):
                return super().__contains__(token)
            self.born.pop(token, None)
            self.issued.pop(token, None)
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


def expire_sign_ins(demo: gr.Blocks, ttl: float | None = None,
                    ended_before: EndedBefore | None = None) -> ExpiringTokens:
    """Make the launched app's sign-ins expire after `ttl` seconds (default: session_seconds())
    and end when `ended_before()` says so."""
    server = demo.server_app
    tokens = ExpiringTokens(session_seconds() if ttl is None else ttl, ended_before=ended_before)
    for token, user in dict(server.tokens).items():
        tokens[token] = user
    server.tokens = tokens
    return tokens
