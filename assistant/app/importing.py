"""Import from other tools: a Label Studio export (a JSON array of tasks, fields under
`data`) or JSONL whose keys differ from ours, mapped by `--map image=img,response=text`.

The rows are renamed into our task rows and handed to store.import_tasks, so validation,
image checks and skipped-line reports are the same as for our own JSONL.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from assistant import formats
from assistant.app import store
from assistant.app.db import Project
from assistant.errors import BadInputError

FIELDS = {"caption": ("id", "image"), "rewrite": ("id", "prompt", "response")}


def import_file(session: Session, project: Project, path: str, mapping: dict[str, str] | None = None) -> store.ImportResult:
    """Our JSONL or a folder of images as before; a JSON array (Label Studio) or any file
    with a mapping goes through the renaming first."""
    p = Path(path)
    if p.is_dir() or (not mapping and not _is_json_array(p)):
        return store.import_tasks(session, project, path)
    unknown = set(mapping or {}) - set(FIELDS[project.kind])
    if unknown:
        raise BadInputError(f"--map names {', '.join(sorted(unknown))}; a {project.kind} task has "
                                  f"{', '.join(FIELDS[project.kind])}")
    numbers: list[int] = []
    skipped: list[tuple[int | None, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        renamed = Path(folder) / "tasks.jsonl"
        with renamed.open("w", encoding="utf-8") as out:
            for number, row in formats.task_rows(p, mapping or {}, FIELDS[project.kind]):
                if isinstance(row, str):
                    skipped.append((number, row))
                    continue
                if isinstance(row.get("image"), str) and not row["image"].startswith(("http://", "https://")):
                    row["image"] = str((p.parent / row["image"]).resolve())  # relative to the source file
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                numbers.append(number)
        if not numbers:
            first = f"; first problem: {skipped[0][0]}: {skipped[0][1]}" if skipped else ""
            raise BadInputError(f"import file has no usable tasks: {path}{first}")
        result = store.import_tasks(session, project, str(renamed))
    # report the source file's line (JSONL) or task (JSON array) numbers, not the renamed file's
    skipped += [(numbers[line - 1] if line else None, why) for line, why in result.skipped]
    return store.ImportResult(result.imported, sorted(skipped, key=lambda s: (s[0] or 0)))


def _is_json_array(p: Path) -> bool:
    if not p.is_file():
        return False
    with p.open("rb") as f:
        return f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
