"""Export preference comparisons (prompt, response A, response B, the annotator's choice and
rationale) in the formats other tools read, and back:

- Label Studio: a labeling config that shows the two responses side by side with a
  Choices control A / B / tie, per-response flag checkboxes and a rationale TextArea; tasks
  for import (the annotator's work as an annotation, the AI draft rationale as a
  prediction, our whole record under `data.annotation_assistant`); and a reader of Label
  Studio's JSON export of such a project.
- Hugging Face / TRL: preference rows `prompt`, `chosen`, `rejected` (TRL's preference
  type, explicit prompt, standard or conversational format) plus `rationale` and the
  fields that say where a pair came from, as JSONL or Parquet.

Choices, not Label Studio's Pairwise tag: Pairwise stores `{"selected": "left"|"right"}`
and cannot say "tie". The reader still takes a Pairwise result (left is A), so a project
made from Label Studio's "Human Preference collection for RLHF" template reads too.
This module does not import assistant/formats.py: formats will reach it through the kind
registry, and the other way round would be a cycle.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import quoteattr

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.errors import BadInputError, validation_line
from assistant.jsonl import LineProblem, array_entries
from assistant.label_studio import as_list, first_annotation, prediction_of, user_of
from assistant.kinds.comparison.task import Choice, ComparisonTask, valid_response
from assistant.notes import flag_taxonomy, parse_flags, valid_flags
from assistant.records import OptText, TaskStatus

#: The key of a Label Studio task's `data` holding our whole record (formats.LS_RECORD_KEY).
LS_RECORD_KEY = "annotation_assistant"
#: Label Studio tag names in `label_config()`: controls (from_name) and objects (to_name).
LS_CHOICE, LS_RATIONALE, LS_FLAGS_A, LS_FLAGS_B = "choice", "rationale", "flags_a", "flags_b"
#: Statuses in which the choice and rationale are the annotator's submitted work.
SUBMITTED: tuple[TaskStatus, ...] = ("submitted", "approved", "rejected", "escalated", "unresolvable")


class ComparisonRecord(BaseModel):
    """One preference comparison with the annotator's work: what every exporter here reads."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    item_id: str = Field(min_length=1)
    """The comparison's own id (the `id` it was imported with); stable across exports."""
    prompt: str
    """The user prompt both responses answer."""
    response_a: str
    """Response A, exactly as shown to the annotator (never rendered as markup)."""
    response_b: str
    """Response B, exactly as shown to the annotator."""
    choice: Choice | None = None
    """The annotator's choice: A, B or tie; None while nobody has chosen (an open task)."""
    flags_a: list[str] = []
    """Error flag ids (prompts/flags.toml) the annotator put on response A."""
    flags_b: list[str] = []
    """Error flag ids the annotator put on response B."""
    notes: str = ""
    """The annotator's terse notes as typed ("A: wrong year; B cites the statute"): the
    authoritative record the rationale was composed from."""
    rationale: OptText = None
    """The final rationale: the composed text as the annotator edited and submitted it."""
    draft_rationale: OptText = None
    """The AI draft the rationale started from (goes to Label Studio as a prediction)."""
    draft_model: OptText = None
    """The model that composed `draft_rationale` (Label Studio's `model_version`)."""
    status: TaskStatus = "open"
    """Where the task is in review; only `approved` comparisons become training pairs."""
    annotator: OptText = None
    """Who made the choice (user name or email)."""

    _response_ok = field_validator("response_a", "response_b")(valid_response)

    _flags_ok = field_validator("flags_a", "flags_b")(valid_flags)

    @model_validator(mode="after")
    def _chosen_once_submitted(self) -> ComparisonRecord:
        if self.status in ("submitted", "approved") and self.choice is None:
            raise ValueError(f"a {self.status} comparison needs a choice (A, B or tie)")
        return self

    @classmethod
    def from_task(cls, item_id: str, task: ComparisonTask, **work: Any) -> ComparisonRecord:
        """The record of a composed task; `work` gives rationale, status, annotator, ..."""
        return cls(item_id=item_id, prompt=task.prompt, response_a=task.response_a, response_b=task.response_b,
                   choice=task.choice, flags_a=task.flags_a, flags_b=task.flags_b, notes=task.notes, **work)


def _atomic_write(out: str | Path, fill: Callable[[Path], None]) -> None:
    """`fill` writes a temporary file that is renamed into place: a failed export leaves
    no half-written file behind."""
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        fill(tmp)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would make an export unreadable to the team
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------- Label Studio


def label_config(flags: Iterable[str] | None = None) -> str:
    """The labeling config: prompt, the two responses side by side each with its flag
    checkboxes, the notes, the choice (A / B / tie, required) and the rationale. Text
    objects show task data as plain text, so markup in a response is shown, never run."""
    ids = list(flag_taxonomy()) if flags is None else parse_flags(list(flags))
    def flag_box(name: str, to: str) -> str:
        options = "".join(f"\n        <Choice value={quoteattr(f)}/>" for f in ids)
        return f'      <Choices name="{name}" toName="{to}" choice="multiple" showInline="true">{options}\n      </Choices>'
    return f"""<View>
  <Header value="Prompt"/>
  <Text name="prompt" value="$prompt"/>
  <View style="display: flex; gap: 1em;">
    <View style="flex: 1;">
      <Header value="Response A"/>
      <Text name="response_a" value="$response_a"/>
{flag_box(LS_FLAGS_A, "response_a")}
    </View>
    <View style="flex: 1;">
      <Header value="Response B"/>
      <Text name="response_b" value="$response_b"/>
{flag_box(LS_FLAGS_B, "response_b")}
    </View>
  </View>
  <Header value="Notes"/>
  <Text name="notes" value="$notes"/>
  <Header value="Which response is better?"/>
  <Choices name="{LS_CHOICE}" toName="prompt" choice="single-radio" showInline="true" required="true">
    <Choice value="A"/><Choice value="B"/><Choice value="tie"/>
  </Choices>
  <Header value="Rationale"/>
  <TextArea name="{LS_RATIONALE}" toName="prompt" rows="5" editable="true" maxSubmissions="1"/>
</View>"""


def _result(result_id: str, from_name: str, to_name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": result_id, "from_name": from_name, "to_name": to_name, "type": kind, "value": value}


def _results(prefix: str, choice: Choice | None, rationale: str | None,
             flags: tuple[list[str], list[str]] = ([], [])) -> list[dict[str, Any]]:
    out = []
    if choice is not None:
        out.append(_result(f"{prefix}choice", LS_CHOICE, "prompt", "choices", {"choices": [choice]}))
    if rationale:
        out.append(_result(f"{prefix}rationale", LS_RATIONALE, "prompt", "textarea", {"text": [rationale]}))
    for name, to, chosen in ((LS_FLAGS_A, "response_a", flags[0]), (LS_FLAGS_B, "response_b", flags[1])):
        if chosen:
            out.append(_result(f"{prefix}{name}", name, to, "choices", {"choices": list(chosen)}))
    return out


def label_studio_task(record: ComparisonRecord) -> dict[str, Any]:
    """A task in Label Studio's import format. The annotator's choice, flags and rationale
    are an annotation once submitted (ground truth when approved); the AI draft rationale
    with the choice it was composed for is a prediction."""
    data = {"item_id": record.item_id, "prompt": record.prompt, "response_a": record.response_a,
            "response_b": record.response_b, "notes": record.notes, LS_RECORD_KEY: record.model_dump(mode="json")}
    task: dict[str, Any] = {"data": data, "annotations": [], "predictions": []}
    if record.status in SUBMITTED and (record.choice or record.rationale):
        task["annotations"].append({
            "result": _results("", record.choice, record.rationale, (record.flags_a, record.flags_b)),
            "ground_truth": record.status == "approved"})
    if record.draft_rationale:
        task["predictions"].append({"model_version": record.draft_model or "",
                                    "result": _results("draft-", record.choice, record.draft_rationale)})
    return task


def write_label_studio(records: Iterable[ComparisonRecord], out: str | Path) -> None:
    """Label Studio's import file: a JSON array of tasks (use with `label_config()`)."""
    tasks = [label_studio_task(r) for r in records]
    text = json.dumps(tasks, ensure_ascii=False, indent=1)
    _atomic_write(out, lambda path: path.write_text(text, encoding="utf-8"))




def _by_name(results: Any, from_name: str, kind: str) -> dict[str, Any] | None:
    for result in as_list(results):
        if (isinstance(result, dict) and result.get("from_name") == from_name and result.get("type") == kind
                and isinstance(result.get("value"), dict)):
            return result["value"]
    return None


_PAIRWISE = {"left": "A", "right": "B"}
#: The data keys of Label Studio's RLHF template, read where ours are missing.
_TEMPLATE_KEYS = {"response_a": "answer1", "response_b": "answer2"}
_CHOICES = {"a": "A", "b": "B", "tie": "tie"}


def _choice(results: Any, where: str) -> Choice | None:
    """The choice in a result list: our Choices control, or a Pairwise result (left is A)."""
    if (value := _by_name(results, LS_CHOICE, "choices")) is not None:
        picked = [str(c) for c in as_list(value.get("choices"))]
        if len(picked) != 1 or picked[0].strip().lower() not in _CHOICES:
            raise BadInputError(f"{where}: the choice must be one of A, B, tie, not {picked!r:.80}")
        return _CHOICES[picked[0].strip().lower()]  # type: ignore[return-value]
    for result in as_list(results):
        if isinstance(result, dict) and result.get("type") == "pairwise" and isinstance(result.get("value"), dict):
            selected = result["value"].get("selected")
            if selected not in _PAIRWISE:
                raise BadInputError(f"{where}: a Pairwise selection is left or right, not {selected!r:.40}")
            return _PAIRWISE[selected]  # type: ignore[return-value]
    return None


def _text(results: Any) -> str | None:
    value = _by_name(results, LS_RATIONALE, "textarea")
    if value is None:
        return None
    text = value.get("text")
    return text if isinstance(text, str) else "\n".join(str(t) for t in as_list(text))


def _flags(results: Any, name: str) -> list[str]:
    value = _by_name(results, name, "choices")
    return [str(c) for c in as_list(value.get("choices"))] if value else []








def record_from_label_studio(task: Any, where: str = "task") -> ComparisonRecord:
    """Our record back from a Label Studio task (ours, or Label Studio's export of it, or a
    task made there with the same data keys). The annotation wins over our record for the
    choice, flags, rationale and annotator, so work done in Label Studio is what comes back."""
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise BadInputError(f"{where}: a Label Studio task is an object with its fields under 'data'")
    data = task["data"]
    if isinstance(data.get(LS_RECORD_KEY), dict):
        fields = dict(data[LS_RECORD_KEY])
    else:
        fields = {k: data.get(k, data.get(_TEMPLATE_KEYS.get(k, k))) for k in ("prompt", "response_a", "response_b")}
        fields.update(item_id=str(data.get("item_id") or task.get("id") or ""), notes=str(data.get("notes") or ""))
    annotation = first_annotation(task)
    if annotation is not None:
        results = annotation.get("result")
        fields.update(choice=_choice(results, where), rationale=_text(results),
                      flags_a=_flags(results, LS_FLAGS_A), flags_b=_flags(results, LS_FLAGS_B))
        fields["annotator"] = user_of(annotation.get("completed_by")) or fields.get("annotator")
        if fields["choice"] is not None and fields.get("status", "open") in ("open", "in_progress", "returned"):
            fields["status"] = "submitted"  # chosen in Label Studio: ready for review here
    if (prediction := prediction_of(task, annotation)) is not None and (drafted := _text(prediction.get("result"))):
        fields.update(draft_rationale=drafted, draft_model=str(prediction.get("model_version") or "") or None)
    try:
        return ComparisonRecord.model_validate(fields)
    except ValidationError as e:
        raise BadInputError(f"{where}: {validation_line(e)}") from None


def read_label_studio(source: str | Path | list[Any]) -> list[ComparisonRecord]:
    """The records in a Label Studio JSON export (a file, or the parsed array)."""
    if isinstance(source, list):
        return [record_from_label_studio(t, f"task {n}") for n, t in enumerate(source, start=1)]
    records = []
    for n, entry in array_entries(Path(source).read_text(encoding="utf-8-sig")):
        if isinstance(entry, LineProblem):
            raise BadInputError(f"task {n}: {entry}")
        records.append(record_from_label_studio(entry, f"task {n}"))
    return records


# ---------------------------------------------------------------- Hugging Face / TRL preference rows


class Message(BaseModel):
    """One turn of TRL's conversational format."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant"]
    content: str


class PreferenceRow(BaseModel):
    """One DPO pair in TRL's preference type with an explicit prompt (TRL recommends it for
    DPOTrainer): `prompt`, `chosen`, `rejected` are strings (standard format) or message
    lists (conversational format, which DPOTrainer runs through the chat template). The
    other columns are ours; TRL's trainers read only the three."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    item_id: str
    """The comparison's id."""
    prompt: str | list[Message]
    """The user prompt (conversational: one user message)."""
    chosen: str | list[Message]
    """The response the annotator chose (conversational: one assistant message)."""
    rejected: str | list[Message]
    """The other response."""
    rationale: str | None
    """Why the chosen response is better: the approved rationale text."""
    choice: Literal["A", "B"]
    """Which side was chosen, so position bias can be measured (A: `chosen` was response A)."""
    flags_chosen: list[str]
    """Error flags the annotator put on the chosen response (it may still have faults)."""
    flags_rejected: list[str]
    """Error flags on the rejected response."""
    annotator: str | None


class PreferenceExport(BaseModel):
    """The rows for TRL and what was left out of them, and why."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    rows: list[PreferenceRow]
    ties: int = 0
    """Comparisons judged a tie: a DPO pair needs a chosen and a rejected response, and
    training on a tie in either order would teach a preference nobody expressed."""
    unreviewed: int = 0
    """Comparisons whose status is not one of the exported statuses (by default not yet
    approved: open, submitted, rejected, ...): unreviewed choices are not training labels."""


def _turn(role: Literal["user", "assistant"], text: str, conversational: bool) -> str | list[Message]:
    return [Message(role=role, content=text)] if conversational else text


def preference_rows(records: Iterable[ComparisonRecord], *, statuses: Iterable[str] = ("approved",),
                    conversational: bool = False) -> PreferenceExport:
    """DPO rows from comparisons in `statuses`: A chosen -> `chosen` is response A and
    `rejected` response B, and the other way round for B. Ties and comparisons in other
    statuses are left out and counted."""
    keep = set(statuses)
    export = PreferenceExport(rows=[])
    for r in records:
        if r.status not in keep:
            export.unreviewed += 1
            continue
        match r.choice:
            case "tie":
                export.ties += 1
                continue
            case "A":
                chosen, rejected, flags = r.response_a, r.response_b, (r.flags_a, r.flags_b)
            case "B":
                chosen, rejected, flags = r.response_b, r.response_a, (r.flags_b, r.flags_a)
            case None:
                export.unreviewed += 1  # only reachable when `statuses` names one without a choice
                continue
        export.rows.append(PreferenceRow(
            item_id=r.item_id, prompt=_turn("user", r.prompt, conversational),
            chosen=_turn("assistant", chosen, conversational), rejected=_turn("assistant", rejected, conversational),
            rationale=r.rationale, choice=r.choice, flags_chosen=flags[0], flags_rejected=flags[1],
            annotator=r.annotator))
    return export


def _arrow_schema(conversational: bool):
    import pyarrow as pa  # noqa: PLC0415 - only the Parquet export needs it

    turn = pa.list_(pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])) \
        if conversational else pa.string()
    strings = pa.list_(pa.string())
    return pa.schema([("item_id", pa.string()), ("prompt", turn), ("chosen", turn), ("rejected", turn),
                      ("rationale", pa.string()), ("choice", pa.string()), ("flags_chosen", strings),
                      ("flags_rejected", strings), ("annotator", pa.string())])


def write_preferences(records: Iterable[ComparisonRecord], out: str | Path, *,
                      statuses: Iterable[str] = ("approved",), conversational: bool = False) -> PreferenceExport:
    """TRL preference rows to `out`: Parquet with typed columns for a `.parquet` suffix,
    else JSONL (`datasets.load_dataset("json", data_files=...)` reads either). Returns
    what was written and what was left out."""
    export = preference_rows(records, statuses=statuses, conversational=conversational)
    dicts = [row.model_dump(mode="json") for row in export.rows]
    if Path(out).suffix == ".parquet":
        import pyarrow as pa  # noqa: PLC0415
        import pyarrow.parquet as pq  # noqa: PLC0415

        table = pa.Table.from_pylist(dicts, schema=_arrow_schema(conversational))
        _atomic_write(out, lambda path: pq.write_table(table, path))
    else:
        text = "".join(_json_line(d) for d in dicts)
        _atomic_write(out, lambda path: path.write_text(text, encoding="utf-8"))
    return export


def _json_line(row: dict[str, Any]) -> str:
    # U+2028/U+2029 are line breaks to str.splitlines and to JavaScript: escaped, a row stays one line
    return json.dumps(row, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def read_preferences(path: str | Path) -> list[PreferenceRow]:
    """The rows of a `write_preferences` file (JSONL or Parquet), validated."""
    p = Path(path)
    if p.suffix == ".parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415

        raw = pq.read_table(p).to_pylist()
    else:
        raw = [json.loads(line) for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
    rows = []
    for n, data in enumerate(raw, start=1):
        try:
            rows.append(PreferenceRow.model_validate(data))
        except ValidationError as e:
            raise BadInputError(f"row {n}: {validation_line(e)}") from None
    return rows
