"""The app's commands: user add/password, project add, import (serve lives with the UI: ui/serve.py)."""

from __future__ import annotations

import getpass
import os
import sys

from assistant.app import accounts, db, projects
from assistant.app.importing import import_file
from assistant.errors import BadInputError
from assistant.label_studio import parse_map

PASSWORD_ENV = "ANNOTATION_ASSISTANT_PASSWORD"


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
        if args.user_command == "password":
            user = accounts.set_password(s, args.name, _password())
            print(f"new password set for {user.role} {user.name!r}; their sessions have ended")
            return 0
        if args.user_command == "sign-out":
            user = accounts.sign_out_everywhere(s, args.name)
            print(f"every session of {user.role} {user.name!r} has ended")
            return 0
        user = accounts.add_user(s, args.name, args.role, _password())
    print(f"created {user.role} {user.name!r}")
    return 0


def cmd_project(args) -> int:
    sessions = db.connect(args.db)
    with sessions() as s:
        flags = [f for f in (args.flags or "").split(",") if f.strip()] or None
        project = projects.create_project(s, args.name, args.kind, args.checklist, flags)
    print(f"created {project.kind} project {project.name!r}")
    return 0


def cmd_import(args) -> int:
    sessions = db.connect(args.db)
    with sessions() as s:
        project = projects.get_project(s, args.project)
        result = import_file(s, project, args.file, parse_map(getattr(args, "map", None)),
                             update=getattr(args, "update", False), image_root=getattr(args, "image_root", None))
    for problem in result.problems():
        print(f"warning: refused {problem}", file=sys.stderr)
    if len(result.skipped) > 20:
        print(f"warning: ... and {len(result.skipped) - 20} more refused", file=sys.stderr)
    print(result.summary(project.name))
    if result.imported + result.updated + result.existing == 0:
        print(f"error: nothing imported from {args.file}", file=sys.stderr)
        return 2  # a file of which nothing could be used is a failure, not a quiet success
    return 0
