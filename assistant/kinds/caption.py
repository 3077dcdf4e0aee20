"""Captions: an image described in polished prose from the annotator's observations."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.kinds.base import FieldSpec, Kind
from assistant.notes import TaskBase, no_nul


class CaptionTask(TaskBase):
    kind: Literal["caption"] = "caption"
    image: str | None = Field(default=None, description="Image path or URL, for the annotator's reference.")


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
