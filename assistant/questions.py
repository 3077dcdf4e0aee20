"""Guideline checklists (data files) -> questions for the details the notes leave out.

Decided deterministically first: a question for each checklist item no observation covers,
and for each hedged count. The model may add ambiguities it spots; those are kept only when
they do not ask about something the notes already state.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant import lexicon
from assistant.errors import BadInputError, one_line
from assistant.kinds import KindName
from assistant.notes import Observation, flag_taxonomy
from assistant.paths import prompts_dir
from assistant.text import tokenize

MAX_MODEL_QUESTIONS = 3


class ChecklistItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    question: str
    topic: str = ""  # what an answer is about, when the answer alone does not say ("lighting")
    cues: list[str] = []
    patterns: list[str] = []
    any_content: bool = False
    color_words: bool = False


class Checklist(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    kind: KindName
    items: list[ChecklistItem] = []
    every_flag_addressed: bool = False


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    question: str
    item: str = Field(description="checklist item id, flag id, or 'ambiguity'")
    note: str | None = None
    source: Literal["checklist", "model"] = "checklist"


@lru_cache(maxsize=None)
def load_checklist(kind_or_path: str) -> Checklist:
    path = Path(kind_or_path)
    if not path.suffix:
        path = prompts_dir() / "checklists" / f"{kind_or_path}.toml"
    try:
        return Checklist(**tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise BadInputError(f"checklist {path} not found") from None
    except Exception as e:
        raise BadInputError(f"checklist {path} is malformed: {one_line(e, 200)}") from None


def _lemma_set(words) -> set[str]:
    return {form for w in words for form in lexicon.roots(w.lower())}


@lru_cache(maxsize=256)
def _cue_roots(cues: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_lemma_set(cues))


def covers(item: ChecklistItem, obs: Observation) -> bool:
    lex = lexicon.load()
    words = [t.lower for t in tokenize(obs.text)]
    if item.any_content and any(w not in lex.stop and w not in lex.note_hedges and len(w) > 1 for w in words):
        return True
    if item.color_words and any(w in lex.colors for w in words):
        return True
    if _lemma_set(words) & _cue_roots(tuple(item.cues)):
        return True
    return any(re.search(p, obs.text, re.I) for p in item.patterns)


def answer_note(question: str, answer: str, checklist: Checklist | None = None) -> str:
    """An answer as a note that stands on its own. "not visible" to the text question becomes
    "visible text: not visible"; "daylight, overcast" already says what it is about and
    stays as typed. Nothing the annotator typed is changed, only prefixed."""
    answer = " ".join(answer.split())
    topic = ""
    item = next((i for i in checklist.items if i.question == question), None) if checklist else None
    if item is not None and not covers(item, Observation(id="answer", text=answer)):
        topic = item.topic or item.id.replace("_", " ")
    elif item is None:
        flag = next((f for f in flag_taxonomy().values() if f.question == question), None)
        topic = flag.id.replace("_", " ") if flag is not None and not addresses_flag(flag.id, answer) else ""
    return f"{topic}: {answer}" if topic else answer


def missing_items(checklist: Checklist, observations: list[Observation]) -> list[ChecklistItem]:
    return [item for item in checklist.items if not any(covers(item, o) for o in observations)]


def addresses_flag(fid: str, text: str) -> bool:
    """A note addresses a flag when it has one of the flag's cue words (after inflection),
    one of its cue phrases, or a word of the flag's own name."""
    cues = tuple(flag_taxonomy()[fid].cues) + tuple(fid.split("_"))
    single = _cue_roots(tuple(c for c in cues if " " not in c))
    return bool(_lemma_set(t.lower for t in tokenize(text)) & single) or any(
        c in text.lower() for c in cues if " " in c)


def unaddressed_flags(flags: list[str], observations: list[Observation]) -> list[str]:
    return [fid for fid in flags if not any(addresses_flag(fid, o.text) for o in observations)]


def deterministic_questions(kind: str, observations: list[Observation], flags: list[str] | None = None,
                            checklist: Checklist | None = None) -> list[Question]:
    checklist = checklist or load_checklist(kind)
    questions: list[Question] = []
    for item in missing_items(checklist, observations):
        questions.append(Question(id="", question=item.question, item=item.id))
    if checklist.every_flag_addressed:
        taxonomy = flag_taxonomy()
        for fid in unaddressed_flags(flags or [], observations):
            questions.append(Question(id="", question=taxonomy[fid].question, item=fid))
    for obs in observations:
        if obs.hedged and any(lexicon.number_value(t.lower) is not None for t in tokenize(obs.text)):
            questions.append(Question(
                id="", item="ambiguity", note=obs.id,
                question=f"{obs.id} says {obs.text!r}: what is the exact number, or should the text keep it approximate?",
            ))
    return _numbered(questions)


_ITEM_HINTS = {
    "count": r"\bhow many\b|\bnumber of\b|\bcount\b",
    "colors": r"\bcolou?rs?\b",
    "text": r"\btext\b|\bsign\b|\bwritten\b|\bsay\b|\blogo\b",
    "lighting": r"\blight|\bday\b|\bnight\b|\bsunny\b",
    "setting": r"\bwhere\b|\bindoors?\b|\boutdoors?\b|\bsetting\b|\blocation\b",
    "action": r"\bdoing\b|\baction\b",
    "viewpoint": r"\bangle\b|\bviewpoint\b|\bperspective\b|\bview\b",
}


def merge_model_questions(deterministic: list[Question], model_questions: list[tuple[str, str | None]],
                          observations: list[Observation], checklist: Checklist) -> list[Question]:
    """Add the model's questions that ask about something not already stated."""
    obs_by_id = {o.id: o for o in observations}
    covered = {i.id for i in checklist.items} - {i.id for i in missing_items(checklist, observations)}
    asked_items = {q.item for q in deterministic}
    kept: list[Question] = []
    for text, note in model_questions:
        text = " ".join(text.split())
        if len(text) < 8 or len(kept) >= MAX_MODEL_QUESTIONS:
            continue
        note = note if note in obs_by_id else None
        about_hedge = note is not None and obs_by_id[note].hedged
        items = [i for i, pattern in _ITEM_HINTS.items() if re.search(pattern, text, re.I)]
        if items and not about_hedge and any(i in covered or i in asked_items for i in items):
            continue  # the notes already state it, or the checklist already asks it
        if note is not None and not about_hedge and not items:
            continue  # a question about a clear note asks what the note already says
        kept.append(Question(id="", question=text, item="ambiguity", note=note, source="model"))
    return _numbered(deterministic + kept)


def _numbered(questions: list[Question]) -> list[Question]:
    return [q.model_copy(update={"id": f"q{i}"}) for i, q in enumerate(questions, 1)]


class NoteEdit(BaseModel):
    """An answer that refines a note: the annotator sees it and confirms it before it counts."""

    model_config = ConfigDict(extra="forbid")
    note: str
    """The id of the note the answer refines."""
    before: str
    after: str


_KEEP_APPROXIMATE = re.compile(r"\b(?:approx\w*|keep|not sure|unsure|unknown|don'?t know|can'?t tell)\b", re.I)


def propose_edit(question: Question, answer: str, observations: list[Observation]) -> NoteEdit | None:
    """The note an answer refines, rewritten with it: "maybe 3 pedestrians" answered "4" becomes
    "4 pedestrians" (the hedge goes, the number is the answer's). None when the answer adds a
    new fact instead, or keeps the note as it is ("keep it approximate")."""
    note = next((o for o in observations if o.id == question.note), None)
    answer = " ".join(answer.split())
    if note is None or not answer or _KEEP_APPROXIMATE.search(answer):
        return None
    tokens = tokenize(note.text)
    numbers = [t for t in tokens if lexicon.number_value(t.lower) is not None]
    given = [t for t in tokenize(answer) if lexicon.number_value(t.lower) is not None]
    if len(numbers) != 1 or len(given) != 1:
        return None
    text = note.text[: numbers[0].start] + given[0].text + note.text[numbers[0].end:]
    for cue in note.hedge_cues:  # the answer settles the doubt the hedge expressed
        if cue.isalnum() or " " in cue:
            text = re.sub(rf"(?<!\w){re.escape(cue)}(?!\w)\s*", "", text, count=1, flags=re.I)
        else:  # "~5", "5?": marks glued to the number
            text = text.replace(cue, "", 1)
    text = " ".join(text.replace(" ,", ",").split()).strip(" ,")
    return NoteEdit(note=note.id, before=note.text, after=text) if text and text != note.text else None


def apply_note_edit(notes: str, edit: NoteEdit) -> str:
    """The notes with one note's text replaced, everything else as the annotator typed it."""
    at = notes.find(edit.before)
    if at < 0:
        raise BadInputError(f"note {edit.note} changed since the question was asked; edit the notes by hand")
    return notes[:at] + edit.after + notes[at + len(edit.before):]
