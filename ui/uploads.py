"""Uploads: how large one may be, and that none outlives its import.

Before, a signed-in annotator's cookie put 300 MB into /gradio_api/upload, and every file a
lead uploaded stayed in Gradio's temporary folder after its tasks were imported.
"""

from __future__ import annotations

import os
from pathlib import Path

from collections.abc import Callable

from gradio.utils import get_upload_folder

from . import exports
from .streams import refuse, signed_in_user

UPLOAD_ENV = "ANNOTATION_ASSISTANT_MAX_UPLOAD_MB"
#: A JSONL of tens of thousands of tasks or a batch of photos fits; Gradio answers 413 beyond.
UPLOAD_MB = 50.0


def max_upload_bytes() -> int:
    try:
        return int(float(os.environ.get(UPLOAD_ENV) or UPLOAD_MB) * 1024 * 1024)
    except ValueError:
        return int(UPLOAD_MB * 1024 * 1024)


def forget(files: list[str]) -> None:
    """Delete uploaded files (and the folder Gradio made for each) once their tasks are stored:
    only files inside Gradio's upload folder, never a path from anywhere else."""
    root = Path(get_upload_folder()).resolve()
    for name in files:
        path = Path(name).resolve()
        if root not in path.parents or not path.is_file():
            continue
        path.unlink(missing_ok=True)
        try:
            path.parent.rmdir()  # Gradio keeps each upload in a folder of its own
        except OSError:
            pass  # not empty, or gone already


class LeadsOnly:
    """ASGI middleware: only a lead may upload (the annotator's page has nothing to upload) or
    download an export (ui/exports.py)."""

    def __init__(self, app, is_lead: Callable[[str | None], bool]):
        self.app = app
        self.is_lead = is_lead

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "") if scope["type"] == "http" else ""
        upload = path.rstrip("/").endswith("/gradio_api/upload")
        export = "/gradio_api/file=" in path and exports.lead_only(path.split("/gradio_api/file=", 1)[1])
        if upload or export:
            user = signed_in_user(scope)
            if user is not None and not self.is_lead(user):  # anonymous: Gradio's own 401
                return await refuse(send, 403, "for leads only")
        await self.app(scope, receive, send)
