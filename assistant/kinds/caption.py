"""Captions: an image described in polished prose from the annotator's observations."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.kinds.base import FieldSpec, Kind
from assistant.notes import Observation, TaskBase, no_nul, split_notes
from assistant.shorthand import written_out


class CaptionTask(TaskBase):
    kind: Literal["caption"] = "caption"
    image: str | None = Field(default=None, description="Image path or URL, for the annotator's reference.")

    def observations(self) -> list[Observation]:
        """The notes' observations with their shorthand written out ("cup L" -> "cup on the left",
        "~10" -> "about 10", "chairs x3" -> "3 chairs"): what the model is given and what the check
        holds a caption to, so "on the left" is the note's direction, not a word no note supports."""
        return split_notes(written_out(self.notes))


class CaptionRow(BaseModel):
    """A caption task as imported: the image it describes."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field("", max_length=255)
    image: str = Field(min_length=1, max_length=4096)

    _nul = field_validator("id", "image")(no_nul)


KIND = Kind(
    name="caption",
    summary="describe an image from notes",
    output="caption",
    task=CaptionTask,
    row=CaptionRow,
    fields=(FieldSpec("image", "Image", "the image's path (relative to the file) or URL", "item", "image"),),
    pipeline="assistant.compose.caption",
    label_studio=("caption", "image"),
    images=True,
    sample="images",
    base_sentences=True,
)
