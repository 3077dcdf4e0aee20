"""The lead's export button: a project's records as a file to download (lead only)."""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

from gradio import processing_utils
from gradio.utils import get_upload_folder

from assistant.app import projects, quality
from assistant.app.export import STATUS_FILTERS, export_project
from assistant.errors import BadInputError
from assistant.formats import FORMATS, SUFFIXES
from .handlers import App



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
        folder = Path(tempfile.mkdtemp(prefix="aa-export-"))
        try:
            out = folder / f"{safe}-{status}{SUFFIXES[fmt]}"
            count = export_project(s, project or "", fmt, out, status)  # type: ignore[arg-type]
            served = _serve_to_leads(out)
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the served copy is Gradio's; nothing piles up in /tmp
        summary = quality.flow_summary(s, projects.get_project(s, project or ""))
    return {"path": served, "message": f"Exported {count} {status} task(s) of {project!r} as {fmt}. "
                                       f"{summary[0].upper()}{summary[1:]}."}


#: How long an export stays downloadable: the lead clicks the link right away.
KEEP_S = 3600.0
#: Export files Gradio serves (its cache copies) -> when each was made. Only a lead may fetch
#: them (uploads.LeadsOnly); an hour later they are deleted.
LEAD_ONLY: dict[str, float] = {}
_LOCK = threading.Lock()


def _serve_to_leads(out: Path) -> str:
    served = str(Path(processing_utils.save_file_to_cache(out, get_upload_folder())).resolve())
    with _LOCK:
        for old, made in list(LEAD_ONLY.items()):
            if time.time() - made > KEEP_S:
                Path(old).unlink(missing_ok=True)
                LEAD_ONLY.pop(old, None)
        LEAD_ONLY[served] = time.time()
    return served


def lead_only(path: str) -> bool:
    """Whether a file Gradio is asked to serve is an export (readable by leads only)."""
    try:
        return str(Path(path).resolve()) in LEAD_ONLY
    except OSError:
        return False
