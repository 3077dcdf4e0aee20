"""The model seam: the ONLY module that imports litellm.

Every model is a litellm model string ("openai/gpt-4o-mini", "anthropic/...",
"ollama/llama3", "hosted_vllm/...", ...). Two in-process providers are registered as litellm
custom providers so the rest of the code sees one interface:
- "embedded": the local llama.cpp model (assistant/llm/embedded.py), the default;
- "fake": the scriptable test model (assistant/llm/fake.py).

Transient errors (timeouts, 429, 5xx, connection errors) are retried with exponential
backoff by tenacity; bad requests are not retried.
"""

from __future__ import annotations

import contextlib
import copy
import os
import re
import time
from contextvars import ContextVar
from collections.abc import Callable, Iterator
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from assistant.errors import BadInputError, ModelError, ModelOutputError, one_line, register_secret

# litellm fetches a model cost map from the network at import unless told not to (~8 s here).
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

EMBEDDED = "embedded"
#: Tests set this to False: then only in-process providers ("embedded", "fake") may be called.
ALLOW_MODEL_REQUESTS = True

MODEL_ENV = "ANNOTATION_ASSISTANT_MODEL"
API_BASE_ENV = "ANNOTATION_ASSISTANT_API_BASE"
DEADLINE_ENV = "ANNOTATION_ASSISTANT_COMPOSE_DEADLINE"
#: A compose's whole budget, retries included. A hanging provider otherwise held a page for
#: timeout x attempts (300 s x 5, 25 minutes) with nothing on screen. The embedded model
#: composes a caption in 5-20 s here; a remote provider may queue for longer.
DEADLINE_S = {EMBEDDED: 90.0, "default": 300.0}


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


def in_process(spec: "ModelSpec") -> bool:
    """Whether the spec (or its fallback) runs in this process (the embedded model, the fake,
    any registered local provider): such a model cannot be called from another process."""
    if spec.provider == EMBEDDED or spec.provider in _LOCAL:  # the model "embedded" is provider "embedded"
        return True
    return spec.fallback is not None and in_process(spec.fallback)


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


def _past_deadline(spec: ModelSpec) -> DeadlineError | None:
    if spec.ends_at is None or time.monotonic() < spec.ends_at:
        return None
    return DeadlineError(f"the model did not finish within {deadline_s(spec):g} s (the compose deadline; "
                         f"{DEADLINE_ENV} sets it); try again, or use a faster model")


def _timed(kwargs: dict[str, Any], spec: ModelSpec) -> dict[str, Any]:
    """The request with its timeout cut to what is left of the deadline."""
    if (late := _past_deadline(spec)) is not None:
        raise late
    if spec.ends_at is None:
        return kwargs
    return {**kwargs, "timeout": max(0.5, min(spec.timeout, spec.ends_at - time.monotonic()))}


def unanswered(raw_outputs: list[str]) -> ModelOutputError | None:
    """Every answer a compose got was empty: a provider that answered 200 with nothing (or with
    a body litellm could not read as text). The draft would be the notes verbatim with no word
    of a failure; it is a model failure instead, its raw answers kept."""
    if not raw_outputs or any(text.strip() for text in raw_outputs):
        return None
    return ModelOutputError(f"the model returned an empty answer ({len(raw_outputs)} call(s)): "
                            "it may be overloaded or misconfigured", attempts=len(raw_outputs),
                            last_output=raw_outputs[-1], errors=["empty answer"] * len(raw_outputs))


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


@lru_cache(maxsize=1)
def preload() -> None:
    """Import litellm now (about 2-4 s of CPU) rather than on the first call: the server that
    batch worker processes fork from does it once for all of them."""
    _litellm()


def warm_up() -> None:
    """Run litellm's request path once, against a loopback port nothing listens on (refused at
    once, no network): the modules it imports on a first call (about 0.5 s of CPU) are loaded
    now. For a process that others fork from."""
    try:
        _litellm().completion(model="openai/warm-up", messages=[{"role": "user", "content": "."}],
                              api_base="http://127.0.0.1:9/v1", api_key="warm-up", num_retries=0, max_retries=0,
                              timeout=2)
    except Exception:  # noqa: BLE001, S110 - refused is the expected outcome
        pass


def warm_embedded(messages: list[dict]) -> float:
    """Send `messages` to the embedded model through this seam for one token, as a compose
    would: litellm is imported and its streaming path run (about 5 s of CPU on a first call),
    the weights are paged in, and llama.cpp's KV cache holds the prompt, whose shared prefix
    the next request reuses instead of evaluating it again. Returns the seconds it took."""
    started = time.perf_counter()
    for _ in stream(messages, ModelSpec(model=EMBEDDED, max_tokens=1, temperature=0.0, retries=0)):
        pass
    return time.perf_counter() - started


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
            ends_at = _ENDS_AT.get()
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


def _ensure_embedded_registered() -> None:
    if EMBEDDED not in _LOCAL:
        from assistant.llm.embedded import shared_model  # noqa: PLC0415

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


_TOO_LONG_RE = re.compile(r"exceed(?:s|ed)? (?:the )?context window|maximum context length|context length exceeded", re.I)


def _too_long(exc: BaseException) -> bool:
    """The request does not fit the model's context window: asking again cannot help."""
    return (isinstance(exc, _litellm().exceptions.ContextWindowExceededError)
            or bool(_TOO_LONG_RE.search(str(exc))))


def _transient(exc: BaseException) -> bool:
    litellm = _litellm()
    if _too_long(exc):
        return False
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


def _request(messages: list[dict], spec: ModelSpec, schema: dict | None, schema_name: str) -> dict[str, Any]:
    if spec.model == EMBEDDED or spec.provider == EMBEDDED:
        _ensure_embedded_registered()
    _litellm()
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
        register_secret(spec.api_key)  # masked in every error line from now on
        kwargs["api_key"] = spec.api_key
    if schema is not None and _supports_schema(spec):
        kwargs["response_format"] = {
            "type": "json_schema",
            # a copy: providers may rewrite the schema, and callers cache theirs
            "json_schema": {"name": schema_name, "schema": copy.deepcopy(schema), "strict": False},
        }
    elif schema is not None:
        kwargs["response_format"] = {"type": "json_object"}
    return kwargs


def _retrying(spec: ModelSpec, wait_max: float) -> Retrying:
    return Retrying(
        retry=retry_if_exception(_transient),
        stop=stop_after_attempt(max(1, spec.retries + 1)) | (lambda _: _past_deadline(spec) is not None),
        wait=wait_exponential(multiplier=0.5, max=wait_max),
        reraise=True,
    )


def _model_error(exc: BaseException, spec: ModelSpec) -> ModelError:
    """Any provider failure as one actionable line; the chain keeps the detail for logs."""
    litellm = _litellm()
    if isinstance(exc, ModelError):
        return exc
    if (late := _past_deadline(spec)) is not None:
        return late
    if isinstance(exc, litellm.exceptions.AuthenticationError):
        return ModelError(f"the provider rejected the credentials for {spec.model!r}: set its API key "
                          "(for example OPENAI_API_KEY) or use --model embedded")
    if isinstance(exc, litellm.exceptions.NotFoundError):
        return ModelError(f"the provider does not know model {spec.model!r}")
    if _too_long(exc):
        return ModelError(f"the request is longer than model {spec.model!r} can read at once (its context "
                          f"window): shorten the notes or the response, or use a model with a longer context "
                          f"({one_line(exc, 160)})")
    kind = "after retries: " if _transient(exc) else ""
    return ModelError(f"model call failed {kind}{one_line(exc)}")


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
    kwargs = _request(messages, spec, schema, schema_name)
    try:
        for attempt in _retrying(spec, wait_max):
            with attempt:
                return _call(_timed(kwargs, spec), spec)
    except Exception as exc:
        if spec.fallback is not None:
            return fall_back(messages, spec, exc, schema=schema, schema_name=schema_name, wait_max=wait_max)
        raise _model_error(exc, spec) from exc
    raise AssertionError("unreachable")


#: The deadline of the call running in this thread, for in-process models (a request timeout
#: cannot stop them).
_ENDS_AT: ContextVar[float | None] = ContextVar("ends_at", default=None)


def _call(kwargs: dict, spec: ModelSpec) -> Completion:
    start = time.perf_counter()
    token = _ENDS_AT.set(spec.ends_at)
    try:
        response = _litellm().completion(**kwargs)
    finally:
        _ENDS_AT.reset(token)
    choice = response.choices[0]
    completion = Completion(
        text=choice.message.content or "",
        usage=_usage(getattr(response, "usage", None)),
        latency_s=time.perf_counter() - start,
        model=spec.model,
        finish_reason=getattr(choice, "finish_reason", "") or "",
        priced=True,
        cost=_response_cost(response, spec),
    )
    recorded(completion)
    return completion


def _response_cost(response: Any, spec: ModelSpec) -> float | None:
    """The price litellm put on the answer as it made it (pricing it again costs about 0.3 ms
    of CPU a call, which batch drafting at 200 calls a second feels)."""
    if _unpriced(spec.model):
        return None
    hidden = getattr(response, "_hidden_params", None) or {}
    cost = hidden.get("response_cost") if isinstance(hidden, dict) else getattr(hidden, "response_cost", None)
    return float(cost) if isinstance(cost, (int, float)) else None


def _usage(usage: Any) -> Usage:
    return Usage(prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                 completion_tokens=getattr(usage, "completion_tokens", 0) or 0)


class Stream:
    """A streamed answer: iterate it for text pieces; afterwards `.completion` holds the whole.

    Transient errors before the first piece are retried; after it, a retry would repeat text
    the caller has shown, so the error is raised. Leaving the loop early ends a runaway
    answer; the text so far is kept in `.completion`.
    """

    def __init__(self, messages: list[dict], spec: ModelSpec, *, schema: dict | None = None,
                 schema_name: str = "output", wait_max: float = 8.0):
        self._kwargs = _request(messages, spec, schema, schema_name)
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
                if (late := _past_deadline(self._spec)) is not None:  # a model that streams on and on
                    raise late
        except GeneratorExit:
            finish = finish or "stopped"
            raise
        except Exception as exc:
            raise _model_error(exc, self._spec) from exc
        finally:
            self.completion = Completion(text="".join(pieces), usage=_usage(usage), model=self._spec.model,
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
            self._spec = primary.fallback.model_copy(
                update={k: getattr(primary, k) for k in ("temperature", "max_tokens", "seed", "ends_at")})
            messages, schema, schema_name = self._request
            self._kwargs = _request(messages, self._spec, schema, schema_name)
            try:
                return self._open()
            except Exception as second:
                raise ModelError(f"{_model_error(exc, primary)}; fallback {self._spec.model!r}: "
                                 f"{_model_error(second, self._spec)}") from second

    def _open(self) -> Iterator[Any]:
        """The chunk iterator with its first chunk received, retried while errors are transient."""
        litellm = _litellm()
        for attempt in _retrying(self._spec, self._wait_max):
            with attempt:
                chunks = iter(litellm.completion(**_timed(self._kwargs, self._spec), stream=True,
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


# ---------------------------------------------------------------- fallback, call records, cost


def fall_back(messages: list[dict], spec: ModelSpec, error: BaseException, **kwargs: Any) -> Completion:
    """The primary failed after its retries: its fallback answers (with its own retries), and
    the Completion names the fallback's model. A plain second attempt rather than litellm's
    Router: tenacity already owns retries here, and the Router's would stack on them."""
    assert spec.fallback is not None
    # the call's sampling settings (compose raises max_tokens and warms repairs) go with it
    fallback = spec.fallback.model_copy(
        update={k: getattr(spec, k) for k in ("temperature", "max_tokens", "seed", "ends_at")})
    try:
        return complete(messages, fallback, **kwargs)
    except ModelError as second:
        raise ModelError(f"{_model_error(error, spec)}; fallback {fallback.model!r}: {second}") from second


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


def is_rate_limited(exc: BaseException) -> bool:
    """Whether a failure (or any error it was raised from) is the provider's 429."""
    seen: BaseException | None = exc
    while seen is not None:
        if getattr(seen, "status_code", None) == 429 or type(seen).__name__ == "RateLimitError":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _unpriced(model: str) -> bool:
    """A model that runs here (embedded, fake, a registered local provider): it has no price,
    whatever litellm would say."""
    return model == EMBEDDED or model.split("/", 1)[0] in _LOCAL


def cost_usd(model: str, usage: Usage) -> float | None:
    """What litellm's price list says the tokens cost, or None for a model it has no price for
    (local models, custom servers)."""
    if _unpriced(model):
        return None
    try:
        prompt, completion = _litellm().cost_per_token(model=model, prompt_tokens=usage.prompt_tokens,
                                                        completion_tokens=usage.completion_tokens)
    except Exception:  # noqa: BLE001 - an unknown model has no price, which is not an error
        return None
    return float(prompt + completion)


# ---------------------------------------------------------------- validated structured output

OutputT = TypeVar("OutputT", bound=BaseModel)


@dataclass
class Validated(Generic[OutputT]):
    """A structured answer that passed validation, with what it cost."""

    output: OutputT
    text: str
    """The accepted answer's raw text."""
    calls: int
    """Model calls made, re-asks included."""
    usage: Usage
    raw_outputs: list[str] = field(default_factory=list)
    """Every answer the model gave, rejected ones included: nothing it said is lost."""


def _reask_message(error: str) -> dict:
    return {"role": "user", "content": f"That answer was not valid ({error}). Answer again with only the JSON object."}


def complete_validated(
    messages: list[dict],
    spec: ModelSpec,
    output_model: type[OutputT],
    max_reasks: int = 2,
    *,
    accept: Callable[[OutputT], None] | None = None,
    reask: Callable[[str], dict] = _reask_message,
    schema_name: str = "output",
) -> Validated[OutputT]:
    """A JSON answer validated as `output_model`. On invalid output the model is asked again
    with the error, at most `max_reasks` times; `accept` may raise ValueError to reject a
    parsed answer. When the re-asks run out, ModelOutputError carries every attempt."""
    schema = output_model.model_json_schema()
    errors: list[str] = []
    raw: list[str] = []
    usage = Usage()
    for _ in range(max_reasks + 1):
        completion = complete(messages, spec, schema=schema, schema_name=schema_name)
        usage = usage + completion.usage
        raw.append(completion.text)
        try:
            parsed = output_model.model_validate_json(_strip_fences(completion.text))
            if accept is not None:
                accept(parsed)
            return Validated(output=parsed, text=completion.text, calls=len(raw), usage=usage, raw_outputs=raw)
        except (ValidationError, ValueError) as e:
            errors.append(_validation_error(e))
            messages = messages + [{"role": "assistant", "content": completion.text}, reask(errors[-1])]
    raise ModelOutputError(
        f"the model returned unusable output {len(raw)} times; last error: {errors[-1]}",
        attempts=len(raw), last_output=raw[-1], errors=errors,
    )


def _strip_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```") and text.endswith("```"):
        text = text[3:-3].removeprefix("json")
    return text.strip()


def _validation_error(e: Exception) -> str:
    if isinstance(e, ValidationError):
        first = e.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "output"
        return f"{where}: {first.get('msg', 'invalid')}"
    return one_line(e)
