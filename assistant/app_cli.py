"""The app's commands: serve, user add, project add, import."""

from __future__ import annotations

import getpass
import os
import sys

from assistant import db, store
from assistant.errors import BadInputError

PASSWORD_ENV = "ANNOTATION_ASSISTANT_PASSWORD"


def cmd_serve(args) -> int:
    from assistant import llm  # noqa: PLC0415
    from ui.app import launch  # noqa: PLC0415
    from ui.handlers import App  # noqa: PLC0415

    sessions = db.connect(args.db)
    with sessions() as s:
        if not store.has_accounts(s):
            print("note: no accounts yet; create one with: annotation-assistant user add NAME --role lead",
                  file=sys.stderr)
    spec = llm.resolve_spec(args.model, args.api_base)
    llm.validate(spec)
    print(f"database: {db.resolve_url(args.db)}; model: {spec.model}", file=sys.stderr)
    launch(App(sessions, spec), host=args.host, port=args.port)
    return 0


def _password() -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise BadInputError(f"no terminal to ask the password on; set ${PASSWORD_ENV}")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise BadInputError("the two passwords differ")
    return first


def cmd_user(args) -> int:
    sessions = db.connect(args.db)
    with sessions() as s:
        user = store.add_user(s, args.name, args.role, _password())
    print(f"created {user.role} {user.name!r}")
    return 0


def cmd_project(args) -> int:
    sessions = db.connect(args.db)
    with sessions() as s:
        flags = [f for f in (args.flags or "").split(",") if f.strip()] or None
        project = store.create_project(s, args.name, args.kind, args.checklist, flags)
    print(f"created {project.kind} project {project.name!r}")
    return 0


def cmd_import(args) -> int:
    sessions = db.connect(args.db)
    with sessions() as s:
        project = store.get_project(s, args.project)
        result = store.import_tasks(s, project, args.file)
    for line, reason in result.skipped[:20]:
        print(f"warning: line {line} skipped: {reason}", file=sys.stderr)
    print(f"imported {result.imported} task(s) into {project.name!r}"
          + (f"; skipped {len(result.skipped)} bad line(s)" if result.skipped else ""))
    return 0
