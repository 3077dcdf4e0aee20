"""An independent judge for evaluation: a model reads the notes and the draft, note by note.

It shares nothing with the deterministic checker (no lexicon, no matching rules), so the two
can be compared: where the judge says a note is missing and the checker says it was kept,
the checker may have missed a loss. Only evaluation uses it; annotators never see it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant import llm, prompts
from assistant.notes import Observation

MAX_REASKS = 1


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    stated: Literal["yes", "partly", "no"]
    hedge_kept: bool | None = None


class Verdicts(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verdicts: list[Verdict]


class JudgeResult(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verdicts: dict[str, Verdict]
    model: str
    prompt_version: str
    raw: str
    error: str | None = None


def judge(observations: list[Observation], draft: str, spec: llm.ModelSpec) -> JudgeResult:
    """One verdict per note. Unusable output after a re-ask is returned as an error, not raised."""
    prompt = prompts.load("judge")
    notes = [{"id": o.id, "text": o.text} for o in observations]
    messages = prompt.render(observations=prompts.as_data(notes), draft=prompts.as_data(draft))
    wanted = {o.id for o in observations}
    reply, error = "", None
    best: dict[str, Verdict] = {}
    for _ in range(MAX_REASKS + 1):
        reply = llm.complete(messages, spec, schema=_schema(), schema_name="verdicts").text
        try:
            parsed = Verdicts.model_validate_json(reply)
            verdicts = {v.id: v for v in parsed.verdicts if v.id in wanted}
            if len(verdicts) > len(best):
                best = verdicts
            if len(verdicts) < len(wanted):
                raise ValueError(f"verdicts missing for {', '.join(sorted(wanted - set(verdicts)))}")
            return JudgeResult(verdicts=verdicts, model=spec.model, prompt_version=prompt.version, raw=reply)
        except (ValidationError, ValueError) as e:
            error = " ".join(str(e).split())[:300]
            messages = messages + [{"role": "assistant", "content": reply},
                                   prompt.render_followup("reask", error=error)]
    # partial verdicts are still evidence; the error says what is missing
    return JudgeResult(verdicts=best, model=spec.model, prompt_version=prompt.version, raw=reply, error=error)


def _schema() -> dict:
    return Verdicts.model_json_schema()
