"""The app's commands: serve, user add, project add, import."""

from __future__ import annotations

import getpass
import os
import sys
import threading
import time

from assistant import db, first_run, store
from assistant.errors import BadInputError

PASSWORD_ENV = "ANNOTATION_ASSISTANT_PASSWORD"


def cmd_serve(args) -> int:
    from assistant import llm  # noqa: PLC0415
    from ui.app import launch  # noqa: PLC0415
    from ui.handlers import App  # noqa: PLC0415

    spec = llm.resolve_spec(args.model, args.api_base)
    llm.validate(spec)
    sessions = db.connect(args.db)
    with sessions() as s:
        accounts = first_run.create_accounts(s)
        samples = [] if args.no_samples else first_run.add_samples(s)
    if accounts or samples:
        print(first_run.announce(accounts, samples), flush=True)
    print(f"database: {db.resolve_url(args.db)}; model: {spec.model}", file=sys.stderr)
    if spec.model == llm.EMBEDDED:
        threading.Thread(target=_warm_up, daemon=True).start()
    launch(App(sessions, spec), host=args.host, port=args.port)
    return 0


def _warm_up() -> None:
    """Load the embedded model while the first annotator writes notes (they come first anyway)."""
    from assistant import embedded  # noqa: PLC0415

    started = time.perf_counter()
    try:
        embedded.shared_model()
    except Exception as e:  # noqa: BLE001 - compose reports it again, in the page
        print(f"warning: the embedded model did not load: {e}", file=sys.stderr, flush=True)
        return
    print(f"embedded model ready ({time.perf_counter() - started:.1f} s)", file=sys.stderr, flush=True)


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
            user = store.set_password(s, args.name, _password())
            print(f"new password set for {user.role} {user.name!r}")
            return 0
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
    for problem in result.problems():
        print(f"warning: skipped {problem}", file=sys.stderr)
    print(f"imported {result.imported} task(s) into {project.name!r}"
          + (f"; skipped {len(result.skipped)}" if result.skipped else ""))
    return 0
