"""One request's litellm arguments, from the messages and the spec."""

from __future__ import annotations

import copy
from typing import Any

from assistant.errors import ModelError, register_secret
from assistant.llm.providers import ensure_embedded_registered, is_local, load_litellm, supports_schema
from assistant.llm.spec import EMBEDDED, ModelSpec


def request_kwargs(messages: list[dict], spec: ModelSpec, schema: dict | None, schema_name: str) -> dict[str, Any]:
    """The arguments of litellm.completion for this request; raises ModelError when model
    requests are blocked (`assistant.llm.ALLOW_MODEL_REQUESTS`) and the model is not local."""
    from assistant import llm  # noqa: PLC0415 - the switch is read where tests set it, at call time

    if spec.model == EMBEDDED or spec.provider == EMBEDDED:
        ensure_embedded_registered()
    load_litellm()
    if not llm.ALLOW_MODEL_REQUESTS and not is_local(spec.provider):
        raise ModelError(f"model requests are blocked in this context (model {spec.model!r})")
    kwargs: dict[str, Any] = dict(
        model=spec.litellm_model,
        messages=messages,
        temperature=spec.temperature,
        max_tokens=spec.max_tokens,
        timeout=spec.timeout,
        num_retries=0,  # tenacity owns retries
    )
    if spec.seed is not None:
        kwargs["seed"] = spec.seed
    if spec.api_base:
        kwargs["api_base"] = spec.api_base
    if spec.api_key:
        register_secret(spec.api_key)  # masked in every error line from now on
        kwargs["api_key"] = spec.api_key
    if schema is not None and supports_schema(spec):
        kwargs["response_format"] = {
            "type": "json_schema",
            # a copy: providers may rewrite the schema, and callers cache theirs
            "json_schema": {"name": schema_name, "schema": copy.deepcopy(schema), "strict": False},
        }
    elif schema is not None:
        kwargs["response_format"] = {"type": "json_object"}
    return kwargs
