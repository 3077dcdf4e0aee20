"""notes -> prompt -> LLM -> draft -> check -> patch repairs -> verbatim fallback -> questions.

A caption is drafted as plain prose in one streamed call; the deterministic check (not the
model) says which note each sentence carries. What the check finds wrong is patched in place:
one batched call writes a sentence for each missing note and rewrites only the sentences that
lost a hedge, say something unsupported or run on; sentences that pass stay byte-identical.
A note still missing after its patch goes in verbatim, in the annotator's own words, and is
marked so: no draft the product returns is missing a note.

A rewrite keeps the sentences of the original that no note or flag targets byte-identical.
Literal edits are applied without the model (assistant/edits.py); the model rewrites only
the sentences a note targets, and the draft lists which sentences changed and why.

`compose_events` yields typed events (text as it streams, sentences, checks, the final draft)
that the CLI prints, the UI renders and tests assert on; `compose` returns the final draft.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant import edits, lexicon, llm, locate, prompts
from assistant.check import STYLE_FLAGS, CheckReport, SentenceProvenance, check_draft, classify, prose
from assistant.errors import ModelError, ModelOutputError
from assistant.notes import Observation, flag_taxonomy
from assistant.kinds.caption import CaptionTask
from assistant.kinds.rewrite import RewriteTask
from assistant.questions import Checklist, Question, deterministic_questions, load_checklist
from assistant.text import sentences as split_sentences
from assistant.text import tokenize, word_runs

#: A sentence longer than this is split by a patch (polished prose: none over 40 words).
LONG_SENTENCE_WORDS = 35
POLISH_SENTENCE_WORDS = 30
"""A finished draft's sentence over this many words is cut at a clause or list break, where one
is (no model call): a caption reads well at 25 words a sentence on average."""
REPEATS_MAX_NOTES = 60
"""Over this many notes a caption is a long list, and looking for sentences that repeat others
(a check per candidate) would cost minutes: it is left out."""


# ---------------------------------------------------------------- what compose returns

ChangeHow = Literal["literal", "model", "patch", "verbatim", "split", "removed"]


class SentenceChange(BaseModel):
    """One sentence of the draft that differs from what came before it, and why."""

    model_config = ConfigDict(extra="forbid")
    before: str
    """The sentence before (the original response's, or the first draft's); "" for an insertion."""
    after: str
    """The sentence now; "" for a deletion."""
    how: ChangeHow
    """literal: a note's exact edit applied without the model; model: rewritten by the model
    for a note or flag; patch: a repair after the check; verbatim: the note's own words, since
    no repair carried it; split: a run-on sentence split; removed: deleted by a note."""
    notes: list[str] = []
    """Ids of the notes the change carries out."""
    reason: str = ""


class Draft(BaseModel):
    """A composed, checked draft: the text, every problem the check still finds, and its cost."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["caption", "rewrite"]
    text: str
    sentences: list[SentenceProvenance]
    """Each sentence with the notes it carries, as the check found them."""
    questions: list[Question]
    """Details the guideline needs that the notes lack, and ambiguities such as hedged counts."""
    check: CheckReport
    """The check of `text` against the notes: shown in full, nothing hidden."""
    kept_verbatim: list[str] = []
    """Notes no model sentence carried, inserted in the annotator's own words: smooth them."""
    changes: list[SentenceChange] = []
    """Sentences changed after the first draft (captions) or from the original (rewrites)."""
    warnings: list[str] = []
    """What went wrong on the way without costing the draft (a failed patch call, say)."""
    model: str
    prompt_version: str
    checklist_version: str
    attempts: int = Field(description="model calls made, patches included")
    repairs: int = Field(description="patch rounds after the first draft (at most max_repairs)")
    usage: llm.Usage
    latency_s: float
    raw_outputs: list[str]
    """Every answer the model gave, in order: nothing it said is lost."""
    observations: list[Observation]

    def contract(self) -> dict:
        """The CLI's --json object."""
        return {
            "text": self.text,
            "questions": [{"id": q.id, "question": q.question, "item": q.item, "note": q.note} for q in self.questions],
            "check": self.check.contract(),
            "kept_verbatim": self.kept_verbatim,
            "changes": [c.model_dump() for c in self.changes],
            "warnings": self.warnings,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "attempts": self.attempts,
            "repairs": self.repairs,
            "usage": self.usage.model_dump(),
            "latency_s": round(self.latency_s, 3),
            "sentences": [s.model_dump() for s in self.sentences],
            "observations": [o.model_dump() for o in self.observations],
        }


# ---------------------------------------------------------------- the events compose yields


class TextDelta(BaseModel):
    """The model wrote more of the first draft."""

    kind: Literal["text"] = "text"
    delta: str
    text: str
    """The draft so far, as it would read now."""


class SentenceDone(BaseModel):
    """A sentence of the first draft is complete."""

    kind: Literal["sentence"] = "sentence"
    index: int
    text: str


class CheckDone(BaseModel):
    """The check of the draft at one stage: the first draft, or after the patches."""

    kind: Literal["check"] = "check"
    stage: Literal["draft", "patched"]
    text: str
    report: CheckReport


class QuestionAsked(BaseModel):
    kind: Literal["question"] = "question"
    question: Question


class FinalDraft(BaseModel):
    kind: Literal["final"] = "final"
    draft: Draft


ComposeEvent = Annotated[TextDelta | SentenceDone | CheckDone | QuestionAsked | FinalDraft,
                         Field(discriminator="kind")]


# ---------------------------------------------------------------- one compose run


@dataclass
class _Run:
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


def compose(task: CaptionTask | RewriteTask, spec: llm.ModelSpec | None = None, *,
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


def compose_events(task: CaptionTask | RewriteTask, spec: llm.ModelSpec | None = None, *,
                   checklist: Checklist | None = None, max_repairs: int = 1,
                   stream: bool = True, base: list[str] | None = None) -> Iterator[ComposeEvent]:
    """Compose a checked draft for `task`, yielding what happens as it happens. `base`
    (captions): sentences of an earlier draft to start from instead of a new first draft (a
    compose again after an answer, `kept_sentences`): they stay as they are unless the check
    against the notes now finds them wrong, and only what it finds is written anew."""
    run = _Run(spec or llm.resolve_spec(), stream=stream)
    checklist = checklist or load_checklist(task.kind)
    observations = task.observations()
    if isinstance(task, CaptionTask):
        prompt, text, changes, verbatim, repairs = yield from _caption(task, observations, run, max_repairs, base)
        report = check_draft(observations, text)
        flags: list[str] = []
    else:
        prompt, text, changes, verbatim, repairs = yield from _rewrite(task, observations, run, max_repairs)
        report = check_draft(observations, text, original=task.response)
        flags = task.flags
    yield CheckDone(stage="patched", text=text, report=report)
    questions = deterministic_questions(task.kind, observations, flags, checklist)
    for q in questions:
        yield QuestionAsked(question=q)
    yield FinalDraft(draft=Draft(
        kind=task.kind, text=text, sentences=report.sentences, questions=questions, check=report,
        kept_verbatim=verbatim, changes=changes, warnings=run.warnings, model=run.spec.model, prompt_version=prompt.version,
        checklist_version=checklist.version, attempts=run.calls, repairs=repairs, usage=run.usage,
        latency_s=time.perf_counter() - run.started, raw_outputs=run.raw, observations=observations,
    ))


def questions_for(task: CaptionTask | RewriteTask, checklist: Checklist | None = None) -> list[Question]:
    """The questions compose asks for `task`: its checklist's missing items, flags no note
    addresses, ambiguities such as hedged counts."""
    return deterministic_questions(task.kind, task.observations(), getattr(task, "flags", []),
                                   checklist or load_checklist(task.kind))


# ---------------------------------------------------------------- captions


def output_budget(task: CaptionTask | RewriteTask) -> int:
    """Output tokens a draft may need: about a token per 3 characters of what it carries (a
    caption's prose outgrows its notes by about half), plus room. Bounding the answer by the
    notes stops a model that repeats itself long before it can run for minutes."""
    if isinstance(task, RewriteTask):
        return (len(task.response) + len(task.notes)) // 3 + 128
    return len(task.notes) // 2 + 96


def kept_sentences(previous: str, before: list[Observation], now: list[Observation]) -> list[str]:
    """The sentences of an earlier caption draft (composed from the notes `before`) that a
    compose from the notes `now` can keep: each that carries no note changed or removed since.
    An answer that adds a note keeps them all; one that edits a note ("maybe 3 dogs" -> "3
    dogs") drops the sentences that carried it, and the patch writes that note anew."""
    current = {o.text for o in now}
    changed = {o.id for o in before if o.text not in current}
    report = check_draft(before, previous)
    return [s.text for s in report.sentences if not set(s.notes) & changed]


def _caption(task: CaptionTask, observations: list[Observation], run: _Run, max_repairs: int,
             base: list[str] | None = None):
    prompt = prompts.load("caption")
    messages = prompt.render(observations=prompts.as_data([o.text for o in observations]))
    if base:  # the earlier draft's sentences stand in for a first draft: only the patch asks the model
        draft = " ".join(base)
        yield TextDelta(delta=draft, text=draft)
    else:
        draft = yield from _stream_draft(messages, run, output_budget(task))
    labels = note_labels(observations)
    sentences = clean_caption(draft, labels)
    report = check_draft(observations, " ".join(sentences))
    yield CheckDone(stage="draft", text=" ".join(sentences), report=report)
    changes: list[SentenceChange] = []
    if report.unsupported and len(observations) <= REPEATS_MAX_NOTES:
        sentences, report = cut_unsupported(sentences, observations, report, changes)
    repairs = 0
    while repairs < max_repairs and _needs_patch(report, sentences):
        repairs += 1
        # the conversation so far: the llama.cpp prompt cache keeps its evaluated prefix
        followup = messages + [{"role": "assistant", "content": draft if repairs == 1 else " ".join(sentences)}]
        try:
            sentences, patched = _patch_caption(prompt, followup, sentences, report, observations, run, labels)
        except ModelError as e:  # the draft stands; what it lacks goes in verbatim below
            run.warnings.append(f"the patch call failed, so missing notes were kept verbatim: {e}")
            break
        changes += patched
        report = check_draft(observations, " ".join(sentences))
    sentences, verbatim = _verbatim_fallback(sentences, observations, changes)
    sentences, plain = _unsupported_fallback(sentences, observations, changes)
    verbatim += [n for n in plain if n not in verbatim]
    sentences = drop_repeats(sentences, observations, changes)
    sentences = strip_headings(sentences, observations, changes)
    sentences = complete_fragments(sentences, observations, changes)
    sentences = _polish(sentences, observations, changes)
    return prompt, " ".join(sentences), changes, verbatim, repairs


def _stream_draft(messages: list[dict], run: _Run, max_tokens: int) -> Iterator[ComposeEvent]:
    """Stream the first draft: text deltas, and each sentence as it completes (without
    streaming: the whole text as one delta, then its sentences)."""
    if run.stream:
        stream = llm.stream(messages, run.spec.model_copy(update={"max_tokens": max_tokens}))
        pieces: Iterable[str] = stream
    else:
        pieces = [run.ask(messages, max_tokens)]
    text, done = "", 0
    for piece in pieces:
        text += piece
        yield TextDelta(delta=piece, text=text.strip())
        complete = split_sentences(text)[:-1]  # the last one may still be growing
        for sentence in complete[done:]:
            yield SentenceDone(index=done, text=sentence.text)
            done += 1
    for sentence in split_sentences(text)[done:]:  # the last one is complete when the text is
        yield SentenceDone(index=done, text=sentence.text)
        done += 1
    if not run.stream:
        return text
    assert stream.completion is not None
    run.record(stream.completion)
    return stream.completion.text


_PREAMBLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:caption|here(?:'s| is) (?:the|a|your) caption)\b[^:\n]{0,40}:\s*", re.I)
_MARKUP_RE = re.compile(r"^\s*(?:[-*•]+|\d+[.)])\s+|\*\*|__|`")
# "Sculpture: A few ..." - a note's "label:" copied as a heading; prose has none.
_LABEL_RE = re.compile(r"^([^\W\d][\w'-]*(?: [\w'-]+){0,3}):\s+")


def note_labels(observations: list[Observation]) -> frozenset[str]:
    """The "label:" prefixes of notes ("bus: red, on the left"), which a caption must not copy."""
    return frozenset(m.group(1).lower() for o in observations if (m := _LABEL_RE.match(o.text)))


def clean_caption(text: str, labels: frozenset[str] = frozenset()) -> list[str]:
    """The model's answer as caption sentences: no preamble, no list markup, no note labels
    as headings, no repeats, each sentence ending in punctuation."""
    text = _PREAMBLE_RE.sub("", text.strip())
    lines = [_MARKUP_RE.sub("", line).strip() for line in text.splitlines()]
    text = " ".join(_terminated(line) for line in lines if line)
    out: list[str] = []
    seen: set[str] = set()
    for s in split_sentences(text):
        sentence = s.text
        if (m := _LABEL_RE.match(sentence)) and m.group(1).lower() in labels and _names_label(m.group(1), sentence[m.end():]):
            sentence = sentence[m.end():]  # the heading goes only where the sentence names its subject anyway
        key = " ".join(t.lower for t in tokenize(sentence))
        if key and key not in seen:  # a model repeating itself adds nothing
            seen.add(key)
            out.append(_terminated(sentence))
    return out


def _terminated(sentence: str) -> str:
    sentence = sentence.strip()
    if sentence and sentence[-1] not in ".!?\"'”’)":
        sentence += "."
    return sentence[:1].upper() + sentence[1:]


def _word_count(text: str) -> int:
    return len(tokenize(text))


def _needs_patch(report: CheckReport, sentences: list[str]) -> bool:
    """Only what the check finds wrong, or a run-on sentence no clause break can split
    (`split_run_on` does the rest for free), costs a model call: a second call doubles a
    caption's time. Fragments and headings ride along when the call is made anyway; otherwise
    `strip_headings` and `complete_fragments` mend them without one."""
    return not report.ok or any(_word_count(part) > 40 for s in sentences for part in split_run_on(s))


_UNWRITTEN = {"fragment": "write it as a complete sentence with a verb, in your own words, keeping every detail",
              "label": "drop the heading before the sentence and write it as a complete sentence, keeping every detail"}


def _unwritten(report: CheckReport) -> dict[int, list[str]]:
    """Sentence index -> what to fix, for the sentences that are fragments or start with a
    heading (the check's style remarks): the notes pasted, not written."""
    starts = {s.start: i for i, s in enumerate(report.sentences)}
    out: dict[int, list[str]] = {}
    for remark in report.style:
        if remark.kind in _UNWRITTEN and remark.start in starts:
            out.setdefault(starts[remark.start], []).append(_UNWRITTEN[remark.kind])
    return out


@dataclass
class _Item:
    """One thing a patch call is asked to write: a sentence for a note, or a fix of a sentence."""

    label: str
    instruction: str
    note: Observation | None = None
    sentence: int | None = None
    how: ChangeHow = "patch"
    reasons: list[str] = field(default_factory=list)


def _patch_items(report: CheckReport, sentences: list[str], observations: list[Observation]) -> list[_Item]:
    by_id = {o.id: o for o in observations}
    items: list[_Item] = []
    fixes: dict[int, _Item] = {}

    def fix(index: int, reason: str, how: ChangeHow = "patch") -> None:
        item = fixes.setdefault(index, _Item(label=f"S{index + 1}", instruction="", sentence=index, how=how))
        item.reasons.append(reason)

    for f in report.facts:
        if f.status == "dropped" and f.kind == "fact" and f.checked:
            items.append(_Item(label=f"N{f.id[1:]}", note=by_id[f.id],
                               instruction=f"write one sentence that states this note: {prompts.as_data(by_id[f.id].text)}"))
        elif f.status == "contradicted" and f.kind == "fact" and f.sentences:
            for i in f.sentences:
                if i < len(sentences):
                    fix(i, f"state what the note {prompts.as_data(by_id[f.id].text)} says; the sentence contradicts it "
                           f"({f.evidence.split(' (nearest')[0]})")
        elif f.status == "hedge_lost":
            for i in f.sentences or [0]:
                if i < len(sentences):
                    fix(i, f"keep the uncertainty of the note {prompts.as_data(by_id[f.id].text)}: say 'possibly' or "
                           "'appears to', as the note does")
    for u in report.unsupported:
        for i, s in enumerate(report.sentences):
            if s.start <= u.start < s.end and i < len(sentences):
                fix(i, f"remove {prompts.as_data(u.text)}, which no note supports")
    for i, s in enumerate(sentences):
        if any(_word_count(part) > LONG_SENTENCE_WORDS for part in split_run_on(s, LONG_SENTENCE_WORDS)):
            fix(i, "split it into two or three shorter sentences, keeping every detail", "split")
    for i, reasons in _unwritten(report).items():
        if i < len(sentences):
            for reason in reasons:
                fix(i, reason)
    for index, item in sorted(fixes.items()):
        item.instruction = (f"rewrite this sentence: {prompts.as_data(sentences[index])}; "
                            + "; ".join(item.reasons) + ". Change nothing else.")
        items.append(item)
    return items


_ANSWER_RE = re.compile(r"^\s*\**\s*([NSA]\d+)\s*\**\s*[:.)\-–]\s*(.*)$")


def parse_labelled(answer: str) -> dict[str, str]:
    """'N3: text' lines -> {'N3': 'text'}; a label's later lines continue its text."""
    out: dict[str, str] = {}
    label = None
    for line in answer.splitlines():
        m = _ANSWER_RE.match(line)
        if m:
            label = m.group(1).upper()
            out[label] = m.group(2).strip().strip('"“”')
        elif label and line.strip():
            out[label] = (out[label] + " " + line.strip()).strip()
    return out


def _patch_caption(prompt: prompts.PromptSet, followup: list[dict], sentences: list[str], report: CheckReport,
                   observations: list[Observation], run: _Run,
                   labels: frozenset[str] = frozenset()) -> tuple[list[str], list[SentenceChange]]:
    items = _patch_items(report, sentences, observations)
    if not items:
        return sentences, []
    listing = "\n".join(f"{it.label}: {it.instruction}" for it in items)
    budget = 80 * len(items) + 64
    answer = parse_labelled(run.ask(followup + [prompt.render_followup("patch", items=listing)], budget))
    changes: list[SentenceChange] = []
    sentences = list(sentences)
    # Fixes first, from the end, so earlier indexes stay valid; each is kept only when the
    # draft's check does not get worse with it.
    for item in sorted((i for i in items if i.sentence is not None), key=lambda i: -i.sentence):
        new = clean_caption(answer.get(item.label, ""), labels)
        if not new:
            continue
        trial = sentences[: item.sentence] + new + sentences[item.sentence + 1:]
        if _not_worse(trial, sentences, observations) and _reads_no_worse(new, sentences[item.sentence]):
            changes.append(SentenceChange(before=sentences[item.sentence], after=" ".join(new), how=item.how,
                                          reason="; ".join(item.reasons)))
            sentences = trial
    for item in (i for i in items if i.note is not None):
        new = clean_caption(answer.get(item.label, ""), labels)
        if new and _carries(item.note, " ".join(new), observations):
            at = _insert_at(item.note, sentences, observations)
            sentences[at:at] = new
            changes.append(SentenceChange(before="", after=" ".join(new), how="patch", notes=[item.note.id],
                                          reason="the first draft dropped this note"))
    return sentences, changes


def _reads_no_worse(new: list[str], old: str) -> bool:
    """A rewrite has no more fragments and headings than the sentence it replaces."""
    def unwritten(text: str) -> int:
        return sum(r.kind in _UNWRITTEN for r in prose.remarks(text))
    return unwritten(" ".join(new)) <= unwritten(old)


def _problems(draft: str | list[str], observations: list[Observation],
              original: str | None = None) -> tuple[set[str], int]:
    """The notes a draft (a text, or caption sentences) leaves unmet, and its problem count."""
    report = check_draft(observations, draft if isinstance(draft, str) else " ".join(draft), original=original)
    return report.unmet(), report.problem_count()


def _not_worse(trial: str | list[str], current: str | list[str], observations: list[Observation],
               original: str | None = None) -> bool:
    lost_now, count_now = _problems(current, observations, original)
    lost_trial, count_trial = _problems(trial, observations, original)
    return lost_trial <= lost_now and count_trial <= count_now


class _OneSentenceAtATime:
    """Judges changes of one sentence at a time, from the last sentence to the first, against
    the notes that sentence carries (and those of sentences already changed) rather than all
    notes: only they can be lost by changing it, and a caption of hundreds of notes would
    otherwise cost a check of every note per candidate (minutes, at the notes' size limit)."""

    def __init__(self, sentences: list[str], observations: list[Observation]):
        self.observations = observations
        self.report = check_draft(observations, " ".join(sentences))
        self.spans: list[tuple[int, int]] = []
        at = 0
        for sentence in sentences:
            self.spans.append((at, at + len(sentence)))
            at += len(sentence) + 1
        self.touched: set[str] = set()

    def _notes_at(self, i: int) -> set[str]:
        # and its neighbours': a note's match may run across a sentence end
        start, end = self.spans[max(0, i - 1)][0], self.spans[min(len(self.spans) - 1, i + 1)][1]
        near = {k for k, p in enumerate(self.report.sentences) if p.start < end and p.end > start}
        return {f.id for f in self.report.facts if near & set(f.sentences)}

    def not_worse(self, trial: list[str], current: list[str], i: int) -> bool:
        """Whether `trial` (`current` with sentence i removed or replaced by the sentences
        between i and the unchanged rest) is no worse; the sentences after i may have changed
        already, those before it not. Notes: the notes in scope lose nothing. Unsupported
        spans: those of the new sentences against every note, no more than the old one's."""
        ids = self._notes_at(i) | self.touched
        scope = [o for o in self.observations if o.id in ids]
        if scope:
            lost_now = _problems(current, scope)[0]
            if not _problems(trial, scope)[0] <= lost_now:
                return False
        new = trial[i:len(trial) - (len(current) - i - 1)]
        if new and len(check_draft(self.observations, " ".join(new)).unsupported) > \
                len(check_draft(self.observations, current[i]).unsupported):
            return False
        self.touched |= ids
        return True


def _carries(note: Observation, text: str, observations: list[Observation]) -> bool:
    """The patch states its note (hedge included) and says nothing the notes do not support."""
    alone = check_draft([note], text)
    if alone.unmet():
        return False
    return not check_draft(observations, text).unsupported


def _insert_at(note: Observation, sentences: list[str], observations: list[Observation],
               report: CheckReport | None = None) -> int:
    """Where a sentence for `note` belongs: after the last sentence carrying an earlier note,
    so the caption keeps the notes' order. `report`: the check of `sentences`, if at hand."""
    order = {o.id: i for i, o in enumerate(observations)}
    report = report or check_draft(observations, " ".join(sentences))
    position = 0
    for i, s in enumerate(report.sentences[: len(sentences)]):
        if any(order.get(n, 0) < order[note.id] for n in s.notes):
            position = i + 1
    return position if report.sentences else len(sentences)


_CLAUSE_BREAK_RE = re.compile(r"(?:;\s+|,\s+(?:and|while|whereas)\s+|,\s+(?=but\s))", re.I)
# "a red car parked beside it, a big glass wall with white pillars, a white roof ...": a list of
# things, cut between two of them when no clause break is left
_LIST_BREAK_RE = re.compile(r",\s+(?=(?:a|an|some|two|three|four|five|six|seven|eight|nine|ten|several|many)\s)", re.I)


def split_run_on(sentence: str, limit: int = 40) -> list[str]:
    """A sentence over `limit` words cut at clause breaks ("; ", ", and ", ", while ",
    ", but ") nearest its middle, recursively: polish without a model call. Without one, a
    list of things is cut between two items (", a ..."). A sentence with neither is
    returned whole."""
    words = _word_count(sentence)
    if words <= limit:
        return [sentence]
    best = None
    for breaks in (_CLAUSE_BREAK_RE, _LIST_BREAK_RE):
        for m in breaks.finditer(sentence):
            left, right = sentence[: m.start()], sentence[m.end():]
            if _word_count(left) >= 6 and _word_count(right) >= 6:
                score = abs(_word_count(left) - _word_count(right))
                if best is None or score < best[0]:
                    best = (score, left, right)
        if best is not None:
            break
    if best is None:
        return [sentence]
    _, left, right = best
    return split_run_on(_terminated(left), limit) + split_run_on(_terminated(right), limit)


def _polish(sentences: list[str], observations: list[Observation],
            changes: list[SentenceChange]) -> list[str]:
    """Long sentences the patch left (or that came verbatim) split at clause or list breaks,
    where the check does not get worse."""
    judge = _OneSentenceAtATime(sentences, observations)
    for i in reversed(range(len(sentences))):
        parts = split_run_on(sentences[i], POLISH_SENTENCE_WORDS)
        if len(parts) > 1:
            trial = sentences[:i] + parts + sentences[i + 1:]
            if judge.not_worse(trial, sentences, i):
                changes.append(SentenceChange(before=sentences[i], after=" ".join(parts), how="split",
                                              reason="a run-on sentence split at its clause breaks"))
                sentences = trial
    return sentences


def drop_repeats(sentences: list[str], observations: list[Observation],
                  changes: list[SentenceChange]) -> list[str]:
    """A sentence whose every word the rest of the caption already has (a patch or a verbatim
    note next to the draft's wording of the same note) goes, where the check also finds every
    note still carried: repetition is not polish, and no word of the caption is lost."""
    if len(observations) > REPEATS_MAX_NOTES:
        return sentences
    judge = _OneSentenceAtATime(sentences, observations)
    for i in reversed(range(len(sentences))):
        if len(sentences) > 1 and _says_nothing_new(sentences[i], sentences[:i] + sentences[i + 1:]):
            trial = sentences[:i] + sentences[i + 1:]
            if judge.not_worse(trial, sentences, i):
                changes.append(SentenceChange(before=sentences[i], after="", how="removed",
                                              reason="it repeated what other sentences of the caption say"))
                sentences = trial
    return sentences


_NEGATIONS = frozenset("no not never without none nor".split())


def _word_keys(text: str) -> list[frozenset[str]]:
    """The lemma keys of `text`'s words in order: function words left out, negations kept."""
    return [lexicon.lemmas(t.lower.removesuffix("'s")) for t in tokenize(text)
            if t.lower in _NEGATIONS or t.lower.endswith("n't") or (t.lower not in _FUNCTION and t.text[:1].isalnum())]


def _says_nothing_new(sentence: str, others: list[str]) -> bool:
    """Whether another sentence already says `sentence`: each of its words (numbers and
    negations included) stands in one of `others`, by lemma ("falls" in "falling"), and each
    two neighbouring words stand close together in one of them, in order. Words scattered over
    sentences that relate them differently ("the car is left of the bus" beside "a bus on the
    left" and "a car on the right") are something new."""
    mine = _word_keys(sentence)
    theirs = [_word_keys(o) for o in others]
    if not mine or not all(any(k & w for ws in theirs for w in ws) for k in mine):
        return False

    def near(a: frozenset[str], b: frozenset[str]) -> bool:
        return any(a & ws[i] and any(b & w for w in ws[i + 1:i + 5]) for ws in theirs for i in range(len(ws)))

    return all(near(mine[i], mine[i + 1]) for i in range(len(mine) - 1))


def _verbatim_fallback(sentences: list[str], observations: list[Observation],
                       changes: list[SentenceChange]) -> tuple[list[str], list[str]]:
    """Every fact note still missing goes in as the annotator wrote it: never a missing note."""
    report = check_draft(observations, " ".join(sentences))
    missing = [f.id for f in report.facts if f.status in ("dropped", "contradicted") and f.kind == "fact" and f.checked]
    by_id = {o.id: o for o in observations}
    # Each goes after the last sentence that carries an earlier note, found in one check of the
    # draft as it stands: a later note's place is never before an earlier one's, so inserting
    # them together, in the notes' order, is inserting them one by one (one check, not one each).
    places: dict[int, list[str]] = {}
    for nid in missing:
        places.setdefault(_insert_at(by_id[nid], sentences, observations, report), []).append(nid)
    out: list[str] = []
    for at in range(len(sentences) + 1):
        for nid in places.get(at, []):
            text = verbatim_sentence(by_id[nid].text)
            out.append(text)
            changes.append(SentenceChange(before="", after=text, how="verbatim", notes=[nid],
                                          reason="no model sentence carried this note: kept in the annotator's words"))
        if at < len(sentences):
            out.append(sentences[at])
    return out, missing


def _unsupported_fallback(sentences: list[str], observations: list[Observation],
                          changes: list[SentenceChange]) -> tuple[list[str], list[str]]:
    """A sentence that still says something no note supports (its patch, if any, was refused)
    gives way to the notes it carries, in the annotator's words, where that loses nothing:
    the notes win over the model's wording."""
    by_id = {o.id: o for o in observations}
    used: list[str] = []
    report = check_draft(observations, " ".join(sentences))
    lost_now, count_now = _problems(sentences, observations)
    for i in reversed(range(min(len(sentences), len(report.sentences)))):
        sent = report.sentences[i]
        if not sent.notes or not any(sent.start <= u.start < sent.end for u in report.unsupported):
            continue
        plain = [verbatim_sentence(by_id[n].text) for n in sent.notes if n in by_id]
        trial = sentences[:i] + plain + sentences[i + 1:]
        lost_trial, count_trial = _problems(trial, observations)
        if lost_trial <= lost_now and count_trial < count_now:
            lost_now, count_now = lost_trial, count_trial
            changes.append(SentenceChange(before=sentences[i], after=" ".join(plain), how="verbatim",
                                          notes=list(sent.notes), reason="no wording of the model's carried these "
                                          "notes without unsupported words: kept in the annotator's words"))
            sentences = trial
            used += [n for n in sent.notes if n not in used]
    return sentences, used


def strip_headings(sentences: list[str], observations: list[Observation],
                   changes: list[SentenceChange]) -> list[str]:
    """A "label:" heading left before a sentence ("Ford f-100 ranger truck: A white Ford truck
    ...") goes, where the check finds every note still carried without it."""
    if len(observations) > REPEATS_MAX_NOTES:
        return sentences
    judge = None
    for i in reversed(range(len(sentences))):
        m = _LABEL_RE.match(sentences[i])
        if not m or not any(r.kind == "label" for r in prose.remarks(sentences[i])) or not tokenize(sentences[i][m.end():]):
            continue
        judge = judge or _OneSentenceAtATime(sentences, observations)
        trial = sentences[:i] + [_terminated(sentences[i][m.end():])] + sentences[i + 1:]
        if judge.not_worse(trial, sentences, i):
            changes.append(SentenceChange(before=sentences[i], after=trial[i], how="patch",
                                          reason="a note's heading before the sentence: not prose"))
            sentences = trial
    return sentences


_PHRASE_START = frozenset("in on at under over above below behind beside near into onto from against along across "
                          "through between among inside outside atop beneath underneath by for with of to".split())
_ARTICLE_RE = re.compile(r"\b([Aa]n?)\s+(?=(\w))")


def cut_unsupported(sentences: list[str], observations: list[Observation], report: CheckReport,
                    changes: list[SentenceChange]) -> tuple[list[str], CheckReport]:
    """Words no note supports cut out without a model call where the sentence still reads as
    one and the check gets better ("stands in the background." -> "stands."; "A beautiful red
    bus" -> "A red bus"): what is left for a patch call is what needs the model."""
    starts = [s.start for s in report.sentences]
    for span in sorted(report.unsupported, key=lambda u: -u.start):
        i = next((k for k in reversed(range(len(starts))) if starts[k] <= span.start), None)
        if i is None or i >= len(sentences):
            continue
        local = span.start - starts[i], span.end - starts[i]
        cut = cut_span(sentences[i], *local)
        if cut is None or _word_count(cut) < 4 or any(r.kind == "fragment" for r in prose.remarks(cut)):
            continue
        trial = sentences[:i] + [cut] + sentences[i + 1:]
        lost, count = _problems(sentences, observations)
        lost_trial, count_trial = _problems(trial, observations)
        if lost_trial <= lost and count_trial < count:
            changes.append(SentenceChange(before=sentences[i], after=cut, how="patch",
                                          reason=f"{span.text!r}: no note supports it"))
            sentences = trial
            report = check_draft(observations, " ".join(sentences))
            starts = [s.start for s in report.sentences]
    return sentences, report


def cut_span(sentence: str, start: int, end: int) -> str | None:
    """`sentence` without [start, end); a phrase that ends there ("in the background") goes
    whole; None where the span is not within the sentence."""
    if not (0 <= start < end <= len(sentence)) or sentence[start:end].strip() != sentence[start:end].strip(" ,"):
        return None
    rest = sentence[end:].lstrip()
    before = sentence[:start].rstrip()
    words = before.split(" ")
    if rest.startswith(",") and words[-1].lower() in _DETERMINERS and (len(words) < 2 or words[-2].lower() not in
                                                                      _PHRASE_START):  # "A beautiful, light-filled"
        rest = rest[1:].lstrip()
        return _terminated(" ".join(f"{before} {rest}".split()))
    ends_phrase = not rest[:1].isalnum() or rest.split(" ", 1)[0].lower() in _PHRASE_START | {"and", "or"}
    if not ends_phrase and not all(lexicon.can_be_adjective(t.text) or lexicon.can_be_adverb(t.text)
                                   for t in tokenize(sentence[start:end])):
        return None  # a noun or a verb inside a phrase: what is left would not read ("A sits ...")
    if ends_phrase:
        words = before.split(" ")
        while words and words[-1].lower() in _DETERMINERS:
            words.pop()
        if words and words[-1].lower() in _PHRASE_START and len(words) < len(before.split(" ")):
            words.pop()
        before = " ".join(words)
    text = f"{before} {sentence[end:].lstrip()}"
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*(?=[,.;:!?])", "", text)
    text = re.sub(r"^(\W*\w+)\s*,\s*", r"\1 ", text) if re.match(r"^\W*(?:a|an|the)\s*,", text, re.I) else text
    text = _ARTICLE_RE.sub(_article, text)
    text = " ".join(text.split())
    return _terminated(text) if tokenize(text) else None


def _article(m: re.Match) -> str:
    """"a" or "an" by the next word's first letter, keeping the capital."""
    word = "an" if m.group(2).lower() in "aeiou" else "a"
    return (word.capitalize() if m.group(1)[0].isupper() else word) + " "


_CLAUSE_END_WORDS = frozenset("with of in on at under over above below behind beside near into onto from against "
                              "along across through between among inside outside atop beneath underneath by for "
                              "that which who where while".split())


def complete_fragments(sentences: list[str], observations: list[Observation],
                       changes: list[SentenceChange]) -> list[str]:
    """A sentence with no verb ("Gray clouds.", "A white balcony with glass walls.") becomes
    "There are gray clouds." / "There is a white balcony with glass walls.", without a model
    call, where the check finds every note still carried: a fragment reads as the notes pasted."""
    if len(observations) > REPEATS_MAX_NOTES:
        return sentences
    judge = None
    for i in reversed(range(len(sentences))):
        if not any(r.kind == "fragment" for r in prose.remarks(sentences[i])):
            continue
        whole = there_is(sentences[i])
        if whole is None or any(r.kind == "fragment" for r in prose.remarks(whole)):
            continue
        judge = judge or _OneSentenceAtATime(sentences, observations)
        trial = sentences[:i] + [whole] + sentences[i + 1:]
        if judge.not_worse(trial, sentences, i):
            inserted = next((c for c in changes if c.how == "verbatim" and c.after == sentences[i]), None)
            if inserted is not None:  # a note put in verbatim: still the note's words, now a sentence
                inserted.after = whole
            else:
                changes.append(SentenceChange(before=sentences[i], after=whole, how="patch",
                                              reason="a fragment with no verb, written as a sentence"))
            sentences = trial
    return sentences


def there_is(fragment: str) -> str | None:
    """A verbless noun phrase as a sentence: "There is" or "There are" by its head noun (the
    last word before a preposition or comma), "There are" for a list ("a cup and a plate").
    None for what is no noun phrase (a quote, a heading)."""
    text = fragment.strip()
    tokens = tokenize(text)
    if not tokens or not text[:1].isalnum():
        return None
    head: list[str] = []
    for t in tokens:
        if t.lower in _CLAUSE_END_WORDS or head and any(c in text[end:t.start] for c in ",;:("):
            break
        head.append(t.lower)
        end = t.end
    words = [w for w in head if w[:1].isalnum()]
    if not words:
        return None
    count = lexicon.number_value(words[0])
    last = words[-1]
    plural = ("and" in words or "+" in head or (count is not None and count != 1)
              or last.endswith("s") and not last.endswith(("ss", "us", "is"))
              and (len(lexicon.lemmas(last)) > 1 or not lexicon.known_word(last)))
    first = tokens[0].text
    # "A white balcony" -> "There is a white balcony"; a name or an acronym keeps its capital
    name = first[1:] != first[1:].lower() or (first.lower() not in _STARTERS and not lexicon.known_word(first))
    lowered = text if name else text[:1].lower() + text[1:]
    if plural:
        return _terminated(f"There are {lowered}")
    if words[0] in _DETERMINERS or count is not None or words[0].endswith("'s") or last in _UNCOUNTED or name:
        return _terminated(f"There is {lowered}")
    article = "an" if words[0][:1] in "aeiou" else "a"
    return _terminated(f"There is {article} {lowered}")


_DETERMINERS = frozenset("a an the this that these those my your his her its our their some any each every no "
                         "another much more most all other".split())
#: nouns that take no "a" ("There is grass", not "There is a grass"): general vocabulary
_UNCOUNTED = frozenset("grass water snow sand dirt mud smoke fog rain light daylight sunlight text writing "
                       "furniture hair foliage vegetation traffic paint rust ice steam dust gravel soil".split())
#: words a fragment may start with that are not names: lower-cased after "There is"
_STARTERS = frozenset("a an the some two three four five six seven eight nine ten several many few one "
                      "black white red green blue yellow gray grey brown orange pink purple silver golden dark "
                      "light small large big tall old new".split())


# the shorthand of terse notes, spelled out when a note goes in verbatim: "+", "w/", "~5"
_SHORTHAND = [(re.compile(r"\s\+\s"), " and "), (re.compile(r"(?<!\w)w/\s*"), "with "),
              (re.compile(r"(?<![\w~])~\s*(?=\d)"), "about ")]


def verbatim_sentence(note: str) -> str:
    """A note as a sentence: its own words, capitalised and punctuated, hedge and all, its
    shorthand spelled out ("+", "w/", "~5"); a "label:" heading goes where the rest names it
    ("Poster: a poster of ..." -> "A poster of ...")."""
    text = " ".join(note.split()).rstrip(";,")
    for pattern, words in _SHORTHAND:
        text = pattern.sub(words, text)
    if (m := _LABEL_RE.match(text)) and _names_label(m.group(1), text[m.end():]):
        text = text[m.end():]
    return _terminated(text)


def _names_label(label: str, rest: str) -> bool:
    """Whether `rest` names every word of a "label:" heading, as a word (by lemma): "Poster: a
    poster of ..." does; "Cat: a scattered pile" and "TV: on the wall" do not."""
    have = set().union(*(lexicon.lemmas(t.lower) for t in tokenize(rest)))
    words = [t.lower for t in tokenize(label)]
    return bool(words) and all(lexicon.lemmas(w) & have for w in words)


# ---------------------------------------------------------------- rewrites


@dataclass
class _Segment:
    """A sentence of the response and the whitespace that follows it."""

    text: str
    gap: str
    original: str
    how: ChangeHow | None = None
    notes: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def change(self, text: str, how: ChangeHow, note: str | None, reason: str) -> None:
        self.text = text
        self.how = "removed" if not text else how
        self.notes += [note] if note else []
        self.reasons.append(reason)


def segments(text: str) -> list[_Segment]:
    parts = split_sentences(text)
    out = []
    for i, s in enumerate(parts):
        end = parts[i + 1].start if i + 1 < len(parts) else len(text)
        out.append(_Segment(text=s.text, gap=text[s.end:end], original=s.text))
    return out


def join_segments(segs: list[_Segment]) -> str:
    out = ""
    for s in segs:
        if s.text:
            out += s.text + s.gap
        elif out and s.gap and not out[-1].isspace():
            out += s.gap
    return out.strip()


def _rewrite(task: RewriteTask, observations: list[Observation], run: _Run, max_repairs: int):
    prompt = prompts.load("rewrite")
    segs = segments(task.response)
    pending: list[Observation] = []
    applied: list[edits.LiteralEdit] = []
    # the check's own reading of each note decides what is literal and what is style, so
    # compose and check never disagree on what a note asks
    kinds = {o.id: classify(o) for o in observations}
    for obs in observations:
        edit = edits.parse(obs.id, obs.text, task.response) if kinds[obs.id] == "edit" else None
        if edit is None or not _apply_literal(edit, segs):
            pending.append(obs)
        else:
            applied.append(edit)
    # a removal or replacement whose words do not stand in the response as written is located
    # by the check's word matching: applied here where no model is needed, else the model gets
    # that sentence with the words named
    located: dict[str, tuple[_Segment, str]] = {}
    for obs in [o for o in pending if kinds[o.id] != "style"]:
        found = locate.find(obs.id, obs.text, [s.text for s in segs], task.response)
        if isinstance(found, locate.NotFound):
            run.warnings.append(f"{obs.id}: no words of the response match {found.target!r}, which the note asks "
                                "to change: the model was asked with every sentence; check the result")
        if not isinstance(found, locate.Found):
            continue
        seg = segs[found.sentence]
        new = edits.apply(found.edit, seg.text) if found.edit is not None else None
        if new is not None and new != seg.text:
            verb = f"replace {found.phrase!r} with {found.edit.new!r}" if found.edit.kind == "replace" else \
                f"remove {found.phrase!r}"
            seg.change(new, "literal", obs.id, f"{verb} (what {obs.id} describes)")
            applied.append(found.edit)
            pending.remove(obs)
        else:
            located[obs.id] = (seg, found.phrase)
    targets = [o for o in pending if kinds[o.id] != "style"]
    style_notes = [o for o in pending if kinds[o.id] == "style"]
    style_flags = [f for f in task.flags if f in STYLE_FLAGS]
    # A style flag or note ("too wordy"), or flags with no notes at all, concern every sentence:
    # each is sent with them in one request. Otherwise each targeted sentence (and each
    # addition) is one short request of its own: the first call and its retry share a prefix.
    everywhere = bool(style_flags or style_notes or not observations)
    asked: dict[str, list[dict]] = {}
    if everywhere:
        _rewrite_targets(prompt, task, segs, targets, run, everywhere=style_notes)
        _reapply(applied, segs)
    elif targets:
        _edit_sentences(task, segs, targets, run, asked, observations, located=located)
        _reapply(applied, segs)
    text = join_segments(segs)
    report = check_draft(observations, text, original=task.response)
    yield CheckDone(stage="draft", text=text, report=report)
    repairs = 0
    unmet = [o for o in observations if o.id in report.unmet()]
    if max_repairs > 0 and unmet:
        repairs = 1
        try:
            if everywhere:
                _rewrite_targets(prompt, task, segs, unmet, run, how="patch")
            else:
                _edit_sentences(task, segs, unmet, run, asked, observations, how="patch", located=located)
            _reapply(applied, segs)
        except ModelError as e:  # the rewrite stands, with the check's report of what is unmet
            run.warnings.append(f"the patch call failed: {e}")
    # a draft the check passed has nothing left unmet for the fallback to give way to
    verbatim = _contradicted_fallback(segs, observations, kinds, task.response) if unmet and not everywhere else []
    text = join_segments(segs)
    version = f"{prompt.version}+{prompts.load('rewrite_sentence').version}" if asked else prompt.version
    return prompt.model_copy(update={"version": version}), text, _segment_changes(segs), verbatim, repairs


_NEGATION_RE = re.compile(r"\b(?:no|not|never|none|nobody|nothing|neither|nor|cannot|without)\b|n't\b", re.I)
_ABOUT_THE_TEXT_RE = re.compile(r"\b(?:should|must|summary|response|sentence|answer)\b", re.I)


def _contradicted_fallback(segs: list[_Segment], observations: list[Observation], kinds: dict[str, str],
                           original: str) -> list[str]:
    """A note the rewrite still leaves unmet because the model kept the sentence that says the
    opposite ("You don't even need a receipt." against "a receipt is required": asked twice, a
    small model may echo it twice) replaces that sentence in the annotator's words, marked
    "kept verbatim" for a human to smooth: the notes win. Only a plain statement (not an
    instruction or a correction, nothing about "the summary"), only a sentence the model left
    as it was, of at most 15 words, that differs from the note in negation, never the response's
    only sentence, and only where the check then finds fewer problems and no note newly unmet."""
    if sum(1 for s in segs if s.text) < 2:
        return []
    used: list[str] = []
    checked: tuple[set[str], int] | None = None  # the check of the text as it stands, once it is needed
    for obs in observations:
        if (kinds.get(obs.id) != "fact" or _INSTRUCTION_RE.match(obs.text) or _ADD_RE.match(obs.text)
                or _ABOUT_THE_TEXT_RE.search(obs.text) or edits.parse(obs.id, obs.text, original) is not None
                or re.search(r",\s*not\b", obs.text, re.I)):  # a correction ("X, not Y") is an edit, never a sentence
            continue
        # the sentence the note was about in the response, whatever the model made of it
        index = _target(obs, [replace(s, text=s.original or s.text) for s in segs])
        if index is None or segs[index].text != segs[index].original or _word_count(segs[index].text) > 15:
            continue  # the model changed it (its answer stands, with the check's report), or it says more
        if bool(_NEGATION_RE.search(obs.text)) == bool(_NEGATION_RE.search(segs[index].text)):
            continue
        unmet, count = checked = checked or _problems(join_segments(segs), observations, original)
        if obs.id not in unmet:
            continue
        plain = verbatim_sentence(obs.text)
        trial = join_segments([replace(s, text=plain) if i == index else s for i, s in enumerate(segs)])
        unmet_trial, count_trial = _problems(trial, observations, original)
        if unmet_trial <= unmet - {obs.id} and count_trial < count:
            segs[index].change(plain, "verbatim", obs.id, f"{obs.id}: the sentence said the opposite of this note and "
                               "no rewrite of it carried the note: kept in the annotator's words")
            used.append(obs.id)
            checked = (unmet_trial, count_trial)  # the trial is now the text
    return used


def _reapply(applied: list[edits.LiteralEdit], segs: list[_Segment]) -> None:
    """A literal edit holds whatever the model wrote afterwards: an old value it brought back
    is edited out again."""
    for edit in applied:
        for seg in segs:
            if seg.text and seg.how in ("model", "patch") and (new := edits.apply(edit, seg.text)) not in (None, seg.text):
                seg.text = new
                seg.notes.append(edit.note_id)


def _apply_literal(edit: edits.LiteralEdit, segs: list[_Segment]) -> bool:
    applied = False
    for seg in segs:
        if not seg.text:
            continue
        new = edits.apply(edit, seg.text)
        if new is not None and new != seg.text:
            verb = {"replace": f"replace {edit.old!r} with {edit.new!r}", "remove": f"remove {edit.old!r}",
                    "delete_sentence": f"delete the sentence about {edit.old!r}"}[edit.kind]
            seg.change(new, "literal", edit.note_id, verb)
            applied = True
    return applied


def _target(obs: Observation, segs: list[_Segment]) -> int | None:
    """The sentence a note is about: the one sharing most of its content words (by lemma:
    "bought" finds "buy"), the first of a tie; None when no sentence shares any."""
    want = [lexicon.lemmas(w) for w in _content_words(obs.text)]
    best, best_score = None, 0
    for i, seg in enumerate(segs):
        if not seg.text:
            continue
        have = set().union(*(lexicon.lemmas(w) for w in _content_words(seg.text)))
        score = sum(bool(keys & have) for keys in want)
        if score > best_score:
            best, best_score = i, score
    return best


_FUNCTION = frozenset("a an the of to in on at for and or but with by from about as is are was were be been "
                      "it its this that these those he she they his her their who which what information "
                      "add remove replace delete change instead not no should summary response sentence".split())


def _content_words(text: str) -> set[str]:
    return {t.lower.removesuffix("'s") for t in tokenize(text) if t.lower not in _FUNCTION and len(t.text) > 1}


_ADD_RE = re.compile(r"^\s*(?:please\s+)?(?:add|insert|include|mention|also\s+say)\b", re.I)
_INSTRUCTION_RE = re.compile(r"^\s*(?:please\s+)?(?:add|insert|include|mention|remove|delete|replace|change)\b", re.I)


def _rewrite_targets(prompt: prompts.PromptSet, task: RewriteTask, segs: list[_Segment], notes: list[Observation],
                     run: _Run, how: ChangeHow = "model", everywhere: list[Observation] | None = None) -> None:
    """Send the sentences the notes target (every sentence, with the `everywhere` notes, when
    that is a list) and additions; put the model's lines back in place of just those."""
    by_sentence: dict[int, list[Observation]] = {}
    if everywhere is not None:
        for i, seg in enumerate(segs):
            if seg.text:
                by_sentence[i] = list(everywhere)
    additions: list[Observation] = []
    for obs in notes:
        if _ADD_RE.match(obs.text):
            additions.append(obs)
            continue
        index = _target(obs, segs)
        # A correction that names nothing in the response ("remove the first names") is
        # about the response as a whole: every sentence is sent with it, never an addition.
        for i in [index] if index is not None else [i for i, seg in enumerate(segs) if seg.text]:
            by_sentence.setdefault(i, []).append(obs)
    items = [{"label": f"S{i + 1}", "sentence": segs[i].text, "notes": [o.text for o in obs]}
             for i, obs in sorted(by_sentence.items())]
    reason = {i: "; ".join(f"{o.id}: {o.text}" for o in obs) or "flags: " + ", ".join(task.flags)
              for i, obs in by_sentence.items()}
    items += [{"label": f"A{k + 1}", "add": o.text} for k, o in enumerate(additions)]
    if not items:
        return
    taxonomy = flag_taxonomy()
    messages = prompt.render(
        # the response as it stands after the literal edits: the model cannot copy back what they removed
        user_prompt=prompts.as_data(task.prompt or ""), response=prompts.as_data(join_segments(segs)),
        flags=prompts.as_data([{"flag": f, "meaning": taxonomy[f].description} for f in task.flags]),
        targets=prompts.as_data(items),
    )
    budget = sum(len(str(i)) for i in items) // 2 + 96
    reply = run.ask(messages, budget)
    answer = parse_labelled(reply)
    if not answer and len(items) == 1 and reply.strip():  # one item, answered without its label
        answer = {items[0]["label"]: " ".join(reply.split())}
    for i, obs in sorted(by_sentence.items()):
        new = answer.get(f"S{i + 1}")
        if new is not None and new.strip() != segs[i].text:
            segs[i].change(new.strip(), how, None, reason[i])
            segs[i].notes += [o.id for o in obs]
    last = max(by_sentence, default=len(segs) - 1)
    for k, obs in enumerate(additions):
        new = answer.get(f"A{k + 1}", "").strip()
        if new and not _INSTRUCTION_RE.match(new):  # an echo of the instruction is not content
            seg = _Segment(text="", gap=" ", original="")
            seg.change(_terminated(new), how, obs.id, f"{obs.id}: {obs.text}")
            segs.insert(last + 1 + k, seg)
            if segs[last + k].gap == "":
                segs[last + k].gap = " "


def _edit_sentences(task: RewriteTask, segs: list[_Segment], notes: list[Observation], run: _Run,
                    asked: dict[str, list[dict]], observations: list[Observation], how: ChangeHow = "model",
                    located: dict[str, tuple[_Segment, str]] | None = None) -> None:
    """One short request per sentence the notes target, and per addition. A sentence asked
    before (`asked`: its conversation so far) is asked again as a follow-up naming the notes
    still unmet: the prefix is already evaluated, and the model sees what it answered. A
    follow-up's answer is taken only where the check of all `observations` gets no worse.
    A note in `located` goes to the sentence its words were found in, with those words named."""
    focused = prompts.load("rewrite_sentence")
    located = located or {}

    def sent(obs: Observation) -> str:
        if obs.id in located:
            return focused.render_followup("located", note=obs.text, words=located[obs.id][1])["content"]
        return obs.text

    groups: dict[str, tuple[_Segment, list[Observation], bool]] = {}
    additions = [o for o in notes if _ADD_RE.match(o.text)]
    for obs in notes:
        if obs in additions:
            continue
        index = segs.index(located[obs.id][0]) if obs.id in located and located[obs.id][0] in segs else _target(obs, segs)
        # A correction that names nothing in the response ("remove the first names") is
        # about the response as a whole: every sentence is asked with it, never an addition.
        for i in [index] if index is not None else [i for i, seg in enumerate(segs) if seg.text]:
            seg = segs[i]
            groups.setdefault(f"s:{id(seg)}", (seg, [], False))[1].append(obs)
    for obs in additions:
        # An addition rides with the request for the sentence it is to follow, when that
        # sentence is asked anyway (one call, not two); otherwise it is a request of its own.
        placed = next((s for s in segs if obs.id in s.notes), None)
        if placed is None and f"add:{obs.id}" in asked:
            host = None  # asked on its own before: asked again in that conversation
        elif placed is None:
            at = _addition_at(obs, segs)
            host = next((s for s in reversed(segs[:at]) if s.text), None)
        else:
            host = placed if placed.original else None
        if host is not None and (f"s:{id(host)}" in groups or f"s:{id(host)}" in asked):
            groups.setdefault(f"s:{id(host)}", (host, [], False))[1].append(obs)
        else:
            groups[f"add:{obs.id}"] = (placed or _Segment(text="", gap=" ", original=""), [obs], True)
    for key, (seg, group, addition) in groups.items():
        if key in asked:
            messages = asked[key] + [focused.render_followup(
                "patch", items=prompts.as_data([sent(o) for o in group]))]
        else:
            others = [s.text for s in segs if s.text and s is not seg]
            context = {"response": join_segments(segs)} if others or addition else {}
            if task.prompt:
                context["prompt"] = task.prompt
            messages = focused.render(context=prompts.as_data(context), notes=prompts.as_data([sent(o) for o in group]),
                                      sentence=prompts.as_data(seg.text))
        # one sentence: about a token per 3-4 characters of the sentence and of what the notes
        # bring in; a model that goes on to write the response out again is cut short
        budget = len(seg.text) // 3 + sum(len(o.text) for o in group) // 4 + 32
        reply = run.ask(messages, budget)
        asked[key] = messages + [{"role": "assistant", "content": reply}]
        reason = "; ".join(f"{o.id}: {o.text}" for o in group)
        if not addition and not reply.strip() and any(_DELETES_RE.search(o.text) for o in group):
            seg.change("", how, None, reason)  # an empty answer to "delete that sentence"
            seg.notes += [o.id for o in group if o.id not in seg.notes]
            continue
        new = _usable(one_sentence(reply), seg, segs, group, addition and seg not in segs)
        if not new or _echoes_prompt(new, messages, task.response):
            continue  # an answer that recites our instructions is no sentence of the response
        if how == "patch" and seg in segs:  # a follow-up's answer is taken where the check gets no worse
            trial = join_segments([replace(s, text=new) if s is seg else s for s in segs])
            if not _not_worse(trial, join_segments(segs), observations, task.response):
                continue
        if addition and seg not in segs:
            seg.change(_terminated(new), how, group[0].id, reason)
            at = _addition_at(group[0], segs)
            if at > 0 and segs[at - 1].gap == "":
                segs[at - 1].gap = " "
            segs.insert(at, seg)
        else:
            seg.change(_terminated(new) if addition else new, how, None, reason)
            seg.notes += [o.id for o in group if o.id not in seg.notes]


# a note that asks for the whole sentence to go: the one case where an empty answer is an edit
_DELETES_RE = re.compile(r"\b(?:remove|delete|drop|cut|omit)\b.*\b(?:sentence|entirely|altogether|whole|completely)\b|"
                         r"\b(?:sentence|it)\b.*\b(?:should go|must go|goes)\b", re.I)
_LABEL_ANSWER_RE = re.compile(r"^\s*(?:[SNA]\d+|(?:the\s+)?(?:edited|rewritten|revised|new|corrected)\s+sentence)\s*[:.)\-–]\s*",
                              re.I)
# what a chat model says around its answer: "Sure!", "Here's the revised sentence:", "Note: ..."
_CHATTER_RE = re.compile(r"^\s*(?:(?:sure|okay|ok|certainly|of course|done)\s*[!,.:]\s*|"
                         r"here(?:'s| is)\b[^:\n]{0,60}:\s*)", re.I)
_ASIDE_RE = re.compile(r"^\s*\(?(?:note|notes|explanation|changes?|i (?:changed|removed|replaced|added))\b[^:]{0,20}[:,]", re.I)
# the words of an edit described instead of made ("... has been replaced with ...")
_META_ANSWER_RE = re.compile(r"\b(?:has been (?:replaced|removed|changed|modified) (?:with|by|to|from)\b|"
                             r"the information about|the (?:summary|instruction)s?\b)", re.I)


def one_sentence(reply: str) -> str:
    """The model's answer to a one-sentence request: no label, no chatter, no quotes, one line."""
    lines = [_LABEL_ANSWER_RE.sub("", _CHATTER_RE.sub("", line)).strip() for line in reply.splitlines() if line.strip()]
    text = " ".join(line for line in lines if line and not _ASIDE_RE.match(line)).strip()
    text = _LABEL_ANSWER_RE.sub("", _CHATTER_RE.sub("", text)).strip()
    pairs = {'"': '"', "“": "”", "'": "'"}
    if len(text) > 1 and pairs.get(text[0]) == text[-1] and not any(q in text[1:-1] for q in '"“”'):
        text = text[1:-1].strip()
    return text


def _restates(sentence: str, other: str) -> bool:
    """Whether `sentence` says little beyond `other`: three quarters of its content words are there."""
    mine = _content_words(sentence)
    return bool(mine) and len(mine & _content_words(other)) * 4 >= len(mine) * 3


def _usable(new: str, seg: _Segment, segs: list[_Segment], notes: list[Observation], addition: bool = False) -> str:
    """The part of an answer to take: "" for an echo of a note's instruction or a description
    of an edit. An addition's answer loses the sentences that restate a sentence of the
    response (a model asked to add often writes the response out again); an edit's, those
    that say nothing another sentence does not."""
    if not new or any(_INSTRUCTION_RE.match(new) and _restates(new, o.text) for o in notes):
        return ""
    if _META_ANSWER_RE.search(new) and not _META_ANSWER_RE.search(seg.original or seg.text):
        return ""
    others = [s.text for s in segs if s.text and (addition or s is not seg)]
    if addition:
        kept = [p.text for p in split_sentences(new) if not any(_restates(p.text, o) for o in others)]
    else:
        kept = [p.text for p in split_sentences(new) if not _says_nothing_new(p.text, others)]
    return " ".join(kept)


_ECHO_WORDS = 6  # this many words in a row from the instructions, not from the text: a recital


def _echoes_prompt(answer: str, messages: list[dict], text: str) -> bool:
    """The answer repeats a run of the system prompt's words that the text being edited does
    not have (seen on the embedded model: "The context, the notes and the sentence arrive as
    JSON ..." taken as the new sentence)."""
    system = " ".join(m["content"] for m in messages if m.get("role") == "system")
    ours = word_runs(system, _ECHO_WORDS) - word_runs(text, _ECHO_WORDS)
    return bool(ours & word_runs(answer, _ECHO_WORDS))


def _addition_at(obs: Observation, segs: list[_Segment]) -> int:
    """An addition goes after the sentence it shares most words with, else at the end."""
    index = _target(obs, segs)
    return index + 1 if index is not None else len(segs)


def _segment_changes(segs: list[_Segment]) -> list[SentenceChange]:
    return [SentenceChange(before=s.original, after=s.text, how=s.how, notes=list(dict.fromkeys(s.notes)),
                           reason="; ".join(s.reasons))
            for s in segs if s.how is not None and s.text != s.original]


def unanswered(draft: Draft) -> ModelOutputError | None:
    """A draft made of nothing the model said: every answer empty (none of them a sentence
    deleted on a note's request). A model failure for the page and the CLI, not the notes
    verbatim passed off as a draft."""
    if any(c.how in ("model", "patch") for c in draft.changes):
        return None
    return llm.unanswered(draft.raw_outputs)
