"""The comparison pipeline: a rationale that states the annotator's choice and every reason.

The verdict is not the model's to word: the rationale opens with a fixed sentence for the
choice ("Response A is better than response B."), which the prompt asks the model to copy and
which replaces whatever the model opened with when the choice check finds it missing or
flipped. The model writes the reasons; a reason the check finds missing, altered or moved to
the other response goes in as the annotator wrote it, labelled with its response, and is marked
so (never a missing reason, never a reason on the wrong side).
"""

from __future__ import annotations

from collections.abc import Generator

from assistant import prompts
from assistant.check import CheckReport
from assistant.compose.caption import clean_caption, note_labels
from assistant.compose.models import ComposeEvent, SentenceChange
from assistant.compose.run import PipelineResult, Run, stream_draft
from assistant.compose.sentences import terminated
from assistant.kinds.comparison.choice import check_comparison
from assistant.kinds.comparison.task import ComparisonTask, side_of, strip_side
from assistant.notes import Observation, flag_taxonomy
from assistant.questions import Checklist, Question, deterministic_questions

VERDICTS = {
    "A": "Response A is better than response B.",
    "B": "Response B is better than response A.",
    "tie": "Neither response is better than the other.",
}
"""The sentence a rationale opens with, per choice."""


def pipeline(task: ComparisonTask, observations: list[Observation], run: Run, max_repairs: int,
             base: list[str] | None = None) -> Generator[ComposeEvent, None, PipelineResult]:
    """One model call for the reasons; then the verdict and every reason made sure of without
    the model. `max_repairs` and `base` do not apply: nothing is patched by the model."""
    prompt = prompts.load("comparison")
    messages = prompt.render(choice=VERDICTS[task.choice], notes=prompts.as_data([o.text for o in observations]),
                             flags=prompts.as_data(_flags_view(task)))
    draft = yield from stream_draft(messages, run, budget(task))
    sentences = clean_caption(draft, note_labels(observations))
    changes: list[SentenceChange] = []
    sentences = _with_verdict(task, sentences, changes)
    sentences, verbatim = _reasons_kept(task, observations, sentences, changes)
    return PipelineResult(prompt_version=prompt.version, text=" ".join(sentences), changes=changes,
                          verbatim=verbatim, repairs=0)


def check(task: ComparisonTask, observations: list[Observation], text: str) -> CheckReport:
    """The usual checks against the reasons, and the choice check on top."""
    return check_comparison(task, text)


def questions(task: ComparisonTask, observations: list[Observation], checklist: Checklist) -> list[Question]:
    return deterministic_questions(task.kind, observations, [*task.flags_a, *task.flags_b], checklist)


def budget(task: ComparisonTask) -> int:
    """Output tokens a rationale may need: the reasons written out (about half again their
    length, a token per 3 characters), the verdict, plus room."""
    return len(task.notes) // 2 + 128


def reason_sentence(note: Observation) -> str:
    """A reason in the annotator's own words, with the response it is about spelled out:
    "A: wrong year, 1999 not 2001" -> "Response A: wrong year, 1999 not 2001."."""
    side, rest = side_of(note), strip_side(note.text)
    if side == "both":
        return terminated(f"Both responses: {rest}")
    if side is not None and rest == note.text:  # "B cites the statute": the letter is the subject
        return terminated(f"Response {rest.strip()}")
    if side is not None:
        return terminated(f"Response {side}: {rest}")
    return terminated(rest[:1].upper() + rest[1:])


def _flags_view(task: ComparisonTask) -> dict[str, list[dict[str, str]]]:
    taxonomy = flag_taxonomy()
    return {side: [{"flag": f, "means": taxonomy[f].description} for f in flags]
            for side, flags in (("A", task.flags_a), ("B", task.flags_b)) if flags}


def _choice_kept(report: CheckReport) -> bool:
    return all(f.status == "kept" for f in report.facts if f.id == "choice")


def _with_verdict(task: ComparisonTask, sentences: list[str], changes: list[SentenceChange]) -> list[str]:
    """The fixed verdict first: the model's opening sentence goes when it is not that verdict
    and the choice check does not find the choice stated (or finds it flipped) with it."""
    verdict = VERDICTS[task.choice]
    if sentences and sentences[0].strip() == verdict:
        return sentences
    if _choice_kept(check_comparison(task, " ".join(sentences))):
        return sentences
    opening = sentences[0] if sentences else ""
    rest = sentences[1:] if opening and _choice_sentence(task, opening) else sentences
    if rest is not sentences:
        changes.append(SentenceChange(before=opening, after=verdict, how="verbatim", notes=[],
                                      reason="the opening did not state the annotator's choice: the fixed verdict"))
    else:
        changes.append(SentenceChange(before="", after=verdict, how="verbatim", notes=[],
                                      reason="the rationale did not state the annotator's choice: the fixed verdict"))
    return [verdict, *rest]


def _choice_sentence(task: ComparisonTask, sentence: str) -> bool:
    """The sentence states a verdict (right or wrong): checked alone, the choice check finds one."""
    report = check_comparison(task, sentence)
    return any(f.id == "choice" and f.status != "dropped" for f in report.facts)


def _reasons_kept(task: ComparisonTask, observations: list[Observation], sentences: list[str],
                  changes: list[SentenceChange]) -> tuple[list[str], list[str]]:
    """A sentence that gives a reason the wrong response or a changed value goes (never the
    verdict); then every reason the check finds missing or altered goes in as the annotator
    wrote it, after the rest."""
    by_id = {o.id: o for o in observations}
    report = check_comparison(task, " ".join(sentences))
    # a reason on the wrong response, a changed value or a lost hedge: certain problems the
    # model's sentence has and the note itself does not
    wrong = {s for f in report.facts if f.id in by_id and f.status in ("contradicted", "hedge_lost") and f.checked
             for s in f.sentences}
    wrong |= {i for i, sent in enumerate(report.sentences)
              if any(u.tier == "certain" and sent.start <= u.start < sent.end for u in report.unsupported)}
    wrong -= {0}
    for i in sorted(wrong):
        changes.append(SentenceChange(before=sentences[i], after="", how="removed", notes=[],
                                      reason="it gave a reason the wrong response or a changed value, lost a hedge "
                                      "or said what no note says: the notes go in instead"))
    # a sentence that carries no reason and says something no note says is the model's own
    # judgement (or its prompt's example): a rationale states the annotator's reasons only
    invented = {i for i, sent in enumerate(report.sentences) if i and not sent.notes
                and any(sent.start <= u.start < sent.end for u in report.unsupported)} - wrong
    for i in sorted(invented):
        changes.append(SentenceChange(before=sentences[i], after="", how="removed", notes=[],
                                      reason="it states no reason the annotator gave"))
    wrong |= invented
    kept = [s for i, s in enumerate(sentences) if i not in wrong]
    if wrong:
        report = check_comparison(task, " ".join(kept))
    verbatim = []
    for fact in report.facts:
        if fact.id in by_id and fact.status in ("dropped", "contradicted") and fact.checked:
            text = reason_sentence(by_id[fact.id])
            kept.append(text)
            verbatim.append(fact.id)
            changes.append(SentenceChange(before="", after=text, how="verbatim", notes=[fact.id],
                                          reason="no model sentence carried this reason as noted: kept in the "
                                          "annotator's words"))
    return kept, verbatim
