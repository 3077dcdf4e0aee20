"""The caption pipeline: notes -> first draft -> check -> patch repairs -> verbatim fallback.

Notes the annotator typed as finished sentences go in as written (`written.py`); the model
drafts only the others. A caption is drafted in one streamed call as one line per note, in the
notes' order and without labels (`draft_lines` gives each line its note), joined into prose: a
small model asked for a whole caption at once skips notes, lists them in one summary sentence or
writes lines twice, and each note it skips costs a second call. The deterministic check (not the model) says which note each sentence carries. What the check finds wrong is patched in place:
one batched call writes a sentence for each missing note and rewrites only the sentences that
lost a hedge, say something unsupported or run on; sentences that pass stay byte-identical.
A note still missing after its patch goes in verbatim, in the annotator's own words, and is
marked so: no draft the product returns is missing a note. Polish without the model follows; a
fragment no rule mends gets the "is"/"are" the model reads as likeliest (`likely_verbs`), and a
terse note's sentence the articles the model reads as likelier (`likely_articles`): the model
reads, it writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field

from assistant import prompts
from assistant.check import CheckReport, check_draft, prose
from assistant.compose.fallback import (
    insert_at,
    still_verbatim,
    unsupported_fallback,
    verbatim_fallback,
)
from assistant.compose.models import ChangeHow, CheckDone, ComposeEvent, SentenceChange, TextDelta
from assistant.compose.polish import (
    REPEATS_MAX_NOTES,
    complete_fragments,
    cut_unsupported,
    fragment_mend,
    drop_repeats,
    split_long,
    strip_headings,
    write_out_shorthand,
)
from assistant.compose.likely_articles import with_likely_articles
from assistant.compose.likely_verbs import with_likely_verbs
from assistant.compose.repeats import merge_repeats
from assistant.compose.draft_lines import labelled_answer
from assistant.compose.patching import drafted_notes, needs_patch
from assistant.compose.restore import restore_missing
from assistant.compose.run import PipelineResult, Run, stream_draft
from assistant.compose.splits import split_run_on
from assistant.compose.openings import join_openings
from assistant.compose.unstacked import unstack_subjects
from assistant.shorthand import written_out
from assistant.compose.written import interleaved, introduced_again, still_as_written, written_notes
from assistant.compose.sentences import (
    LABEL_RE,
    NUMBER_LABEL_RE,
    PARTIAL_LABEL_RE,
    label_as_topic,
    names_label,
    not_worse,
    parse_labelled,
    terminated,
    word_count,
)
from assistant.errors import ModelError
from assistant.notes import Observation
from assistant.kinds.caption import CaptionTask
from assistant.questions import Checklist, Question, deterministic_questions
from assistant.text import sentences as split_sentences
from assistant.text import tokenize

#: A sentence longer than this is split by a patch (polished prose: none over 40 words).
LONG_SENTENCE_WORDS = 35


def pipeline(task: CaptionTask, observations: list[Observation], run: Run, max_repairs: int,
             base: list[str] | None = None) -> Generator[ComposeEvent, None, PipelineResult]:
    """A first draft (or the sentences `base` of an earlier one), its check, patch rounds of
    what the check finds, the notes still missing verbatim, and polish without the model."""
    prompt = prompts.load("caption")
    written = {} if base else written_notes(observations)
    asked = [o for o in observations if o.id not in written] or observations
    messages = prompt.render(observations=notes_data([o.text for o in asked]))
    labels = note_labels(observations)
    lines = ""  # the first draft's lines under their notes' labels (`draft_lines.labelled_answer`)
    if base:  # the earlier draft's sentences stand in for a first draft: only the patch asks the model
        draft = answer = " ".join(base)
        yield TextDelta(delta=draft, text=draft)
    elif len(written) == len(observations):  # every note already prose: no call
        draft = answer = interleaved("", observations, written)
        yield TextDelta(delta=draft, text=draft)
    elif written:  # the model writes only the notes that are not yet prose
        answer = yield from stream_draft(messages, run, lines_budget(asked), shown=lambda a: shown_interleaved(
            a, observations, written))
        lines = labelled_answer(answer, asked)
        draft = interleaved(lines, observations, written)
        yield from _shown_to_the_end(shown_interleaved(answer, observations, written), draft)
    else:
        answer = yield from stream_draft(messages, run, lines_budget(asked), shown=shown_draft)
        draft = lines = labelled_answer(answer, asked)
    changes: list[SentenceChange] = []
    # shorthand the model copied is written out as the notes were ("cup L" -> "cup on the left"),
    # before the check: it reads the notes written out, and a side left as "L" would cost a patch
    sentences = write_out_shorthand(clean_caption(unlabelled(draft), labels), observations, changes)
    report = check_draft(observations, " ".join(sentences))
    yield CheckDone(stage="draft", text=" ".join(sentences), report=report)
    if report.unsupported and len(observations) <= REPEATS_MAX_NOTES:
        sentences, report = drop_noteless(sentences, observations, report, changes)
        sentences, report = cut_unsupported(sentences, observations, report, changes)
    if not report.ok and len(observations) <= REPEATS_MAX_NOTES:  # before a patch call: it may need none
        sentences, report = restore_missing(sentences, observations, report, changes)
    repairs = 0
    drafted = set() if base else drafted_notes(lines, asked)
    while repairs < max_repairs and needs_patch(report, drafted):
        repairs += 1
        # the conversation so far: the llama.cpp prompt cache keeps its evaluated prefix
        followup = messages + [{"role": "assistant", "content": answer if repairs == 1 else " ".join(sentences)}]
        try:
            sentences, patched = _patch_caption(prompt, followup, sentences, report, observations, run, labels,
                                                drafted)
        except ModelError as e:  # the draft stands; what it lacks goes in verbatim below
            run.warnings.append(f"the patch call failed, so missing notes were kept verbatim: {e}")
            break
        changes += patched
        report = check_draft(observations, " ".join(sentences))
    if not report.ok and repairs and len(observations) <= REPEATS_MAX_NOTES:  # the patch's sentences too
        sentences, report = restore_missing(sentences, observations, report, changes)
    sentences, verbatim = verbatim_fallback(sentences, observations, changes)
    sentences, plain = unsupported_fallback(sentences, observations, changes)
    verbatim += [n for n in plain if n not in verbatim]
    sentences = drop_repeats(sentences, observations, changes)
    sentences = strip_headings(sentences, observations, changes)
    # split before fragments are mended: a list or a clause cut off may be one
    sentences = split_long(sentences, observations, changes)
    sentences = join_openings(sentences, observations, changes)  # before a lone opening gets a "There is"
    sentences = complete_fragments(sentences, observations, changes)
    sentences = with_likely_verbs(sentences, observations, changes, run.spec, run.warnings)  # what no rule mended
    sentences = unstack_subjects(sentences, observations, changes)
    sentences = merge_repeats(sentences, observations, changes, REPEATS_MAX_NOTES)
    sentences = introduced_again(sentences, written, changes)
    sentences = with_likely_articles(sentences, observations, changes, run.spec, run.warnings, written.values())
    return PipelineResult(prompt_version=prompt.version, text=" ".join(sentences), changes=changes,
                          verbatim=still_verbatim(verbatim, changes), repairs=repairs,
                          as_written=still_as_written(observations, " ".join(sentences)))


def check(task: CaptionTask, observations: list[Observation], text: str) -> CheckReport:
    """The final check of a caption: against the notes alone."""
    return check_draft(observations, text)


def questions(task: CaptionTask, observations: list[Observation], checklist: Checklist) -> list[Question]:
    return deterministic_questions(task.kind, observations, [], checklist)


def budget(task: CaptionTask) -> int:
    """Output tokens a caption may need (`lines_budget` of all its notes)."""
    return lines_budget(task.observations())


def lines_budget(notes: list[Observation]) -> int:
    """Output tokens the lines for `notes` may need: prose outgrows its notes by about half (a
    token per 3 characters), 4 tokens a note (a line label, where a model writes one), plus room."""
    return sum(len(o.text) + 1 for o in notes) // 2 + 4 * len(notes) + 96


def warm_up_messages() -> list[dict]:
    """A caption request as compose sends it, on sample notes: everything before the notes
    (system prompt, instructions) is the prefix every caption request shares, which a server
    evaluates once at start (`ui/serve.py`) so that no annotator's first caption waits for it."""
    return prompts.load("caption").render(observations=notes_data(["a red bus on the left", "wet road, maybe rain"]))


def notes_data(notes: list[str]) -> str:
    """The notes as the first call gives them: a JSON list, in the order the model answers them
    in, one line each (no labels to copy: `draft_lines` finds each line's note); their shorthand
    written out (`shorthand.written_out`: a small model copies "cup L" or "~10" as typed)."""
    return prompts.as_data([written_out(note) for note in notes])


# "N1: ", "n1)", "N 1:", "**N1:**", "N1]": a note's label at a line's start, however the model wrote it;
# "N1 A bus" (no mark) only where the answer labels its lines so ("N95 masks" is no label)
_LINE_LABEL_RE = re.compile(r"^\s*[*_#>]*\s*N\s*\d+\s*[*_]*\s*[:.)\]\-–]\s*[*_]*\s*", re.M | re.I)
_BARE_LABEL_RE = re.compile(r"^\s*[*_#>]*\s*N\s*\d+\s*[*_]*\s+", re.M | re.I)
# "... the shore. N2: This is ...": a label inside a line
_INNER_LABEL_RE = re.compile(r"(?<=[.!?])\s+[*_]*N\s*\d+\s*[*_]*\s*[:)\]]\s*[*_]*", re.I)


def unlabelled(answer: str) -> str:
    """The first draft's labelled lines ("N1: A red bus ...") as prose: each line's label
    dropped, the lines kept in the order written (a model that numbers them wrongly loses
    nothing). An answer without labels (plain prose) is returned as it is."""
    text = _INNER_LABEL_RE.sub(" ", _LINE_LABEL_RE.sub("", answer))
    if len(_BARE_LABEL_RE.findall(text)) >= 2:
        text = _BARE_LABEL_RE.sub("", text)
    if len(NUMBER_LABEL_RE.findall(text)) >= 2:
        text = NUMBER_LABEL_RE.sub("", text)
    return text


def shown_interleaved(answer: str, observations: list[Observation], written: dict[str, str]) -> str:
    """The caption so far as a person should watch it when only some notes went to the model:
    the written notes in place, each model line as it completes (`written.interleaved`)."""
    if not parse_labelled(answer):  # lines without labels: each complete line under its note's label
        asked = [o for o in observations if o.id not in written]
        return interleaved(labelled_answer(answer, asked, complete=False), observations, written, complete=False)
    return interleaved(PARTIAL_LABEL_RE.sub("", answer), observations, written, complete=False)


def _shown_to_the_end(shown: str, draft: str) -> Iterator[TextDelta]:
    """The rest of the caption once the answer is complete: while streaming, the model's last line
    counts as still growing (no newline follows it), so the written notes after it were held back."""
    shown = shown.strip()
    if draft != shown and draft.startswith(shown):
        yield TextDelta(delta=draft[len(shown):], text=draft)


def shown_draft(answer: str) -> str:
    """The labelled lines streamed so far as a person should watch them: prose on one line, no
    labels, and no label still arriving at the end ("N1" before its colon), so the text only grows."""
    text = PARTIAL_LABEL_RE.sub("", answer) if _LINE_LABEL_RE.search(answer) or answer.lstrip().startswith("N") else answer
    return " ".join(line.strip() for line in unlabelled(text).splitlines() if line.strip())


# "... side of the vehicle.There are ...": a full stop typed with no space after it, two sentences
# (not "St.Louis", "U.S.Army", "3.5", "e.g.The", "example.com": three lower-case letters before it, a
# capital and lower-case letters after)
_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]+\b)")
_PREAMBLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:caption|here(?:'s| is) (?:the|a|your) caption)\b[^:\n]{0,40}:\s*", re.I)
_MARKUP_RE = re.compile(r"^\s*(?:[-*•]+|\d+[.)])\s+|\*\*|__|`")


def note_labels(observations: list[Observation]) -> frozenset[str]:
    """The "label:" prefixes of notes ("bus: red, on the left"), which a caption must not copy."""
    return frozenset(m.group(1).lower() for o in observations if (m := LABEL_RE.match(o.text)))


# a note's heading written before its sentence with a comma ("Sky, an outdoor view of a clear blue sky")
_COMMA_HEADING_RE = re.compile(r"^((?:(?:an?|the)\s+)?[^\W\d][\w'-]*(?: [\w'-]+){0,3}),\s+(?=(?:an?|the|some)\s)", re.I)


def clean_caption(text: str, labels: frozenset[str] = frozenset()) -> list[str]:
    """The model's answer as caption sentences: no preamble, no list markup, no note labels
    as headings, no repeats, each sentence ending in punctuation."""
    text = _GLUED_STOP_RE.sub(". ", _PREAMBLE_RE.sub("", text.strip()))
    lines = [_MARKUP_RE.sub("", line).strip() for line in text.splitlines()]
    text = " ".join(terminated(line) for line in lines if line)
    out: list[str] = []
    seen: set[str] = set()
    for s in split_sentences(text):
        sentence = s.text
        if (m := LABEL_RE.match(sentence)) and m.group(1).lower() in labels and names_label(m.group(1), sentence[m.end():]):
            sentence = sentence[m.end():]  # the heading goes only where the sentence names its subject anyway
        elif (m := _COMMA_HEADING_RE.match(sentence)) and m.group(1).lower() in labels:
            rest = sentence[m.end():]  # "Metal railing, an outdoor view of a gray metal railing is ...": a heading too
            if names_label(m.group(1), rest):
                sentence = rest[:1].upper() + rest[1:]
            elif topic := label_as_topic(m.group(1), rest):
                sentence = topic
        key = " ".join(t.lower for t in tokenize(sentence))
        if key and key not in seen:  # a model repeating itself adds nothing
            seen.add(key)
            out.append(terminated(sentence))
    return out


def drop_noteless(sentences: list[str], observations: list[Observation], report: CheckReport,
                  changes: list[SentenceChange]) -> tuple[list[str], CheckReport]:
    """A sentence that carries no note and says something no note supports (the 1.5B model
    copies the prompt's example: "This may be a home office.") goes before a patch call is
    decided, where the check loses nothing by it: asking the model to mend it costs a call."""
    for i in reversed(range(min(len(sentences), len(report.sentences)))):
        sent = report.sentences[i]
        # a sentence a note is matched to in any way (a contradiction too) is that note's to mend
        claimed = any(i in f.sentences for f in report.facts)
        if sent.notes or claimed or not any(sent.start <= u.start < sent.end for u in report.unsupported):
            continue
        trial = sentences[:i] + sentences[i + 1:]
        if not_worse(trial, sentences, observations):
            changes.append(SentenceChange(before=sentences[i], after="", how="removed",
                                          reason="it carried no note and said something no note supports"))
            sentences = trial
            report = check_draft(observations, " ".join(sentences))
    return sentences, report


_UNWRITTEN = {"fragment": "write it as a complete sentence with its own main verb (not only a 'which' clause or a "
                          "participle), in your own words, keeping every detail",
              "shorthand": "write its shorthand (L, R, ~, x3, +, w/) out in words, keeping every detail",
              "label": "drop the heading before the sentence and write it as a complete sentence, keeping every detail"}


def _unwritten(report: CheckReport) -> dict[int, list[str]]:
    """Sentence index -> what to fix, for the sentences that are fragments or start with a
    heading (the check's style remarks): the notes pasted, not written."""
    starts = {s.start: i for i, s in enumerate(report.sentences)}
    out: dict[int, list[str]] = {}
    for remark in report.style:
        if remark.kind in _UNWRITTEN and remark.start in starts and not (
                remark.kind == "fragment" and mended_for_free(remark.text)):
            out.setdefault(starts[remark.start], []).append(_UNWRITTEN[remark.kind])
    return out


def mended_for_free(fragment: str) -> bool:
    """Whether `complete_fragments` makes a sentence of this fragment without the model
    ("There is a white balcony with ..."), by the same mend (`polish.fragment_mend`, with its
    masked verb guard): then a patch item for it only costs output tokens.
    On recorded patch calls the 1.5B model gave most such sentences back unchanged."""
    return fragment_mend(fragment) is not None


@dataclass
class _Item:
    """One thing a patch call is asked to write: a sentence for a note, or a fix of a sentence."""

    label: str
    instruction: str
    note: Observation | None = None
    sentence: int | None = None
    how: ChangeHow = "patch"
    reasons: list[str] = field(default_factory=list)


def _patch_items(report: CheckReport, sentences: list[str], observations: list[Observation],
                 drafted: set[str] = frozenset()) -> list[_Item]:
    by_id = {o.id: o for o in observations}
    items: list[_Item] = []
    fixes: dict[int, _Item] = {}

    def fix(index: int, reason: str, how: ChangeHow = "patch") -> None:
        item = fixes.setdefault(index, _Item(label=f"S{index + 1}", instruction="", sentence=index, how=how))
        item.reasons.append(reason)

    for f in report.facts:
        if f.status == "dropped" and f.kind == "fact" and f.checked:
            if f.id in drafted:
                continue
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
    # what no note needs rides along only on a sentence rewritten for its note anyway (see `patching.needs_patch`)
    for u in report.unsupported:
        for i, s in enumerate(report.sentences):
            if s.start <= u.start < s.end and i in fixes:
                fix(i, f"remove {prompts.as_data(u.text)}, which no note supports")
    for i in list(fixes):
        if any(word_count(part) > LONG_SENTENCE_WORDS for part in split_run_on(sentences[i], LONG_SENTENCE_WORDS)):
            fix(i, "split it into two or three shorter sentences, keeping every detail", "split")
    for i, reasons in _unwritten(report).items():
        if i in fixes:
            for reason in reasons:
                fix(i, reason)
    for index, item in sorted(fixes.items()):
        item.instruction = (f"rewrite this sentence: {prompts.as_data(sentences[index])}; "
                            + "; ".join(item.reasons) + ". Change nothing else.")
        items.append(item)
    return items


def _patch_caption(prompt: prompts.PromptSet, followup: list[dict], sentences: list[str], report: CheckReport,
                   observations: list[Observation], run: Run, labels: frozenset[str] = frozenset(),
                   drafted: set[str] = frozenset()) -> tuple[list[str], list[SentenceChange]]:
    items = _patch_items(report, sentences, observations, drafted)
    if not items:
        return sentences, []
    listing = "\n".join(f"{it.label}: {it.instruction}" for it in items)
    budget = patch_budget(items, sentences)
    answer = parse_labelled(run.ask(followup + [prompt.render_followup("patch", items=listing)], budget))
    changes: list[SentenceChange] = []
    sentences = list(sentences)
    # Fixes first, from the end, so earlier indexes stay valid; each is kept only when the
    # draft's check does not get worse with it.
    for item in sorted((i for i in items if i.sentence is not None), key=lambda i: -i.sentence):
        new = clean_caption(answer.get(item.label, ""), labels)
        if not new or talks_about_the_task(" ".join(new), observations):
            continue
        if " ".join(new) == sentences[item.sentence]:
            continue  # given back unchanged: no change to record
        trial = sentences[: item.sentence] + new + sentences[item.sentence + 1:]
        if not_worse(trial, sentences, observations) and _reads_no_worse(new, sentences[item.sentence]):
            changes.append(SentenceChange(before=sentences[item.sentence], after=" ".join(new), how=item.how,
                                          reason="; ".join(item.reasons)))
            sentences = trial
    for item in (i for i in items if i.note is not None):
        new = clean_caption(answer.get(item.label, ""), labels)
        if new and not talks_about_the_task(" ".join(new), observations) and \
                _carries(item.note, " ".join(new), observations):
            at = insert_at(item.note, sentences, observations)
            sentences[at:at] = new
            changes.append(SentenceChange(before="", after=" ".join(new), how="patch", notes=[item.note.id],
                                          reason="the first draft dropped this note"))
    return sentences, changes


# what a small model writes about its task instead of the caption: "The note contradicts this by
# saying brown", "the draft says green", "Change nothing else."
_TASK_TALK_RE = re.compile(r"\b(?:the|this|that|each) (?:notes?|draft|caption|sentence|item)\b|\bcontradict|"
                           r"\bchange nothing\b", re.I)


def talks_about_the_task(text: str, observations: list[Observation]) -> bool:
    """Whether a patch answer speaks of the notes, the draft or the sentence (words no note has):
    an answer about the task, not a caption sentence. The check may let such an answer pass
    where it also carries the note's words, so it is refused here."""
    notes = " ".join(o.text for o in observations)
    return any(not re.search(re.escape(m.group(0)), notes, re.I) for m in _TASK_TALK_RE.finditer(text))


def patch_budget(items: list[_Item], sentences: list[str]) -> int:
    """Output tokens for a patch answer: each item's line about as long as what it rewrites
    (its note or its sentence: two tokens a word, plus its label and room), not a flat 80.
    A small model that echoes the whole caption into one item is cut off there instead of
    writing on for a minute; an answer of the right length fits."""
    def words(it: _Item) -> int:
        if it.note is not None:
            return word_count(it.note.text)
        return word_count(sentences[it.sentence]) if it.sentence is not None and it.sentence < len(sentences) else 40
    return sum(2 * words(it) + 24 for it in items) + 32


def _reads_no_worse(new: list[str], old: str) -> bool:
    """A rewrite has no more fragments and headings than the sentence it replaces."""
    def unwritten(text: str) -> int:
        return sum(r.kind in _UNWRITTEN for r in prose.remarks(text))
    return unwritten(" ".join(new)) <= unwritten(old)


def _carries(note: Observation, text: str, observations: list[Observation]) -> bool:
    """The patch states its note (hedge included) and says nothing the notes do not support."""
    alone = check_draft([note], text)
    if alone.unmet():
        return False
    return not check_draft(observations, text).unsupported
