"""End to end in a real browser: Debian's chromium driven by Playwright, app started here.

Annotator: sign in, notes, compose (fake model), answer a question, edit, submit. Lead: sign
in, see the diff, send back with a comment. Annotator: sees the comment, resubmits. Lead:
approves. Screenshots of both screens go to test-artifacts/.
"""

import json
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant import llm
from assistant.app import accounts, db, projects
from assistant.llm.fake import FakeModel
from tests.test_eval import echo_model

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TIMEOUT = 60_000

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def launched(sessions, fake: FakeModel):
    """The app on `sessions`, its model the scripted `fake`, served on a free port: yields the URL."""
    from assistant_ui import render  # noqa: PLC0415
    from assistant_ui.app import build  # noqa: PLC0415
    from assistant_ui.handlers import App  # noqa: PLC0415

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does")
    port = _free_port()
    with fake.installed():
        app = App(sessions, llm.ModelSpec(model="fake/test"))
        demo = build(app)
        demo.queue().launch(server_name="127.0.0.1", server_port=port, auth=app.authenticate,
                            prevent_thread_lock=True, css=render.CSS, head=render.SHORTCUTS, quiet=True)
        yield f"http://127.0.0.1:{port}"
        # closed in a thread, but waited for: its "Closing server" line must not land in the
        # next test's captured stdout
        closer = threading.Thread(target=demo.close, daemon=True)
        closer.start()
        closer.join(timeout=30)


@pytest.fixture
def server(tmp_path):
    sessions = db.connect(f"sqlite:///{tmp_path / 'e2e.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "ann-password")
        accounts.add_user(s, "lea", "lead", "lea-password")
        project = projects.create_project(s, "streets", "caption")
        image = tmp_path / "street.png"
        image.write_bytes(_png())
        (tmp_path / "tasks.jsonl").write_text(json.dumps({"id": "street-1", "image": "street.png"}) + "\n")
        projects.import_tasks(s, project, str(tmp_path / "tasks.jsonl"))
    with launched(sessions, FakeModel([echo_model] * 20)) as url:
        yield url


def _png() -> bytes:
    import base64  # noqa: PLC0415

    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _open(browser, url, timeout=TIMEOUT):
    """A fresh browser context (its own cookies) on the sign-in page."""
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.set_default_timeout(timeout)
    page.goto(url)
    page.locator("input[type=password]").first.wait_for()
    return context, page


def _submit_sign_in(page, name, password):
    page.locator("input[type=text]").first.fill(name)
    page.locator("input[type=password]").first.fill(password)
    page.locator("input[type=password]").first.press("Enter")
    page.get_by_text(f"Signed in as {name}").wait_for()


def _sign_in(browser, url, name, password):
    context, page = _open(browser, url)
    _submit_sign_in(page, name, password)
    return context, page


def _api_call(context, url, api_name, data) -> str:
    """The event stream of one Gradio API call made with this context's sign-in cookie."""
    posted = context.request.post(f"{url}/gradio_api/call/{api_name}", data={"data": data})
    assert posted.ok, posted.status
    return context.request.get(f"{url}/gradio_api/call/{api_name}/{posted.json()['event_id']}").text()


def _next_task(page, expected: str, where: str = "#aa-status") -> None:
    """Click "Next task" and wait for `expected` in `where` (one more click after 20 s: the
    action is idempotent); a timeout fails with what the page shows instead (its status line
    and any error toast), and a screenshot in test-artifacts/."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: PLC0415

    page.locator("#aa-next").click()
    try:
        try:
            page.locator(where, has_text=expected).wait_for(timeout=20_000)
        except PlaywrightTimeout:
            # a click that lands while the page is still re-rendering after sign-in can be
            # lost; "Next task" is idempotent (a held task comes back), so click once more
            page.locator("#aa-next").click()
            page.locator(where, has_text=expected).wait_for()
    except PlaywrightTimeout:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "next-task-timeout.png"), full_page=True)
        shown = " | ".join(t.strip() for t in page.locator("#aa-status, .toast-body").all_inner_texts())
        raise AssertionError(f"after Next task, {where} never showed {expected!r}; the page shows: {shown!r}") from None


def _open_for_review(lead, task_id: int, listed: str) -> None:
    """Refresh the lead's queue until it lists `listed`, open a task by number, wait for its diff."""
    lead.locator("#aa-refresh").click()
    lead.locator("#aa-queue", has_text=listed).wait_for()
    lead.locator("#aa-task-id input").fill(str(task_id))
    lead.locator("#aa-open").click()
    lead.locator("#aa-diff-draft ins").first.wait_for()


def download_export(lead, project: str, fmt: str) -> Path:
    """The lead's Export button in the "Projects and team" tab: `project` in `fmt`, downloaded."""
    lead.get_by_role("tab", name="Projects and team").click()  # opening the tab lists the projects
    lead.locator("#aa-projects", has_text=project).wait_for()
    lead.locator("#aa-manage-project input").first.fill(project)
    lead.locator("#aa-manage-project input").first.press("Enter")
    lead.get_by_text("Export (the project chosen above)").click()
    lead.locator("#aa-export-format").get_by_text(fmt, exact=True).click()
    lead.locator("#aa-export").click()
    link = lead.locator("#aa-export-file a").first
    link.wait_for()
    with lead.expect_download() as download:
        link.click()
    return Path(download.value.path())


def _textarea(page, elem_id):
    return page.locator(f"#{elem_id} textarea").first


def test_annotator_and_lead_round_trip(server):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        ann_ctx, ann = _sign_in(browser, server, "ann", "ann-password")
        _next_task(ann, "Task 1")
        assert not ann.locator("#aa-provenance").is_visible()  # no AI text before notes
        _textarea(ann, "aa-notes").fill("red bus on the left\nwet road, maybe rain")
        _textarea(ann, "aa-notes").press("Control+Enter")  # the compose shortcut
        ann.locator("#aa-provenance .aa-sentence").first.wait_for()
        assert "wet road, maybe rain" in ann.locator("#aa-provenance").inner_text()
        _textarea(ann, "aa-answer-0").fill("daylight, overcast")
        ann.locator("#aa-answer").click()
        ann.wait_for_function("() => document.querySelector('#aa-notes textarea').value.includes('overcast')")
        ann.locator("#aa-provenance", has_text="daylight, overcast").wait_for()
        _textarea(ann, "aa-final").fill("A red bus is on the left of a wet road, maybe after rain.")
        ann.locator("#aa-check").click()  # the edit drops the answered note: the check shows it
        ann.locator("#aa-problems", has_text="Dropped").wait_for()
        ann.screenshot(path=str(ARTIFACTS / "annotator.png"), full_page=True)
        assert ann.locator("#aa-image").is_visible()
        ann.locator("#aa-submit").click()
        ann.locator("#aa-status", has_text="submitted").wait_for()
        ann.locator("#aa-image").wait_for(state="hidden")  # no task held, none on screen

        lead_ctx, lead = _sign_in(browser, server, "lea", "lea-password")
        # each role sees its own tabs only
        assert lead.get_by_role("tab", name="Annotate").count() == 0
        assert ann.get_by_role("tab", name="Review").count() == 0
        assert ann.get_by_role("tab", name="Projects and team").count() == 0
        # an annotator cannot call a lead endpoint through the API either; the lead can
        assert "event: error" in _api_call(ann_ctx, server, "review_queue", ["", "submitted", "", False])
        assert "event: complete" in _api_call(lead_ctx, server, "review_queue", ["", "submitted", "", False])
        lead.get_by_role("tab", name="Review").click()
        _open_for_review(lead, 1, "streets")
        lead.screenshot(path=str(ARTIFACTS / "lead.png"), full_page=True)
        _textarea(lead, "aa-review-comment").fill("name the street, please")
        lead.locator("#aa-send-back").click()
        lead.locator("#aa-outcome", has_text="returned").wait_for()

        ann.reload()
        ann.get_by_text("Signed in as ann").wait_for()
        _next_task(ann, "name the street, please", "#aa-comment")
        _textarea(ann, "aa-final").fill("A red bus is on the left of Main Street, wet, maybe after rain.")
        ann.locator("#aa-submit").click()
        ann.locator("#aa-status", has_text="submitted").wait_for()

        lead.locator("#aa-open").click()
        lead.locator("#aa-diff-draft", has_text="Main").wait_for()
        lead.locator("#aa-approve").click()
        lead.locator("#aa-outcome", has_text="approved").wait_for()

        # the approved work leaves the app: the lead's Export button, CSV, downloaded
        downloaded = download_export(lead, "streets", "csv")
        import csv  # noqa: PLC0415

        with open(downloaded, encoding="utf-8-sig", newline="") as f:
            (record,) = csv.DictReader(f)
        assert record["status"] == "approved" and "Main Street" in record["final_text"]
        assert "wet road, maybe rain" in record["notes"]
        ann_ctx.close()
        lead_ctx.close()
        browser.close()
    assert (ARTIFACTS / "annotator.png").stat().st_size > 10_000
    assert (ARTIFACTS / "lead.png").stat().st_size > 10_000


def test_first_run_of_the_readme_serve_command(tmp_path):
    """`annotation-assistant serve` on a fresh database: the printed accounts sign in, the lead
    sees the sample projects, the annotator gets a sample image. No compose: the model part
    of the round trip is the test above."""
    import os  # noqa: PLC0415
    import re  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    port = _free_port()
    command = [str(Path(sys.executable).parent / "annotation-assistant"), "serve", "--port", str(port),
               "--db", f"sqlite:///{tmp_path / 'first.db'}"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"})
    try:
        printed = []
        for line in server.stdout:
            printed.append(line)
            if "Running on" in line or len(printed) > 50:
                break
        output = "".join(printed)
        passwords = dict(re.findall(r"user: (\w+)\s+password: (\S+)", output))
        assert set(passwords) == {"lead", "annotator"}, output
        assert ("sample-captions (3 caption tasks), sample-rewrites (3 rewrite tasks), "
                "sample-comparisons (3 comparison tasks)") in output
        url = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
            _, lead = _sign_in(browser, url, "lead", passwords["lead"])
            lead.get_by_role("tab", name="Projects and team").click()
            lead.locator("#aa-manage-refresh").click()
            lead.get_by_text("sample-rewrites").wait_for()
            _, ann = _sign_in(browser, url, "annotator", passwords["annotator"])
            _next_task(ann, "(sample-captions, desk)")
            ann.locator("img[src*='desk']").wait_for()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
