"""Label Studio's task JSON, both ways: our record as a task (the final text as a TextArea
annotation, the AI draft as a prediction with its model version, the whole record under
`data.annotation_assistant`), and a record back from a task we exported, from Label Studio's
own export of it, or from a task made in Label Studio (`--map` renames its fields). A kind
with an exporter of its own (a comparison's pairwise config) makes and reads its own tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from assistant import kinds
from assistant.errors import BadInputError
from assistant.paths import is_url
from assistant.records import DraftOut, ExportRecord, record_from_data

#: The key of a Label Studio task's `data` that holds our whole record.
LS_RECORD_KEY = "annotation_assistant"


@dataclass
class ImageLinks:
    """Where Label Studio finds a caption's image (`export --image-root/--image-url-prefix`).

    With `root` (the folder Label Studio's local files storage serves, its
    LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT) an image under it becomes
    `/data/local-files/?d=<path under root>`; with `url_prefix` it becomes `url_prefix` + the
    path under `root` (or the file name without a root). URLs stay as they are."""

    root: Path | None = None
    url_prefix: str | None = None

    def link(self, image: str) -> str:
        if is_url(image) or (self.root is None and not self.url_prefix):
            return image
        if self.root is None:
            return self.url_prefix.rstrip("/") + "/" + quote(Path(image).name)  # type: ignore[union-attr]
        try:
            under = Path(image).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            raise BadInputError(f"image {image} is not under --image-root {self.root}") from None
        if self.url_prefix:
            return self.url_prefix.rstrip("/") + "/" + quote(under)
        return "/data/local-files/?d=" + quote(under)


def _textarea(result_id: str, kind: str, text: str) -> dict[str, Any]:
    from_name, to_name = kinds.get(kind).label_studio
    return {"id": result_id, "from_name": from_name, "to_name": to_name, "type": "textarea",
            "value": {"text": [text]}}


def label_studio_task(record: ExportRecord, images: ImageLinks | None = None) -> dict[str, Any]:
    """A task in Label Studio's import format: `data` for the labeling config ($image, or
    $prompt and $response; $notes), annotations and predictions as TextArea results. The
    image is linked as `images` says; our record keeps the path as it is here. A kind with an
    exporter of its own (a comparison's pairwise config) makes its own task."""
    if (exporter := kinds.get(record.kind).exporter()) is not None:
        return exporter.label_studio_task(record, images)
    data: dict[str, Any] = {"item_id": record.item_id, "notes": record.notes or ""}
    for field in kinds.get(record.kind).item_fields():
        value = getattr(record, field.name) or ""
        data[field.name] = images.link(value) if field.type == "image" and images and value else value
    data[LS_RECORD_KEY] = record.model_dump(mode="json")
    task: dict[str, Any] = {"data": data, "annotations": [], "predictions": []}
    if record.final_text:
        task["annotations"].append({"result": [_textarea("final", record.kind, record.final_text)],
                                    "ground_truth": record.decision == "approve"})
    if record.draft:
        task["predictions"].append({"model_version": record.draft.model,
                                    "result": [_textarea("draft", record.kind, record.draft.text)]})
    return task


def _textarea_text(results: Any) -> str | None:
    for result in results if isinstance(results, list) else []:
        if isinstance(result, dict) and result.get("type") == "textarea" and isinstance(result.get("value"), dict):
            text = result["value"].get("text", [])
            return text if isinstance(text, str) else "\n".join(str(t) for t in as_list(text))
    return None


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def first_annotation(task: dict[str, Any]) -> dict[str, Any] | None:
    """The first annotation that was not cancelled (Label Studio keeps skipped ones too)."""
    for annotation in as_list(task.get("annotations")):
        if isinstance(annotation, dict) and not annotation.get("was_cancelled"):
            return annotation
    return None


def prediction_of(task: dict[str, Any], annotation: dict[str, Any] | None) -> dict[str, Any] | None:
    """The prediction as an object: our import format carries objects; Label Studio's own
    export lists prediction ids (`"predictions": [1]`) and puts the object on the annotation
    made from it."""
    listed = as_list(task.get("predictions"))
    objects = [p for p in listed if isinstance(p, dict)]
    if objects:
        return objects[0]
    attached = annotation.get("prediction") if annotation else None
    if isinstance(attached, dict) and attached.get("result"):
        return attached
    return None


def _ls_time(value: Any) -> datetime | None:
    """Label Studio's ISO times (with Z or an offset) as our naive UTC."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def user_of(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("email") or value.get("username") or None
    return None


def record_from_label_studio(task: Any, kind: str | None = None, mapping: dict[str, str] | None = None) -> ExportRecord:
    """Our record back from a Label Studio task: one we exported (with our record under
    `data.annotation_assistant`) or Label Studio's own export of it, or a task made in Label
    Studio. Our record wins where present; the final text comes from the annotation and the
    draft from the prediction, so a text edited in Label Studio is what comes back."""
    if not isinstance(task, dict):
        raise BadInputError("not a JSON object")
    data = task["data"] if isinstance(task.get("data"), dict) else {}
    ours = data.get(LS_RECORD_KEY)
    named = kind or (ours.get("kind") if isinstance(ours, dict) else None) or (_kind_of(data, mapping or {}) if data else None)
    if named is not None and (exporter := kinds.get(named).exporter()) is not None:
        return exporter.record_from_label_studio(task, mapping)
    annotation = first_annotation(task)
    prediction = prediction_of(task, annotation)
    final = _textarea_text(annotation.get("result")) if annotation else None
    drafted = _textarea_text(prediction.get("result")) if prediction else None
    if isinstance(data.get(LS_RECORD_KEY), dict):
        record = record_from_data(data[LS_RECORD_KEY], task.get("id", 0))
        update: dict[str, Any] = {}
        if annotation is not None:
            update["final_text"] = final or None
            if final and record.status in ("open", "in_progress", "returned"):
                update["status"] = "submitted"  # annotated in Label Studio: ready for review here
        if drafted is not None:
            base = record.draft or DraftOut(text="", model="")
            update["draft"] = base.model_copy(update={"text": drafted,
                                                      "model": str(prediction.get("model_version") or base.model)})
        return record.model_copy(update=update)
    if not data:
        raise BadInputError("a Label Studio task has its fields under 'data'")
    names = mapping or {}
    kind = kind or _kind_of(data, names)
    item = {f.name: data.get(names.get(f.name, f.name)) for f in kinds.get(kind).item_fields()}
    fields: dict[str, Any] = {
        "task_id": task.get("id") if isinstance(task.get("id"), int) else 0,
        "item_id": str(data.get(names.get("id", "item_id")) or task.get("id") or ""),
        "project": "", "kind": kind, "status": "submitted" if final else "open",
        **{k: v for k, v in item.items() if v is not None},
        "notes": data.get("notes"), "final_text": final or None,
        "annotator": user_of(annotation.get("completed_by")) if annotation else None,
        "timestamps": {"created": _ls_time(task.get("created_at")),
                       "submitted": _ls_time(annotation.get("created_at")) if annotation and final else None},
    }
    if drafted is not None:
        fields["draft"] = {"text": drafted, "model": str(prediction.get("model_version") or "")}
    return record_from_data(fields, task.get("id", 0))


def _kind_of(data: dict[str, Any], names: dict[str, str]) -> str:
    """The kind of a task made in Label Studio: the first whose required item fields it has."""
    for kind in kinds.KINDS.values():
        if all(data.get(names.get(f.name, f.name)) is not None for f in kind.item_fields()
               if kind.needs(f.name, on_import=True)):
            return kind.name
    raise BadInputError("a Label Studio task's data has none of the fields a kind needs ("
                        + "; ".join(f"{k.name}: {', '.join(f.name for f in k.item_fields() if k.needs(f.name, on_import=True))}"
                                    for k in kinds.KINDS.values()) + ")")


def parse_map(spec: str | None) -> dict[str, str]:
    """`--map image=img,response=text` -> {"image": "img", "response": "text"}: our field = their key."""
    mapping: dict[str, str] = {}
    for pair in (spec or "").split(","):
        if not pair.strip():
            continue
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise BadInputError(f"--map takes OURS=THEIRS pairs separated by commas, not {pair.strip()!r}")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def mapped_row(entry: dict[str, Any], mapping: dict[str, str], fields: tuple[str, ...]) -> dict[str, Any]:
    """Our task row from a Label Studio task (fields under `data`) or a flat row, keys renamed
    by `mapping` (our field = their key)."""
    data = entry["data"] if isinstance(entry.get("data"), dict) else entry
    row = {f: data[mapping.get(f, f)] for f in fields if mapping.get(f, f) in data}
    if "id" not in row and "item_id" in data and "id" not in mapping:
        row["id"] = data["item_id"]  # our own export's item id
    if "id" not in row and "id" in entry:
        row["id"] = entry["id"]  # Label Studio's own task id
    if "id" in row and isinstance(row["id"], (int, float, str)):
        row["id"] = str(row["id"])
    return row
