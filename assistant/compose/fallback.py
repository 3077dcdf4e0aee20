"""A caption's fallbacks: the notes win over the model's wording. A note no sentence carries
goes in as the annotator wrote it, and a sentence that still says something no note supports
gives way to the notes it carries."""

from __future__ import annotations

from assistant.check import CheckReport, check_draft
from assistant.compose.models import SentenceChange
from assistant.compose.restore import with_articles
from assistant.compose.sentences import problems, verbatim_sentence
from assistant.notes import Observation


def insert_at(note: Observation, sentences: list[str], observations: list[Observation],
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


def verbatim_fallback(sentences: list[str], observations: list[Observation],
                      changes: list[SentenceChange]) -> tuple[list[str], list[str]]:
    """Every fact note still missing goes in as the annotator wrote it: never a missing note."""
    report = check_draft(observations, " ".join(sentences))
    missing = [f.id for f in report.facts if f.status in ("dropped", "contradicted") and f.kind == "fact" and f.checked]
    by_id = {o.id: o for o in observations}
    sentences, report, replaced = _replace_contradictions(sentences, observations, report, missing, changes)
    # Each goes after the last sentence that carries an earlier note, found in one check of the
    # draft as it stands: a later note's place is never before an earlier one's, so inserting
    # them together, in the notes' order, is inserting them one by one (one check, not one each).
    places: dict[int, list[str]] = {}
    for nid in (n for n in missing if n not in replaced):
        places.setdefault(insert_at(by_id[nid], sentences, observations, report), []).append(nid)
    out: list[str] = []
    for at in range(len(sentences) + 1):
        for nid in places.get(at, []):
            text = pasted(by_id[nid])
            out.append(text)
            changes.append(SentenceChange(before="", after=text, how="verbatim", notes=[nid],
                                          reason="no model sentence carried this note: kept in the annotator's words"))
        if at < len(sentences):
            out.append(sentences[at])
    return out, missing


def _replace_contradictions(sentences: list[str], observations: list[Observation], report: CheckReport,
                            missing: list[str], changes: list[SentenceChange]) -> tuple[list[str], CheckReport, list[str]]:
    """A note the draft contradicts in one sentence that carries no other note: the note, pasted,
    takes that sentence's place. Pasted beside it, the caption said the note twice, once wrongly,
    and the contradiction stayed. Returns the sentences, their check and the notes so replaced."""
    by_id = {o.id: o for o in observations}
    done: list[str] = []
    unmet = report.unmet()  # the notes `sentences` leave unmet, as each replacement leaves them
    for f in report.facts:
        if f.id not in missing or f.status != "contradicted" or len(f.sentences) != 1:
            continue
        i = f.sentences[0]
        if i >= len(sentences) or i >= len(report.sentences) or set(report.sentences[i].notes) - {f.id}:
            continue
        text = pasted(by_id[f.id])
        trial = sentences[:i] + [text] + sentences[i + 1:]
        unmet_then = problems(trial, observations)[0]
        if unmet_then <= unmet - {f.id}:
            unmet = unmet_then
            changes.append(SentenceChange(before=sentences[i], after=text, how="verbatim", notes=[f.id],
                                          reason="the sentence contradicted this note: the annotator's words instead"))
            sentences = trial
            done.append(f.id)
    if done:
        report = check_draft(observations, " ".join(sentences))
    return sentences, report, done


def pasted(note: str | Observation) -> str:
    """A note as the fallback pastes it: its own words as a sentence (`verbatim_sentence`), with
    "the" before a bare noun after a preposition, which terse notes leave out ("at bottom right"
    -> "at the bottom right"; not after "with", where a thing is named for the first time): no
    word of it changes, so it still counts as kept verbatim."""
    obs = note if isinstance(note, Observation) else None
    plain = verbatim_sentence(obs.text if obs else note)
    mended = with_articles(plain, PLACE_PREPOSITIONS)
    if mended != plain and obs is not None and check_draft([obs], mended).unmet():
        return plain  # the check reads the note otherwise with them ("no clouds in the background"): as typed
    return mended


PLACE_PREPOSITIONS = frozenset("in on at under over above below behind beside near into onto from against along "
                                "across through between inside outside atop beneath underneath of".split())


def unsupported_fallback(sentences: list[str], observations: list[Observation],
                         changes: list[SentenceChange]) -> tuple[list[str], list[str]]:
    """A sentence that still says something no note supports (its patch, if any, was refused)
    gives way to the notes it carries, in the annotator's words, where that loses nothing:
    the notes win over the model's wording. A sentence that carries no note at all (the 1.5B
    model copies the prompt's example: "This may be a home office.") goes."""
    by_id = {o.id: o for o in observations}
    used: list[str] = []
    report = check_draft(observations, " ".join(sentences))
    lost_now, count_now = problems(sentences, observations)
    for i in reversed(range(min(len(sentences), len(report.sentences)))):
        sent = report.sentences[i]
        if not any(sent.start <= u.start < sent.end for u in report.unsupported):
            continue
        # a sentence of no note ("This may be a home office.", the prompt's example copied) just goes
        plain = [pasted(by_id[n]) for n in sent.notes if n in by_id]
        trial = sentences[:i] + plain + sentences[i + 1:]
        lost_trial, count_trial = problems(trial, observations)
        if lost_trial <= lost_now and count_trial < count_now:
            lost_now, count_now = lost_trial, count_trial
            changes.append(SentenceChange(before=sentences[i], after=" ".join(plain), how="verbatim" if plain else "removed",
                                          notes=list(sent.notes), reason="no wording of the model's carried these "
                                          "notes without unsupported words: kept in the annotator's words" if plain else
                                          "it carried no note and said something no note supports"))
            sentences = trial
            used += [n for n in sent.notes if n not in used]
    return sentences, used


def still_verbatim(verbatim: list[str], changes: list[SentenceChange]) -> list[str]:
    """The notes put in verbatim whose sentence is still in the caption: one that a later
    step removed as a repeat (the model's own sentence carries the note) is no longer the
    annotator's words pasted, and is not counted as such."""
    removed = {c.before for c in changes if c.how == "removed"}
    gone = {n for c in changes if c.how == "verbatim" and c.after in removed for n in c.notes}
    return [n for n in verbatim if n not in gone]
