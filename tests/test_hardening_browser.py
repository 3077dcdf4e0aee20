"""Issue 22, in chromium: a task whose image the page cannot show does not jam its annotator
(finding 1), and messages that quote a project name or an item id never become links or
images (finding 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.app import db, edge_cases, projects
from tests.app_server import running_app
from tests.test_browser import CHROMIUM, FLAGS, _sign_in, _textarea

pytestmark = pytest.mark.browser

#: an image URL Gradio's fetch guard refuses (loopback): the page cannot show it
UNSHOWABLE = "http://127.0.0.1:7941/a.png"
#: a project name that is Markdown: a live link and a beacon image if rendered
ATTACK = "[phish](https://evil.example/login) ![t](http://127.0.0.1:7941/beacon.png)"


def _browser(p):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium")
    return p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)


def _caption_tasks(app, project_name: str, images: list[tuple[str, str]]) -> list[int]:
    """Caption tasks written straight to the database (as an older import left them)."""
    with app.sessions() as s:
        project = projects.create_project(s, project_name, "caption")
        tasks = [db.Task(project_id=project.id, external_id=item, payload={"image": image}) for item, image in images]
        s.add_all(tasks)
        s.commit()
        return [t.id for t in tasks]


def _errors(page) -> list[str]:
    return [t for t in page.locator("[data-testid=toast-body]").all_inner_texts() if t.strip()]


def test_a_task_whose_image_cannot_be_shown_is_shown_without_it_and_can_be_escalated(tmp_path):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    image = tmp_path / "street.png"
    image.write_bytes(__import__("tests.test_browser", fromlist=["_png"])._png())
    with running_app(tmp_path, tasks=0) as (url, _, app, _fake), sync_playwright() as p:
        jammed, fine = _caption_tasks(app, "streets", [("jam", UNSHOWABLE), ("ok", str(image))])
        browser = _browser(p)
        _, ann = _sign_in(browser, url, "ann", "ann-password")
        ann.locator("#aa-next").click()
        ann.locator("#aa-status", has_text="cannot be shown").wait_for()
        assert f"Task {jammed}" in ann.locator("#aa-status").inner_text()
        assert not ann.locator("#aa-image").is_visible()
        assert not any("Error" in t for t in _errors(ann)), _errors(ann)
        # the reason is typed in for the annotator; escalating hands the task to the lead
        assert "cannot be shown" in _textarea(ann, "aa-edge-reason").input_value()
        ann.locator("#aa-edge-raise").click()
        ann.locator("#aa-status", has_text="escalated").wait_for()
        ann.locator("#aa-next").click()
        ann.locator("#aa-status", has_text=f"Task {fine}").wait_for()  # the annotator moved on
        ann.locator("#aa-image").wait_for()  # and sees the next task's image

        _, lead = _sign_in(browser, url, "lea", "lea-password")
        lead.get_by_role("tab", name="Review").click()
        lead.locator("#aa-task-id input").fill(str(jammed))
        lead.locator("#aa-open").click()
        lead.locator("#aa-outcome", has_text="cannot be shown").wait_for()
        assert f"Task {jammed} (item jam): escalated. The image cannot be shown" in lead.locator("#aa-outcome").inner_text()
        assert "cannot be shown" in lead.locator("#aa-edge-cases").inner_text()  # the reason, for the lead
        assert not any("Error" in t for t in _errors(lead)), _errors(lead)
    with app.sessions() as s:
        assert s.get(db.Task, jammed).status == "escalated" and s.get(db.Task, jammed).holder_id is None


def test_messages_quoting_a_project_name_are_never_links_or_images(tmp_path):
    """Saving a guideline and promoting an edge case quote the project name: shown as typed,
    no link to follow, no image fetched."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with running_app(tmp_path, tasks=0) as (url, _, app, _fake), sync_playwright() as p:
        (tid,) = _caption_tasks(app, ATTACK, [("x", UNSHOWABLE)])
        with app.sessions() as s:  # a resolved edge case, ready to become a guideline example
            task = s.get(db.Task, tid)
            ann, lea = (s.scalar(select(db.User).where(db.User.name == n)) for n in ("ann", "lea"))
            task.status, task.holder_id, task.annotator_id = "in_progress", ann.id, ann.id
            s.commit()
            edge_cases.raise_edge_case(s, task, ann, "which bus?")
            edge_cases.answer_edge_case(s, task, lea, "resolve", "the front one")
        browser = _browser(p)
        _, lead = _sign_in(browser, url, "lea", "lea-password")
        fetched: list[str] = []
        lead.on("request", lambda r: fetched.append(r.url) if "beacon" in r.url or "evil" in r.url else None)

        lead.get_by_role("tab", name="Guidelines").click()
        lead.locator("#aa-guideline-project input").first.fill(ATTACK)
        lead.locator("#aa-guideline-load").click()
        lead.locator("#aa-guideline-outcome", has_text="loaded").wait_for()
        lead.locator("#aa-guideline-save").click()
        lead.locator("#aa-guideline-outcome", has_text="Saved the").wait_for()
        assert "[phish](https://evil.example/login)" in lead.locator("#aa-guideline-outcome").inner_text()

        lead.get_by_role("tab", name="Review").click()
        lead.locator("#aa-task-id input").fill(str(tid))
        lead.locator("#aa-open").click()
        lead.locator("#aa-edge-promote").click()
        lead.locator("#aa-edge-outcome", has_text="Added edge case").wait_for()
        assert "![t](http://127.0.0.1:7941/beacon.png)" in lead.locator("#aa-edge-outcome").inner_text()

        links = lead.evaluate("() => [...document.querySelectorAll('a[href*=evil], img[src*=beacon]')].length")
        assert links == 0 and fetched == []
