"""Database schema (SQLAlchemy) and connection: a SQLite file by default, any URL by config.

History is append-only: an Event row is never updated or deleted (enforced below), so every
note version, draft, edit, question, answer and decision stays on record with user and time.
The schema is created and upgraded by Alembic migrations (assistant/app/migrations).
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker, validates

from assistant.errors import AssistantError, BadInputError, one_line
from assistant.paths import data_dir

DB_ENV = "ANNOTATION_ASSISTANT_DB"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # annotator | lead
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=now)
    #: Sign-ins made before this moment have ended: set by a new password and by "sign out
    #: everywhere". The app processes read it (ui/sessions.py), so a change made from the
    #: command line, in another process, ends sessions everywhere.
    sessions_from: Mapped[datetime | None] = mapped_column(default=None)


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # caption | rewrite
    checklist: Mapped[str] = mapped_column(String(255))  # checklist name or path
    flags: Mapped[list[str]] = mapped_column(default=list)  # the flag taxonomy offered
    created_at: Mapped[datetime] = mapped_column(default=now)


class Task(Base):
    __tablename__ = "tasks"
    # an import looks up the ids a project has (migration 0006_item_ids); not unique: copies share one
    __table_args__ = (Index("ix_tasks_project_item", "project_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(255), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)  # image / prompt / response
    # open -> in_progress -> submitted -> approved | rejected | returned (-> in_progress ...)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)

    @validates("status")
    def _known_status(self, _key: str, value: str) -> str:
        from assistant.app.states import TASK_STATUSES  # noqa: PLC0415 - states imports nothing of ours

        if value not in TASK_STATUSES:
            raise ValueError(f"unknown task status {value!r}")  # a typo must not make a new state
        return value
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    annotator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    held_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # bumped by every save of the task's notes: a save based on an older version is a conflict
    version: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=now)
    project: Mapped[Project] = relationship()


class Event(Base):
    """One immutable entry of a task's history."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # notes | rejected (a conflicting save, kept) | draft | draft_failed | edit | question | answer | submit
    # | decision | claim
    kind: Mapped[str] = mapped_column(String(24))

    @validates("kind")
    def _known_kind(self, _key: str, value: str) -> str:
        from assistant.app.states import EVENT_KINDS  # noqa: PLC0415

        if value not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {value!r}")
        return value
    text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=now, index=True)
    user: Mapped[User | None] = relationship()


@event.listens_for(Session, "before_flush")
def _history_is_append_only(session: Session, *_: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Event) and (obj in session.deleted or session.is_modified(obj)):
            raise AssistantError("task history is append-only: events cannot be changed or deleted")


def resolve_url(url: str | None = None) -> str:
    """Explicit --db, then $ANNOTATION_ASSISTANT_DB, then a SQLite file in the data folder."""
    url = url or os.environ.get(DB_ENV)
    if url:
        return url
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'annotation-assistant.db'}"


def display_url(url: str) -> str:
    """The database URL with its password masked, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - unparsable: show only the scheme
        return url.split(":", 1)[0] + ":..."


def connect(url: str | None = None, *, migrate: bool = True) -> sessionmaker[Session]:
    """A session factory on an up-to-date schema (migrations run on first use)."""
    url = resolve_url(url)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url, future=True)
    except Exception as e:  # a malformed URL or a missing driver
        raise BadInputError(f"cannot use database {display_url(url)!r}: {one_line(e, 200)}") from None
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
    # a second writer waits for the lock instead of failing at once with "database is locked"
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # FULL: a committed transaction survives a power cut too, not only a killed process
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command  # noqa: PLC0415
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except Exception as e:
        if isinstance(e, AssistantError):
            raise
        raise BadInputError(f"cannot open database {engine.url!r}: {one_line(e, 200)}") from None
