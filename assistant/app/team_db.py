"""Tables of the team quality workflow (migration 0004_team): versioned guidelines, who read
which version, per-project quality settings, gold tasks and the links between a task and its
copies (a gold task served to an annotator, the second annotation of a k = 2 item).

Guideline versions, reads and links are only ever added; the settings row is the one
mutable record (a lead changes k or the gold rate).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from assistant.app.db import Base, now

LinkKind = Literal["gold", "replica"]


class Guideline(Base):
    """One saved version of a project's guideline: every save is a new row."""

    __tablename__ = "guidelines"
    __table_args__ = (UniqueConstraint("project_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    version: Mapped[int] = mapped_column()
    text: Mapped[str] = mapped_column(Text, default="")  # guidance in the lead's words
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # checklist items (questions.ChecklistItem)
    flags: Mapped[list[str]] = mapped_column(default=list)  # flags a rewrite project uses
    examples: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # promoted edge cases
    note: Mapped[str] = mapped_column(String(255), default="")  # what this save changed, in a word
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=now)


class GuidelineRead(Base):
    """An annotator was shown this guideline version (so the next task shows what changed since)."""

    __tablename__ = "guideline_reads"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    version: Mapped[int] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=now)


class ProjectSettings(Base):
    __tablename__ = "project_settings"
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    annotators_per_item: Mapped[int] = mapped_column(default=1)  # k: 1, or 2 for dual annotation
    gold_rate: Mapped[float] = mapped_column(default=0.0)  # share of an annotator's tasks that are gold


class GoldTask(Base):
    """A known-answer task: its reference notes; copies are served to annotators, never itself."""

    __tablename__ = "gold_tasks"
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    reference_notes: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=now)


class TaskLink(Base):
    """This task is a copy of `source_task_id`: a gold task served to one annotator, or another
    annotator's copy of a k = 2 item."""

    __tablename__ = "task_links"
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    source_task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # LinkKind
    created_at: Mapped[datetime] = mapped_column(default=now)
