"""Projects and the tasks imported into them: rows validated one by one (images checked,
ids the project has skipped or replaced), tasks typed into the app, uploads."""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant import kinds
from assistant.app import restore
from assistant.app.db import Project, Task
from assistant.app.images import ImageSource
from assistant.errors import BadInputError, validation_line
from assistant.jsonl import LineProblem, decode_line, numbered_lines, parse_json
from assistant.notes import flag_taxonomy, parse_flags
from assistant.questions import load_checklist

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp")
MAX_IMPORT_BYTES = 50_000_000


def create_project(session: Session, name: str, kind: str, checklist: str | None = None,
                   flags: list[str] | None = None) -> Project:
    name = name.strip()
    if not name or len(name) > 80:
        raise BadInputError("a project name is 1 to 80 characters")
    spec = kinds.get(kind)
    if session.scalar(select(Project).where(Project.name == name)):
        raise BadInputError(f"project {name!r} already exists")
    checklist = checklist or kind
    load_checklist(checklist)  # fails with a clear error when missing or malformed
    flags = parse_flags(flags) if flags else (list(flag_taxonomy()) if spec.offers_flags else [])
    project = Project(name=name, kind=kind, checklist=checklist, flags=flags)
    session.add(project)
    session.commit()
    return project


def get_project(session: Session, name: str) -> Project:
    project = session.scalar(select(Project).where(Project.name == name))
    if project is None:
        raise BadInputError(f"no project named {name!r} (create it with: annotation-assistant project add)")
    return project


@dataclass
class ImportResult:
    """What an import did: tasks added, items already in the project (skipped, or with
    `update` replaced), and the lines refused with why."""

    imported: int
    skipped: list[tuple[int | None, str]]  # refused: (line or entry number, or None for a file, reason)
    existing: int = 0
    """Items whose id the project already had: skipped (left as they are)."""
    updated: int = 0
    """Items whose id the project already had, replaced by the imported version (`update`)."""

    def problems(self, limit: int = 20) -> list[str]:
        return [f"line {line}: {why}" if line is not None else why for line, why in self.skipped[:limit]]

    def summary(self, project: str) -> str:
        return (f"imported {self.imported} task(s) into {project!r}; skipped {self.existing} already there; "
                f"updated {self.updated}; refused {len(self.skipped)}")


@dataclass
class Incoming:
    """One item read from an import file, before validation."""

    number: int | None
    """Its line (JSONL, CSV) or entry (JSON array) number; None for an image of a folder."""
    row: dict[str, Any] | str
    """The task row (caption: id, image; rewrite: id, prompt, response), or why it cannot be read."""
    record: Any = None
    """An ExportRecord (ours, or rebuilt from Label Studio): the work to restore with the task."""


def import_tasks(session: Session, project: Project, path: str, *, update: bool = False) -> ImportResult:
    """JSONL of tasks (caption: id, image; rewrite: id, prompt, response) or, for captions, a
    folder of images. Bad lines are refused with their number; good ones are all imported;
    ids the project already has are skipped (replaced with `update`)."""
    p = Path(path)
    if p.is_dir():
        if not kinds.get(project.kind).images:
            raise BadInputError(f"a folder of images can only be imported into a {kinds.image_kinds()} project")
        images = sorted(f for f in p.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES)
        if not images:
            raise BadInputError(f"no images ({', '.join(IMAGE_SUFFIXES)}) in {path}")
        return add_rows(session, project, [Incoming(None, {"id": f.stem, "image": str(f)}) for f in images],
                        p, update=update)
    return add_rows(session, project, jsonl_rows(p), p.parent, update=update)


def jsonl_rows(p: Path) -> Iterator[Incoming]:
    """Each line of a JSONL file parsed on its own (size and depth limited)."""
    for number, raw in numbered_lines(p, what="import", max_bytes=MAX_IMPORT_BYTES):
        try:
            line = decode_line(number, raw)
        except UnicodeDecodeError as e:
            yield Incoming(number, f"not UTF-8 (byte {e.start})")
            continue
        if not line.strip():
            continue
        try:
            row = parse_json(line)
        except LineProblem as e:
            yield Incoming(number, str(e))
            continue
        yield Incoming(number, row if isinstance(row, dict) else "not a JSON object")


def item_id_of(payload: dict[str, Any]) -> str:
    """The id of a row imported without one: a hash of its item (the resolved image path or
    URL; the prompt and response), so the same row imported again is recognised."""
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    return "item-" + hashlib.sha256(canonical.encode()).hexdigest()[:16]


def add_rows(session: Session, project: Project, incoming: Iterable[Incoming], base: Path, *,
             update: bool = False) -> ImportResult:
    """Validates each row on its own (images resolved against `base`, URLs checked), adds the
    new items and skips (or, with `update`, replaces) those whose id the project has."""
    model = kinds.get(project.kind).row
    images = ImageSource(base)
    have = _tasks_by_item(session, project)
    seen: dict[str, int | None] = {}
    result = ImportResult(0, [])
    for item in incoming:
        checked = _checked_row(item, model, images, project)
        if isinstance(checked, str):
            result.skipped.append((item.number, checked))
            continue
        item_id, payload = checked
        if item_id in seen:
            where = f"line {seen[item_id]}" if seen[item_id] is not None else "this import"
            result.skipped.append((item.number, f"id {item_id!r} already came on {where}"))
            continue
        seen[item_id] = item.number
        if item_id in have:
            if update and restore.update(session, [session.get(Task, i) for i in have[item_id]], payload, item.record):
                result.updated += 1
            else:
                result.existing += 1
            continue
        task = Task(project_id=project.id, external_id=item_id, payload=payload)
        session.add(task)
        if item.record is not None:
            restore.restore(session, task, item.record)
        result.imported += 1
    session.commit()
    result.skipped.sort(key=lambda s: s[0] or 0)
    return result


def _checked_row(item: Incoming, model: type[BaseModel], images: ImageSource,
                 project: Project) -> tuple[str, dict[str, Any]] | str:
    """(item id, payload to store), or why the row is refused."""
    if isinstance(item.row, str):
        return item.row
    if item.record is not None and item.record.kind != project.kind:
        return f"a {item.record.kind} record does not go into a {project.kind} project"
    if item.record is not None and _has_nul(item.record.model_dump(mode="json")):
        return "the record contains a NUL character"  # PostgreSQL cannot store it
    try:
        row = model.model_validate(item.row)
    except ValidationError as e:
        return validation_line(e)
    payload = row.model_dump(exclude={"id"})
    for field in kinds.get(project.kind).item_fields():
        if field.type != "image":
            continue
        try:
            payload[field.name] = images.resolve(payload[field.name])
        except BadInputError as e:
            return str(e)
    return row.id or item_id_of(payload), payload


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _tasks_by_item(session: Session, project: Project) -> dict[str, list[int]]:
    """The project's task ids by item id (ids only: a project may have 100,000s of tasks)."""
    found: dict[str, list[int]] = {}
    for external_id, task_id in session.execute(select(Task.external_id, Task.id)
                                                .where(Task.project_id == project.id).order_by(Task.id)):
        found.setdefault(external_id, []).append(task_id)
    return found


def add_task(session: Session, project: Project, item: str, payload: dict[str, Any]) -> Task:
    """One task typed into the app: its kind's item fields (rewrite: prompt, response)."""
    model = kinds.get(project.kind).row
    try:
        row = model.model_validate({"id": item.strip(), **payload})
    except ValidationError as e:
        raise BadInputError(validation_line(e, "invalid task")) from None
    task = Task(project_id=project.id, external_id=row.id or "", payload=row.model_dump(exclude={"id"}))
    session.add(task)
    session.flush()
    task.external_id = task.external_id or f"task-{task.id}"
    session.commit()
    return task


def add_uploads(session: Session, project: Project, files: list[Path], folder: Path, *,
                update: bool = False) -> ImportResult:
    """Files uploaded in the app: JSONL, or one of our exports or Label Studio's, is imported; images
    become caption tasks, copied under `folder` first (an upload's own temporary file does not
    outlive the server), named by their content, so the same image uploaded again is the same
    item. Ids the project already has are skipped (replaced with `update`)."""
    from assistant.app.importing import import_file  # noqa: PLC0415 - importing builds on this module

    total = ImportResult(0, [])
    images: list[Incoming] = []
    for f in files:
        if f.suffix.lower() in IMAGE_SUFFIXES:
            if not kinds.get(project.kind).images:
                raise BadInputError(f"{f.name}: images can only go into a {kinds.image_kinds()} project")
            data = _image_bytes(f)
            kept = folder / str(project.id) / f"{hashlib.sha256(data).hexdigest()[:16]}{f.suffix.lower()}"
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_bytes(data)
            images.append(Incoming(None, {"id": f.stem, "image": str(kept)}))
        elif f.suffix.lower() in (".jsonl", ".json", ".csv", ".parquet"):
            _add_up(total, import_file(session, project, str(f), update=update))
        else:
            raise BadInputError(f"{f.name}: upload a .jsonl file of tasks (or an export: .json, .csv, .parquet) "
                                f"or images ({', '.join(IMAGE_SUFFIXES)})")
    if images:
        _add_up(total, add_rows(session, project, images, folder, update=update))
    return total


def _add_up(total: ImportResult, part: ImportResult) -> None:
    total.imported += part.imported
    total.existing += part.existing
    total.updated += part.updated
    total.skipped += part.skipped


def image_problem(path: Path) -> str | None:
    """Why a local file cannot be a task's image, or None. Checked at import, so a typo in a
    path is one line there, not a broken picture in front of an annotator later."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 - only for imports

    if not path.is_file():
        return f"{path.name}: image not found"
    if path.stat().st_size > MAX_IMPORT_BYTES:
        return f"{path.name}: larger than {MAX_IMPORT_BYTES // 1_000_000} MB"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # a bomb is refused, not shown
            with Image.open(path) as image:
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return f"{path.name}: too many pixels for an image to annotate (a decompression bomb?)"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        return f"{path.name}: not a readable image ({type(e).__name__})"
    return None


def _image_bytes(path: Path) -> bytes:
    if problem := image_problem(path):
        raise BadInputError(problem)
    return path.read_bytes()


def project_counts(session: Session) -> list[tuple[Project, int]]:
    counts = dict(session.execute(select(Task.project_id, func.count()).group_by(Task.project_id)).all())
    return [(p, counts.get(p.id, 0)) for p in session.scalars(select(Project).order_by(Project.name))]
