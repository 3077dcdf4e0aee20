"""What the team workflow adds to an exported record, in one call for the export (issue 14's
formats call this): the guideline version the text was drafted under, edge cases and their
answers (an unresolved one survives into the data), whether it is a gold copy, and the
adjudicated record of a k = 2 item. Gold copies are left out unless asked for."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from assistant.app import assignment, edge_cases, guidelines
from assistant.app.current import current_record
from assistant.app.db import Task


def exportable(session: Session, tasks: list[Task], *, include_gold: bool = False) -> list[Task]:
    return [t for t in tasks if include_gold or not assignment.is_gold_copy(session, t)]


def fields(session: Session, task: Task) -> dict[str, Any]:
    return {
        "guideline_version": guidelines.version_used(session, task),
        **edge_cases.export_fields(session, task),
        **assignment.export_fields(session, task),
        "record": current_record(session, task).summary(),
    }
