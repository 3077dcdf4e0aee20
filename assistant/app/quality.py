"""Quality figures of a team: fact-level agreement between two annotators' notes, accuracy on
gold tasks, adjudicated records, and the information-flow figure.

Agreement uses the checker's own matching: one annotator's notes are joined into a "draft"
(one sentence per note) and `check_draft` runs the other's observations against it. A note
the checker finds (reworded or not) is a fact in both; a note the checker finds contradicted
(another count, colour, side, a negation, the opposite) is a contradiction; a note whose
object the other notes name with other attributes ("wooden table" / "brown table") is
complementary, which is not a disagreement; any other note is a fact in only one set. Notes
the checker cannot verify (style, unverifiable edits) are left out of every count. Only the
checker's certain verdicts make a contradiction.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime
from typing import Literal, assert_never

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import kinds
from assistant.app.browse import describe
from assistant.app.current import current_record
from assistant.app.db import Event, Project, Task, User
from assistant.app.states import DONE
from assistant.app.team_db import GoldTask, TaskLink
from assistant.check import FactCheck, binding, check_draft
from assistant.check.words import Draft
from assistant.errors import BadInputError
from assistant.notes import Observation, split_notes

Match = Literal["both", "complementary", "only", "contradiction", "unchecked"]


class NoteAgreement(BaseModel):
    """Notes A against notes B, fact by fact."""

    model_config = ConfigDict(extra="forbid")
    both: int = Field(description="A's facts the checker finds in B's notes, reworded or not")
    complementary_a: int = Field(default=0, description="A's facts whose object B's notes name with other "
                                                        "attributes (not a disagreement)")
    complementary_b: int = Field(default=0, description="B's facts whose object A's notes name with other attributes")
    only_a: int = Field(description="A's facts missing from B's notes (not contradicted)")
    only_b: int = Field(description="B's facts missing from A's notes (not contradicted)")
    contradictions: int = Field(description="facts where a count, colour, side, negation or opposite differs "
                                            "(the larger count of the two directions)")
    only_a_notes: list[str] = []
    only_b_notes: list[str] = []
    contradicted: list[str] = Field(default=[], description="A's notes B contradicts, then B's notes A contradicts")

    @property
    def score(self) -> float | None:
        """Facts the two agree on (in both, or complementary) over all facts counted: 1.0 when
        the two note sets say the same or add to each other; contradictions pull it down most."""
        total = self.both + self.complementary + self.only_a + self.only_b + self.contradictions
        return round((self.both + self.complementary) / total, 3) if total else None

    @property
    def complementary(self) -> int:
        return self.complementary_a + self.complementary_b

    @property
    def disagrees(self) -> bool:
        return bool(self.only_a or self.only_b or self.contradictions)


def _as_draft(notes: str) -> str:
    return " ".join(o.text.rstrip(".!? ") + "." for o in split_notes(notes))


def _match(fact: FactCheck, observation: Observation, other: Draft) -> Match:
    if not fact.checked or fact.kind != "fact":
        return "unchecked"
    match fact.status:
        case "kept" | "hedge_lost":
            return "both"  # a hedge that differs is still the same fact
        case "contradicted" if fact.tier == "certain":
            return "contradiction"
        case "contradicted" | "dropped":
            return "complementary" if _names_object(observation.text, other) else "only"
        case "verify":
            return "unchecked"
        case _:
            assert_never(fact.status)


def _names_object(note: str, other: Draft) -> bool:
    """The other notes name this note's object ("table" of "wooden table" in "brown table"): the
    first object it names, its subject ("a cat under the table" is about the cat)."""
    phrases = binding.note_phrases(note)
    return bool(phrases) and any(binding.same_head(phrases[0].head, d.head) for d in binding.draft_phrases(other))


def matches(observations: list[Observation], other_notes: str) -> list[tuple[Observation, Match]]:
    other = _as_draft(other_notes)
    report = check_draft(observations, other)
    parsed = Draft.cached(other)
    return [(o, _match(f, o, parsed)) for o, f in zip(observations, report.facts)]


def compare_notes(a: str, b: str) -> NoteAgreement:
    a_side = matches(split_notes(a), b)
    b_side = matches(split_notes(b), a)
    pick = lambda side, m: [o.text for o, got in side if got == m]  # noqa: E731
    return NoteAgreement(
        both=len(pick(a_side, "both")), only_a=len(pick(a_side, "only")), only_b=len(pick(b_side, "only")),
        complementary_a=len(pick(a_side, "complementary")), complementary_b=len(pick(b_side, "complementary")),
        contradictions=max(len(pick(a_side, "contradiction")), len(pick(b_side, "contradiction"))),
        only_a_notes=pick(a_side, "only"), only_b_notes=pick(b_side, "only"),
        contradicted=pick(a_side, "contradiction") + pick(b_side, "contradiction"))


# ------------------------------------------------------------------ shared look-ups


def _latest(session: Session, task_id: int, kind: str) -> Event | None:
    return session.scalar(select(Event).where(Event.task_id == task_id, Event.kind == kind)
                          .order_by(Event.id.desc()).limit(1))


def _notes(session: Session, task: Task) -> str:
    ev = _latest(session, task.id, "notes")
    return ev.text if ev else ""


def _name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.name if user else ""


# ------------------------------------------------------------------ dual annotation


class ItemAgreement(BaseModel):
    model_config = ConfigDict(extra="forbid")
    item_task: int = Field(description="the item's first task: where the adjudicated record is kept")
    item: str
    tasks: list[int]
    annotators: list[str]
    agreement: NoteAgreement
    adjudicated: bool


def item_pairs(session: Session, project: Project) -> list[tuple[Task, Task]]:
    """Items of the project whose two copies are both done."""
    pairs = []
    for link in session.scalars(select(TaskLink).where(TaskLink.kind == "replica").order_by(TaskLink.source_task_id)):
        first, second = session.get(Task, link.source_task_id), session.get(Task, link.task_id)
        if first.project_id == project.id and first.status in DONE and second.status in DONE:
            pairs.append((first, second))
    return pairs


def agreement(session: Session, project: Project) -> list[ItemAgreement]:
    return [ItemAgreement(item_task=a.id, item=a.external_id, tasks=[a.id, b.id],
                          annotators=[_name(session, a.annotator_id), _name(session, b.annotator_id)],
                          agreement=compare_notes(_notes(session, a), _notes(session, b)),
                          adjudicated=current_record(session, a).adjudicated)
            for a, b in item_pairs(session, project)]


def agreement_by_pair(items: list[ItemAgreement]) -> list[dict]:
    """Per pair of annotators, and a last row for the whole project."""
    groups: dict[str, list[NoteAgreement]] = defaultdict(list)
    for it in items:
        groups[" & ".join(sorted(it.annotators))].append(it.agreement)
    rows = [_pair_row(pair, found) for pair, found in sorted(groups.items())]
    if items:
        rows.append(_pair_row("(project)", [it.agreement for it in items]))
    return rows


def _pair_row(pair: str, found: list[NoteAgreement]) -> dict:
    both, comp, a, b, c = (sum(getattr(x, f) for x in found)
                           for f in ("both", "complementary", "only_a", "only_b", "contradictions"))  # noqa: B023
    total = both + comp + a + b + c
    return {"pair": pair, "items": len(found), "facts_in_both": both, "facts_in_only_one": a + b,
            "contradictions": c, "agreement": round((both + comp) / total, 3) if total else None,
            "items_disagreeing": sum(x.disagrees for x in found), "complementary": comp}


def adjudicate(session: Session, lead: User, item_task: Task, notes: str, final_text: str) -> Event:
    """The lead's adjudicated notes and text for a k = 2 item: the record from now on."""
    if lead.role != "lead":
        raise BadInputError("only a lead can adjudicate")
    pair = next(((a, b) for a, b in item_pairs(session, item_task.project) if a.id == item_task.id), None)
    if pair is None:
        raise BadInputError(f"{describe(item_task)} is not an item with two finished annotations")
    if not split_notes(notes or "") or not (final_text or "").strip():
        raise BadInputError("write the adjudicated notes and final text")
    event = Event(task_id=item_task.id, user_id=lead.id, kind="adjudication", text=final_text.strip(),
                  data={"notes": notes.strip(), "tasks": [pair[0].id, pair[1].id]})
    session.add(event)
    session.commit()
    return event


# ------------------------------------------------------------------ gold tasks


def gold_accuracy(session: Session, project: Project | None = None) -> list[dict]:
    """Per annotator: fact recall of the reference notes in their notes, and contradictions."""
    per: dict[str, list[NoteAgreement]] = defaultdict(list)
    query = select(TaskLink).where(TaskLink.kind == "gold").order_by(TaskLink.task_id)
    for link in session.scalars(query):
        copy = session.get(Task, link.task_id)
        if copy.status not in DONE or (project is not None and copy.project_id != project.id):
            continue
        reference = session.get(GoldTask, link.source_task_id)
        per[_name(session, copy.annotator_id)].append(compare_notes(reference.reference_notes, _notes(session, copy)))
    return gold_rows(per)


def gold_rows(per: dict[str, list[NoteAgreement]]) -> list[dict]:
    """One row per annotator from their gold comparisons (reference notes as A), ranked."""
    rows = []
    for who, found in per.items():
        reference_facts = sum(x.both + x.only_a + x.contradictions + x.complementary_a for x in found)
        rows.append({"annotator": who, "gold_tasks": len(found),
                     "fact_recall": round(sum(x.both for x in found) / reference_facts, 3) if reference_facts else None,
                     "contradictions": sum(x.contradictions for x in found),
                     "omissions": sum(x.only_a + x.complementary_a for x in found)})
    # a wrong fact is worse than a missing one: fewest contradictions first, then fewest omissions
    return sorted(rows, key=lambda r: (r["contradictions"], r["omissions"], r["annotator"]))


# ------------------------------------------------------------------ information flow

#: A gap longer than this between two of the annotator's own actions on a task counts as this
#: long: time away from the desk is not work.
IDLE_CAP_S = 300

FLOW_DEFINITION = (
    "New facts per minute of active work. A new fact is a note that the checker finds in the submitted "
    "text and that the model's draft from the task alone (before any notes) would not have contained. "
    "For a rewrite that draft is the original response (the model's own text): a note is new when the checker "
    "does not find it in the original. For a caption no notes-free draft exists (the model composes from notes "
    "only and never sees the image), so that draft is taken as empty and every carried note counts as new: an "
    "upper bound. Active work is the time between the annotator's own recorded actions on the task (claim, "
    f"notes, compose, answers, edits, submit), each gap capped at {IDLE_CAP_S // 60} minutes. Edge cases per "
    "100 tasks: edge cases raised per 100 tasks taken. Gold copies are left out.")


class TaskFlow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task_id: int
    annotator: str
    day: str
    new_facts: int
    carried_facts: int
    active_minutes: float


def task_flow(session: Session, task: Task) -> TaskFlow | None:
    final = _latest(session, task.id, "submit")
    current = current_record(session, task)  # an adjudicated item counts by its adjudicated record
    if final is None or current.text is None:
        return None
    observations = split_notes(current.notes or "")
    original = kinds.get(task.project.kind).original(task.payload)
    carried = [o for o, f in zip(observations, check_draft(observations, current.text, original=original).facts)
               if f.status in ("kept", "hedge_lost") and f.checked]
    if original:
        in_original = {f.id for f in check_draft(carried, original).facts if f.status in ("kept", "hedge_lost")}
        new = [o for o in carried if o.id not in in_original]
    else:
        new = carried
    return TaskFlow(task_id=task.id, annotator=_name(session, task.annotator_id),
                    day=final.created_at.strftime("%Y-%m-%d"), new_facts=len(new), carried_facts=len(carried),
                    active_minutes=round(_active_seconds(session, task) / 60, 2))


def _active_seconds(session: Session, task: Task) -> float:
    times: list[datetime] = list(session.scalars(select(Event.created_at).where(
        Event.task_id == task.id, Event.user_id == task.annotator_id).order_by(Event.id)))
    return sum(min((b - a).total_seconds(), IDLE_CAP_S) for a, b in zip(times, times[1:]))


def _flows(session: Session, project: Project) -> list[TaskFlow]:
    gold = select(TaskLink.task_id).where(TaskLink.kind == "gold")
    tasks = session.scalars(select(Task).where(Task.project_id == project.id, Task.status.in_(DONE),
                                               Task.id.not_in(gold)).order_by(Task.id))
    return [f for t in tasks if (f := task_flow(session, t)) is not None]


def _per_minute(facts: int, minutes: float) -> float | None:
    return round(facts / minutes, 2) if minutes > 0 else None


def information_flow(session: Session, project: Project) -> list[dict]:
    """Per annotator and a last row for the project: new facts per active minute, edge cases per 100 tasks."""
    flows = _flows(session, project)
    gold = select(TaskLink.task_id).where(TaskLink.kind == "gold")
    taken = list(session.scalars(select(Task).where(Task.project_id == project.id, Task.annotator_id.is_not(None),
                                                    Task.id.not_in(gold))))
    edges = defaultdict(int)
    for ev in session.scalars(select(Event).where(Event.kind == "edge_case",
                                                  Event.task_id.in_([t.id for t in taken] or [-1]))):
        edges[_name(session, ev.user_id)] += 1
    by_name: dict[str, list[TaskFlow]] = defaultdict(list)
    for f in flows:
        by_name[f.annotator].append(f)
    counts: dict[str, int] = defaultdict(int)
    for t in taken:
        counts[_name(session, t.annotator_id)] += 1
    rows = [_flow_row(who, by_name.get(who, []), counts[who], edges[who]) for who in sorted(counts)]
    rows.append(_flow_row("(project)", flows, len(taken), sum(edges.values())))
    return rows


def flow_summary(session: Session, project: Project) -> str:
    """The project's information-flow figures in one line, for export summaries."""
    row = information_flow(session, project)[-1]
    per_minute = row["new_facts_per_minute"]
    edges = row["edge_cases_per_100_tasks"]
    return (f"information flow in {project.name!r}: "
            + (f"{per_minute} new facts per active minute ({row['new_facts']} new facts in "
               f"{row['active_minutes']} active minutes over {row['tasks_done']} drafted task(s))"
               if per_minute is not None else "no drafted task with active time yet")
            + (f"; {edges} edge cases per 100 tasks" if edges is not None else "")
            + " (a new fact: a note carried by the final text that the model's draft from the task alone "
            "would not hold; see `annotation-assistant quality report`)")


def _flow_row(who: str, flows: list[TaskFlow], taken: int, edges: int) -> dict:
    facts, minutes = sum(f.new_facts for f in flows), sum(f.active_minutes for f in flows)
    return {"annotator": who, "tasks_done": len(flows), "new_facts": facts, "active_minutes": round(minutes, 2),
            "new_facts_per_minute": _per_minute(facts, minutes),
            "edge_cases_per_100_tasks": round(100 * edges / taken, 1) if taken else None}


def flow_over_time(session: Session, project: Project) -> dict[str, list[tuple[str, float]]]:
    """Per annotator, per day: new facts per active minute (days without active time left out)."""
    days: dict[str, dict[str, list[TaskFlow]]] = defaultdict(lambda: defaultdict(list))
    for f in _flows(session, project):
        days[f.annotator][f.day].append(f)
    series = {}
    for who, by_day in sorted(days.items()):
        points = [(day, _per_minute(sum(f.new_facts for f in fs), sum(f.active_minutes for f in fs)))
                  for day, fs in sorted(by_day.items())]
        series[who] = [(d, v) for d, v in points if v is not None and math.isfinite(v)]
    return series
