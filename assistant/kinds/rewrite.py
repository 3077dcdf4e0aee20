"""Rewrites: a model's response rewritten as the annotator's notes and error flags say."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.kinds.base import FieldSpec, Kind
from assistant.notes import MAX_RESPONSE_CHARS, TaskBase, check_size, no_nul, valid_flags


class RewriteTask(TaskBase):
    kind: Literal["rewrite"] = "rewrite"
    prompt: str | None = Field(default=None, description="The user prompt the response answered.")
    response: str = Field(description="The original model response to rewrite.")
    flags: list[str] = Field(default_factory=list)

    @field_validator("response")
    @classmethod
    def _response_ok(cls, v: str) -> str:
        check_size("response", v, MAX_RESPONSE_CHARS)
        if not v.strip():
            raise ValueError("the original response is empty")
        return v

    _flags_ok = field_validator("flags")(valid_flags)


class RewriteRow(BaseModel):
    """A rewrite task as imported: the response to rewrite and the prompt it answered."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field("", max_length=255)
    prompt: str = ""
    response: str = Field(min_length=1, max_length=MAX_RESPONSE_CHARS)

    _nul = field_validator("id", "prompt", "response")(no_nul)


KIND = Kind(
    name="rewrite",
    summary="rewrite a model response following the notes",
    output="rewrite",
    task=RewriteTask,
    row=RewriteRow,
    fields=(
        FieldSpec("prompt", "Prompt", "the user prompt the response answered", "item", "long_text"),
        FieldSpec("response", "Response", "the original model response to rewrite", "item", "long_text"),
        FieldSpec("flags", "Error flags", "error flag ids (a list, or one comma-separated string)", "mark", "flags"),
    ),
    pipeline="assistant.compose.rewrite",
    label_studio=("rewrite", "response"),
    offers_flags=True,
    sample="rewrite-tasks.jsonl",
    starts_from="response",
)
