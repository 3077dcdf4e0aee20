"""Our export records of comparisons in and out of the comparison formats (export.py).

`assistant.formats` hands a comparison's records here (the kind's `exports`): Label Studio
gets the pairwise config's task, with the whole record under `data.annotation_assistant` as for
every kind, and `hf` writes TRL's preference columns (`prompt`, `chosen`, `rejected`,
`rationale`) instead of whole records. A Label Studio task comes back as our record, with
the choice, flags and rationale of the annotation made there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

from assistant.errors import BadInputError
from assistant.kinds.comparison import export
from assistant.records import DraftOut, ExportRecord, TaskStatus

#: Every status: `export --status` has already chosen which records come here.
ALL_STATUSES = get_args(TaskStatus)


def comparison(record: ExportRecord) -> export.ComparisonRecord:
    """The comparison exporters' view of one of our records."""
    try:
        return export.ComparisonRecord(
            item_id=record.item_id, prompt=record.prompt or "", response_a=record.response_a or "",
            response_b=record.response_b or "", choice=record.choice, flags_a=record.flags_a,
            flags_b=record.flags_b, notes=record.notes or "", rationale=record.final_text,
            draft_rationale=record.draft.text if record.draft else None,
            draft_model=record.draft.model if record.draft else None, status=record.status,
            annotator=record.annotator)
    except ValueError as e:
        raise BadInputError(f"item {record.item_id}: {e}") from None


def label_studio_task(record: ExportRecord, images: Any = None) -> dict[str, Any]:
    """The pairwise task, carrying our whole record (what an import back restores)."""
    task = export.label_studio_task(comparison(record))
    task["data"][export.LS_RECORD_KEY] = record.model_dump(mode="json")
    return task


def record_from_label_studio(task: Any, mapping: dict[str, str] | None = None) -> ExportRecord:
    """Our record back: the one the task carries, with the work done in Label Studio (choice,
    flags, rationale, annotator, draft) taken from its annotation; or, for a task made there,
    a record built from its data and annotation."""
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise BadInputError("a Label Studio task is an object with its fields under 'data'")
    data = task["data"]
    ours = data.get(export.LS_RECORD_KEY)
    base = ExportRecord.model_validate(ours) if isinstance(ours, dict) else None
    names = mapping or {}
    seen = {**task, "data": {**{k: data.get(names.get(k, k)) for k in ("prompt", "response_a", "response_b")},
                             "item_id": data.get(names.get("id", "item_id")), "notes": data.get("notes"),
                             **({export.LS_RECORD_KEY: comparison(base).model_dump(mode="json")} if base else {})}}
    back = export.record_from_label_studio(seen)
    work = {"choice": back.choice, "flags_a": back.flags_a, "flags_b": back.flags_b, "final_text": back.rationale,
            "status": back.status, "annotator": back.annotator}
    if back.draft_rationale is not None:
        work["draft"] = DraftOut(text=back.draft_rationale, model=back.draft_model or "")
    if base is not None:
        if base.draft is not None and back.draft_rationale is not None:
            work["draft"] = base.draft.model_copy(update={"text": back.draft_rationale,
                                                          "model": back.draft_model or base.draft.model})
        return base.model_copy(update=work)
    return ExportRecord(task_id=task.get("id") if isinstance(task.get("id"), int) else 0, item_id=back.item_id,
                        project="", kind="comparison", prompt=back.prompt, response_a=back.response_a,
                        response_b=back.response_b, notes=back.notes or None, **work)


def write_hf(records: list[ExportRecord], out: str | Path) -> str:
    """TRL's preference columns, one row per chosen pair; says what was left out."""
    written = export.write_preferences([comparison(r) for r in records], out, statuses=ALL_STATUSES)
    left = [f"{written.ties} tie(s)"] if written.ties else []
    left += [f"{written.unreviewed} without a choice"] if written.unreviewed else []
    return f"{len(written.rows)} preference pair(s)" + (f"; left out: {', '.join(left)}" if left else "")
