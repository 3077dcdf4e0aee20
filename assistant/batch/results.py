"""What a batch run produces: one result line per task, the run's summary, and result lines
read back (as export records, for pre-drafted work)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant import llm
from assistant.check import CheckReport
from assistant.errors import BadInputError, one_line
from assistant.notes import split_notes
from assistant.questions import Question
from assistant.records import DraftOut, ExportRecord, NoteOut, TaskLine

Status = Literal["done", "flagged", "failed"]


class BatchResult(BaseModel):
    """One line of `batch --out`: the task, its checked draft or its error."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    id: str
    """The task's id, as in the input."""
    status: Status
    """done: drafted with no certain problem; flagged: drafted with certain problems the check lists;
    failed: no draft (see `error`)."""
    task: TaskLine | None = None
    """The input task (None when the input line could not be read as one)."""
    text: str | None = None
    """The draft."""
    check: CheckReport | None = None
    questions: list[Question] = []
    """Questions for details the notes lack."""
    model: str | None = None
    """The model that answered the last call (the fallback's name when it answered)."""
    prompt_version: str | None = None
    checklist_version: str | None = None
    attempts: int = 0
    """Model calls made: re-asks and repairs included."""
    usage: llm.Usage = llm.Usage()
    cost_usd: float | None = None
    """What litellm's price list says the calls cost; None when it has no price for the model."""
    latency_s: float = 0.0
    error: str | None = None
    finished_at: datetime


@dataclass
class BatchSummary:
    done: int = 0
    flagged: int = 0
    failed: int = 0
    skipped: int = 0
    """Ids already in the output (a resumed run) or repeated in the input."""
    rate_limited: int = 0
    """429s that reached the batch (each halved the concurrency and re-queued its task)."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    wall_s: float = 0.0
    warnings: list[str] = field(default_factory=list)
    worker_pids: list[int] = field(default_factory=list)
    """The worker processes that drafted (none: this process did)."""
    worker_cpu_s: float = 0.0
    """Their CPU time, all threads (this process's own is not in it)."""

    def add(self, result: BatchResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.prompt_tokens += result.usage.prompt_tokens
        self.completion_tokens += result.usage.completion_tokens
        if result.cost_usd is not None:
            self.cost_usd = (self.cost_usd or 0.0) + result.cost_usd

    def line(self) -> str:
        cost = f"${self.cost_usd:.4f}" if self.cost_usd is not None else "unknown (no price for this model)"
        return (f"done {self.done}, flagged {self.flagged}, failed {self.failed}, skipped {self.skipped} "
                f"(already in the output or repeated); tokens {self.prompt_tokens} in + {self.completion_tokens} "
                f"out; cost {cost}; rate-limited {self.rate_limited}; {self.wall_s:.1f} s")


def export_record(result: BatchResult, number: int, source: str = "batch") -> ExportRecord:
    """A result line as an export record (no final text or review yet): pre-drafted work goes
    to Label Studio as predictions, or to a dataset, without passing through the app."""
    task = result.task
    draft = None
    if result.text is not None:
        draft = DraftOut(text=result.text, model=result.model or "", prompt_version=result.prompt_version,
                         checklist_version=result.checklist_version, source="batch", check=result.check,
                         created_at=result.finished_at)
    observations = split_notes(task.notes) if task else []
    return ExportRecord(
        task_id=number, item_id=result.id, project=source, kind=task.kind if task else "caption", status="open",
        notes=task.notes if task else None, draft=draft,
        # the kind's item fields and marks: a TaskLine carries them under the record's names
        **(task.model_dump(exclude={"id", "kind", "notes"}) if task else {}),
        observations=[NoteOut(id=o.id, text=o.text, hedged=o.hedged, source=o.source) for o in observations],
    )


def read_results(path: str | Path) -> list[BatchResult]:
    p = Path(path)
    if not p.is_file():
        raise BadInputError(f"batch results file not found: {path}")
    results = []
    for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            results.append(BatchResult.model_validate_json(line))
        except ValueError as e:
            raise BadInputError(f"{p.name} line {number} is not a batch result: {one_line(e, 150)}") from None
    return results
