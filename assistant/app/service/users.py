"""Who is signed in, and what their role lets them do: the base every workflow of the service
stands on. Every call looks the user up again, so an annotator cannot reach a lead's data
through the app's API either."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant import llm
from assistant.app import accounts
from assistant.app.db import User
from assistant.errors import AssistantError


class Forbidden(AssistantError):
    """The signed-in user's role does not allow this."""


class Users:
    def __init__(self, sessions: sessionmaker[Session], spec: llm.ModelSpec):
        self.sessions = sessions
        self.spec = spec

    def user(self, session: Session, name: str | None, role: str | None = None) -> User:
        user = session.scalar(select(User).where(User.name == (name or "")))
        if user is None:
            raise Forbidden("sign in first")
        if role and user.role != role:
            raise Forbidden(f"this view is for the {role} role; you are signed in as {user.role}")
        return user

    def authenticate(self, name: str, password: str) -> bool:
        with self.sessions() as s:
            return accounts.authenticate(s, name, password) is not None

    def sessions_from(self) -> dict[str, datetime | None]:
        """Every user's moment before which their sign-ins have ended (ui/sessions.py asks)."""
        with self.sessions() as s:
            return accounts.sessions_from(s)

    def is_lead(self, name: str | None) -> bool:
        with self.sessions() as s:
            return s.scalar(select(User.role).where(User.name == (name or ""))) == "lead"

    def whoami(self, name: str | None) -> dict[str, Any]:
        with self.sessions() as s:
            user = self.user(s, name)
            return {"name": user.name, "role": user.role}
