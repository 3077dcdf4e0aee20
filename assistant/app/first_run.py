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

from assistant import paths
from assistant.app import accounts, projects
from assistant.app.db import Project

ACCOUNTS = (("lead", "lead"), ("annotator", "annotator"))
SAMPLES = (("sample-captions", "caption", "images"), ("sample-rewrites", "rewrite", "rewrite-tasks.jsonl"))


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
    for name, kind, source in SAMPLES:
        path = paths.examples_dir() / source
        if not path.exists():
            continue  # an install without the examples: nothing to seed from
        project = projects.create_project(session, name, kind)
        result = projects.import_tasks(session, project, str(path))
        lines.append(f"{name} ({result.imported} {kind} tasks)")
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
