"""The kinds of task, one module each: the registry everything else reads.

To add a kind, write its module (task model, import row, fields, check, compose pipeline,
export mapping), its prompt and checklist files, and list its KIND here.
"""

from __future__ import annotations

from typing import Any, Literal

from assistant.errors import BadInputError
from assistant.kinds import caption, comparison, rewrite
from assistant.kinds.base import FieldSpec, Kind

KINDS: dict[str, Kind] = {k.name: k for k in (caption.KIND, rewrite.KIND, comparison.KIND)}
NAMES: tuple[str, ...] = tuple(KINDS)
KindName = Literal[NAMES]  # type: ignore[valid-type]
"""The kind names as a type, for the boundary models that carry one."""


def get(name: Any) -> Kind:
    """The kind called `name`; anything else is one line of BadInputError."""
    try:
        return KINDS[name]
    except (KeyError, TypeError):
        raise BadInputError(f"unknown kind {str(name)[:40]!r}; one of: {', '.join(NAMES)}") from None


def image_kinds() -> str:
    """The kinds that take images as tasks, for a message ("caption")."""
    return " or ".join(k.name for k in KINDS.values() if k.images)


def of(task: Any) -> Kind:
    """The kind of an engine task."""
    return get(task.kind)


__all__ = ["FieldSpec", "KINDS", "Kind", "KindName", "NAMES", "get", "of"]



def _field_type(spec: FieldSpec) -> tuple[Any, Any]:
    """A kind field as an optional field of a boundary model (records.TaskLine, ExportRecord)."""
    from pydantic import BeforeValidator, Field  # noqa: PLC0415
    from typing import Annotated  # noqa: PLC0415

    def empty_is_none(value: Any) -> Any:
        return None if value == "" else value

    if spec.type == "flags":
        return list[str], Field(default=[])
    if spec.type == "choice":
        return Annotated[Literal[spec.choices] | None, BeforeValidator(empty_is_none)], Field(default=None)  # type: ignore[valid-type]
    return Annotated[str | None, BeforeValidator(empty_is_none)], Field(default=None)


def model_fields(role: str | None = None) -> dict[str, tuple[Any, Any]]:
    """Every kind's fields (of `role`), in registry order, once each, described by the kinds that
    use them ("rewrite: the user prompt ...; comparison: ..."): the kind part of the boundary
    models that carry any kind's task."""
    found: dict[str, tuple[FieldSpec, list[str]]] = {}
    for kind in KINDS.values():
        for spec in kind.fields:
            if role is None or spec.role == role:
                found.setdefault(spec.name, (spec, []))[1].append(f"{kind.name}: {spec.help}")
    fields = {}
    for name, (spec, helps) in found.items():
        annotation, info = _field_type(spec)
        info.description = "; ".join(helps) + "."
        fields[name] = (annotation, info)
    return fields


def field_names(type_: str) -> tuple[str, ...]:
    """The names of every kind's fields of one type ("flags")."""
    return tuple(dict.fromkeys(f.name for k in KINDS.values() for f in k.fields if f.type == type_))
