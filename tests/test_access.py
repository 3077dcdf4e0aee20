"""Access: every named route of the app, called directly over HTTP as an anonymous caller
and as an annotator; lead-only routes refuse both. Sessions expire; passwords use scrypt at
a current cost."""

from __future__ import annotations

import pytest

from assistant.app import accounts, db
from tests.app_server import running_app
from tests.gradio_http import Client
from assistant_ui.kind_fields import no_marks

# The routes an annotator may use. Every other named route is treated as lead-only, so a
# route added later is refused to annotators by this test unless it is listed here.
ANNOTATOR_ROUTES = {"next_task", "compose", "answer", "check", "submit", "raise_edge_case", "guideline_for_task"}


def _arguments(endpoint: dict) -> list:
    """Plausible inputs from the API's own description (files left out: nothing is uploaded)."""
    out = []
    for p in endpoint["parameters"]:
        example = None if p["component"] in ("File", "Image") else p.get("example_input")
        out.append([] if example is None and p["component"] == "Checkboxgroup" else example)
    return out


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("access")) as running:
        yield running


def test_every_named_route_refuses_anonymous_callers_and_lead_routes_refuse_annotators(served):
    url, demo, _, _ = served
    endpoints = demo.get_api_info()["named_endpoints"]
    named = {fn.api_name for fn in demo.fns.values() if fn.api_visibility != "private"}
    assert {e.lstrip("/") for e in endpoints} == named  # the API info lists every named route
    assert len(named) >= 15 and ANNOTATOR_ROUTES <= named
    anonymous, annotator, lead = Client(url), Client(url, "ann", "ann-password"), Client(url, "lea", "lea-password")
    lead_only = sorted(named - ANNOTATOR_ROUTES)
    for route in sorted(named):
        args = _arguments(endpoints["/" + route])
        for path in (anonymous.call, anonymous.run):  # both doors: the queue's, and the direct one
            refused = path(route, args)
            assert (refused.status, refused.http) == ("refused", 401), (route, path)
        for caller in (annotator, lead):  # signed in, no event runs around the queue (and its limit)
            direct = caller.run(route, args)
            assert (direct.status, direct.http) == ("refused", 404), (route, direct)
        if route in lead_only:
            outcome = annotator.call(route, args)
            assert outcome.status == "error" and "for the lead role" in str(outcome.data), (route, outcome)
        else:  # and the lead cannot act as an annotator either (no self-approved work)
            outcome = lead.call(route, args)
            assert outcome.status == "error" and "for the annotator role" in str(outcome.data), (route, outcome)
    assert lead.call("review_queue", ["", "submitted", "", False]).status == "complete"  # the lead is not locked out


def test_unnamed_events_and_app_data_refuse_anonymous_callers(served):
    url, demo, _, _ = served
    anonymous = Client(url)
    for fn_index in demo.fns:  # every event, the sign-in page's own load included, by index
        joined = anonymous.http.post(f"{url}/gradio_api/queue/join",
                                     json={"data": [], "fn_index": fn_index, "session_hash": "x"})
        assert joined.status_code == 401, fn_index
    for path in ("/config", "/gradio_api/info", "/gradio_api/file=/etc/passwd"):
        assert anonymous.http.get(url + path).status_code == 401, path
    for path in ("/gradio_api/user", "/gradio_api/token"):  # answer, but with nobody
        assert anonymous.http.get(url + path).json() in (None, {"token": None, "user": None}), path
    signed_in = Client(url, "ann", "ann-password")
    assert signed_in.http.get(f"{url}/gradio_api/file=/etc/passwd").status_code == 403  # no file outside the app
    upload = anonymous.http.post(f"{url}/gradio_api/upload", files={"files": ("a.jsonl", b"{}")})
    assert upload.status_code == 401


def test_a_sign_in_expires(served):
    url, demo, _, _ = served
    annotator = Client(url, "ann", "ann-password")
    assert annotator.call("next_task", []).status == "complete"
    tokens = demo.server_app.tokens
    real_clock = tokens.clock
    tokens.clock = lambda: real_clock() + tokens.ttl + 1  # the working day is over
    try:
        assert annotator.call("next_task", []).http == 401
    finally:
        tokens.clock = real_clock
    assert annotator.call("next_task", []).http == 401  # gone for good, not only while expired
    assert Client(url, "ann", "ann-password").call("next_task", []).status == "complete"


def test_passwords_use_scrypt_at_a_current_cost_and_old_hashes_are_upgraded(tmp_path):
    with db.connect(f"sqlite:///{tmp_path / 'aa.db'}")() as s:
        user = accounts.add_user(s, "ann", "annotator", "correct horse")
        scheme, n, r, p, salt, digest = user.password_hash.split("$")
        # OWASP: scrypt with N=2^14, r=8 needs p >= 5 (or more memory)
        assert scheme == "scrypt" and int(n) >= 2**14 and int(r) >= 8 and int(n) * int(p) >= 5 * 2**14
        assert len(bytes.fromhex(salt)) >= 16 and len(bytes.fromhex(digest)) >= 32
        weak_salt = "00" * 16
        import hashlib  # noqa: PLC0415

        weak = hashlib.scrypt(b"correct horse", salt=bytes.fromhex(weak_salt), n=2**14, r=8, p=1).hex()
        user.password_hash = f"scrypt$16384$8$1${weak_salt}${weak}"
        s.commit()
        assert accounts.authenticate(s, "ann", "correct horse") is not None
        assert not accounts.weaker_than_current(s.get(db.User, user.id).password_hash)


def test_the_queue_does_not_rebuild_its_monitoring_summary_after_every_event(served):
    """Gradio rebuilds a pandas summary of up to 10,000 past events after each event, for a
    monitoring page this app never enables (18% of the server's CPU under load, growing with
    uptime); the app turns that down to once per million events."""
    url, demo, _, _ = served
    lead = Client(url, "lea", "lea-password")
    for _ in range(3):
        assert lead.call("projects", []).status == "complete"
    queue = demo._queue
    assert len(queue.event_analytics) >= 3  # the events were recorded...
    assert queue.cached_event_analytics_summary == {"functions": {}}  # ...and never summarised


# ---------------------------------------------------------------- issue 22, finding 4


def test_a_new_password_or_sign_out_everywhere_ends_old_sessions_in_every_process(tmp_path, monkeypatch):
    """Before, `user password ann` left ann's old cookie pulling tasks. The command line runs
    in another process: the server notices through the database (within ENDED_CHECK_S)."""
    from assistant.cli import main  # noqa: PLC0415

    with running_app(tmp_path) as (url, demo, app, _):
        demo.server_app.tokens.check_s = 0  # ask the database on every request, not every 2 s
        db_url = str(app.sessions.kw["bind"].url)
        old = Client(url, "ann", "ann-password")
        lead = Client(url, "lea", "lea-password")
        assert old.call("next_task", []).status == "complete"
        monkeypatch.setenv("ANNOTATION_ASSISTANT_PASSWORD", "a-new-password")
        assert main(["user", "password", "ann", "--db", db_url]) == 0
        assert old.call("next_task", []).http == 401  # the old cookie no longer works
        assert lead.call("projects", []).status == "complete"  # nobody else was signed out
        fresh = Client(url, "ann", "a-new-password")
        assert fresh.call("next_task", []).status == "complete"

        assert main(["user", "sign-out", "ann", "--db", db_url]) == 0
        assert fresh.call("next_task", []).http == 401
        assert Client(url, "ann", "a-new-password").call("next_task", []).status == "complete"  # signs in again
        assert lead.call("projects", []).status == "complete"


# ---------------------------------------------------------------- issue 22, finding 3


def test_an_unknown_name_costs_one_scrypt_like_a_known_one(tmp_path, monkeypatch):
    """Before, an unknown name hashed twice (~390 ms against ~200 ms): the time told which
    names exist."""
    import hashlib  # noqa: PLC0415

    with db.connect(f"sqlite:///{tmp_path / 'aa.db'}")() as s:
        accounts.add_user(s, "ann", "annotator", "correct horse")
        accounts.authenticate(s, "nobody", "warm-up")  # the dummy hash is made once, before any count
        calls = []
        real = hashlib.scrypt
        monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: calls.append(1) or real(*a, **k))
        for name in ("ann", "nobody", "ann", "somebody"):
            calls.clear()
            assert accounts.authenticate(s, name, "wrong guess") is None
            assert len(calls) == 1, name


def _login(url: str, name: str, password: str, source: str = "127.0.0.1") -> int:
    import httpx  # noqa: PLC0415

    with httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=60) as http:
        return http.post(f"{url}/login", data={"username": name, "password": password}).status_code


def test_repeated_wrong_passwords_back_off_but_never_lock_the_real_user_out(tmp_path, monkeypatch):
    """An address that keeps guessing is refused for a growing time, the right password
    included; 48 parallel guesses are not all checked; the real user signs in from elsewhere."""
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    with running_app(tmp_path) as (url, demo, app, _):
        checked = []
        real = accounts.authenticate
        monkeypatch.setattr(accounts, "authenticate", lambda s, n, p: checked.append(n) or real(s, n, p))
        attacker = "127.0.0.2"  # another loopback address: the server sees a different client
        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(lambda i: _login(url, "ann", f"guess-{i}", attacker), range(48)))
        assert set(answers) == {400}
        assert len(checked) <= 6  # the rest were refused without a password check
        assert _login(url, "ann", "ann-password", attacker) == 400  # backing off: refused, right or not
        checked.clear()
        assert _login(url, "ann", "ann-password") in (200, 302)  # the real user, from their own address
        assert Client(url, "ann", "ann-password").call("next_task", []).status == "complete"
        checked.clear()
        assert _login(url, "lea", "wrong", attacker) == 400 and checked == []  # the address waits, for any name


# ---------------------------------------------------------------- issue 22, finding 7


def test_an_event_stream_is_refused_to_every_other_sign_in(served):
    """Before, an annotator who knew the lead's session hash read the lead's review output
    from /queue/data; joining with it, reading a call's stream by event id and cancelling
    (open to anyone) went the same way."""
    url, _, _, _ = served
    lead, ann, anonymous = Client(url, "lea", "lea-password"), Client(url, "ann", "ann-password"), Client(url)
    assert lead.call("review_queue", ["", "submitted", "", False]).status == "complete"
    posted = lead.http.post(f"{url}/gradio_api/call/projects", json={"data": [], "session_hash": lead.session_hash})
    event_id = posted.json()["event_id"]

    def status(client, path):
        with client.http.stream("GET", url + path) as response:
            return response.status_code

    assert status(ann, f"/gradio_api/queue/data?session_hash={lead.session_hash}") == 403
    assert status(ann, f"/gradio_api/call/projects/{event_id}") == 403
    joined = ann.http.post(f"{url}/gradio_api/queue/join",
                           json={"data": [], "fn_index": 0, "session_hash": lead.session_hash})
    assert joined.status_code == 403
    assert ann.call("next_task", []).status == "complete"  # her own session is hers
    for caller, refused in ((ann, 403), (anonymous, 401)):
        cancel = caller.http.post(f"{url}/gradio_api/cancel",
                                  json={"session_hash": lead.session_hash, "fn_index": 0, "event_id": event_id})
        assert cancel.status_code == refused
    assert "event: complete" in lead.http.get(f"{url}/gradio_api/call/projects/{event_id}").text  # the lead's own


# ---------------------------------------------------------------- issue 22, finding 5


def test_uploads_have_a_size_limit_are_for_leads_and_go_once_imported(tmp_path, monkeypatch):
    """Before, an annotator's cookie put 300 MB into /gradio_api/upload, and imported files
    stayed in Gradio's temporary folder."""
    import json  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    monkeypatch.setenv("ANNOTATION_ASSISTANT_MAX_UPLOAD_MB", "1")
    with running_app(tmp_path) as (url, _, _, _):
        lead, ann = Client(url, "lea", "lea-password"), Client(url, "ann", "ann-password")
        big = lead.http.post(f"{url}/gradio_api/upload", files={"files": ("big.jsonl", b"x" * (2 * 1024 * 1024))})
        assert big.status_code == 413
        line = json.dumps({"id": "u1", "prompt": "Can I return shoes?", "response": "Yes, within 30 days."})
        assert ann.http.post(f"{url}/gradio_api/upload", files={"files": ("a.jsonl", line.encode())}).status_code == 403
        small = lead.http.post(f"{url}/gradio_api/upload", files={"files": ("a.jsonl", line.encode())})
        assert small.status_code == 200
        (path,) = small.json()
        assert Path(path).is_file()
        assert lead.call("projects", []).status == "complete"  # the page lists the projects first
        added = lead.call("add_tasks", ["answers", [{"path": path, "meta": {"_type": "gradio.FileData"}}]])
        assert added.status == "complete" and "Imported 1 task" in json.dumps(added.data), added
        assert not Path(path).exists()  # the upload is gone once its task is stored


# ---------------------------------------------------------------- issue 22, finding 11


def test_an_export_downloads_for_leads_only_and_leaves_no_folder_in_tmp(served):
    import glob  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    url, _, _, _ = served
    lead, ann = Client(url, "lea", "lea-password"), Client(url, "ann", "ann-password")
    before = set(glob.glob(f"{tempfile.gettempdir()}/aa-export-*"))
    assert lead.call("projects", []).status == "complete"  # the page lists the projects first
    exported = lead.call("export", ["answers", "jsonl", "all"])
    assert exported.status == "complete", exported
    link = exported.data[1]["url"]
    link = link[link.index("/gradio_api/file="):]
    assert lead.http.get(url + link).status_code == 200
    assert ann.http.get(url + link).status_code == 403  # before: any signed-in user could read it
    assert set(glob.glob(f"{tempfile.gettempdir()}/aa-export-*")) == before


def test_no_gold_copy_of_an_item_the_annotator_already_did(tmp_path):
    from tests.serve_process import task_id  # noqa: PLC0415

    with running_app(tmp_path) as (url, _, _, _):
        ann, lead = Client(url, "ann", "ann-password"), Client(url, "lea", "lea-password")
        first = task_id(ann.call("next_task", []).data[1])
        notes = "six months should be 30 days"
        assert ann.call("compose", [first, notes, [], None, *no_marks()]).status == "complete"
        assert ann.call("submit", [first, notes, [], "The policy lasts 30 days.", None, *no_marks()]).status == "complete"
        # the lead then marks that very task gold, and mixes gold in at a high rate
        assert lead.call("mark_gold", ["answers", first, notes]).status == "complete"
        assert lead.call("quality_settings", ["answers", 1, 0.5]).status == "complete"
        nxt = ann.call("next_task", []).data[1]
        assert "r0" not in nxt and task_id(nxt) != first, nxt  # before: a gold copy of r0, done already
