"""One task: its checked draft as a result line, or its error as a failed one."""

from __future__ import annotations

import time
from datetime import datetime, timezone

from assistant import llm
from assistant.batch.results import BatchResult
from assistant.batch.tasks import Pending
from assistant.compose import compose
from assistant.errors import AssistantError, ModelError, one_line


class RateLimited(Exception):
    """The provider still answered 429 after the seam's retries (and any fallback)."""


def draft_one(pending: Pending, spec: llm.ModelSpec) -> BatchResult:
    """The task's checked draft, or its error as a failed result; raises RateLimited only."""
    started = time.perf_counter()
    if pending.task is None:
        return failed(pending, pending.problem or "unreadable task", started)
    with llm.record_completions() as calls:
        try:
            draft = compose(pending.task.engine_task(), spec, checklist=pending.checklist, stream=False)  # nobody watches a batch stream
        except ModelError as e:
            if llm.is_rate_limited(e):
                raise RateLimited(str(e)) from e
            return failed(pending, one_line(e), started, calls)
        except AssistantError as e:
            return failed(pending, one_line(e), started, calls)
        except Exception as e:  # noqa: BLE001 - a bug must cost one task, not the run
            return unexpected(pending, e, started, calls)
    return BatchResult(
        id=pending.id, status="done" if draft.check.certain_ok else "flagged", task=pending.task, text=draft.text,
        check=draft.check, questions=draft.questions, model=calls[-1].model if calls else draft.model,
        prompt_version=draft.prompt_version, checklist_version=draft.checklist_version,
        attempts=draft.attempts, usage=draft.usage, cost_usd=_cost(calls),
        latency_s=time.perf_counter() - started, finished_at=_now(),
    )


def unexpected(pending: Pending, e: BaseException, started: float, calls: list[llm.Completion] = ()) -> BatchResult:
    """A bug in drafting costs its task, recorded as failed, not the run."""
    return failed(pending, f"unexpected {type(e).__name__}: {one_line(e)}", started, calls)


def failed(pending: Pending, error: str, started: float, calls: list[llm.Completion] = ()) -> BatchResult:
    """The task's failed result: `error`, and what the calls it made (`calls`) used."""
    usage = sum((c.usage for c in calls), llm.Usage())
    return BatchResult(id=pending.id, status="failed", task=pending.task, error=error, usage=usage,
                       model=calls[-1].model if calls else None, attempts=len(calls), cost_usd=_cost(calls),
                       latency_s=time.perf_counter() - started, finished_at=_now())


def _cost(calls: list[llm.Completion]) -> float | None:
    costs = [c for c in (call.cost if call.priced else llm.cost_usd(call.model, call.usage) for call in calls)
             if c is not None]
    return sum(costs) if costs else None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
