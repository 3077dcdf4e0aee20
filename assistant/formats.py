"""Export records in the formats other tools read, and back:

- jsonl: our schema (assistant/records.py), one record per line;
- label-studio: Label Studio's task JSON (a JSON array): the final text as a TextArea
  annotation, the AI draft as a prediction with its model version, the whole record in
  `data.annotation_assistant`;
- hf: Parquet with typed, nested columns for Hugging Face `datasets` (`--out x.parquet`), or
  JSONL that `datasets.load_dataset("json", ...)` reads (any other suffix);
- csv: one row per task, nested fields as JSON strings, UTF-8 with a BOM, cells that a
  spreadsheet would run as a formula quoted with a leading apostrophe.

Every writer has a reader that returns the same records: that is what the round-trip tests
compare. Writes go to a temporary file renamed into place, so a failed export leaves no
half-written file behind.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, get_args, get_origin
from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from assistant import kinds
from assistant.errors import BadInputError, validation_line
from assistant.paths import is_url
from assistant.jsonl import LineProblem, array_entries, parse_json
from assistant.records import DraftOut, ExportRecord

Format = Literal["jsonl", "label-studio", "hf", "csv"]
FORMATS: tuple[str, ...] = ("jsonl", "label-studio", "hf", "csv")
#: The key of a Label Studio task's `data` that holds our whole record.
LS_RECORD_KEY = "annotation_assistant"
#: A spreadsheet runs a cell starting with one of these as a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


def write(records: list[ExportRecord], fmt: str, out: str | Path, *, images: ImageLinks | None = None) -> None:
    if images is not None and (images.root or images.url_prefix) and fmt != "label-studio":
        raise BadInputError("--image-root and --image-url-prefix are for --format label-studio")
    match fmt:
        case "jsonl":
            _atomic_text(out, lambda f: f.writelines(r.model_dump_json() + "\n" for r in records))
        case "label-studio":
            mixed = sorted({r.kind for r in records})
            if len(mixed) > 1:
                raise BadInputError(f"these records mix {' and '.join(mixed)} tasks, and a Label Studio project has one "
                                    "labeling config: export each kind to its own file ("
                                    + ", ".join(f"--kind {k}" for k in mixed) + ")")
            tasks = [label_studio_task(r, images) for r in records]
            _atomic_text(out, lambda f: json.dump(tasks, f, ensure_ascii=False, indent=1))
        case "hf":
            if (exporter := _one_exporter(records, "hf")) is not None:
                exporter.write_hf(records, out)
            elif Path(out).suffix == ".parquet":
                write_parquet(records, out)
            else:
                write(records, "jsonl", out)
        case "csv":
            _atomic_text(out, lambda f: write_csv(records, f), encoding="utf-8-sig", newline="")
        case _:
            raise BadInputError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")


def read(path: str | Path, fmt: str) -> list[ExportRecord]:
    """The records a `write` in `fmt` produced (round trips; also reads hand-edited files)."""
    p = Path(path)
    match fmt:
        case "jsonl":
            return [_record(_parsed(line, n), n) for n, line in _lines(p)]
        case "label-studio":
            return [record_from_label_studio(_problem_raised(t, n)) for n, t in
                    array_entries(p.read_text(encoding="utf-8-sig"))]
        case "hf":
            return read_parquet(p) if p.suffix == ".parquet" else read(p, "jsonl")
        case "csv":
            with p.open(encoding="utf-8-sig", newline="") as f:
                return [record_from_csv_row(row, n) for n, row in enumerate(csv.DictReader(f), start=2)]
        case _:
            raise BadInputError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")


def _lines(p: Path) -> Iterator[tuple[int, str]]:
    with p.open(encoding="utf-8-sig") as f:
        for n, line in enumerate(f, start=1):
            if line.strip():
                yield n, line


def _parsed(line: str, where: int) -> Any:
    try:
        return parse_json(line)
    except LineProblem as e:
        raise BadInputError(f"record {where}: {e}") from None


def _problem_raised(value: Any, where: int) -> Any:
    if isinstance(value, LineProblem):
        raise BadInputError(f"task {where}: {value}")
    return value


def record_from_data(data: Any, where: int) -> ExportRecord:
    """One record from parsed JSON; BadInputError names `where` (its line or entry)."""
    return _record(data, where)


def _record(data: Any, where: int) -> ExportRecord:
    try:
        return ExportRecord.model_validate(data)
    except ValidationError as e:
        raise BadInputError(f"record {where}: {validation_line(e)}") from None


def _atomic_text(out: str | Path, fill: Callable[[typing.TextIO], None], encoding: str = "utf-8",
                 newline: str | None = None) -> None:
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding=encoding, newline=newline) as f:
            fill(f)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would make an export unreadable to the team
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- Label Studio


def _one_exporter(records: list[ExportRecord], fmt: str) -> Any:
    """The kind's own exporter when the records are of a kind that has one (they must then all
    be of that kind: its columns are not the others'); None for formats.py's own mapping."""
    mixed = sorted({r.kind for r in records})
    exporters = {k: kinds.get(k).exporter() for k in mixed}
    if not any(exporters.values()):
        return None
    if len(mixed) > 1:
        raise BadInputError(f"these records mix {' and '.join(mixed)} tasks, and {fmt} for a {mixed[0]} has columns "
                            "of its own: export each kind to its own file (" + ", ".join(f"--kind {k}" for k in mixed) + ")")
    return exporters[mixed[0]]


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
            return text if isinstance(text, str) else "\n".join(str(t) for t in _list(text))
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _annotation(task: dict[str, Any]) -> dict[str, Any] | None:
    """The first annotation that was not cancelled (Label Studio keeps skipped ones too)."""
    for annotation in _list(task.get("annotations")):
        if isinstance(annotation, dict) and not annotation.get("was_cancelled"):
            return annotation
    return None


def _prediction(task: dict[str, Any], annotation: dict[str, Any] | None) -> dict[str, Any] | None:
    """The prediction as an object: our import format carries objects; Label Studio's own
    export lists prediction ids (`"predictions": [1]`) and puts the object on the annotation
    made from it."""
    listed = _list(task.get("predictions"))
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


def _ls_user(value: Any) -> str | None:
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
    annotation = _annotation(task)
    prediction = _prediction(task, annotation)
    final = _textarea_text(annotation.get("result")) if annotation else None
    drafted = _textarea_text(prediction.get("result")) if prediction else None
    if isinstance(data.get(LS_RECORD_KEY), dict):
        record = _record(data[LS_RECORD_KEY], task.get("id", 0))
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
        "annotator": _ls_user(annotation.get("completed_by")) if annotation else None,
        "timestamps": {"created": _ls_time(task.get("created_at")),
                       "submitted": _ls_time(annotation.get("created_at")) if annotation and final else None},
    }
    if drafted is not None:
        fields["draft"] = {"text": drafted, "model": str(prediction.get("model_version") or "")}
    return _record(fields, task.get("id", 0))


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


# ---------------------------------------------------------------- Hugging Face (Parquet)


def arrow_schema(model: type[BaseModel] = ExportRecord):
    """The Arrow schema of a pydantic model: nested models as structs, lists as lists, so
    `datasets` reads typed columns (and an empty list is still a list of strings)."""
    import pyarrow as pa  # noqa: PLC0415 - only the Parquet export needs it

    return pa.schema([pa.field(name, _arrow_type(f.annotation), nullable=True)
                      for name, f in model.model_fields.items()])


def _arrow_type(annotation: Any):
    import pyarrow as pa  # noqa: PLC0415

    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"no Arrow type for {annotation}")
        return _arrow_type(inner[0])
    if origin is typing.Annotated:
        return _arrow_type(get_args(annotation)[0])
    if origin is Literal:
        return pa.string()
    if origin in (list, tuple):
        return pa.list_(_arrow_type(get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(n, _arrow_type(f.annotation)) for n, f in annotation.model_fields.items()])
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), datetime: pa.timestamp("us", tz="UTC")}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no Arrow type for {annotation}")


def write_parquet(records: list[ExportRecord], out: str | Path) -> None:
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    # our times are naive UTC; the columns say so (timestamp[us, tz=UTC])
    table = pa.Table.from_pylist([_utc(r.model_dump()) for r in records], schema=arrow_schema())
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def parquet_rows(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of a Parquet export with times back as our naive UTC."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    for n, row in enumerate(pq.read_table(path).to_pylist(), start=1):
        yield n, _naive(row)


def read_parquet(path: str | Path) -> list[ExportRecord]:
    return [_record(row, n) for n, row in parquet_rows(path)]


def _utc(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value
    if isinstance(value, dict):
        return {k: _utc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_utc(v) for v in value]
    return value


def _naive(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, dict):
        return {k: _naive(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_naive(v) for v in value]
    return value


# ---------------------------------------------------------------- CSV


def _json_columns() -> set[str]:
    """Fields that are lists or objects: written as JSON strings."""
    out = set()
    for name, f in ExportRecord.model_fields.items():
        kinds = [f.annotation, *get_args(f.annotation)]
        if any(get_origin(k) is list or (isinstance(k, type) and issubclass(k, BaseModel)) for k in kinds):
            out.add(name)
    return out


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would evaluate gets a leading apostrophe, also when the formula
    character comes after leading spaces or line breaks (" =1+1", "\\n=1+1": spreadsheets
    skip those); so does a cell that already starts with one, so reading back strips exactly
    one, unambiguously."""
    risky = cell.startswith(FORMULA_STARTS + ("'",)) or cell.lstrip().startswith(FORMULA_STARTS)
    return "'" + cell if risky else cell


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def write_csv(records: list[ExportRecord], f: typing.TextIO) -> None:
    columns = list(ExportRecord.model_fields)
    nested = _json_columns()
    writer = csv.writer(f, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        row = record.model_dump(mode="json")
        writer.writerow([neutralise(_cell(row[c], c in nested)) for c in columns])


def _cell(value: Any, nested: bool) -> str:
    if value is None:
        return ""
    if nested:
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def record_from_csv_row(row: dict[str, str], line: int) -> ExportRecord:
    nested = _json_columns()
    data: dict[str, Any] = {}
    unknown = [c for c in row if c not in ExportRecord.model_fields]
    if unknown:
        raise BadInputError(f"CSV line {line}: unknown column {str(unknown[0])[:40]!r}")
    for column, raw in row.items():
        cell = restore(raw if isinstance(raw, str) else "")
        if cell == "":
            data[column] = None
        elif column in nested:
            try:
                data[column] = parse_json(cell)
            except LineProblem as e:
                raise BadInputError(f"CSV line {line}, column {column}: {e}") from None
        else:
            data[column] = cell
    # an empty list cell reads as None: give the field its default back
    data = {k: v for k, v in data.items() if v is not None or not _is_list(k)}
    return _record(data, line)


def _is_list(column: str) -> bool:
    return get_origin(ExportRecord.model_fields[column].annotation) is list

