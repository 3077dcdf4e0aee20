"""Accounts: users, their roles and passwords (scrypt), sign-in and signing out everywhere."""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.app.db import User, now
from assistant.errors import BadInputError

ROLES = ("annotator", "lead")

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


def has_accounts(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None
