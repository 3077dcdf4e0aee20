"""A small error hierarchy. Every error a user can cause or meet prints as one line."""

from __future__ import annotations

import os
import re


class AssistantError(Exception):
    """Base class: the message is one actionable line shown to the user."""


class BadInputError(AssistantError):
    """The user's input is unusable (missing file, empty notes, unknown flag, ...)."""


class PromptError(AssistantError):
    """A prompt template is broken or rendered with missing variables."""


class ModelError(AssistantError):
    """The model could not be reached or refused the request."""


class ModelOutputError(ModelError):
    """The model kept returning output that does not validate.

    Carries every attempt so nothing the model said is lost (instructor's habit).
    """

    def __init__(self, message: str, attempts: int, last_output: str, errors: list[str]):
        super().__init__(message)
        self.attempts = attempts
        self.last_output = last_output
        self.errors = errors


class WeightsError(AssistantError):
    """The embedded model's weights are missing or do not match their checksum."""


def one_line(error: BaseException | str, limit: int = 300) -> str:
    """Any error or message as one line of at most `limit` characters, for the user, with
    secrets masked (a provider may echo the key it was sent in its error message)."""
    text = str(error).split("Traceback (most recent call last)")[0]  # a provider's message may carry one
    text = redact(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


_SECRET_NAME = re.compile(r"(API_KEY|_TOKEN|_SECRET|PASSWORD)$", re.I)
_registered: set[str] = set()


def register_secret(value: str | None) -> None:
    """A secret that is not in the environment (an explicit API key): masked like those that are."""
    if value and len(value) >= 8:
        _registered.add(value)


def redact(text: str) -> str:
    """`text` with every provider key, token or password from the environment (and every
    registered secret) replaced by [redacted]."""
    secrets = set(_registered)
    secrets |= {v for k, v in os.environ.items() if _SECRET_NAME.search(k) and len(v) >= 8}
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "[redacted]")
    return text


def validation_line(error, default: str = "row") -> str:
    """A pydantic ValidationError as one line: where, then what (its first problem)."""
    first = error.errors()[0]
    where = ".".join(str(x) for x in first.get("loc", ())) or default
    return f"{where}: {first['msg'].removeprefix('Value error, ')}"
