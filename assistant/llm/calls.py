"""One chat completion, retried on transient errors, answered by the fallback when the
primary still fails."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from assistant.errors import ModelError
from assistant.llm.deadline import CALL_ENDS_AT, timed
from assistant.llm.providers import load_litellm
from assistant.llm.request import request_kwargs
from assistant.llm.retries import model_error, retrying
from assistant.llm.spec import ModelSpec, fallback_call
from assistant.llm.streaming import stream
from assistant.llm.usage import Completion, recorded, response_cost, usage_of


def complete(
    messages: list[dict],
    spec: ModelSpec,
    *,
    schema: dict | None = None,
    schema_name: str = "output",
    on_token: Callable[[str], None] | None = None,
    wait_max: float = 8.0,
) -> Completion:
    """One chat completion, retried on transient errors; streams to `on_token` if given."""
    if on_token is not None:
        response = stream(messages, spec, schema=schema, schema_name=schema_name, wait_max=wait_max)
        for piece in response:
            on_token(piece)
        assert response.completion is not None
        return response.completion
    kwargs = request_kwargs(messages, spec, schema, schema_name)
    try:
        for attempt in retrying(spec, wait_max):
            with attempt:
                return _call(timed(kwargs, spec), spec)
    except Exception as exc:
        if spec.fallback is not None:
            return fall_back(messages, spec, exc, schema=schema, schema_name=schema_name, wait_max=wait_max)
        raise model_error(exc, spec) from exc
    raise AssertionError("unreachable")


def _call(kwargs: dict, spec: ModelSpec) -> Completion:
    start = time.perf_counter()
    token = CALL_ENDS_AT.set(spec.ends_at)
    try:
        response = load_litellm().completion(**kwargs)
    finally:
        CALL_ENDS_AT.reset(token)
    choice = response.choices[0]
    completion = Completion(
        text=choice.message.content or "",
        usage=usage_of(getattr(response, "usage", None)),
        latency_s=time.perf_counter() - start,
        model=spec.model,
        finish_reason=getattr(choice, "finish_reason", "") or "",
        priced=True,
        cost=response_cost(response, spec),
    )
    recorded(completion)
    return completion


def fall_back(messages: list[dict], spec: ModelSpec, error: BaseException, **kwargs: Any) -> Completion:
    """The primary failed after its retries: its fallback answers (with its own retries), and
    the Completion names the fallback's model. A plain second attempt rather than litellm's
    Router: tenacity already owns retries here, and the Router's would stack on them."""
    fallback = fallback_call(spec)
    try:
        return complete(messages, fallback, **kwargs)
    except ModelError as second:
        raise ModelError(f"{model_error(error, spec)}; fallback {fallback.model!r}: {second}") from second
