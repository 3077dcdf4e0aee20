"""A scriptable fake model for tests and benchmarks, used through the real litellm seam.

    fake = FakeModel()
    fake.enqueue([{"sentences": [...]}, FakeHTTPError(429, "slow down"), "not json"])
    with fake.installed():
        compose(task, spec=ModelSpec(model="fake/test"))

Each call pops the next item: a dict is sent as JSON, a string as is, an exception is
raised inside the provider (litellm maps its status_code to its own error classes, as for a
real provider), a callable gets the messages and returns any of these.

`scorer` (a function of one text, or None) answers `score`, the log-likelihood the embedded model
gives `llm.log_likelihoods`; with None the fake, like a hosted model, cannot score. `edit_scorer`
(a function of a text, an edit (start, end, replacement) and `expect`, returning the edit's gain or
None) answers `score_edits` (`llm.edit_gains`) the same way.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any


class FakeHTTPError(Exception):
    """An HTTP-style provider error: 429, 500, 503 are transient; 400 is not."""

    def __init__(self, status_code: int, message: str = "fake provider error"):
        super().__init__(message)
        self.status_code = status_code
        self.message = message


class FakeModel:
    provider = "fake"

    def __init__(self, outputs: list | None = None, *, chunk_size: int = 16,
                 scorer: Callable[[str], float] | None = None,
                 edit_scorer: Callable[[str, tuple[int, int, str], float], float | None] | None = None):
        self.queue: deque = deque(outputs or [])
        self.calls: list[dict[str, Any]] = []
        self.chunk_size = chunk_size
        self.scorer = scorer
        self.scored: list[list[str]] = []
        self.edit_scorer = edit_scorer
        self.edits_scored: list[str] = []

    def score(self, texts: list[str]) -> list[float] | None:
        self.scored.append(list(texts))
        return None if self.scorer is None else [float(self.scorer(t)) for t in texts]

    def score_edits(self, text: str, edits: list[tuple[int, int, str]], expect: float) -> list[float | None] | None:
        self.edits_scored.append(text)
        return None if self.edit_scorer is None else [self.edit_scorer(text, e, expect) for e in edits]

    def enqueue(self, outputs: list) -> "FakeModel":
        self.queue.extend(outputs)
        return self

    def stream(self, messages: list[dict], params: dict[str, Any]) -> Iterator[str | tuple[int, int]]:
        self.calls.append({"messages": [dict(m) for m in messages], "params": dict(params)})
        if not self.queue:
            raise AssertionError("FakeModel: no scripted output left for this call")
        item = self.queue.popleft()
        if isinstance(item, Callable) and not isinstance(item, type):  # type: ignore[arg-type]
            item = item(messages)
        if isinstance(item, BaseException):
            raise item
        text = item if isinstance(item, str) else json.dumps(item)
        for i in range(0, len(text), self.chunk_size):
            yield text[i : i + self.chunk_size]
        prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in messages)
        yield (prompt_tokens, len(text.split()))

    def installed(self, provider: str = "fake"):
        """Route `fake/...` model strings to this instance for the duration (a context manager)."""
        from assistant import llm  # noqa: PLC0415

        return llm.local_provider(provider, lambda: self)
