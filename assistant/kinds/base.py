"""What a kind of task declares: the one place the rest of the product asks about a kind.

A kind says what its task is made of (`fields`: the item imported with the task, and the
marks the annotator sets beside the notes), how the engine's task is built from a stored
item and the annotator's work, what the check compares a text against, which prompt and
checklist it composes with, and how it leaves and comes back through the export formats.
The CLI's choices, the store's validation, import fields, the export format lists and the
app's fields are all read from here.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ValidationError

from assistant.errors import BadInputError, validation_line
from assistant.notes import TaskBase

if TYPE_CHECKING:
    from assistant.check import CheckReport
    from assistant.compose.run import Pipeline

FieldRole = Literal["item", "mark"]
FieldType = Literal["text", "long_text", "image", "flags", "choice"]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind's task besides the notes."""

    name: str
    """Its key everywhere: the import row, the stored payload, the engine task, the export record."""
    label: str
    """What the app and the docs call it ("Response A")."""
    help: str
    role: FieldRole
    """item: what is annotated, imported with the task (an image, a response); mark: what the
    annotator sets beside the notes (error flags, a choice)."""
    type: FieldType
    """text: a line; long_text: a response or prompt (the CLI reads it from a FILE); image: a
    path or URL; flags: error flag ids; choice: one of `choices`."""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    """Everything the product needs to know about one kind of task (assistant/kinds/*.py)."""

    name: str
    summary: str
    """One line for help texts: what a task of this kind produces."""
    output: str
    """What the composed text is called ("caption", "rewrite", "rationale")."""
    task: type[TaskBase]
    row: type[BaseModel]
    """An import row: `id` plus the item fields, validated (sizes, NUL characters)."""
    fields: tuple[FieldSpec, ...]
    pipeline: str
    """Its compose pipeline's module (a `compose.run.Pipeline`: `pipeline`, `check`, `questions`,
    `budget`), imported when first used."""
    label_studio: tuple[str, str] | None = None
    """(control, object) tag names of its Label Studio labeling config, for a kind whose text is
    one TextArea; None for a kind with its own Label Studio mapping (`exports`)."""
    exports: str | None = None
    """The module of a kind's own export mapping, where formats.py's one-TextArea mapping and
    whole-record Hugging Face rows do not fit: `label_studio_task(record, images)`,
    `record_from_label_studio(task, mapping)`, `write_hf(records, out) -> str` (what it wrote)."""
    offers_flags: bool = False
    """A project of this kind offers the error flag taxonomy (and its guideline must keep one)."""
    images: bool = False
    """Takes a folder or upload of images as tasks."""
    starts_from: str | None = None
    """The item field holding the text the output is made from (rewrite: the response): what a
    notes-free draft would be, and support for what the output keeps of it."""
    sample: str | None = None
    """Its sample tasks under examples/ (a JSONL file, or a folder of images): the first run of
    the app makes a project of them."""
    base_sentences: bool = False
    """A compose again after an answer starts from the earlier draft's sentences whose notes did
    not change (compose.kept_sentences), rather than from the task alone."""

    @property
    def checklist(self) -> str:
        """Its default guideline checklist: prompts/checklists/<name>.toml."""
        return self.name

    def module(self) -> Pipeline:
        return importlib.import_module(self.pipeline)  # type: ignore[return-value]

    def exporter(self) -> Any:
        """The `exports` module, or None for a kind that uses formats.py's own mapping."""
        return importlib.import_module(self.exports) if self.exports else None

    def check(self, task: Any, text: str) -> CheckReport:
        """The check of a text against the task: the notes, and what else the kind compares
        (a rewrite's original, a comparison's choice)."""
        return self.module().check(task, task.observations(), text)

    def needs(self, name: str, *, on_import: bool = False) -> bool:
        """Whether a task (`on_import`: an import row) must have field `name`, as its model says."""
        model = self.row if on_import else self.task
        return name in model.model_fields and model.model_fields[name].is_required()

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    def item_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.role == "item")

    def marks(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.role == "mark")

    def import_fields(self) -> tuple[str, ...]:
        """The keys of an import row ("id" first)."""
        return ("id", *(f.name for f in self.item_fields()))

    def build(self, item: Mapping[str, Any], notes: str, marks: Mapping[str, Any] | None = None,
              *, what: str = "task") -> TaskBase:
        """The engine's task from a stored item and the annotator's notes and marks; anything
        invalid (empty notes, an unknown flag, a missing response) is one line of BadInputError."""
        values = {f.name: item.get(f.name) for f in self.item_fields() if item.get(f.name) not in (None, "")}
        values.update({f.name: (marks or {}).get(f.name) for f in self.marks()
                       if (marks or {}).get(f.name) not in (None, "")})
        try:
            return self.task(notes=notes, **values)
        except ValidationError as e:
            raise BadInputError(validation_line(e, what)) from None

    def original(self, item: Mapping[str, Any]) -> str | None:
        """The text the output is made from (`starts_from`), or None for a kind made from notes alone."""
        return (item.get(self.starts_from) or None) if self.starts_from else None

    def marks_from(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """The kind's marks out of stored event data ({"flags": [...], ...}); absent ones as None/[]."""
        return {f.name: data.get(f.name, [] if f.type == "flags" else None) for f in self.marks()}

    def marks_of(self, task: Any) -> dict[str, Any]:
        """The annotator's marks on an engine task, as stored beside the notes."""
        return {f.name: getattr(task, f.name) for f in self.marks()}
