"""Pacing against the provider's rate limits: how many tasks are in flight (AIMD), and what
becomes of a task it rate-limited."""

from __future__ import annotations

import threading
import time

from assistant.batch.drafting import RateLimited, failed
from assistant.batch.results import BatchResult
from assistant.batch.tasks import Pending
from assistant.errors import one_line

#: A task rate-limited this many times is recorded as failed.
MAX_RATE_LIMITED = 8
#: Seconds a rate-limited task waits before it goes back in the queue (times its count).
RATE_LIMIT_PAUSE = 1.0


def after_rate_limit(pending: Pending, error: RateLimited, tries: int) -> BatchResult | None:
    """A task the provider rate-limited (`tries` times before): its failed result once it has
    been MAX_RATE_LIMITED times; otherwise None, after the pause it waits before it goes back
    in the queue."""
    if tries + 1 >= MAX_RATE_LIMITED:
        return failed(pending, f"rate-limited {MAX_RATE_LIMITED} times: {one_line(error)}", time.perf_counter())
    time.sleep(RATE_LIMIT_PAUSE * (tries + 1))
    return None


class Limiter:
    """At most `limit` tasks in flight; a 429 halves the limit, and every `limit` successes
    in a row raise it by one again, up to the concurrency asked for (AIMD, as TCP does)."""

    def __init__(self, limit: int):
        self.ceiling = self.limit = max(1, limit)
        self.active = 0
        self._streak = 0
        self._cond = threading.Condition()

    def acquire(self) -> None:
        with self._cond:
            while self.active >= self.limit:
                self._cond.wait()
            self.active += 1

    def cancel(self) -> None:
        """Gives back a slot that was not used (no task came): not a success."""
        with self._cond:
            self.active -= 1
            self._cond.notify_all()

    def release(self, rate_limited: bool = False) -> None:
        with self._cond:
            self.active -= 1
            if rate_limited:
                self.limit, self._streak = max(1, self.limit // 2), 0
            else:
                self._streak += 1
                if self._streak >= self.limit and self.limit < self.ceiling:
                    self.limit, self._streak = self.limit + 1, 0
            self._cond.notify_all()
