"""The rewrite pipeline: a response and notes (and flags) -> a minimal-edit rewrite.

A rewrite keeps the sentences of the original that no note or flag targets byte-identical.
Literal edits are applied without the model (assistant/edits.py); the model rewrites only
the sentences a note targets (targeted.py), and the draft lists which sentences changed and why.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import replace

from assistant import edits, locate, prompts
from assistant.check import STYLE_FLAGS, CheckReport, check_draft, classify
from assistant.check.edit_parsing import is_described, parse_edit, points_elsewhere
from assistant.compose.models import CheckDone, ComposeEvent
from assistant.compose.run import PipelineResult, Run
from assistant.compose.segments import Segment, join_segments, segment_changes, segments, target
from assistant.compose.sentences import problems, verbatim_sentence, word_count
from assistant.compose.targeted import ADD_RE, INSTRUCTION_RE, edit_sentences, rewrite_targets
from assistant.errors import ModelError
from assistant.notes import Observation
from assistant.kinds.rewrite import RewriteTask
from assistant.questions import Checklist, Question, deterministic_questions


def pipeline(task: RewriteTask, observations: list[Observation], run: Run, max_repairs: int,
             base: list[str] | None = None) -> Generator[ComposeEvent, None, PipelineResult]:
    """Literal edits without the model, the targeted sentences rewritten, the check, one patch
    round of what is unmet, and the contradicted-sentence fallback. `base` is a caption's: a
    rewrite always starts from its response."""
    prompt = prompts.load("rewrite")
    segs = segments(task.response)
    pending: list[Observation] = []
    applied: list[edits.LiteralEdit] = []
    # the check's own reading of each note decides what is literal and what is style, so
    # compose and check never disagree on what a note asks
    kinds = {o.id: classify(o) for o in observations}
    for obs in observations:
        edit = edits.parse(obs.id, obs.text, task.response) if kinds[obs.id] == "edit" else None
        if edit is None and kinds[obs.id] != "style":  # "the plans being budget plans", "i.e. Mr."
            edit = edits.addition(obs.id, obs.text, task.response) or edits.restatement(obs.id, obs.text, task.response)
        if edit is None or not _apply_literal(edit, segs):
            pending.append(obs)
        else:
            applied.append(edit)
    # a note that asks for content it does not give ("modify the information about the goal
    # scored"): the model could only guess it, so it is not asked; the note is left to the annotator
    for obs in [o for o in pending if unwritten(o.text)]:
        pending.remove(obs)
        run.warnings.append(f"{obs.id} asks for content the notes do not give: the model was not asked, since it could "
                            "only guess it; write the words in, or put them in the note")
    # a removal or replacement whose words do not stand in the response as written is located
    # by the check's word matching: applied here where no model is needed, else the model gets
    # that sentence with the words named
    located: dict[str, tuple[Segment, str]] = {}
    for obs in [o for o in pending if kinds[o.id] != "style"]:
        # a removal may name several things ("X and about Y"); each is located on its own
        results = locate.find_all(obs.id, obs.text, [s.text for s in segs], task.response)
        for missing in [r for r in results if isinstance(r, locate.NotFound)]:
            run.warnings.append(f"{obs.id}: no words of the response match {missing.target!r}, which the note asks "
                                "to change: the model was asked with every sentence; check the result")
        done = 0
        for found in [r for r in results if isinstance(r, locate.Found)]:
            seg = segs[found.sentence]
            new = edits.apply(found.edit, seg.text) if found.edit is not None else None
            if new is not None and new != seg.text:
                verb = f"replace {found.phrase!r} with {found.edit.new!r}" if found.edit.kind == "replace" else \
                    f"remove {found.phrase!r}"
                seg.change(new, "literal", obs.id, f"{verb} (what {obs.id} describes)")
                applied.append(found.edit)
                done += 1
            else:
                located.setdefault(obs.id, (seg, found.phrase))
        if results and done == len(results):
            pending.remove(obs)
    targets = [o for o in pending if kinds[o.id] != "style"]
    style_notes = [o for o in pending if kinds[o.id] == "style"]
    style_flags = [f for f in task.flags if f in STYLE_FLAGS]
    # A style flag or note ("too wordy"), or flags with no notes at all, concern every sentence:
    # each is sent with them in one request. Otherwise each targeted sentence (and each
    # addition) is one short request of its own: the first call and its retry share a prefix.
    everywhere = bool(style_flags or style_notes or not observations)
    asked: dict[str, list[dict]] = {}
    if everywhere:
        rewrite_targets(prompt, task, segs, targets, run, everywhere=style_notes)
        _reapply(applied, segs)
    elif targets:
        edit_sentences(task, segs, targets, run, asked, observations, located=located)
        _reapply(applied, segs)
    text = join_segments(segs)
    report = check_draft(observations, text, original=task.response)
    yield CheckDone(stage="draft", text=text, report=report)
    repairs = 0
    # the model is not asked again for what the literal edits did, what no note gives, or an
    # addition the note only describes ("the role of the player"): the check has no words to
    # look for, so a second answer would be one more guess
    done = {e.note_id for e in applied} | {o.id for o in observations if unwritten(o.text) or described_addition(o.text)}
    unmet = [o for o in observations if o.id in report.unsettled() and o.id not in done]
    if max_repairs > 0 and unmet:
        repairs = 1
        try:
            if everywhere:
                rewrite_targets(prompt, task, segs, unmet, run, how="patch")
            else:
                edit_sentences(task, segs, unmet, run, asked, observations, how="patch", located=located)
            _reapply(applied, segs)
        except ModelError as e:  # the rewrite stands, with the check's report of what is unmet
            run.warnings.append(f"the patch call failed: {e}")
    # a draft the check passed has nothing left unmet for the fallback to give way to
    verbatim = _contradicted_fallback(segs, observations, kinds, task.response) if unmet and not everywhere else []
    text = join_segments(segs)
    version = f"{prompt.version}+{prompts.load('rewrite_sentence').version}" if asked else prompt.version
    return PipelineResult(prompt_version=version, text=text, changes=segment_changes(segs), verbatim=verbatim,
                          repairs=repairs)


# words that give the new content, or the old content's right value: "to 1990", "being just a
# contract", "is Ivan Morrison", "i.e. Rovers", a quote, a number
_GIVES_VALUE_RE = re.compile(r"\b(?:to|into|as|with|by|being|is|are|was|were|be|i\.?e|namely|instead|not|say|says|"
                             r"should|rather)\b|[\"“”]|\d")
_SOURCE_RE = re.compile(r"\b(?:source(?:\s+text)?|(?:the|original)\s+(?:article|document|story))\b", re.I)


def unwritten(note: str) -> bool:
    """Whether a note asks to modify something without giving what it should say ("Modify the
    information about the goal scored in the summary"), or points to the source for it ("...
    the main points found in the source text"), or replaces it with a thing it only points to ("the
    person listed"): content only the annotator can give."""
    form = parse_edit(" ".join(note.split()))
    if form is not None and form.kind in ("modify", "replace") and form.new and points_elsewhere(form.new):
        return True  # "... with the information about sourced from the person listed"
    if form is None or form.kind != "modify" or form.new:
        return False
    if _SOURCE_RE.search(form.old) and not re.search(r"[\"“”]|\d|\bi\.?e\b|\bnamely\b", form.old, re.I):
        return True
    return not _GIVES_VALUE_RE.search(form.old)


def described_addition(note: str) -> bool:
    """"Add the information about role of player in the team": what to add is described, not given."""
    form = parse_edit(" ".join(note.split()))
    return form is not None and form.kind == "add" and bool(form.new) and is_described(form.new)


def check(task: RewriteTask, observations: list[Observation], text: str) -> CheckReport:
    """The final check of a rewrite: against the notes and the original response."""
    return check_draft(observations, text, original=task.response)


def questions(task: RewriteTask, observations: list[Observation], checklist: Checklist) -> list[Question]:
    return deterministic_questions(task.kind, observations, task.flags, checklist)


def budget(task: RewriteTask) -> int:
    """Output tokens a rewrite may need: a token per 3 characters of the response and the
    notes, plus room."""
    return (len(task.response) + len(task.notes)) // 3 + 128


_NEGATION_RE = re.compile(r"\b(?:no|not|never|none|nobody|nothing|neither|nor|cannot|without)\b|n't\b", re.I)
_ABOUT_THE_TEXT_RE = re.compile(r"\b(?:should|must|summary|response|sentence|answer)\b", re.I)


def _contradicted_fallback(segs: list[Segment], observations: list[Observation], kinds: dict[str, str],
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
        if (kinds.get(obs.id) != "fact" or INSTRUCTION_RE.match(obs.text) or ADD_RE.match(obs.text)
                or _ABOUT_THE_TEXT_RE.search(obs.text) or edits.parse(obs.id, obs.text, original) is not None
                or re.search(r",\s*not\b", obs.text, re.I)):  # a correction ("X, not Y") is an edit, never a sentence
            continue
        # the sentence the note was about in the response, whatever the model made of it
        index = target(obs, [replace(s, text=s.original or s.text) for s in segs])
        if index is None or segs[index].text != segs[index].original or word_count(segs[index].text) > 15:
            continue  # the model changed it (its answer stands, with the check's report), or it says more
        if bool(_NEGATION_RE.search(obs.text)) == bool(_NEGATION_RE.search(segs[index].text)):
            continue
        unmet, count = checked = checked or problems(join_segments(segs), observations, original)
        if obs.id not in unmet:
            continue
        plain = verbatim_sentence(obs.text)
        trial = join_segments([replace(s, text=plain) if i == index else s for i, s in enumerate(segs)])
        unmet_trial, count_trial = problems(trial, observations, original)
        if unmet_trial <= unmet - {obs.id} and count_trial < count:
            segs[index].change(plain, "verbatim", obs.id, f"{obs.id}: the sentence said the opposite of this note and "
                               "no rewrite of it carried the note: kept in the annotator's words")
            used.append(obs.id)
            checked = (unmet_trial, count_trial)  # the trial is now the text
    return used


def _reapply(applied: list[edits.LiteralEdit], segs: list[Segment]) -> None:
    """A literal edit holds whatever the model wrote afterwards: an old value it brought back
    is edited out again."""
    for edit in applied:
        for seg in segs:
            if seg.text and seg.how in ("model", "patch") and (new := edits.apply(edit, seg.text)) not in (None, seg.text):
                seg.text = new
                seg.notes.append(edit.note_id)


def _apply_literal(edit: edits.LiteralEdit, segs: list[Segment]) -> bool:
    applied = False
    for seg in segs:
        if not seg.text:
            continue
        new = edits.apply(edit, seg.text)
        if edit.kind == "remove" and new and locate.strands(seg.text, new):
            continue  # "has launched a five-year plan to help" less the plan: located, for the model
        if new is not None and new != seg.text:
            verb = {"replace": f"replace {edit.old!r} with {edit.new!r}", "remove": f"remove {edit.old!r}",
                    "delete_sentence": f"delete the sentence about {edit.old!r}"}[edit.kind]
            seg.change(new, "literal", edit.note_id, verb)
            applied = True
    return applied
