"""Streamed answers: iterate for text pieces, then read the whole."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from assistant.errors import ModelError
from assistant.llm.deadline import past_deadline, timed
from assistant.llm.providers import load_litellm
from assistant.llm.request import request_kwargs
from assistant.llm.retries import model_error, retrying
from assistant.llm.spec import ModelSpec, fallback_call
from assistant.llm.usage import Completion, recorded, usage_of


class Stream:
    """A streamed answer: iterate it for text pieces; afterwards `.completion` holds the whole.

    Transient errors before the first piece are retried; after it, a retry would repeat text
    the caller has shown, so the error is raised. Leaving the loop early ends a runaway
    answer; the text so far is kept in `.completion`.
    """

    def __init__(self, messages: list[dict], spec: ModelSpec, *, schema: dict | None = None,
                 schema_name: str = "output", wait_max: float = 8.0):
        self._kwargs = request_kwargs(messages, spec, schema, schema_name)
        self._request = (messages, schema, schema_name)
        self._spec = spec
        self._wait_max = wait_max
        self.completion: Completion | None = None

    def __iter__(self) -> Iterator[str]:
        started = time.perf_counter()
        pieces: list[str] = []
        usage: Any = None
        finish = ""
        try:
            chunks = self._open_or_fall_back()
            for chunk in chunks:
                usage = getattr(chunk, "usage", None) or usage
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                finish = getattr(choice, "finish_reason", None) or finish
                piece = choice.delta.content if choice.delta else None
                if piece:
                    pieces.append(piece)
                    yield piece
                if (late := past_deadline(self._spec)) is not None:  # a model that streams on and on
                    raise late
        except GeneratorExit:
            finish = finish or "stopped"
            raise
        except Exception as exc:
            raise model_error(exc, self._spec) from exc
        finally:
            self.completion = Completion(text="".join(pieces), usage=usage_of(usage), model=self._spec.model,
                                         latency_s=time.perf_counter() - started, finish_reason=finish)
            recorded(self.completion)

    def _open_or_fall_back(self) -> Iterator[Any]:
        """The primary's chunks; when it still fails after its retries (nothing was shown yet),
        the fallback's, and the completion then names the fallback's model."""
        try:
            return self._open()
        except Exception as exc:
            if self._spec.fallback is None:
                raise
            primary = self._spec
            self._spec = fallback_call(primary)
            messages, schema, schema_name = self._request
            self._kwargs = request_kwargs(messages, self._spec, schema, schema_name)
            try:
                return self._open()
            except Exception as second:
                raise ModelError(f"{model_error(exc, primary)}; fallback {self._spec.model!r}: "
                                 f"{model_error(second, self._spec)}") from second

    def _open(self) -> Iterator[Any]:
        """The chunk iterator with its first chunk received, retried while errors are transient."""
        litellm = load_litellm()
        for attempt in retrying(self._spec, self._wait_max):
            with attempt:
                chunks = iter(litellm.completion(**timed(self._kwargs, self._spec), stream=True,
                                                 stream_options={"include_usage": True}))
                first = next(chunks, None)
                return _prepend(first, chunks)
        raise AssertionError("unreachable")


def _prepend(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    if first is not None:
        yield first
    yield from rest


def stream(messages: list[dict], spec: ModelSpec, *, schema: dict | None = None, schema_name: str = "output",
           wait_max: float = 8.0) -> Stream:
    """A streamed chat completion (see `Stream`)."""
    return Stream(messages, spec, schema=schema, schema_name=schema_name, wait_max=wait_max)
