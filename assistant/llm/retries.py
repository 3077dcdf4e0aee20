"""Failures: which are transient (retried with exponential backoff by tenacity; bad requests
are not), and each as one actionable line."""

from __future__ import annotations

import re

from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from assistant.errors import ModelError, one_line
from assistant.llm.deadline import past_deadline
from assistant.llm.providers import load_litellm
from assistant.llm.spec import ModelSpec

_TOO_LONG_RE = re.compile(r"exceed(?:s|ed)? (?:the )?context window|maximum context length|context length exceeded", re.I)


def _too_long(exc: BaseException) -> bool:
    """The request does not fit the model's context window: asking again cannot help."""
    return (isinstance(exc, load_litellm().exceptions.ContextWindowExceededError)
            or bool(_TOO_LONG_RE.search(str(exc))))


def _transient(exc: BaseException) -> bool:
    litellm = load_litellm()
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


def retrying(spec: ModelSpec, wait_max: float) -> Retrying:
    return Retrying(
        retry=retry_if_exception(_transient),
        stop=stop_after_attempt(max(1, spec.retries + 1)) | (lambda _: past_deadline(spec) is not None),
        wait=wait_exponential(multiplier=0.5, max=wait_max),
        reraise=True,
    )


def model_error(exc: BaseException, spec: ModelSpec) -> ModelError:
    """Any provider failure as one actionable line; the chain keeps the detail for logs."""
    litellm = load_litellm()
    if isinstance(exc, ModelError):
        return exc
    if (late := past_deadline(spec)) is not None:
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


def is_rate_limited(exc: BaseException) -> bool:
    """Whether a failure (or any error it was raised from) is the provider's 429."""
    seen: BaseException | None = exc
    while seen is not None:
        if getattr(seen, "status_code", None) == 429 or type(seen).__name__ == "RateLimitError":
            return True
        seen = seen.__cause__ or seen.__context__
    return False
