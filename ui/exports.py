"""The lead's export button: a project's records as a file to download (lead only)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from assistant.app import quality, store
from assistant.app.export import STATUS_FILTERS, export_project
from assistant.errors import BadInputError
from assistant.formats import FORMATS
from .handlers import App

#: The file suffix each format downloads with (hf downloads Parquet: typed nested columns).
SUFFIXES = {"jsonl": ".jsonl", "label-studio": ".json", "hf": ".parquet", "csv": ".csv"}


def export_file(app: App, name: str | None, project: str, fmt: str, status: str) -> dict[str, object]:
    """Writes the export to a fresh temporary folder (Gradio serves files from there) and
    returns {'path', 'message'}. An annotator's call is refused like every lead handler."""
    if fmt not in FORMATS:
        raise BadInputError(f"choose a format: {', '.join(FORMATS)}")
    if status not in STATUS_FILTERS:
        raise BadInputError(f"choose which tasks: {', '.join(STATUS_FILTERS)}")
    with app.sessions() as s:
        app.user(s, name, "lead")
        safe = re.sub(r"[^\w.-]+", "_", project or "export").strip("._") or "export"
        out = Path(tempfile.mkdtemp(prefix="aa-export-")) / f"{safe}-{status}{SUFFIXES[fmt]}"
        count = export_project(s, project or "", fmt, out, status)  # type: ignore[arg-type]
        summary = quality.flow_summary(s, store.get_project(s, project or ""))
    return {"path": str(out), "message": f"Exported {count} {status} task(s) of {project!r} as {fmt}. "
                                          f"{summary[0].upper()}{summary[1:]}."}
