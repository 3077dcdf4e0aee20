"""notes -> prompt -> LLM -> validated draft -> fact check -> repair -> questions.

Invalid model output is re-asked with the validation error (bounded); a draft that fails
the check is repaired with the concrete report (bounded). What still fails is returned with
its problems; nothing is dropped silently.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant import llm, prompts
from assistant.check import CheckReport, SentenceProvenance, check_draft
from assistant.errors import ModelOutputError
from assistant.notes import CaptionTask, Observation, RewriteTask, flag_taxonomy
from assistant.questions import (
    Checklist,
    Question,
    deterministic_questions,
    load_checklist,
    merge_model_questions,
    missing_items,
)

MAX_REASKS = 2
MAX_REPAIRS = 2
REPAIR_TEMPERATURE = 0.7


# ---------------------------------------------------------------- what the model must return


class ModelSentence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    notes: list[str] = []


class ModelQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str
    note: str | None = None


class ModelDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sentences: list[ModelSentence] = Field(min_length=1)
    questions: list[ModelQuestion] = []


@lru_cache(maxsize=1)
def output_schema() -> dict:
    """The JSON schema sent with every model call (built once; callers must not mutate it)."""
    return ModelDraft.model_json_schema()


# ---------------------------------------------------------------- what compose returns


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["caption", "rewrite"]
    text: str
    sentences: list[SentenceProvenance]
    claimed_notes: list[list[str]] = Field(description="note ids the model said each sentence carries")
    questions: list[Question]
    check: CheckReport
    model: str
    prompt_version: str
    checklist_version: str
    attempts: int = Field(description="model calls made, re-asks and repairs included")
    repairs: int
    usage: llm.Usage
    latency_s: float
    raw_outputs: list[str]
    observations: list[Observation]

    def contract(self) -> dict:
        """The CLI's --json object."""
        return {
            "text": self.text,
            "questions": [{"id": q.id, "question": q.question, "item": q.item, "note": q.note} for q in self.questions],
            "check": self.check.contract(),
            "model": self.model,
            "prompt_version": self.prompt_version,
            "attempts": self.attempts,
            "repairs": self.repairs,
            "usage": self.usage.model_dump(),
            "latency_s": round(self.latency_s, 3),
            "sentences": [s.model_dump() for s in self.sentences],
            "observations": [o.model_dump() for o in self.observations],
        }


# ---------------------------------------------------------------- composing


def render_messages(task: CaptionTask | RewriteTask, observations: list[Observation],
                    checklist: Checklist) -> tuple[prompts.PromptSet, list[dict]]:
    data = [{"id": o.id, "text": o.text, "hedged": o.hedged} for o in observations]
    if isinstance(task, CaptionTask):
        prompt = prompts.load("caption")
        missing = missing_items(checklist, observations)
        listing = "\n".join(f"- {i.id}" for i in missing) or "- (none)"
        return prompt, prompt.render(observations=prompts.as_data(data), checklist=listing)
    prompt = prompts.load("rewrite")
    taxonomy = flag_taxonomy()
    flags = [{"flag": f, "meaning": taxonomy[f].description} for f in task.flags]
    return prompt, prompt.render(
        user_prompt=prompts.as_data(task.prompt or ""),
        response=prompts.as_data(task.response),
        flags=prompts.as_data(flags),
        observations=prompts.as_data(data),
    )


def output_budget(task: CaptionTask | RewriteTask) -> int:
    """Output tokens a draft may need: about a token per 3 characters of what it carries
    (the response for a rewrite, the notes for a caption, whose prose outgrows its notes),
    plus the JSON around the sentences. A fixed cap cut long drafts off mid-JSON."""
    carried = len(task.response) + len(task.notes) // 2 if isinstance(task, RewriteTask) else len(task.notes) * 3 // 2
    return carried // 3 + 512


def compose(
    task: CaptionTask | RewriteTask,
    spec: llm.ModelSpec | None = None,
    *,
    on_text: Callable[[str], None] | None = None,
    max_reasks: int = MAX_REASKS,
    max_repairs: int = MAX_REPAIRS,
    checklist: Checklist | None = None,
) -> Draft:
    """Compose a checked draft for `task`. `on_text` receives the draft text as it streams."""
    spec = spec or llm.resolve_spec()
    started = time.perf_counter()
    observations = task.observations()
    checklist = checklist or load_checklist(task.kind)
    flags = task.flags if isinstance(task, RewriteTask) else []
    original = task.response if isinstance(task, RewriteTask) else None
    if spec.max_tokens < (budget := output_budget(task)):
        spec = spec.model_copy(update={"max_tokens": budget})
    prompt, messages = render_messages(task, observations, checklist)
    known_ids = {o.id for o in observations}

    attempts, usage, raw = 0, llm.Usage(), []
    best: tuple[int, ModelDraft, CheckReport, str] | None = None
    repairs = 0
    for round_ in range(max_repairs + 1):
        # Repair rounds sample differently (new seed, warmer): the checker keeps the best
        # draft, so diversity can only help, and a model repeating itself cannot repair.
        round_spec = spec if round_ == 0 else spec.model_copy(update={
            "temperature": max(spec.temperature, REPAIR_TEMPERATURE),
            "seed": None if spec.seed is None else spec.seed + round_,
        })
        parsed, reply, calls, call_usage = _ask(messages, round_spec, prompt, known_ids, on_text, max_reasks, raw)
        attempts, usage = attempts + calls, usage + call_usage
        text = join_sentences(parsed.sentences)
        report = check_draft(observations, text, original=original)
        if best is None or report.problem_count() <= best[0]:
            best = (report.problem_count(), parsed, report, text)
        if report.ok or round_ == max_repairs:
            break
        repairs += 1
        messages = messages + [
            {"role": "assistant", "content": reply},
            prompt.render_followup("repair", report=describe_problems(report, observations)),
        ]

    assert best is not None
    _, parsed, report, text = best
    questions = merge_model_questions(
        deterministic_questions(task.kind, observations, flags, checklist),
        [(q.question, q.note) for q in parsed.questions],
        observations,
        checklist,
    )
    return Draft(
        kind=task.kind,
        text=text,
        sentences=report.sentences,
        claimed_notes=[s.notes for s in parsed.sentences],
        questions=questions,
        check=report,
        model=spec.model,
        prompt_version=prompt.version,
        checklist_version=checklist.version,
        attempts=attempts,
        repairs=repairs,
        usage=usage,
        latency_s=time.perf_counter() - started,
        raw_outputs=raw,
        observations=observations,
    )


def _ask(messages, spec, prompt, known_ids, on_text, max_reasks, raw):
    """One validated model answer; re-asks with the validation error, bounded."""
    errors: list[str] = []
    calls, usage = 0, llm.Usage()
    reply = ""
    for _ in range(max_reasks + 1):
        stream = _TextStream(on_text) if on_text else None
        completion = llm.complete(messages, spec, schema=output_schema(), schema_name="draft",
                                  on_token=stream.feed if stream else None)
        calls += 1
        usage = usage + completion.usage
        reply = completion.text
        raw.append(reply)
        try:
            parsed = ModelDraft.model_validate_json(_strip_fences(reply))
            unknown = sorted({n for s in parsed.sentences for n in s.notes} - known_ids)
            if unknown:
                raise ValueError(f"sentences cite note ids that do not exist: {', '.join(unknown)}")
            return parsed, reply, calls, usage
        except (ValidationError, ValueError) as e:
            errors.append(_short_error(e))
            messages = messages + [
                {"role": "assistant", "content": reply},
                prompt.render_followup("reask", error=errors[-1]),
            ]
    raise ModelOutputError(
        f"the model returned unusable output {calls} times; last error: {errors[-1]}",
        attempts=calls, last_output=reply, errors=errors,
    )


def join_sentences(sentences: list[ModelSentence]) -> str:
    text = " ".join(s.text.strip() for s in sentences if s.text.strip())
    return re.sub(r" *\n *", "\n", text)


def describe_problems(report: CheckReport, observations: list[Observation]) -> str:
    """The concrete check report, as the repair prompt gives it to the model."""
    by_id = {o.id: o for o in observations}
    lines = []
    for f in report.facts:
        if f.status == "dropped":
            lines.append(f"- note {f.id} ({by_id[f.id].text!r}) is missing or altered: {f.evidence}")
        elif f.status == "hedge_lost":
            lines.append(f"- note {f.id} ({by_id[f.id].text!r}) is uncertain, but the draft states it as certain; keep a hedge")
    for u in report.unsupported:
        lines.append(f"- {u.text!r} is not supported by the notes ({u.reason}); remove it")
    return "\n".join(lines)


def _strip_fences(text: str) -> str:
    text = text.strip()
    m = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.S)
    return m.group(1) if m else text


def _short_error(e: Exception) -> str:
    if isinstance(e, ValidationError):
        first = e.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "output"
        return f"{where}: {first.get('msg', 'invalid')}"
    return " ".join(str(e).split())[:300]


class _TextStream:
    """Turns streamed JSON tokens into the draft text so far, for live display."""

    _FIELD = re.compile(r'"text"\s*:\s*"((?:[^"\\]|\\.)*)("?)')

    def __init__(self, on_text: Callable[[str], None]):
        self.on_text = on_text
        self.buffer = ""
        self.last = ""

    def feed(self, piece: str) -> None:
        self.buffer += piece
        parts = []
        for m in self._FIELD.finditer(self.buffer):
            raw = m.group(1)
            if raw.endswith("\\") and not raw.endswith("\\\\"):
                raw = raw[:-1]
            try:
                parts.append(json.loads(f'"{raw}"'))
            except json.JSONDecodeError:
                parts.append(raw)
        text = " ".join(p.strip() for p in parts if p.strip())
        if text != self.last:
            self.last = text
            self.on_text(text)
