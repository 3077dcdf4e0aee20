"""Import a file into a project, whatever wrote it: our JSONL of tasks, a folder of images,
our own exports (jsonl records, csv, Parquet, Label Studio) and Label Studio's export of them,
or JSONL / Label Studio tasks whose keys differ from ours, mapped by `--map image=img,...`.

Every line (or array entry, or CSV row) is read on its own and turned into a task row, and,
for an exported record, the work to restore (assistant/app/restore.py); projects.add_rows then
validates, checks images, skips ids the project already has and reports refused lines by
number, the same for every format.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy.orm import Session

from assistant import formats, kinds, label_studio
from assistant.app import projects
from assistant.app.db import Project
from assistant.app.projects import Incoming
from assistant.errors import BadInputError
from assistant.jsonl import MAX_LINE_CHARS, LineProblem, array_entries
from assistant.records import ExportRecord, record_from_data

#: Keys that make a JSONL line one of our export records rather than a task row.
RECORD_KEYS = {"task_id", "item_id", "kind", "status"}
#: The path Label Studio's local files storage serves images under.
LOCAL_FILES = "/data/local-files/"


def import_file(session: Session, project: Project, path: str, mapping: dict[str, str] | None = None, *,
                update: bool = False, image_root: str | None = None) -> projects.ImportResult:
    """Imports `path` (format from its content and suffix); ids already in the project are
    skipped, or replaced with `update`. Relative image paths and Label Studio local-files
    URLs resolve against `image_root`, else the file's folder."""
    p = Path(path)
    mapping = mapping or {}
    fields = kinds.get(project.kind).import_fields()
    unknown = set(mapping) - set(fields)
    if unknown:
        raise BadInputError(f"--map names {', '.join(sorted(unknown))}; a {project.kind} task has {', '.join(fields)}")
    if p.is_dir():
        return projects.import_tasks(session, project, path, update=update)
    if not p.is_file():
        raise BadInputError(f"import file not found: {path}")
    if p.stat().st_size > projects.MAX_IMPORT_BYTES:
        raise BadInputError(f"import file is {p.stat().st_size:,} bytes; the limit is {projects.MAX_IMPORT_BYTES:,}")
    base = Path(image_root) if image_root else p.parent
    reader = _Reader(project.kind, mapping, base)
    return projects.add_rows(session, project, reader.items(p), base, update=update)


class _Reader:
    def __init__(self, kind: str, mapping: dict[str, str], base: Path):
        self.kind, self.mapping, self.base = kinds.get(kind), mapping, base

    def items(self, p: Path) -> Iterator[Incoming]:
        suffix = p.suffix.lower()
        if suffix == ".csv":
            yield from self._csv(p)
        elif suffix == ".parquet":
            for n, row in formats.parquet_rows(p):
                yield self._record(n, row)
        elif _is_json_array(p):
            for n, entry in array_entries(p.read_text(encoding="utf-8-sig")):
                yield self._entry(n, entry)
        else:
            for item in projects.jsonl_rows(p):
                yield item if isinstance(item.row, str) else self._entry(item.number, item.row)

    def _entry(self, n: int | None, entry: Any) -> Incoming:
        if isinstance(entry, LineProblem):
            return Incoming(n, str(entry))
        if not isinstance(entry, dict):
            return Incoming(n, "not a JSON object")
        if RECORD_KEYS <= entry.keys():
            return self._record(n, entry)
        data = entry.get("data")
        if isinstance(data, dict) and (label_studio.LS_RECORD_KEY in data or entry.get("annotations")
                                       or entry.get("predictions")):
            try:
                record = label_studio.record_from_label_studio(entry, self.kind.name, self.mapping)
            except BadInputError as e:
                return Incoming(n, str(e))
            return self._restored(n, record)
        return Incoming(n, self._images(label_studio.mapped_row(entry, self.mapping, self.kind.import_fields())))

    def _record(self, n: int, data: dict[str, Any]) -> Incoming:
        try:
            return self._restored(n, record_from_data(data, n))
        except BadInputError as e:
            return Incoming(n, str(e).removeprefix(f"record {n}: "))

    def _restored(self, n: int | None, record: ExportRecord) -> Incoming:
        row = {"id": record.item_id, **{f.name: getattr(record, f.name, None) or ""
                                         for f in kinds.get(record.kind).item_fields()}}
        return Incoming(n, self._images(row), record)

    def _images(self, row: dict[str, Any]) -> dict[str, Any]:
        for field in self.kind.item_fields():
            if field.type == "image" and isinstance(row.get(field.name), str):
                row[field.name] = self._image(row[field.name])
        return row

    def _image(self, image: str) -> str:
        """A Label Studio local-files link back to the file under the image root."""
        if image.startswith(LOCAL_FILES):
            found = parse_qs(urlsplit(image).query).get("d")
            return str(self.base / unquote(found[0])) if found else image
        return image

    def _csv(self, p: Path) -> Iterator[Incoming]:
        csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_CHARS))
        with p.open(encoding="utf-8-sig", newline="") as f:
            rows = csv.DictReader(f)
            ours = RECORD_KEYS <= set(rows.fieldnames or [])
            line = 1
            try:
                for row in rows:
                    line = rows.line_num
                    if ours:
                        yield self._csv_record(line, row)
                    else:
                        yield self._entry(line, {k: v for k, v in row.items() if k is not None and v != ""})
            except csv.Error as e:
                yield Incoming(line + 1, f"not CSV ({e}); the rest of the file is not read")
            except UnicodeDecodeError as e:
                yield Incoming(line + 1, f"not UTF-8 (byte {e.start}); the rest of the file is not read")

    def _csv_record(self, line: int, row: dict[str, Any]) -> Incoming:
        try:
            return self._restored(line, formats.record_from_csv_row(row, line))
        except BadInputError as e:
            return Incoming(line, str(e).removeprefix(f"CSV line {line}: ").removeprefix(f"record {line}: "))


def _is_json_array(p: Path) -> bool:
    with p.open("rb") as f:
        return f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
