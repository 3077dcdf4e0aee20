"""Export records in the formats other tools read, and back:

- jsonl: our schema (assistant/records.py), one record per line;
- label-studio: Label Studio's task JSON (a JSON array; the mapping is label_studio.py);
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
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from assistant import kinds
from assistant.errors import BadInputError
from assistant.jsonl import LineProblem, array_entries, parse_json
from assistant.label_studio import ImageLinks, label_studio_task, record_from_label_studio
from assistant.records import ExportRecord, record_from_data

Format = Literal["jsonl", "label-studio", "hf", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)
#: The file suffix each format downloads with from the app (hf: Parquet, typed nested columns).
SUFFIXES = {"jsonl": ".jsonl", "label-studio": ".json", "hf": ".parquet", "csv": ".csv"}
#: A spreadsheet runs a cell starting with one of these as a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
            return [record_from_data(_parsed(line, n), n) for n, line in _lines(p)]
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
    return [record_from_data(row, n) for n, row in parquet_rows(path)]


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
    return record_from_data(data, line)


def _is_list(column: str) -> bool:
    return get_origin(ExportRecord.model_fields[column].annotation) is list

