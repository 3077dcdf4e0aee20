"""Versioned guidelines in the app: a project's guidance text, checklist items (what a caption
must mention) and flags (which a rewrite project uses). Every save is a new version; the
files in prompts/ are what version 1 of a new project copies.

Drafts record the version they were composed under (`guideline_version` in the draft
event's data), and an annotator's next task shows what changed since the version they last saw.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.app.db import Event, Project, Task, User
from assistant.app.team_db import Guideline, GuidelineRead
from assistant.errors import BadInputError, validation_line
from assistant import kinds
from assistant.notes import parse_flags
from assistant.questions import Checklist, ChecklistItem, load_checklist

MAX_TEXT_CHARS = 20_000


class GuidelineChange(BaseModel):
    """What an annotator is shown with a task: the current version and what changed since theirs."""

    model_config = ConfigDict(extra="forbid")
    version: int
    seen: int | None = Field(description="the version this annotator last saw; None on their first task")
    before: str = Field(description="the guideline as text at the version they last saw ('' on a first task)")
    after: str = Field(description="the current guideline as text")

    @property
    def changed(self) -> bool:
        return self.seen is not None and self.seen != self.version


def current(session: Session, project: Project) -> Guideline:
    """The latest version; a project's first use stores version 1 from the files in prompts/."""
    latest = session.scalar(select(Guideline).where(Guideline.project_id == project.id)
                            .order_by(Guideline.version.desc()).limit(1))
    if latest is not None:
        return latest
    defaults = load_checklist(project.checklist)
    first = Guideline(project_id=project.id, version=1, text="", items=[i.model_dump() for i in defaults.items],
                      flags=list(project.flags), examples=[], note=f"defaults from {defaults.version}")
    session.add(first)
    try:
        session.commit()
    except IntegrityError:  # another request stored version 1 first: use theirs
        session.rollback()
        return current(session, project)
    return first


def get(session: Session, project: Project, version: int) -> Guideline:
    found = session.scalar(select(Guideline).where(Guideline.project_id == project.id, Guideline.version == version))
    if found is None:
        raise BadInputError(f"project {project.name!r} has no guideline version {version}")
    return found


def versions(session: Session, project: Project) -> list[Guideline]:
    current(session, project)
    return list(session.scalars(select(Guideline).where(Guideline.project_id == project.id)
                                .order_by(Guideline.version.desc())))


def checklist(project: Project, guideline: Guideline) -> Checklist:
    """The checklist compose and the questions use, as this version defines it."""
    base = load_checklist(project.checklist)
    return base.model_copy(update={"version": f"{project.name}-guideline-v{guideline.version}",
                                   "items": [ChecklistItem(**i) for i in guideline.items]})


def version_of(project: Project, checklist_version: str | None) -> int | None:
    """The guideline version a checklist of `checklist(project, ...)` was made from; None for
    any other checklist (a kind's default): a draft then records no version, not a wrong one."""
    found = re.fullmatch(rf"{re.escape(project.name)}-guideline-v(\d+)", checklist_version or "")
    return int(found.group(1)) if found else None


def items_text(guideline: Guideline) -> str:
    """Checklist items as the lead edits them: one `id | question | cue, cue` line each."""
    return "\n".join(f"{i['id']} | {i['question']} | {', '.join(i.get('cues', []))}" for i in guideline.items)


def parse_items(text: str, previous: list[dict]) -> list[dict]:
    """`id | question | cues` lines -> checklist items. An id the previous version had keeps
    what the line does not say (its patterns, topic, colour and any-content rules), so
    rewording a question does not quietly change what covers it."""
    before = {i["id"]: i for i in previous}
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise BadInputError(f"checklist line {number}: write `id | question | cue, cue` (cues optional)")
        item = dict(before.get(parts[0], {}), id=parts[0], question=parts[1])
        if len(parts) > 2 and parts[2]:
            item["cues"] = [c.strip() for c in parts[2].split(",") if c.strip()]
        try:
            items.append(ChecklistItem(**item).model_dump())
        except ValidationError as e:
            raise BadInputError(validation_line(e, f"checklist line {number}")) from None
    if len({i["id"] for i in items}) != len(items):
        raise BadInputError("two checklist lines have the same id")
    return items


def save(session: Session, project: Project, lead: User | None, *, text: str | None = None,
         items: str | None = None, flags: list[str] | None = None, examples: list[dict] | None = None,
         note: str | None = None) -> Guideline:
    """A new version from the latest one with the given parts replaced (None: unchanged).
    `lead` is None for the command line. The version's note says what changed, unless given."""
    if lead is not None and lead.role != "lead":
        raise BadInputError("only a lead can edit a guideline")
    base = current(session, project)
    text = base.text if text is None else text.strip()
    if len(text) > MAX_TEXT_CHARS:
        raise BadInputError(f"the guideline text is {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    new = Guideline(project_id=project.id, version=base.version + 1, text=text,
                    items=base.items if items is None else parse_items(items, base.items),
                    flags=base.flags if flags is None else (parse_flags(flags) if flags else []),
                    examples=base.examples if examples is None else examples,
                    note="", user_id=lead.id if lead else None)
    new.note = (note or change_note(base, new))[:255]
    if kinds.get(project.kind).offers_flags and not new.flags:
        raise BadInputError(f"a {project.kind} project uses at least one flag")
    session.add(new)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise BadInputError("another lead saved this guideline at the same moment; reload and save again") from None
    return new


def change_note(before: Guideline, after: Guideline) -> str:
    """What a new version changed, in words: "guidance text; checklist: added lighting, reworded
    weather; flags: +tone"."""
    parts = []
    if before.text != after.text:
        parts.append("guidance text")
    old = {i["id"]: i for i in before.items}
    new = {i["id"]: i for i in after.items}
    listed = [(f"added {', '.join(k for k in new if k not in old)}", any(k not in old for k in new)),
              (f"removed {', '.join(k for k in old if k not in new)}", any(k not in new for k in old)),
              (f"changed {', '.join(k for k in new if k in old and new[k] != old[k])}",
               any(k in old and new[k] != old[k] for k in new))]
    if any(found for _, found in listed):
        parts.append("checklist: " + ", ".join(words for words, found in listed if found))
    if list(before.flags) != list(after.flags):
        plus = [f"+{f}" for f in after.flags if f not in before.flags]
        minus = [f"-{f}" for f in before.flags if f not in after.flags]
        parts.append("flags: " + " ".join(plus + minus) if plus or minus else "flags reordered")
    if len(after.examples) > len(before.examples):
        parts.append("example added")
    elif after.examples != before.examples:
        parts.append("examples")
    return "; ".join(parts) or "saved unchanged"


def add_example(session: Session, project: Project, lead: User, example: dict) -> Guideline:
    base = current(session, project)
    return save(session, project, lead, examples=[*base.examples, example], note="example added")


def as_text(project: Project, g: Guideline) -> str:
    """The whole guideline as plain text: what annotators read and what a change diff compares."""
    parts = [f"{project.name} guideline, version {g.version}"]
    if g.text:
        parts.append(g.text)
    if g.items:
        parts.append(f"A {kinds.get(project.kind).output} must say:")
        parts += [f"- {i['question']}" for i in g.items]
    if kinds.get(project.kind).offers_flags:
        parts.append("Flags used: " + (", ".join(g.flags) or "none"))
    for n, ex in enumerate(g.examples, 1):
        about = f" (note: {ex['note_text']})" if ex.get("note_text") else ""
        parts.append(f"Example {n}{about}: {ex['reason']} -> {ex['guidance']}")
    return "\n".join(parts)


def change_for(session: Session, user: User, project: Project) -> GuidelineChange:
    """What this annotator is shown now; records that they saw the current version."""
    now_g = current(session, project)
    read = session.scalar(select(GuidelineRead.version).where(
        GuidelineRead.user_id == user.id, GuidelineRead.project_id == project.id)
        .order_by(GuidelineRead.id.desc()).limit(1))
    before = as_text(project, get(session, project, read)) if read is not None and read != now_g.version else ""
    if read != now_g.version:
        session.add(GuidelineRead(user_id=user.id, project_id=project.id, version=now_g.version))
        session.commit()
    return GuidelineChange(version=now_g.version, seen=read, before=before, after=as_text(project, now_g))


def version_used(session: Session, task: Task) -> int | None:
    """The guideline version of the task's latest draft: what an export row records."""
    draft = session.scalar(select(Event).where(Event.task_id == task.id, Event.kind == "draft")
                           .order_by(Event.id.desc()).limit(1))
    return draft.data.get("guideline_version") if draft else None


def count(session: Session, project: Project) -> int:
    return session.scalar(select(func.count()).select_from(Guideline).where(Guideline.project_id == project.id)) or 0
