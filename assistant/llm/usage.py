"""What a call used and cost: the Completion it returns, and a record of every call made."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from pydantic import BaseModel

from assistant.llm.providers import load_litellm, unpriced
from assistant.llm.spec import ModelSpec


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: "Usage") -> "Usage":
        return Usage(prompt_tokens=self.prompt_tokens + other.prompt_tokens,
                     completion_tokens=self.completion_tokens + other.completion_tokens)


class Completion(BaseModel):
    """One model answer."""

    text: str
    usage: Usage
    latency_s: float
    """Wall time of the call, retries included."""
    model: str
    finish_reason: str = ""
    """"stop"; "length" when the answer was cut at max_tokens; "stopped" when the caller ended it."""
    priced: bool = False
    """Whether litellm priced this answer when it made it (then `cost` is its price, None for a
    model its price list lacks); otherwise `cost_usd` prices it afterwards."""
    cost: float | None = None


def usage_of(usage: Any) -> Usage:
    """A provider's usage object (or None) as Usage."""
    return Usage(prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                 completion_tokens=getattr(usage, "completion_tokens", 0) or 0)


def response_cost(response: Any, spec: ModelSpec) -> float | None:
    """The price litellm put on the answer as it made it (pricing it again costs about 0.3 ms
    of CPU a call, which batch drafting at 200 calls a second feels)."""
    if unpriced(spec.model):
        return None
    hidden = getattr(response, "_hidden_params", None) or {}
    cost = hidden.get("response_cost") if isinstance(hidden, dict) else getattr(hidden, "response_cost", None)
    return float(cost) if isinstance(cost, (int, float)) else None


def cost_usd(model: str, usage: Usage) -> float | None:
    """What litellm's price list says the tokens cost, or None for a model it has no price for
    (local models, custom servers)."""
    if unpriced(model):
        return None
    try:
        prompt, completion = load_litellm().cost_per_token(model=model, prompt_tokens=usage.prompt_tokens,
                                                           completion_tokens=usage.completion_tokens)
    except Exception:  # noqa: BLE001 - an unknown model has no price, which is not an error
        return None
    return float(prompt + completion)


_RECORDS: ContextVar[list[Completion] | None] = ContextVar("completion_records", default=None)


@contextlib.contextmanager
def record_completions() -> Iterator[list[Completion]]:
    """Collects every Completion made in this context (this thread): which model answered
    each call (a fallback's too) and what it used, whatever layer made the calls."""
    records: list[Completion] = []
    token = _RECORDS.set(records)
    try:
        yield records
    finally:
        _RECORDS.reset(token)


def recorded(completion: Completion) -> None:
    records = _RECORDS.get()
    if records is not None:
        records.append(completion)
