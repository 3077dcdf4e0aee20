"""A compose's deadline: one budget for every call and retry it makes."""

from __future__ import annotations

import os
import time
from contextvars import ContextVar
from typing import Any

from assistant.errors import ModelError
from assistant.llm.spec import EMBEDDED, ModelSpec

DEADLINE_ENV = "ANNOTATION_ASSISTANT_COMPOSE_DEADLINE"
#: A compose's whole budget, retries included. A hanging provider otherwise held a page for
#: timeout x attempts (300 s x 5, 25 minutes) with nothing on screen. The embedded model
#: composes a caption in 5-20 s here; a remote provider may queue for longer.
DEADLINE_S = {EMBEDDED: 90.0, "default": 300.0}

#: The deadline of the call running in this thread, for in-process models (a request timeout
#: cannot stop them).
CALL_ENDS_AT: ContextVar[float | None] = ContextVar("ends_at", default=None)


def deadline_s(spec: ModelSpec) -> float:
    """The spec's compose budget in seconds: the spec's own, then the environment, then the default."""
    if spec.deadline is not None:
        return spec.deadline
    try:
        return float(os.environ[DEADLINE_ENV])
    except (KeyError, ValueError):
        return DEADLINE_S[EMBEDDED] if spec.provider == EMBEDDED else DEADLINE_S["default"]


def started(spec: ModelSpec) -> ModelSpec:
    """The spec for one compose starting now: every call made with it (or a copy of it) shares
    one deadline, and ends in DeadlineError when it passes."""
    return spec.model_copy(update={"ends_at": time.monotonic() + deadline_s(spec)})


class DeadlineError(ModelError):
    """The compose's deadline passed before the model finished."""


def past_deadline(spec: ModelSpec) -> DeadlineError | None:
    if spec.ends_at is None or time.monotonic() < spec.ends_at:
        return None
    return DeadlineError(f"the model did not finish within {deadline_s(spec):g} s (the compose deadline; "
                         f"{DEADLINE_ENV} sets it); try again, or use a faster model")


def timed(kwargs: dict[str, Any], spec: ModelSpec) -> dict[str, Any]:
    """The request with its timeout cut to what is left of the deadline."""
    if (late := past_deadline(spec)) is not None:
        raise late
    if spec.ends_at is None:
        return kwargs
    return {**kwargs, "timeout": max(0.5, min(spec.timeout, spec.ends_at - time.monotonic()))}
