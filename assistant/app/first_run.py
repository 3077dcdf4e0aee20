"""First run of the app: accounts to sign in with and sample projects to try it on.

`serve` on a database with no accounts creates a lead and an annotator with random
passwords, printed once on the terminal (as Jupyter prints its token), so the README's one
command ends in a working sign-in. Sample projects come from examples/ unless asked not to.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import kinds, paths
from assistant.app import accounts, projects
from assistant.app.db import Project

ACCOUNTS = (("lead", "lead"), ("annotator", "annotator"))


@dataclass
class Account:
    name: str
    role: str
    password: str


def create_accounts(session: Session) -> list[Account]:
    """A lead and an annotator with fresh random passwords, only when no account exists."""
    if accounts.has_accounts(session):
        return []
    made = [Account(name, role, secrets.token_urlsafe(9)) for name, role in ACCOUNTS]
    for a in made:
        accounts.add_user(session, a.name, a.role, a.password)
    return made


def add_samples(session: Session) -> list[str]:
    """The sample projects with their tasks, only on a database without projects."""
    if session.scalar(select(Project.id).limit(1)) is not None:
        return []
    lines = []
    for kind in kinds.KINDS.values():
        path = paths.examples_dir() / kind.sample if kind.sample else None
        if path is None or not path.exists():
            continue  # an install without the examples: nothing to seed from
        name = f"sample-{kind.name}s"
        project = projects.create_project(session, name, kind.name)
        result = projects.import_tasks(session, project, str(path))
        lines.append(f"{name} ({result.imported} {kind.name} tasks)")
    return lines


def announce(made: list[Account], samples: list[str]) -> str:
    out = []
    if made:
        out.append("First run: created these accounts; the passwords are shown only now "
                   "(change one with: annotation-assistant user password NAME)")
        out += [f"  {a.role:<10} user: {a.name:<10} password: {a.password}" for a in made]
    if samples:
        out.append("Sample projects to try: " + ", ".join(samples) + " (serve --no-samples skips them)")
    return "\n".join(out)
