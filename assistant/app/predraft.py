"""`batch --into-project`: batch results become tasks in the app with their draft stored.

The annotator still writes notes first: the draft is a "draft" event (source "batch",
without a user), and the workspace shows a stored draft only once the annotator's own
notes exist, as for any draft. The batch's notes stay in the event's data, on record.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import kinds
from assistant.app import guidelines, projects
from assistant.app.images import ImageSource
from assistant.app.db import Event, Project, Task
from assistant.batch import BatchResult
from assistant.errors import BadInputError


def store_predrafts(session: Session, project: Project, results_path: str | Path,
                    images_from: str | Path | None = None) -> projects.ImportResult:
    """Every drafted result (done or flagged) of the project's kind whose id the project does
    not have yet; failed ones are reported, not stored. Relative image paths are resolved
    against `images_from` (the batch input's folder). Safe to run again: ids are not repeated."""
    base = Path(images_from) if images_from else Path(results_path).parent
    have = set(session.scalars(select(Task.external_id).where(Task.project_id == project.id)))
    imported, skipped = 0, []
    for number, line in enumerate(Path(results_path).read_text(encoding="utf-8").splitlines(), start=1):
        try:
            result = BatchResult.model_validate_json(line)
        except ValueError:
            skipped.append((number, "not a batch result line"))
            continue
        why = _not_storable(result, project, have)
        payload = None if why else _payload(result, base)
        if isinstance(payload, str):
            why = payload
        if why:
            skipped.append((number, f"{result.id}: {why}"))
            continue
        _store(session, project, result, payload)
        have.add(result.id)
        imported += 1
    session.commit()
    return projects.ImportResult(imported, skipped)


def _not_storable(result: BatchResult, project: Project, have: set[str]) -> str | None:
    if result.id in have:
        return "already in the project"
    if result.status == "failed" or result.task is None or result.text is None:
        return f"no draft ({result.error or 'failed'})"
    if result.task.kind != project.kind:
        return f"a {result.task.kind} task does not go into a {project.kind} project"
    return None


def _payload(result: BatchResult, base: Path) -> dict | str:
    """The task's item as the app stores it, or why it cannot be stored."""
    task = result.task
    assert task is not None
    payload = {}
    for field in kinds.get(task.kind).item_fields():
        value = getattr(task, field.name) or ""
        if field.type == "image":
            if not value:
                return f"a {task.kind} task needs its {field.name}"
            try:  # a path resolved and opened, a URL checked as the server will fetch it
                value = ImageSource(base).resolve(value)
            except BadInputError as e:
                return str(e)
        payload[field.name] = value
    return payload


def _store(session: Session, project: Project, result: BatchResult, payload: dict) -> None:
    task = Task(project_id=project.id, external_id=result.id, payload=payload)
    session.add(task)
    session.flush()
    assert result.task is not None and result.check is not None
    session.add(Event(task_id=task.id, user_id=None, kind="draft", text=result.text or "", data={
        "source": "batch", "model": result.model, "prompt_version": result.prompt_version,
        "checklist_version": result.checklist_version, "guideline_version": guidelines.version_of(project, result.checklist_version),
        "check": result.check.model_dump(),
        "questions": [q.model_dump() for q in result.questions], "latency_s": result.latency_s,
        # the notes the draft was composed from: on record, not shown as the annotator's own
        "notes": result.task.notes, **kinds.get(result.task.kind).marks_of(result.task),
    }))
