"""Sign-in that slows down a guesser.

Gradio hands the auth function the name and password only. `ClientAddress` (an ASGI
middleware given to the app at launch) puts each request's client address where the auth
function finds it, and `SignInGuard` keeps the failures:

- per address: after FREE failures (any names) within WINDOW_S, the address is refused for
  2, 4, 8, ... seconds (at most MAX_LOCK_S) after each further attempt, refused ones included,
  the right password included: it is not even checked;
- per name and address: the same, so one address cannot keep guessing one name;
- per name, over all addresses: past FREE failures, each further wrong answer for that name
  comes back after a growing delay (at most MAX_DELAY_S). A name is never locked as a whole:
  the right password from an address that has not been failing still signs in at once, so an
  attacker cannot lock a real user out.

Failures live in this process's memory (like the sign-ins themselves); a restart forgets them.
The address is the TCP peer's: behind a proxy every request has the proxy's address, and the
per-address rule then applies to all users together (see the README).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextvars import ContextVar

import anyio

CLIENT: ContextVar[str] = ContextVar("client_address", default="")

FREE = 5
WINDOW_S = 15 * 60.0
MAX_LOCK_S = 15 * 60.0
MAX_DELAY_S = 5.0


class ClientAddress:
    """ASGI middleware: the request's client address, for the auth function (same task)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            client = scope.get("client")
            CLIENT.set(client[0] if client else "")
        await self.app(scope, receive, send)


class SignInGuard:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.failures: dict[tuple, list[float]] = {}
        self.lock = threading.Lock()

    def _recent(self, key: tuple) -> list[float]:
        cutoff = self.clock() - WINDOW_S
        kept = [t for t in self.failures.get(key, []) if t > cutoff]
        if kept:
            self.failures[key] = kept
        else:
            self.failures.pop(key, None)
        return kept

    def _locked_for(self, key: tuple) -> float:
        recent = self._recent(key)
        if len(recent) < FREE:
            return 0.0
        lock = min(2.0 ** (len(recent) - FREE + 1), MAX_LOCK_S)
        return max(0.0, recent[-1] + lock - self.clock())

    def attempt(self, name: str, address: str) -> bool:
        """Whether this address may try this name now. An allowed attempt counts as a failure
        at once (and is taken back on success): 48 guesses sent in parallel are not all
        checked before the first failure is counted."""
        with self.lock:
            at = self.clock()
            refused = max(self._locked_for(("address", address)), self._locked_for(("pair", name, address))) > 0
            # a refused attempt counts too: an address that keeps trying keeps itself waiting
            for key in (("address", address), ("pair", name, address)) + ((("name", name),) if not refused else ()):
                self.failures.setdefault(key, []).append(at)
            return not refused

    def delay_s(self, name: str) -> float:
        """How long to hold a wrong answer for `name`: growing past FREE recent failures."""
        with self.lock:
            over = len(self._recent(("name", name))) - FREE
        return min(0.25 * 2.0 ** over, MAX_DELAY_S) if over > 0 else 0.0

    def succeeded(self, name: str, address: str) -> None:
        with self.lock:
            self.failures.pop(("pair", name, address), None)
            self.failures.pop(("address", address), None)
            recent = self.failures.get(("name", name))
            if recent:
                recent.pop()


def guarded(authenticate: Callable[[str, str], bool], guard: SignInGuard):
    """Gradio's auth function: refused while the address backs off; otherwise the password is
    checked in a worker thread (scrypt takes ~0.2 s by design and would stall the event loop)."""

    async def signed_in(name: str, password: str) -> bool:
        address = CLIENT.get()
        if not guard.attempt(name, address):
            return False
        if await anyio.to_thread.run_sync(authenticate, name, password):
            guard.succeeded(name, address)
            return True
        if delay := guard.delay_s(name):
            await anyio.sleep(delay)
        return False

    return signed_in
