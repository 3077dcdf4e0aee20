"""Two browser sessions on the same task: the second save of notes loaded before the first
sees a conflict instead of overwriting, and what it typed is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import store
from assistant.app.db import Task
from tests.app_server import running_app
from tests.test_browser import CHROMIUM, FLAGS, _sign_in, _textarea

pytestmark = pytest.mark.browser


def _wait_for_drafts(app, count: int) -> None:
    import time  # noqa: PLC0415

    for _ in range(300):
        with app.sessions() as s:
            if len([e for e in store.history(s, s.get(Task, 1)) if e.kind == "draft"]) >= count:
                return
        time.sleep(0.1)
    raise AssertionError(f"fewer than {count} drafts were stored")


def test_the_second_of_two_browser_sessions_gets_a_conflict(tmp_path):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium")
    with running_app(tmp_path, tasks=1) as (url, _, app, _fake), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        first_ctx, first = _sign_in(browser, url, "ann", "ann-password")
        second_ctx, second = _sign_in(browser, url, "ann", "ann-password")
        for page in (first, second):  # the same task open in two sessions
            page.locator("#aa-next").click()
            page.locator("#aa-status", has_text="Task 1").wait_for()
        _textarea(first, "aa-notes").fill("six months should be 30 days")
        first.locator("#aa-compose").click()
        first.locator("#aa-provenance .aa-sentence").first.wait_for()
        _textarea(second, "aa-notes").fill("six months should be 90 days")
        second.locator("#aa-compose").click()
        second.get_by_text("saved elsewhere").first.wait_for()
        assert _textarea(second, "aa-notes").input_value() == "six months should be 90 days"  # still on screen
        first.locator("#aa-compose").click()  # the first session carries on: its page is current
        first.wait_for_function("() => !document.querySelector('#aa-streaming textarea') || "
                                "document.querySelector('#aa-streaming').offsetParent === null")
        _wait_for_drafts(app, 2)
        first_ctx.close()
        second_ctx.close()
        browser.close()
        with app.sessions() as s:
            task = s.get(Task, 1)
            assert store.latest(s, task, "notes").text == "six months should be 30 days"
            rejected = [e.text for e in store.history(s, task) if e.kind == "rejected"]
            assert rejected == ["six months should be 90 days"]  # the first session was never refused
