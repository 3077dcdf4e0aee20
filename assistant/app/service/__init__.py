"""The app's service layer: the workflows the web app, the CLI and batch share, over a session
factory and a signed-in user name. Results are plain data (dicts of values, check reports,
drafts) with no HTML; ui/handlers.py adapts them for the Gradio page.

users.py     who is signed in and what their role allows
annotate.py  notes (saved before any model call), compose, answers, check an edit, submit
lead.py      review queue and task, decisions, statistics, accounts, projects, tasks
"""

from __future__ import annotations

from .annotate import Annotating, DraftView, Partial
from .lead import Leading
from .users import Forbidden


class Service(Annotating, Leading):
    """Every workflow of the app, for one database and one model."""


__all__ = ["DraftView", "Forbidden", "Partial", "Service"]
