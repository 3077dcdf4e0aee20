"""litellm and the in-process providers registered with it: the ONLY module that imports litellm.

Two in-process providers are registered as litellm custom providers so the rest of the code
sees one interface: "embedded" (the local llama.cpp model, embedded.py), the default, and
"fake" (the scriptable test model, fake.py).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from assistant.errors import BadInputError
from assistant.llm.deadline import CALL_ENDS_AT
from assistant.llm.spec import EMBEDDED, ModelSpec

# litellm fetches a model cost map from the network at import unless told not to (~8 s here).
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


class LocalModel(Protocol):
    """An in-process model: yields text pieces, then returns (prompt_tokens, completion_tokens)."""

    def stream(self, messages: list[dict], params: dict[str, Any]) -> Iterator[str | tuple[int, int]]: ...


_LOCAL: dict[str, Callable[[], LocalModel]] = {}


def register_local(provider: str, factory: Callable[[], LocalModel] | None) -> Callable[[], LocalModel] | None:
    """Make `provider/...` model strings run an in-process model built by `factory` (None
    unregisters it). Returns the factory it replaces, so a caller can put it back."""
    previous = _LOCAL.pop(provider, None)
    if factory is not None:
        _LOCAL[provider] = factory
    if "litellm" in globals():
        _register_with_litellm()
    return previous


@contextlib.contextmanager
def local_provider(provider: str, factory: Callable[[], LocalModel]) -> Iterator[None]:
    """`register_local` for the duration of a `with` block; the previous provider comes back."""
    previous = register_local(provider, factory)
    try:
        yield
    finally:
        register_local(provider, previous)


def is_local(provider: str) -> bool:
    """Whether `provider` is a registered in-process provider."""
    return provider in _LOCAL


def local_factory(provider: str) -> Callable[[], LocalModel] | None:
    """The factory of the in-process provider `provider`, or None."""
    return _LOCAL.get(provider)


def in_process(spec: ModelSpec) -> bool:
    """Whether the spec (or its fallback) runs in this process (the embedded model, the fake,
    any registered local provider): such a model cannot be called from another process."""
    if spec.provider == EMBEDDED or spec.provider in _LOCAL:  # the model "embedded" is provider "embedded"
        return True
    return spec.fallback is not None and in_process(spec.fallback)


def unpriced(model: str) -> bool:
    """A model that runs here (embedded, fake, a registered local provider): it has no price,
    whatever litellm would say."""
    return model == EMBEDDED or model.split("/", 1)[0] in _LOCAL


def load_litellm():
    """litellm (imported on first use), with our settings and the local providers registered."""
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
            ends_at = CALL_ENDS_AT.get()
            for piece in self._factory().stream(messages, kwargs.get("optional_params") or {}):
                if ends_at is not None and time.monotonic() > ends_at:  # no timeout reaches an in-process model
                    raise TimeoutError("the compose deadline passed while the model was writing")
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


def ensure_embedded_registered() -> None:
    if EMBEDDED not in _LOCAL:
        from assistant.llm.embedded import shared_model  # noqa: PLC0415

        register_local(EMBEDDED, shared_model)


def validate(spec: ModelSpec) -> None:
    """Fail early, in one line, on a model string no provider recognises."""
    if spec.provider in _LOCAL or spec.model == EMBEDDED:
        return
    litellm = load_litellm()
    try:
        litellm.get_llm_provider(model=spec.litellm_model, api_base=spec.api_base)
    except Exception:
        raise BadInputError(
            f"unknown model {spec.model!r}: use a litellm model string such as openai/gpt-4o-mini, "
            "anthropic/claude-3-5-haiku-latest or ollama/llama3, or 'embedded'"
        ) from None


def supports_schema(spec: ModelSpec) -> bool:
    if spec.provider in _LOCAL:
        return True
    try:
        return bool(load_litellm().supports_response_schema(model=spec.litellm_model))
    except Exception:
        return False
