"""Records and append-only history: users, projects, tasks, the queue, notes, drafts, decisions.

Plain functions over a SQLAlchemy session; the CLI and the app's handlers call these. Notes
are stored before any model call, so a model failure or a crash never loses them.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from assistant.app import assignment, restore
from assistant.app.browse import describe
from assistant.app.current import current_record, item_copies
from assistant.app.db import Event, Project, Task, User, now
from assistant.app.states import DONE, REVIEWABLE, EventKind
from assistant.check import CheckReport
from assistant.errors import BadInputError, validation_line
from assistant.app.images import ImageSource
from assistant.jsonl import LineProblem, decode_line, numbered_lines, parse_json
from assistant import kinds
from assistant.notes import flag_taxonomy, parse_flags
from assistant.questions import load_checklist

ROLES = ("annotator", "lead")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp")
MAX_IMPORT_BYTES = 50_000_000

# ------------------------------------------------------------------ users


# scrypt at OWASP's recommended cost for 16 MiB of memory (N=2^14, r=8, p=5): about 0.2 s a
# sign-in on this project's machine. Hashes made with weaker parameters are upgraded at the
# next successful sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 5


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(got.hex(), digest)


def weaker_than_current(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or (int(parts[1]), int(parts[2]), int(parts[3])) < (SCRYPT_N, SCRYPT_R, SCRYPT_P)


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise BadInputError("a password has at least 8 characters")


def add_user(session: Session, name: str, role: str, password: str) -> User:
    name = name.strip()
    if not name or len(name) > 80:
        raise BadInputError("a user name is 1 to 80 characters")
    if role not in ROLES:
        raise BadInputError(f"role must be one of: {', '.join(ROLES)}")
    _check_password(password)
    if session.scalar(select(User).where(User.name == name)):
        raise BadInputError(f"user {name!r} already exists")
    user = User(name=name, role=role, password_hash=hash_password(password))
    session.add(user)
    session.commit()
    return user


def set_password(session: Session, name: str, password: str) -> User:
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        raise BadInputError(f"no user named {name!r}")
    _check_password(password)
    user.password_hash = hash_password(password)
    user.sessions_from = now()  # whoever knew the old password is signed out
    session.commit()
    return user


def sign_out_everywhere(session: Session, name: str) -> User:
    """End every sign-in of `name`, in every app process (each notices within seconds)."""
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        raise BadInputError(f"no user named {name!r}")
    user.sessions_from = now()
    session.commit()
    return user


def sessions_from(session: Session) -> dict[str, datetime | None]:
    """Every user's name -> the moment before which their sign-ins have ended (None: none
    have). One query for all users: the app asks every few seconds (ui/sessions.py)."""
    return dict(session.execute(select(User.name, User.sessions_from)).tuples().all())


@functools.cache
def _dummy_hash() -> str:
    """A hash at the current cost that no password matches, made once: an unknown name costs
    one scrypt like a known one (hashing a fresh one per attempt made it two, ~390 ms vs ~200)."""
    return hash_password(secrets.token_hex(16))


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        verify_password(password, _dummy_hash())  # one scrypt, as for a real name: no tell
        return None
    if not verify_password(password, user.password_hash):
        return None
    if weaker_than_current(user.password_hash):
        user.password_hash = hash_password(password)
        session.commit()
    return user


# ------------------------------------------------------------------ projects and import


def create_project(session: Session, name: str, kind: str, checklist: str | None = None,
                   flags: list[str] | None = None) -> Project:
    name = name.strip()
    if not name or len(name) > 80:
        raise BadInputError("a project name is 1 to 80 characters")
    spec = kinds.get(kind)
    if session.scalar(select(Project).where(Project.name == name)):
        raise BadInputError(f"project {name!r} already exists")
    checklist = checklist or kind
    load_checklist(checklist)  # fails with a clear error when missing or malformed
    flags = parse_flags(flags) if flags else (list(flag_taxonomy()) if spec.offers_flags else [])
    project = Project(name=name, kind=kind, checklist=checklist, flags=flags)
    session.add(project)
    session.commit()
    return project


def get_project(session: Session, name: str) -> Project:
    project = session.scalar(select(Project).where(Project.name == name))
    if project is None:
        raise BadInputError(f"no project named {name!r} (create it with: annotation-assistant project add)")
    return project


@dataclass
class ImportResult:
    """What an import did: tasks added, items already in the project (skipped, or with
    `update` replaced), and the lines refused with why."""

    imported: int
    skipped: list[tuple[int | None, str]]  # refused: (line or entry number, or None for a file, reason)
    existing: int = 0
    """Items whose id the project already had: skipped (left as they are)."""
    updated: int = 0
    """Items whose id the project already had, replaced by the imported version (`update`)."""

    def problems(self, limit: int = 20) -> list[str]:
        return [f"line {line}: {why}" if line is not None else why for line, why in self.skipped[:limit]]

    def summary(self, project: str) -> str:
        return (f"imported {self.imported} task(s) into {project!r}; skipped {self.existing} already there; "
                f"updated {self.updated}; refused {len(self.skipped)}")


@dataclass
class Incoming:
    """One item read from an import file, before validation."""

    number: int | None
    """Its line (JSONL, CSV) or entry (JSON array) number; None for an image of a folder."""
    row: dict[str, Any] | str
    """The task row (caption: id, image; rewrite: id, prompt, response), or why it cannot be read."""
    record: Any = None
    """An ExportRecord (ours, or rebuilt from Label Studio): the work to restore with the task."""


def import_tasks(session: Session, project: Project, path: str, *, update: bool = False) -> ImportResult:
    """JSONL of tasks (caption: id, image; rewrite: id, prompt, response) or, for captions, a
    folder of images. Bad lines are refused with their number; good ones are all imported;
    ids the project already has are skipped (replaced with `update`)."""
    p = Path(path)
    if p.is_dir():
        if not kinds.get(project.kind).images:
            raise BadInputError(f"a folder of images can only be imported into a {kinds.image_kinds()} project")
        images = sorted(f for f in p.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES)
        if not images:
            raise BadInputError(f"no images ({', '.join(IMAGE_SUFFIXES)}) in {path}")
        return add_rows(session, project, [Incoming(None, {"id": f.stem, "image": str(f)}) for f in images],
                        p, update=update)
    return add_rows(session, project, jsonl_rows(p), p.parent, update=update)


def jsonl_rows(p: Path) -> Iterator[Incoming]:
    """Each line of a JSONL file parsed on its own (size and depth limited)."""
    for number, raw in numbered_lines(p, what="import", max_bytes=MAX_IMPORT_BYTES):
        try:
            line = decode_line(number, raw)
        except UnicodeDecodeError as e:
            yield Incoming(number, f"not UTF-8 (byte {e.start})")
            continue
        if not line.strip():
            continue
        try:
            row = parse_json(line)
        except LineProblem as e:
            yield Incoming(number, str(e))
            continue
        yield Incoming(number, row if isinstance(row, dict) else "not a JSON object")


def item_id_of(payload: dict[str, Any]) -> str:
    """The id of a row imported without one: a hash of its item (the resolved image path or
    URL; the prompt and response), so the same row imported again is recognised."""
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    return "item-" + hashlib.sha256(canonical.encode()).hexdigest()[:16]


def add_rows(session: Session, project: Project, incoming: Iterable[Incoming], base: Path, *,
             update: bool = False) -> ImportResult:
    """Validates each row on its own (images resolved against `base`, URLs checked), adds the
    new items and skips (or, with `update`, replaces) those whose id the project has."""
    model = kinds.get(project.kind).row
    images = ImageSource(base)
    have = _tasks_by_item(session, project)
    seen: dict[str, int | None] = {}
    result = ImportResult(0, [])
    for item in incoming:
        checked = _checked_row(item, model, images, project)
        if isinstance(checked, str):
            result.skipped.append((item.number, checked))
            continue
        item_id, payload = checked
        if item_id in seen:
            where = f"line {seen[item_id]}" if seen[item_id] is not None else "this import"
            result.skipped.append((item.number, f"id {item_id!r} already came on {where}"))
            continue
        seen[item_id] = item.number
        if item_id in have:
            if update and restore.update(session, [session.get(Task, i) for i in have[item_id]], payload, item.record):
                result.updated += 1
            else:
                result.existing += 1
            continue
        task = Task(project_id=project.id, external_id=item_id, payload=payload)
        session.add(task)
        if item.record is not None:
            restore.restore(session, task, item.record)
        result.imported += 1
    session.commit()
    result.skipped.sort(key=lambda s: s[0] or 0)
    return result


def _checked_row(item: Incoming, model: type[BaseModel], images: ImageSource,
                 project: Project) -> tuple[str, dict[str, Any]] | str:
    """(item id, payload to store), or why the row is refused."""
    if isinstance(item.row, str):
        return item.row
    if item.record is not None and item.record.kind != project.kind:
        return f"a {item.record.kind} record does not go into a {project.kind} project"
    if item.record is not None and _has_nul(item.record.model_dump(mode="json")):
        return "the record contains a NUL character"  # PostgreSQL cannot store it
    try:
        row = model.model_validate(item.row)
    except ValidationError as e:
        return validation_line(e)
    payload = row.model_dump(exclude={"id"})
    for field in kinds.get(project.kind).item_fields():
        if field.type != "image":
            continue
        try:
            payload[field.name] = images.resolve(payload[field.name])
        except BadInputError as e:
            return str(e)
    return row.id or item_id_of(payload), payload


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _tasks_by_item(session: Session, project: Project) -> dict[str, list[int]]:
    """The project's task ids by item id (ids only: a project may have 100,000s of tasks)."""
    found: dict[str, list[int]] = {}
    for external_id, task_id in session.execute(select(Task.external_id, Task.id)
                                                .where(Task.project_id == project.id).order_by(Task.id)):
        found.setdefault(external_id, []).append(task_id)
    return found


def add_task(session: Session, project: Project, item: str, payload: dict[str, Any]) -> Task:
    """One task typed into the app: its kind's item fields (rewrite: prompt, response)."""
    model = kinds.get(project.kind).row
    try:
        row = model.model_validate({"id": item.strip(), **payload})
    except ValidationError as e:
        raise BadInputError(validation_line(e, "invalid task")) from None
    task = Task(project_id=project.id, external_id=row.id or "", payload=row.model_dump(exclude={"id"}))
    session.add(task)
    session.flush()
    task.external_id = task.external_id or f"task-{task.id}"
    session.commit()
    return task


def add_uploads(session: Session, project: Project, files: list[Path], folder: Path, *,
                update: bool = False) -> ImportResult:
    """Files uploaded in the app: JSONL, or one of our exports or Label Studio's, is imported; images
    become caption tasks, copied under `folder` first (an upload's own temporary file does not
    outlive the server), named by their content, so the same image uploaded again is the same
    item. Ids the project already has are skipped (replaced with `update`)."""
    from assistant.app.importing import import_file  # noqa: PLC0415 - importing builds on this module

    total = ImportResult(0, [])
    images: list[Incoming] = []
    for f in files:
        if f.suffix.lower() in IMAGE_SUFFIXES:
            if not kinds.get(project.kind).images:
                raise BadInputError(f"{f.name}: images can only go into a {kinds.image_kinds()} project")
            data = _image_bytes(f)
            kept = folder / str(project.id) / f"{hashlib.sha256(data).hexdigest()[:16]}{f.suffix.lower()}"
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_bytes(data)
            images.append(Incoming(None, {"id": f.stem, "image": str(kept)}))
        elif f.suffix.lower() in (".jsonl", ".json", ".csv", ".parquet"):
            _add_up(total, import_file(session, project, str(f), update=update))
        else:
            raise BadInputError(f"{f.name}: upload a .jsonl file of tasks (or an export: .json, .csv, .parquet) "
                                f"or images ({', '.join(IMAGE_SUFFIXES)})")
    if images:
        _add_up(total, add_rows(session, project, images, folder, update=update))
    return total


def _add_up(total: ImportResult, part: ImportResult) -> None:
    total.imported += part.imported
    total.existing += part.existing
    total.updated += part.updated
    total.skipped += part.skipped


def image_problem(path: Path) -> str | None:
    """Why a local file cannot be a task's image, or None. Checked at import, so a typo in a
    path is one line there, not a broken picture in front of an annotator later."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 - only for imports

    if not path.is_file():
        return f"{path.name}: image not found"
    if path.stat().st_size > MAX_IMPORT_BYTES:
        return f"{path.name}: larger than {MAX_IMPORT_BYTES // 1_000_000} MB"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # a bomb is refused, not shown
            with Image.open(path) as image:
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return f"{path.name}: too many pixels for an image to annotate (a decompression bomb?)"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        return f"{path.name}: not a readable image ({type(e).__name__})"
    return None


def _image_bytes(path: Path) -> bytes:
    if problem := image_problem(path):
        raise BadInputError(problem)
    return path.read_bytes()


def project_counts(session: Session) -> list[tuple[Project, int]]:
    counts = dict(session.execute(select(Task.project_id, func.count()).group_by(Task.project_id)).all())
    return [(p, counts.get(p.id, 0)) for p in session.scalars(select(Project).order_by(Project.name))]


# ------------------------------------------------------------------ the annotator's queue


HOLD_ENV = "ANNOTATION_ASSISTANT_HOLD_MINUTES"
HOLD_MINUTES = 60
CLAIM_ATTEMPTS = 50


class ConflictError(BadInputError):
    """A save based on a version of the task that is no longer current; nothing was overwritten."""


def hold_minutes() -> float:
    """How long a task stays with an annotator who does nothing with it ($ANNOTATION_ASSISTANT_HOLD_MINUTES)."""
    try:
        return float(os.environ.get(HOLD_ENV) or HOLD_MINUTES)
    except ValueError:
        raise BadInputError(f"{HOLD_ENV} must be a number of minutes") from None


def _claimable():
    """Open tasks, and tasks whose holder let the hold expire (returned tasks stay with their annotator)."""
    expired = now() - timedelta(minutes=hold_minutes())
    return or_(Task.status == "open", and_(Task.status == "in_progress", Task.held_at < expired))


def next_task(session: Session, user: User) -> Task | None:
    """The task this annotator holds, else one sent back to them, else claim the oldest open
    one (or one whose hold expired). Candidates are row-locked with SKIP LOCKED on PostgreSQL,
    so two app processes hand out different tasks without waiting on each other; the claim is
    a conditional UPDATE, so even without row locks (SQLite) two annotators never hold the
    same task."""
    held = session.scalar(select(Task).where(Task.holder_id == user.id, Task.status.in_(("in_progress", "returned")))
                          .order_by(Task.status.desc(), Task.id))
    if held is not None:
        return held
    if (gold := assignment.serve_gold(session, user)) is not None:
        return gold
    for _ in range(CLAIM_ATTEMPTS):
        # one candidate at a time: SKIP LOCKED on a LIMIT 20 would lock all twenty for this
        # annotator and hand the next caller nothing
        task_id = session.scalar(select(Task.id).where(_claimable(), *assignment.claimable(user)).order_by(Task.id)
                                 .limit(1).with_for_update(skip_locked=True))
        if task_id is None:
            break
        claimed = session.execute(
            update(Task).where(Task.id == task_id, _claimable())
            .values(status="in_progress", holder_id=user.id, annotator_id=user.id, held_at=now(),
                    version=Task.version + 1)  # a stale save by an earlier holder is a conflict
            .execution_options(synchronize_session=False)  # the task is read fresh below
        ).rowcount
        if claimed:
            session.add(Event(task_id=task_id, user_id=user.id, kind="claim"))
            assignment.after_claim(session, task_id)
            session.commit()
            task = session.get(Task, task_id)
            session.refresh(task)
            return task
        session.commit()  # another annotator got it first (SQLite has no row locks): look again
    session.commit()
    return None


def keep_refused(session: Session, task_id: int, user: User, notes: str, flags: list[str] | None,
                 reason: str, marks: dict[str, Any] | None = None) -> None:
    """A save that cannot land (the task went to someone else) is kept as a `rejected` event,
    so nothing an annotator typed is lost; only on a task the user once held, so nobody writes
    into the history of tasks that were never theirs."""
    session.rollback()
    claimed = session.scalar(select(Event.id).where(Event.task_id == task_id, Event.user_id == user.id,
                                                   Event.kind == "claim").limit(1))
    if notes.strip() and claimed is not None:
        session.add(Event(task_id=task_id, user_id=user.id, kind="rejected", text=notes,
                          data={"flags": flags or [], **(marks or {}), "reason": reason}))
        session.commit()


def held_task(session: Session, user: User, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is not None:
        session.refresh(task)  # another process may have handed it on since this session read it
    if task is None or task.holder_id != user.id:
        raise BadInputError("this task is not held by you; pull the next task from the queue")
    return task


def add_event(session: Session, task: Task, user: User | None, kind: EventKind, text: str = "",
              data: dict[str, Any] | None = None) -> Event:
    ev = Event(task_id=task.id, user_id=user.id if user else None, kind=kind, text=text, data=data or {})
    session.add(ev)
    session.commit()
    return ev


def save_notes(session: Session, task: Task, user: User, notes: str, flags: list[str] | None = None,
               expected_version: int | None = None, marks: dict[str, Any] | None = None) -> Event:
    """Stored as typed, before any model sees them; an unchanged version is not repeated.

    With `expected_version` (the task version the annotator's page loaded) a save on top of a
    newer one is refused with ConflictError; the refused text is kept as a `rejected` event, so
    nothing either annotator typed is lost. The version bump and the event share one
    transaction, and the bump is a compare-and-set, so it holds across app processes. `marks`:
    the kind's other marks (a comparison's choice and flags per response), stored beside."""
    data = {"flags": flags or [], **(marks or {})}
    if expected_version is not None and _bump(session, task, expected_version) == 0:
        _reject(session, task, user, notes, data, expected_version)
    last = latest(session, task, "notes")
    if last is not None and last.text == notes and last.data == data:
        session.commit()
        return last
    if expected_version is None:
        _bump(session, task, None)
    ev = Event(task_id=task.id, user_id=user.id, kind="notes", text=notes, data=data)
    session.add(ev)
    session.commit()
    return ev


def _bump(session: Session, task: Task, expected_version: int | None) -> int:
    """version + 1 (and the hold renewed) if the version is still `expected_version`; rows changed."""
    query = update(Task).where(Task.id == task.id)
    if expected_version is not None:
        query = query.where(Task.version == expected_version)
    changed = session.execute(query.values(version=Task.version + 1, held_at=now())).rowcount
    session.expire(task, ["version", "held_at"])
    return changed


def _reject(session: Session, task: Task, user: User, notes: str, data: dict, expected_version: int):
    session.rollback()
    current = session.scalar(select(Task.version).where(Task.id == task.id))
    session.add(Event(task_id=task.id, user_id=user.id, kind="rejected", text=notes,
                      data={**data, "reason": "conflict", "expected_version": expected_version,
                            "current_version": current}))
    session.commit()
    raise ConflictError(f"this task was saved elsewhere since you loaded it (version {current}, yours "
                        f"{expected_version}); nothing was overwritten and your notes are kept in its history "
                        "as a rejected save: pull the task again and merge them")


def submit(session: Session, task: Task, user: User, final_text: str, check: dict | None) -> Event:
    """The final text and the status change in one transaction: a crash leaves both or neither."""
    if not final_text.strip():
        raise BadInputError("the final text is empty")
    ev = Event(task_id=task.id, user_id=user.id, kind="submit", text=final_text, data={"check": check})
    session.add(ev)
    task.status, task.holder_id = "submitted", None
    session.commit()
    return ev


# ------------------------------------------------------------------ lead review

DECISIONS = {"approve": "approved", "reject": "rejected", "send_back": "returned"}


def decide(session: Session, task: Task, lead: User, decision: str, comment: str = "") -> Event:
    if lead.role != "lead":
        raise BadInputError("only a lead can review tasks")
    if decision not in DECISIONS:
        raise BadInputError(f"decision must be one of: {', '.join(DECISIONS)}")
    if task.status != "submitted":
        raise BadInputError(f"{describe(task)} is {task.status}, not submitted")
    if decision in ("reject", "send_back") and not comment.strip():
        raise BadInputError("say why in a comment when rejecting or sending back")
    # the decision is on the item's current record (an adjudicated version once there is one): say which
    record = current_record(session, task)
    decided = decided_with(session, task, decision, record.adjudicated)
    data = {"decision": decision, "record": record.source, "record_event": record.event_id}
    if len(decided) > 1:
        data["copies"] = [t.id for t in decided]
    events = [Event(task_id=t.id, user_id=lead.id, kind="decision", text=comment.strip(), data=dict(data))
              for t in decided]
    session.add_all(events)  # committed with the statuses below: one transaction
    for t in decided:
        t.status = DECISIONS[decision]
    if decision == "send_back":
        task.holder_id = task.annotator_id
    session.commit()
    return events[[t.id for t in decided].index(task.id)]


def decided_with(session: Session, task: Task, decision: str, adjudicated: bool) -> list[Task]:
    """The tasks a decision on `task` decides. An adjudicated version is the item's record, so
    approving or rejecting it decides every finished copy of the item (each history shows the
    decision); sending back returns only this copy to its annotator."""
    if not adjudicated or decision == "send_back":
        return [task]
    return [t for t in item_copies(session, task) if t.id == task.id or t.status in DONE]


def latest(session: Session, task: Task, kind: EventKind) -> Event | None:
    return session.scalar(select(Event).where(Event.task_id == task.id, Event.kind == kind)
                          .order_by(Event.id.desc()).limit(1))


def latest_before(session: Session, task: Task, kind: EventKind, event_id: int) -> Event | None:
    """The task's last event of `kind` before event `event_id` (the notes a draft was composed from)."""
    return session.scalar(select(Event).where(Event.task_id == task.id, Event.kind == kind, Event.id < event_id)
                          .order_by(Event.id.desc()).limit(1))


def history(session: Session, task: Task) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.task_id == task.id).order_by(Event.id)))


def review_queue(session: Session, *, annotator: str | None = None, status: str | None = "submitted",
                 flag: str | None = None, problems_only: bool = False) -> list[Task]:
    query = select(Task).order_by(Task.id)
    if status:
        query = query.where(Task.status == status)
    else:
        query = query.where(Task.status.in_(REVIEWABLE))
    if annotator:
        query = query.join(User, User.id == Task.annotator_id).where(User.name == annotator)
    tasks = list(session.scalars(query))
    if flag:
        tasks = [t for t in tasks if flag in _flags(session, t)]
    if problems_only:
        tasks = [t for t in tasks if final_has_problems(session, t)]
    return tasks


def final_has_problems(session: Session, task: Task) -> bool:
    """The check of the task's current record (the submitted text, or its adjudicated version)
    found a certain problem (a dropped or contradicted note, a lost hedge, an unsupported number
    or name); "have a look" items alone do not count."""
    check = current_record(session, task).check
    return check is not None and not check.certain_ok


def _flags(session: Session, task: Task) -> list[str]:
    notes = latest(session, task, "notes")
    return notes.data.get("flags", []) if notes else []


def _last_word(session: Session, task: Task) -> Event | None:
    """The lead's decision or edge-case answer that returned the task, while it is returned."""
    if task.status != "returned":
        return None  # no query: every task view asks, and most tasks were never sent back
    said = [e for e in (latest(session, task, "decision"), latest(session, task, "edge_answer")) if e is not None]
    return max(said, key=lambda e: e.id) if said else None


def returned_comment(session: Session, task: Task) -> str | None:
    """The lead's comment when the task was sent back (or an edge case on it answered) and not
    resubmitted since."""
    last = _last_word(session, task)
    return last.text if last is not None else None


#: What the annotator reads above the lead's words, by how the task came back.
RETURNED_HEADINGS = {"decision": "Sent back by your lead", "resolve": "Your lead answered your edge case",
                     "send_back": "Your lead sent your edge case back", "unresolvable": "Your lead closed your edge case"}


def returned_heading(session: Session, task: Task) -> str | None:
    last = _last_word(session, task)
    if last is None:
        return None
    return RETURNED_HEADINGS["decision" if last.kind == "decision" else last.data.get("answer", "send_back")]


def has_accounts(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


# ------------------------------------------------------------------ per-annotator figures


def annotator_stats(session: Session) -> list[dict[str, Any]]:
    """Tasks done, time per task, AI drafts accepted unchanged, draft-to-final edit distance,
    drafts with unsupported content; one row per annotator with submitted work."""
    from assistant.diff import edit_distance  # noqa: PLC0415

    rows = []
    for user in session.scalars(select(User).where(User.role == "annotator").order_by(User.name)):
        tasks = list(session.scalars(select(Task).where(Task.annotator_id == user.id,
                                                        Task.status.in_(("submitted", "approved", "rejected")))))
        seconds, unchanged, distances, unsupported, drafts = [], 0, [], 0, 0
        for task in tasks:
            events = history(session, task)
            claim = next((e for e in events if e.kind == "claim"), None)
            final = next((e for e in reversed(events) if e.kind == "submit"), None)
            draft = next((e for e in reversed(events) if e.kind == "draft" and (final is None or e.id < final.id)), None)
            if claim and final:
                seconds.append((final.created_at - claim.created_at).total_seconds())
            if draft is not None and final is not None:
                drafts += 1
                distances.append(edit_distance(draft.text, final.text))
                unchanged += draft.text.strip() == final.text.strip()
            unsupported += sum(1 for e in events if e.kind == "draft" and (e.data.get("check") or {}).get("unsupported"))
        rows.append({
            "annotator": user.name,
            "tasks_done": len(tasks),
            "median_minutes_per_task": round(sorted(seconds)[len(seconds) // 2] / 60, 1) if seconds else None,
            "ai_drafts_accepted_unchanged": f"{unchanged}/{drafts}" if drafts else "0/0",
            "mean_edit_distance_words": round(sum(distances) / len(distances), 1) if distances else None,
            "drafts_with_unsupported_content": unsupported,
        })
    return rows
