"""notes -> prompt -> LLM -> draft -> check -> patch repairs -> verbatim fallback -> questions.

Each kind of task has its pipeline module: caption.py (a first draft, patched where the check
finds it wrong, the notes still missing put in verbatim) and rewrite.py (a minimal-edit
rewrite of a response). Both share sentences.py; models.py holds what compose returns and
yields, run.py what one compose spends and records.

`compose_events` yields typed events (text as it streams, sentences, checks, the final draft)
that the CLI prints, the UI renders and tests assert on; `compose` returns the final draft.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from assistant import llm
from assistant.check import check_draft
from assistant.compose.models import (
    CheckDone,
    ComposeEvent,
    Draft,
    FinalDraft,
    QuestionAsked,
    SentenceChange,
    SentenceDone,
    TextDelta,
)
from assistant.compose.run import Pipeline, Run
from assistant.errors import ModelOutputError
from assistant.notes import Observation, TaskBase
from assistant import kinds
from assistant.questions import Checklist, Question, load_checklist

__all__ = ["CheckDone", "ComposeEvent", "Draft", "FinalDraft", "QuestionAsked", "SentenceChange",
           "SentenceDone", "TextDelta", "compose", "compose_events", "kept_sentences", "output_budget", "questions_for",
           "unanswered"]

def compose(task: TaskBase, spec: llm.ModelSpec | None = None, *,
            checklist: Checklist | None = None, max_repairs: int = 1, stream: bool = True) -> Draft:
    """Compose a checked draft for `task` (the last event of `compose_events`). `stream=False`
    asks for the first draft in one plain call: the same draft, without the per-chunk work
    that only a person watching needs (batch drafting)."""
    final = None
    for event in compose_events(task, spec, checklist=checklist, max_repairs=max_repairs, stream=stream):
        if isinstance(event, FinalDraft):
            final = event.draft
    assert final is not None
    return final


def compose_events(task: TaskBase, spec: llm.ModelSpec | None = None, *,
                   checklist: Checklist | None = None, max_repairs: int = 1,
                   stream: bool = True, base: list[str] | None = None) -> Iterator[ComposeEvent]:
    """Compose a checked draft for `task`, yielding what happens as it happens. `base`
    (captions): sentences of an earlier draft to start from instead of a new first draft (a
    compose again after an answer, `kept_sentences`): they stay as they are unless the check
    against the notes now finds them wrong, and only what it finds is written anew."""
    module = _module_of(task)
    run = Run(spec or llm.resolve_spec(), stream=stream)
    checklist = checklist or load_checklist(task.kind)
    observations = task.observations()
    result = yield from module.pipeline(task, observations, run, max_repairs, base)
    report = module.check(task, observations, result.text)
    yield CheckDone(stage="patched", text=result.text, report=report)
    questions = module.questions(task, observations, checklist)
    for q in questions:
        yield QuestionAsked(question=q)
    yield FinalDraft(draft=Draft(
        kind=task.kind, text=result.text, sentences=report.sentences, questions=questions, check=report,
        kept_verbatim=result.verbatim, as_written=result.as_written, changes=result.changes, warnings=run.warnings, model=run.spec.model,
        prompt_version=result.prompt_version, checklist_version=checklist.version, attempts=run.calls,
        repairs=result.repairs, usage=run.usage, latency_s=time.perf_counter() - run.started, raw_outputs=run.raw,
        observations=observations,
    ))


def _module_of(task: TaskBase) -> Pipeline:
    """The pipeline module of `task`'s kind (the registry names it); an unknown kind is an
    error, never another kind's pipeline."""
    return kinds.get(task.kind).module()


def questions_for(task: TaskBase, checklist: Checklist | None = None) -> list[Question]:
    """The questions compose asks for `task`: its checklist's missing items, flags no note
    addresses, ambiguities such as hedged counts (its kind's `questions`)."""
    return _module_of(task).questions(task, task.observations(), checklist or load_checklist(task.kind))


def output_budget(task: TaskBase) -> int:
    """Output tokens a draft may need: about a token per 3 characters of what it carries, plus
    room (each kind's `budget`). Bounding the answer by the notes stops a model that repeats
    itself long before it can run for minutes."""
    return _module_of(task).budget(task)


def kept_sentences(previous: str, before: list[Observation], now: list[Observation]) -> list[str]:
    """The sentences of an earlier caption draft (composed from the notes `before`) that a
    compose from the notes `now` can keep: each that carries no note changed or removed since.
    An answer that adds a note keeps them all; one that edits a note ("maybe 3 dogs" -> "3
    dogs") drops the sentences that carried it, and the patch writes that note anew."""
    current = {o.text for o in now}
    changed = {o.id for o in before if o.text not in current}
    report = check_draft(before, previous)
    return [s.text for s in report.sentences if not set(s.notes) & changed]


def unanswered(draft: Draft) -> ModelOutputError | None:
    """A draft made of nothing the model said: every answer empty (none of them a sentence
    deleted on a note's request). A model failure for the page and the CLI, not the notes
    verbatim passed off as a draft."""
    if any(c.how in ("model", "patch") for c in draft.changes):
        return None
    return llm.unanswered(draft.raw_outputs)
