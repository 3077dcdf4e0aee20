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
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError

from assistant.errors import BadInputError, validation_line
from assistant.records import ExportRecord

Format = Literal["jsonl", "label-studio", "hf", "csv"]
FORMATS: tuple[str, ...] = ("jsonl", "label-studio", "hf", "csv")
#: The key of a Label Studio task's `data` that holds our whole record.
LS_RECORD_KEY = "annotation_assistant"
#: Label Studio control and object tag names, per kind (the README gives the labeling config).
LS_NAMES = {"caption": ("caption", "image"), "rewrite": ("rewrite", "response")}
#: A spreadsheet runs a cell starting with one of these as a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write(records: list[ExportRecord], fmt: str, out: str | Path) -> None:
    match fmt:
        case "jsonl":
            _atomic_text(out, lambda f: f.writelines(r.model_dump_json() + "\n" for r in records))
        case "label-studio":
            tasks = [label_studio_task(r) for r in records]
            _atomic_text(out, lambda f: json.dump(tasks, f, ensure_ascii=False, indent=1))
        case "hf":
            if Path(out).suffix == ".parquet":
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
            return [_record(json.loads(line), n) for n, line in _lines(p)]
        case "label-studio":
            return [record_from_label_studio(t) for t in json.loads(p.read_text(encoding="utf-8"))]
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


def _textarea(result_id: str, kind: str, text: str) -> dict[str, Any]:
    from_name, to_name = LS_NAMES[kind]
    return {"id": result_id, "from_name": from_name, "to_name": to_name, "type": "textarea",
            "value": {"text": [text]}}


def label_studio_task(record: ExportRecord) -> dict[str, Any]:
    """A task in Label Studio's import format: `data` for the labeling config ($image, or
    $prompt and $response; $notes), annotations and predictions as TextArea results."""
    data: dict[str, Any] = {"item_id": record.item_id, "notes": record.notes or ""}
    if record.kind == "caption":
        data["image"] = record.image or ""
    else:
        data.update(prompt=record.prompt or "", response=record.response or "")
    data[LS_RECORD_KEY] = record.model_dump(mode="json")
    task: dict[str, Any] = {"data": data, "annotations": [], "predictions": []}
    if record.final_text:
        task["annotations"].append({"result": [_textarea("final", record.kind, record.final_text)],
                                    "ground_truth": record.decision == "approve"})
    if record.draft:
        task["predictions"].append({"model_version": record.draft.model,
                                    "result": [_textarea("draft", record.kind, record.draft.text)]})
    return task


def _textarea_text(results: list[dict[str, Any]]) -> str | None:
    for result in results:
        if result.get("type") == "textarea":
            return "\n".join(result.get("value", {}).get("text", []))
    return None


def record_from_label_studio(task: dict[str, Any]) -> ExportRecord:
    """Our record back from a task we exported; the texts come from the annotation and the
    prediction, so a text edited in Label Studio is what comes back."""
    data = task.get("data", {})
    if LS_RECORD_KEY not in data:
        raise BadInputError(f"not a task exported by annotation-assistant (no data.{LS_RECORD_KEY})")
    record = _record(data[LS_RECORD_KEY], task.get("id", 0))
    update: dict[str, Any] = {}
    for annotation in task.get("annotations", [])[:1]:
        update["final_text"] = _textarea_text(annotation.get("result", []))
    if record.draft and task.get("predictions"):
        prediction = task["predictions"][0]
        text = _textarea_text(prediction.get("result", []))
        update["draft"] = record.draft.model_copy(update={"text": text, "model": prediction.get("model_version", "")})
    return record.model_copy(update=update)


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


def task_rows(path: str | Path, mapping: dict[str, str], fields: tuple[str, ...]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Rows of `fields` from a Label Studio export (a JSON array of tasks) or a JSONL file
    (tasks with `data`, or flat rows), with their keys renamed by `mapping`. Yields (number,
    row), or (number, why) for an entry that is not an object."""
    p = Path(path)
    text = p.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        try:
            entries = [(n, entry if isinstance(entry, dict) else "not a JSON object")
                       for n, entry in enumerate(json.loads(text), start=1)]
        except json.JSONDecodeError as e:
            raise BadInputError(f"{p.name} is not a JSON array of tasks ({e.msg} at line {e.lineno})") from None
    else:
        entries = []
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    entry = json.loads(line)
                    entries.append((n, entry if isinstance(entry, dict) else "not a JSON object"))
                except json.JSONDecodeError as e:
                    entries.append((n, f"not JSON ({e.msg} at column {e.colno})"))
    for n, entry in entries:
        yield n, entry if isinstance(entry, str) else _mapped(entry, mapping, fields)


def _mapped(entry: dict[str, Any], mapping: dict[str, str], fields: tuple[str, ...]) -> dict[str, Any]:
    data = entry["data"] if isinstance(entry.get("data"), dict) else entry
    row = {f: data[mapping.get(f, f)] for f in fields if mapping.get(f, f) in data}
    if "id" not in row and "id" in entry:
        row["id"] = entry["id"]  # Label Studio's own task id
    if "id" in row:
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
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), datetime: pa.timestamp("us")}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no Arrow type for {annotation}")


def write_parquet(records: list[ExportRecord], out: str | Path) -> None:
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    table = pa.Table.from_pylist([r.model_dump() for r in records], schema=arrow_schema())
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def read_parquet(path: str | Path) -> list[ExportRecord]:
    import pyarrow.parquet as pq  # noqa: PLC0415

    return [_record(row, n) for n, row in enumerate(pq.read_table(path).to_pylist(), start=1)]


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
    """A cell a spreadsheet would evaluate gets a leading apostrophe; so does a cell that
    already starts with one, so reading back strips exactly one, unambiguously."""
    return "'" + cell if cell.startswith(FORMULA_STARTS + ("'",)) else cell


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
    for column, raw in row.items():
        cell = restore(raw or "")
        if cell == "":
            data[column] = None
        elif column in nested:
            try:
                data[column] = json.loads(cell)
            except json.JSONDecodeError as e:
                raise BadInputError(f"CSV line {line}, column {column}: not JSON ({e.msg})") from None
        else:
            data[column] = cell
    # an empty list cell reads as None: give the field its default back
    data = {k: v for k, v in data.items() if v is not None or not _is_list(k)}
    return _record(data, line)


def _is_list(column: str) -> bool:
    return get_origin(ExportRecord.model_fields[column].annotation) is list

