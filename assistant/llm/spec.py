"""Which model to call and how: the spec, resolved from arguments and the environment."""

from __future__ import annotations

import os
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

EMBEDDED = "embedded"
MODEL_ENV = "ANNOTATION_ASSISTANT_MODEL"
API_BASE_ENV = "ANNOTATION_ASSISTANT_API_BASE"


class ModelSpec(BaseModel):
    """Which model to call and how: all the seam needs, nothing provider-specific."""

    model_config = ConfigDict(extra="forbid")
    model: str = EMBEDDED
    """A litellm model string ("openai/gpt-4o-mini", "ollama/llama3", ...) or "embedded"."""
    api_base: str | None = None
    """Base URL of an OpenAI-compatible server; None uses the provider's default."""
    api_key: str | None = Field(default=None, repr=False)
    """The provider's key; None lets litellm read it from the environment. Never logged."""
    temperature: float = 0.2
    """Sampling temperature: low, since a draft packages facts rather than inventing them."""
    max_tokens: int = 1024
    """Upper bound on an answer's tokens; compose sets it to what the notes need."""
    timeout: float = 300.0
    """Seconds one call may take before it counts as a (transient) timeout."""
    retries: int = 4
    """Retries of transient errors (timeouts, 429, 5xx, connection errors) per call."""
    seed: int | None = 0
    """Sampling seed, for reproducible drafts where the provider supports it."""
    fallback: "ModelSpec | None" = None
    """The model that answers instead when this one still fails after its retries."""
    deadline: float | None = None
    """Seconds a whole compose may take, every call and retry in it included; None:
    ANNOTATION_ASSISTANT_COMPOSE_DEADLINE, else 90 s on the embedded model, 300 s on others."""
    ends_at: float | None = Field(default=None, exclude=True, repr=False)
    """When (time.monotonic()) the compose this spec was started for gives up; set by `started`."""

    @property
    def litellm_model(self) -> str:
        return f"{EMBEDDED}/default" if self.model == EMBEDDED else self.model

    @property
    def provider(self) -> str:
        return self.litellm_model.split("/", 1)[0]


def resolve_spec(model: str | None = None, api_base: str | None = None, **overrides: Any) -> ModelSpec:
    """Explicit argument, then environment variable, then the embedded default."""
    return ModelSpec(
        model=model or os.environ.get(MODEL_ENV) or EMBEDDED,
        api_base=api_base or os.environ.get(API_BASE_ENV) or None,
        **overrides,
    )


def fallback_call(spec: ModelSpec) -> ModelSpec:
    """The spec's fallback for this call: the call's sampling settings (compose raises
    max_tokens and warms repairs) and its deadline go with it."""
    assert spec.fallback is not None
    return spec.fallback.model_copy(
        update={k: getattr(spec, k) for k in ("temperature", "max_tokens", "seed", "ends_at")})
