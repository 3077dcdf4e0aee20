"""Preference comparisons: the better of two responses, and why.

The annotator picks A, B or tie, flags errors in either response and writes terse reasons;
compose writes a rationale that states the choice and every reason on its side, and the check
adds the choice check (a rationale that argues for the other side, or moves a reason to the
other response, is a certain problem) to the usual ones. Exports carry Label Studio's pairwise
config and the prompt/chosen/rejected columns of TRL's preference datasets.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.kinds.base import FieldSpec, Kind
from assistant.kinds.comparison.task import ComparisonTask
from assistant.notes import MAX_RESPONSE_CHARS, no_nul


class ComparisonRow(BaseModel):
    """A comparison task as imported: the prompt and the two responses to compare."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field("", max_length=255)
    prompt: str = Field(min_length=1, max_length=MAX_RESPONSE_CHARS)
    response_a: str = Field(min_length=1, max_length=MAX_RESPONSE_CHARS)
    response_b: str = Field(min_length=1, max_length=MAX_RESPONSE_CHARS)

    _nul = field_validator("id", "prompt", "response_a", "response_b")(no_nul)


KIND = Kind(
    name="comparison",
    summary="choose the better of two responses and write why",
    output="rationale",
    task=ComparisonTask,
    row=ComparisonRow,
    fields=(
        FieldSpec("prompt", "Prompt", "the user prompt both responses answer", "item", "long_text"),
        FieldSpec("response_a", "Response A", "the first response", "item", "long_text"),
        FieldSpec("response_b", "Response B", "the second response", "item", "long_text"),
        FieldSpec("choice", "Better response", "A, B or tie", "mark", "choice", choices=("A", "B", "tie")),
        FieldSpec("flags_a", "Flags on A", "error flag ids on response A", "mark", "flags"),
        FieldSpec("flags_b", "Flags on B", "error flag ids on response B", "mark", "flags"),
    ),
    pipeline="assistant.kinds.comparison.compose",
    exports="assistant.kinds.comparison.records",
    offers_flags=True,
    sample="comparison-tasks.jsonl",
)
