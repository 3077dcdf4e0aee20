"""An independent judge for evaluation: a model reads the notes and the draft, note by note.

It shares nothing with the deterministic checker (no lexicon, no matching rules), so the two
can be compared: where the judge says a note is missing and the checker says it was kept,
the checker may have missed a loss. Only evaluation uses it; annotators never see it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant import llm, prompts
from assistant.notes import Observation
from assistant.errors import ModelOutputError

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
    best: dict[str, Verdict] = {}

    def complete_set(parsed: Verdicts) -> None:
        nonlocal best
        verdicts = {v.id: v for v in parsed.verdicts if v.id in wanted}
        if len(verdicts) > len(best):
            best = verdicts  # partial verdicts are still evidence
        if len(verdicts) < len(wanted):
            raise ValueError(f"verdicts missing for {', '.join(sorted(wanted - set(verdicts)))}")

    try:
        answer = llm.complete_validated(messages, spec, Verdicts, MAX_REASKS, accept=complete_set,
                                        reask=lambda error: prompt.render_followup("reask", error=error),
                                        schema_name="verdicts")
    except ModelOutputError as e:
        return JudgeResult(verdicts=best, model=spec.model, prompt_version=prompt.version, raw=e.last_output,
                           error=e.errors[-1])
    return JudgeResult(verdicts=best, model=spec.model, prompt_version=prompt.version, raw=answer.text)
