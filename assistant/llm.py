"""The model seam: the ONLY module that imports litellm.

Every model is a litellm model string ("openai/gpt-4o-mini", "anthropic/...",
"ollama/llama3", "hosted_vllm/...", ...). Two in-process providers are registered as litellm
custom providers so the rest of the code sees one interface:
- "embedded": the local llama.cpp model (assistant/embedded.py), the default;
- "fake": the scriptable test model (assistant/fake.py).

Transient errors (timeouts, 429, 5xx, connection errors) are retried with exponential
backoff by tenacity; bad requests are not retried.
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from assistant.errors import BadInputError, ModelError

# litellm fetches a model cost map from the network at import unless told not to (~8 s here).
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

EMBEDDED = "embedded"
#: Tests set this to False: then only in-process providers ("embedded", "fake") may be called.
ALLOW_MODEL_REQUESTS = True

MODEL_ENV = "ANNOTATION_ASSISTANT_MODEL"
API_BASE_ENV = "ANNOTATION_ASSISTANT_API_BASE"


class LocalModel(Protocol):
    """An in-process model: yields text pieces, then returns (prompt_tokens, completion_tokens)."""

    def stream(self, messages: list[dict], params: dict[str, Any]) -> Iterator[str | tuple[int, int]]: ...


_LOCAL: dict[str, Callable[[], LocalModel]] = {}


def register_local(provider: str, factory: Callable[[], LocalModel]) -> None:
    """Make `provider/...` model strings run an in-process model built by `factory`."""
    _LOCAL[provider] = factory
    if "litellm" in globals():
        _register_with_litellm()


class ModelSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    model: str = EMBEDDED
    api_base: str | None = None
    api_key: str | None = Field(default=None, repr=False)
    temperature: float = 0.2
    max_tokens: int = 1024
    timeout: float = 300.0
    retries: int = 4
    seed: int | None = 0

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


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: "Usage") -> "Usage":
        return Usage(prompt_tokens=self.prompt_tokens + other.prompt_tokens,
                     completion_tokens=self.completion_tokens + other.completion_tokens)


class Completion(BaseModel):
    text: str
    usage: Usage
    latency_s: float
    model: str


@lru_cache(maxsize=1)
def _litellm():
    import litellm  # noqa: PLC0415 - imported lazily: it costs ~4 s, and `check` never needs it

    litellm.suppress_debug_info = True
    litellm.drop_params = True  # a provider that lacks `seed` etc. should not fail the call
    globals()["litellm"] = litellm
    _register_with_litellm()
    return litellm


def _register_with_litellm() -> None:
    litellm = globals()["litellm"]
    from litellm import CustomLLM  # noqa: PLC0415

    class _LocalProvider(CustomLLM):
        """Adapts a LocalModel to litellm's custom-provider interface."""

        def __init__(self, factory: Callable[[], LocalModel]):
            super().__init__()
            self._factory = factory

        def completion(self, model, messages, api_base, custom_prompt_dict, model_response, *args, **kwargs):
            text, usage = [], (0, 0)
            for piece in self._factory().stream(messages, kwargs.get("optional_params") or {}):
                if isinstance(piece, tuple):
                    usage = piece
                else:
                    text.append(piece)
            model_response.choices[0].message.content = "".join(text)
            model_response.model = model
            model_response.usage = litellm.Usage(prompt_tokens=usage[0], completion_tokens=usage[1],
                                                 total_tokens=usage[0] + usage[1])
            return model_response

        def streaming(self, model, messages, *args, **kwargs):
            usage = None
            for piece in self._factory().stream(messages, kwargs.get("optional_params") or {}):
                if isinstance(piece, tuple):
                    usage = {"prompt_tokens": piece[0], "completion_tokens": piece[1],
                             "total_tokens": piece[0] + piece[1]}
                    continue
                yield {"text": piece, "is_finished": False, "finish_reason": "", "usage": None, "index": 0}
            yield {"text": "", "is_finished": True, "finish_reason": "stop", "usage": usage, "index": 0}

    litellm.custom_provider_map = [
        {"provider": name, "custom_handler": _LocalProvider(factory)} for name, factory in _LOCAL.items()
    ]
    from litellm.utils import custom_llm_setup  # noqa: PLC0415

    custom_llm_setup()


def _ensure_embedded_registered() -> None:
    if EMBEDDED not in _LOCAL:
        from assistant.embedded import shared_model  # noqa: PLC0415

        register_local(EMBEDDED, shared_model)


def validate(spec: ModelSpec) -> None:
    """Fail early, in one line, on a model string no provider recognises."""
    if spec.provider in _LOCAL or spec.model == EMBEDDED:
        return
    litellm = _litellm()
    try:
        litellm.get_llm_provider(model=spec.litellm_model, api_base=spec.api_base)
    except Exception:
        raise BadInputError(
            f"unknown model {spec.model!r}: use a litellm model string such as openai/gpt-4o-mini, "
            "anthropic/claude-3-5-haiku-latest or ollama/llama3, or 'embedded'"
        ) from None


def _transient(exc: BaseException) -> bool:
    litellm = _litellm()
    transient = (
        litellm.exceptions.Timeout,
        litellm.exceptions.RateLimitError,
        litellm.exceptions.APIConnectionError,
        litellm.exceptions.InternalServerError,
        litellm.exceptions.ServiceUnavailableError,
        litellm.exceptions.BadGatewayError,
    )
    if isinstance(exc, transient):
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and status >= 500


def _supports_schema(spec: ModelSpec) -> bool:
    if spec.provider in _LOCAL:
        return True
    try:
        return bool(_litellm().supports_response_schema(model=spec.litellm_model))
    except Exception:
        return False


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
    if spec.model == EMBEDDED or spec.provider == EMBEDDED:
        _ensure_embedded_registered()
    litellm = _litellm()
    if not ALLOW_MODEL_REQUESTS and spec.provider not in _LOCAL:
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
        kwargs["api_key"] = spec.api_key
    if schema is not None and _supports_schema(spec):
        kwargs["response_format"] = {
            "type": "json_schema",
            # a copy: providers may rewrite the schema, and callers cache theirs
            "json_schema": {"name": schema_name, "schema": copy.deepcopy(schema), "strict": False},
        }
    elif schema is not None:
        kwargs["response_format"] = {"type": "json_object"}

    retrying = Retrying(
        retry=retry_if_exception(_transient),
        stop=stop_after_attempt(max(1, spec.retries + 1)),
        wait=wait_exponential(multiplier=0.5, max=wait_max),
        reraise=True,
    )
    try:
        for attempt in retrying:
            with attempt:
                return _call(litellm, kwargs, spec, on_token)
    except ModelError:
        raise
    except litellm.exceptions.AuthenticationError:
        raise ModelError(
            f"the provider rejected the credentials for {spec.model!r}: set its API key "
            "(for example OPENAI_API_KEY) or use --model embedded"
        ) from None
    except litellm.exceptions.NotFoundError:
        raise ModelError(f"the provider does not know model {spec.model!r}") from None
    except Exception as exc:  # one line for the user; the chain keeps the detail for logs
        kind = "after retries: " if _transient(exc) else ""
        raise ModelError(f"model call failed {kind}{_one_line(exc)}") from exc
    raise AssertionError("unreachable")


def _call(litellm, kwargs: dict, spec: ModelSpec, on_token) -> Completion:
    start = time.perf_counter()
    if on_token is None:
        response = litellm.completion(**kwargs)
        text = response.choices[0].message.content or ""
        usage = getattr(response, "usage", None)
    else:
        pieces: list[str] = []
        usage = None
        for chunk in litellm.completion(**kwargs, stream=True, stream_options={"include_usage": True}):
            if chunk.choices and chunk.choices[0].delta and chunk.choices[0].delta.content:
                piece = chunk.choices[0].delta.content
                pieces.append(piece)
                on_token(piece)
            usage = getattr(chunk, "usage", None) or usage
        text = "".join(pieces)
    return Completion(
        text=text,
        usage=Usage(
            prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
        ),
        latency_s=time.perf_counter() - start,
        model=spec.model,
    )


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] + ("…" if len(text) > 300 else "")
