"""Validated structured output: a JSON answer parsed as a pydantic model, re-asked with the
error on invalid output."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import ModelOutputError, one_line
from assistant.llm.calls import complete
from assistant.llm.spec import ModelSpec
from assistant.llm.usage import Usage

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


def unanswered(raw_outputs: list[str]) -> ModelOutputError | None:
    """Every answer a compose got was empty: a provider that answered 200 with nothing (or with
    a body litellm could not read as text). The draft would be the notes verbatim with no word
    of a failure; it is a model failure instead, its raw answers kept."""
    if not raw_outputs or any(text.strip() for text in raw_outputs):
        return None
    return ModelOutputError(f"the model returned an empty answer ({len(raw_outputs)} call(s)): "
                            "it may be overloaded or misconfigured", attempts=len(raw_outputs),
                            last_output=raw_outputs[-1], errors=["empty answer"] * len(raw_outputs))


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
