"""Each event stream belongs to the sign-in that opened it.

Gradio keys a page's events, their results and its gr.State on a `session_hash` the browser
makes up, and asks only that a caller be signed in: signed in as an annotator,
`/gradio_api/queue/data?session_hash=<the lead's>` returned the lead's review output. This
ASGI middleware records which user first used each session hash (joining the queue, opening
its stream, a heartbeat) and refuses the hash to every other user; `/cancel`, which Gradio
leaves open to anyone, gets the same check.
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

#: hashes remembered (oldest forgotten first): far more than the open pages of a team
MAX_SESSIONS = 100_000

_BODY_HASH = re.compile(r"/gradio_api/(?:queue/join|call/[^/]+|cancel)/?$")
_CALL_STREAM = re.compile(r"/gradio_api/call/[^/]+/([^/]+)/?$")
_PATH_HASH = re.compile(r"/gradio_api/(?:heartbeat|stream)/([^/]+)")


class Owners:
    """session hash -> the user who first used it."""

    def __init__(self):
        self.owners: OrderedDict[str, str] = OrderedDict()
        self.lock = threading.Lock()

    def claim(self, session_hash: str, user: str) -> bool:
        """True when `user` may use `session_hash` (theirs, or nobody's yet: now theirs)."""
        with self.lock:
            owner = self.owners.get(session_hash)
            if owner is None:
                self.owners[session_hash] = user
                if len(self.owners) > MAX_SESSIONS:
                    self.owners.popitem(last=False)
                return True
            return owner == user


class OwnSessions:
    """ASGI middleware over the Gradio app (which it finds in scope["app"])."""

    owners = Owners()  # one table per process, shared by every app in it (tests start several)

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path, method = scope.get("path", ""), scope.get("method", "")
        session_hash = None
        if method == "POST" and _BODY_HASH.search(path):
            body, receive = await _buffered(receive)
            try:
                session_hash = json.loads(body or b"{}").get("session_hash")
            except (ValueError, AttributeError):
                session_hash = None
        elif method == "GET" and path.endswith("/gradio_api/queue/data"):
            session_hash = (parse_qs(scope.get("query_string", b"").decode()).get("session_hash") or [None])[0]
        elif method == "GET" and (found := _CALL_STREAM.search(path)):
            session_hash = _hash_of_event(scope["app"], found.group(1))
        elif found := _PATH_HASH.search(path):
            session_hash = found.group(1)
        if session_hash:
            user = signed_in_user(scope)
            if user is None and path.rstrip("/").endswith("/cancel"):
                return await refuse(send, 401, "Not authenticated")
            if user is not None and not self.owners.claim(str(session_hash), user):
                return await refuse(send, 403, "this session belongs to another sign-in")
        await self.app(scope, receive, send)


def signed_in_user(scope) -> str | None:
    """The signed-in user, as Gradio's own get_current_user finds it."""
    app = scope["app"]
    cookies = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            cookies.load(value.decode("latin-1"))
    for name in (f"access-token-{app.cookie_id}", f"access-token-unsecure-{app.cookie_id}"):
        if name in cookies:
            return app.tokens.get(cookies[name].value)
    return None


def _hash_of_event(app, event_id: str) -> str:
    """The session hash Gradio streams an event id's messages from (its own lookup)."""
    queue = app.get_blocks()._queue
    event = queue.event_ids_to_events.get(event_id)
    if event is not None:
        return event.session_hash
    return next((s for s, ids in queue.pending_event_ids_session.items() if event_id in ids), event_id)


async def _buffered(receive):
    """The request body, and a receive that hands it on to the app unchanged."""
    chunks, more = [], True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    body = b"".join(chunks)
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


async def refuse(send, status: int, detail: str) -> None:
    payload = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
