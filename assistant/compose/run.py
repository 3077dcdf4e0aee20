"""One compose run: what it spends and records (`Run`), what a kind's pipeline hands back
(`PipelineResult`), and what a kind's pipeline module provides (`Pipeline`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant import llm
from assistant.check import CheckReport
from assistant.compose.models import ComposeEvent, SentenceChange, SentenceDone, TextDelta
from assistant.notes import Observation
from assistant.questions import Checklist, Question
from assistant.text import sentences as split_sentences


@dataclass
class Run:
    """What one compose spends and records, whatever path it takes."""

    spec: llm.ModelSpec
    stream: bool = True
    """Stream the first draft (a person watches it appear); a batch asks in one call."""
    started: float = field(default_factory=time.perf_counter)
    calls: int = 0
    usage: llm.Usage = field(default_factory=llm.Usage)
    raw: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def record(self, completion: llm.Completion) -> str:
        self.calls += 1
        self.usage = self.usage + completion.usage
        self.raw.append(completion.text)
        return completion.text

    def ask(self, messages: list[dict], max_tokens: int) -> str:
        spec = self.spec.model_copy(update={"max_tokens": max_tokens})
        return self.record(llm.complete(messages, spec))


@dataclass
class PipelineResult:
    """What a kind's pipeline hands back: the draft before the final check and questions."""

    prompt_version: str
    """The version of the prompts the draft was made with."""
    text: str
    changes: list[SentenceChange]
    """Sentences changed after the first draft (captions) or from the original (rewrites)."""
    verbatim: list[str]
    """Ids of the notes put in in the annotator's own words."""
    repairs: int
    """Patch rounds after the first draft."""
    as_written: list[str] = field(default_factory=list)
    """Ids of the notes typed as finished sentences whose sentences stand in `text` as written."""


class Pipeline(Protocol):
    """What a kind's pipeline module (caption.py, rewrite.py) provides, so that `compose_events`
    dispatches on `task.kind` alone. `task` is Any because each module takes its own task model;
    the registry pairs a module with the kind of that model."""

    def pipeline(self, task: Any, observations: list[Observation], run: Run, max_repairs: int,
                 base: list[str] | None) -> Generator[ComposeEvent, None, PipelineResult]: ...

    def check(self, task: Any, observations: list[Observation], text: str) -> CheckReport: ...

    def questions(self, task: Any, observations: list[Observation], checklist: Checklist) -> list[Question]: ...

    def budget(self, task: Any) -> int: ...


def stream_draft(messages: list[dict], run: Run, max_tokens: int,
                 shown: Callable[[str], str] | None = None) -> Generator[ComposeEvent, None, str]:
    """Stream the first draft: text deltas, and each sentence as it completes (without
    streaming: the whole text as one delta, then its sentences). `shown`: the answer so far as
    a person should read it (a caption's "N1:" line labels left out); the raw answer is returned."""
    if run.stream:
        stream = llm.stream(messages, run.spec.model_copy(update={"max_tokens": max_tokens}))
        pieces: Iterable[str] = stream
    else:
        pieces = [run.ask(messages, max_tokens)]
    text, seen, done = "", "", 0
    for piece in pieces:
        text += piece
        now = shown(text) if shown else text
        yield TextDelta(delta=now[len(seen):] if now.startswith(seen) else now, text=now.strip())
        seen = now
        complete = split_sentences(now)[:-1]  # the last one may still be growing
        for sentence in complete[done:]:
            yield SentenceDone(index=done, text=sentence.text)
            done += 1
    for sentence in split_sentences(seen)[done:]:  # the last one is complete when the text is
        yield SentenceDone(index=done, text=sentence.text)
        done += 1
    if not run.stream:
        return text
    assert stream.completion is not None
    run.record(stream.completion)
    return stream.completion.text
