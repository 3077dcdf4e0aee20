"""The team quality workflow in a real browser (Debian's chromium, Playwright), app started
here on a fake model: review all day (click a queue row, keys), edge cases, guidelines, gold
tasks, dual annotation and the figures page."""

import pytest

from assistant.app import accounts, db, projects, store
from assistant.llm.fake import FakeModel
from tests.conftest import import_images
from tests.test_browser import ARTIFACTS, CHROMIUM, FLAGS, _api_call, _next_task, _sign_in, _textarea, launched
from tests.test_eval import echo_model

pytestmark = pytest.mark.browser


def _submitted(s, user, notes, final):
    """A task done a few minutes after it was claimed (recorded times, for the figures)."""
    from datetime import timedelta  # noqa: PLC0415

    from assistant.check import check_draft  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    task = store.next_task(s, user)
    claimed = store.latest(s, task, "claim").created_at
    s.add(db.Event(task_id=task.id, user_id=user.id, kind="notes", text=notes, data={"flags": []},
                   created_at=claimed + timedelta(minutes=1)))
    s.add(db.Event(task_id=task.id, user_id=user.id, kind="submit", text=final,
                   data={"check": check_draft(split_notes(notes), final).model_dump()},
                   created_at=claimed + timedelta(minutes=3)))
    task.status, task.holder_id = "submitted", None
    s.commit()
    return task


@pytest.fixture
def server(tmp_path):
    sessions = db.connect(f"sqlite:///{tmp_path / 'team.db'}")
    with sessions() as s:
        ann = accounts.add_user(s, "ann", "annotator", "ann-password")
        bob = accounts.add_user(s, "bob", "annotator", "bob-password")
        accounts.add_user(s, "lea", "lead", "lea-password")
        project = projects.create_project(s, "streets", "caption")
        import_images(s, project, tmp_path, ["a", "b", "c", "d"])
        _submitted(s, ann, "red bus on the left", "A red bus on the left.")
        _submitted(s, ann, "two dogs", "Two dogs and a cat")  # a final with problems
        _submitted(s, bob, "a cat", "A cat.")
    with launched(sessions, FakeModel([echo_model] * 20)) as url:
        yield url


def test_a_lead_reviews_by_clicking_and_keys(server):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        _, lead = _sign_in(browser, server, "lea", "lea-password")
        lead.locator("#aa-queue", has_text="streets").wait_for()  # the queue is there: no Refresh click
        _row(lead, "b").click()  # a row opens its task
        lead.locator("#aa-outcome", has_text="Task 2 (item b): submitted").wait_for()
        lead.locator("#aa-review-image img").wait_for()  # the image being described is shown
        lead.locator("body").click(position={"x": 5, "y": 5})
        lead.keyboard.press("k")  # previous in the queue
        lead.locator("#aa-outcome", has_text="Task 1 (item a): submitted").wait_for()
        lead.keyboard.press("s")  # send back without a comment: the comment box takes the focus
        assert lead.evaluate("document.activeElement.closest('#aa-review-comment') !== null")
        lead.locator("body").click(position={"x": 5, "y": 5})
        lead.keyboard.press("a")  # approve; the next task in the queue opens
        lead.locator("#aa-outcome", has_text="Task 1 (item a): approved").wait_for()
        lead.locator("#aa-outcome", has_text="Task 2 (item b): submitted").wait_for()
        assert "bob" in lead.locator("#aa-queue").inner_text()
        lead.locator("#aa-problems-only input").check()  # a filter refreshes the queue by itself
        lead.wait_for_function("() => !document.querySelector('#aa-queue').innerText.includes('bob')")
        assert "ann" in lead.locator("#aa-queue").inner_text()  # task 2's final has problems
        lead.screenshot(path=str(ARTIFACTS / "lead-review.png"), full_page=True)
        browser.close()


def _row(page, item):
    """The queue cell holding a task's item id."""
    return page.locator("#aa-queue").get_by_text(item, exact=True).locator("visible=true").first


def _choose(page, elem_id, value):
    """Pick a value in a Gradio dropdown."""
    page.locator(f"#{elem_id} input").first.fill(value)
    page.locator(f"#{elem_id} input").first.press("Enter")


def test_an_edge_case_goes_to_the_lead_and_back(server):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        _, bob = _sign_in(browser, server, "bob", "bob-password")
        _next_task(bob, "Task 4")
        _textarea(bob, "aa-notes").fill("a bus\nmaybe a tram?")
        bob.locator("#aa-notes-count", has_text="19 / 20,000 characters").wait_for()  # the notes limit, counted
        bob.get_by_text("Unsure? Mark an edge case").click()
        _textarea(bob, "aa-edge-note").fill("n2")
        _textarea(bob, "aa-edge-reason").fill("bus or <b>tram</b>?")
        bob.locator("#aa-edge-raise").click()
        bob.locator("#aa-status", has_text="escalated").wait_for()
        # the escalated task leaves the screen with its image and notes, and the box closes
        bob.locator("#aa-image").wait_for(state="hidden")
        bob.wait_for_function("() => document.querySelector('#aa-notes textarea').value === ''")
        bob.locator("#aa-edge-reason").wait_for(state="hidden")

        _, lead = _sign_in(browser, server, "lea", "lea-password")
        _choose(lead, "aa-review-status", "escalated")
        lead.locator("#aa-queue", has_text="bob").wait_for()
        _row(lead, "d").click()
        lead.locator("#aa-edge-cases", has_text="bus or <b>tram</b>?").wait_for()  # escaped, shown as typed
        _textarea(lead, "aa-edge-guidance").fill("Rails mean tram; none here: bus.")
        lead.locator("#aa-edge-resolve").click()
        lead.locator("#aa-edge-outcome", has_text="returned").wait_for()
        lead.locator("#aa-outcome", has_text="Task 4 (item d): returned").wait_for()  # no stale "escalated"
        lead.locator("#aa-edge-promote").click()  # the answer becomes a guideline example
        lead.locator("#aa-edge-outcome", has_text="version 2").wait_for()
        lead.screenshot(path=str(ARTIFACTS / "lead-edge-case.png"), full_page=True)
        _choose(lead, "aa-review-status", "submitted")
        _row(lead, "a").click()  # another task: the edge-case message was about task 4 and goes with it
        lead.locator("#aa-outcome", has_text="Task 1 (item a): submitted").wait_for()
        lead.wait_for_function("() => !document.querySelector('#aa-edge-outcome').innerText.includes('version 2')")
        lead.get_by_role("tab", name="Guidelines").click()
        lead.locator("#aa-guideline-project input").first.fill("streets")
        lead.locator("#aa-guideline-load").click()
        lead.wait_for_function("() => document.querySelector('#aa-guideline-preview textarea').value"
                               ".includes('Rails mean tram')")
        _textarea(lead, "aa-guideline-text").fill("Name the weather.")
        lead.locator("#aa-guideline-save").click()
        lead.locator("#aa-guideline-outcome", has_text="version 3").wait_for()

        bob.reload()
        bob.get_by_text("Signed in as bob").wait_for()
        _next_task(bob, "Rails mean tram", "#aa-comment")
        assert bob.locator("#aa-comment").inner_text().startswith("Your lead answered your edge case:")
        assert "(your edge case" not in bob.locator("#aa-comment").inner_text()
        bob.locator("#aa-guideline", has_text="changed since your last task").wait_for()
        assert "Name the weather." in bob.locator("#aa-guideline").inner_text()
        assert "maybe a tram?" in _textarea(bob, "aa-notes").input_value()
        browser.close()


def _save_setting(page, elem_id, value, stored):
    """Type a project setting and save it until the database holds it. The settings box
    mounts when its accordion first opens, and a value typed while it mounts can be reset to
    the default and saved as that (seen under load: k = 1 saved, so no second copy). "Show
    figures" reads the settings back from the database into the box."""
    box = page.locator(f"#{elem_id} input")
    outcome = page.locator("#aa-quality-outcome")
    for _ in range(3):
        box.fill(value)
        box.press("Tab")
        page.locator("#aa-quality-save").click()
        outcome.filter(has_text="Settings saved").wait_for()
        if stored in outcome.inner_text():
            return
        page.locator("#aa-quality-show").click()  # the box shows what is stored; type again
        outcome.filter(has_text="Figures for").wait_for()
    raise AssertionError(f"the setting never saved as {stored!r}: {outcome.inner_text()!r}")


def _compose_and_submit(page, notes):
    _textarea(page, "aa-notes").fill(notes)
    page.locator("#aa-compose").click()
    page.locator("#aa-provenance .aa-sentence").first.wait_for()
    page.locator("#aa-submit").click()
    page.locator("#aa-status", has_text="submitted").wait_for()


def test_gold_tasks_in_the_browser(server):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        _, lead = _sign_in(browser, server, "lea", "lea-password")
        lead.get_by_role("tab", name="Tasks").click()  # every task, listed as the tab opens
        lead.locator("#aa-browser", has_text="open").wait_for()  # statuses no review filter has
        _textarea(lead, "aa-browser-search").fill("d")
        _textarea(lead, "aa-browser-search").press("Enter")
        lead.wait_for_function("() => !document.querySelector('#aa-browser').innerText.includes('submitted')")
        lead.locator("#aa-browser").get_by_text("d", exact=True).locator("visible=true").first.click()
        lead.locator("#aa-browser-task", has_text="Task 4 (item d)").wait_for()
        _textarea(lead, "aa-browser-reference").fill("red bus on the left\n3 dogs")
        lead.locator("#aa-browser-gold").click()
        lead.locator("#aa-browser-outcome", has_text="Task 4 (item d) is gold").wait_for()
        lead.locator("#aa-browser", has_text="gold").wait_for()
        lead.get_by_role("tab", name="Quality").click()
        lead.locator("#aa-quality-project input").first.fill("streets")
        lead.get_by_role("button", name="Project settings").click()
        _save_setting(lead, "aa-quality-rate", "0.5", "gold rate 0.5")

        ann_ctx, ann = _sign_in(browser, server, "ann", "ann-password")
        # an annotator reaches no lead action through the API either
        for route, data in (("quality", ["streets"]), ("quality_settings", ["streets", 2, 0.5]),
                            ("mark_gold", ["streets", 1, "a bus"]), ("guideline", ["streets"]),
                            ("save_guideline", ["streets", "t", "", []]), ("edge_cases", [1]),
                            ("edge_resolve", [1, "ok"]), ("promote_edge_case", [1]), ("adjudication", [1]),
                            ("adjudicate", ["streets", 1, "a bus", "A bus."])):
            assert "event: error" in _api_call(ann_ctx, server, route, data), route
        assert "event: complete" in _api_call(lead.context, server, "guideline", ["streets"])
        _next_task(ann, "(streets, d)")  # ann's third task is a copy of the gold task
        _compose_and_submit(ann, "red bus on the right\n3 dogs")

        lead.locator("#aa-quality-show").click()
        lead.locator("#aa-gold-accuracy", has_text="0.5").wait_for()  # recall 1 of 2 reference facts
        assert "ann" in lead.locator("#aa-gold-accuracy").inner_text().split()  # a row, not the "annotator" header
        # the information-flow figure, with its definition and a chart over time
        assert "before any notes" in lead.locator("#aa-flow-definition").inner_text()
        lead.locator("#aa-flow", has_text="(project)").wait_for()
        lead.locator("#aa-flow-chart svg polyline").first.wait_for(state="attached")
        lead.screenshot(path=str(ARTIFACTS / "lead-quality.png"), full_page=True)
        browser.close()


def test_dual_annotation_and_adjudication_in_the_browser(server, tmp_path):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        _, lead = _sign_in(browser, server, "lea", "lea-password")
        lead.get_by_role("tab", name="Quality").click()
        lead.locator("#aa-quality-project input").first.fill("streets")
        lead.get_by_role("button", name="Project settings").click()
        _save_setting(lead, "aa-quality-k", "2", "2 annotator(s) per item")

        _, ann = _sign_in(browser, server, "ann", "ann-password")
        _next_task(ann, "(streets, d)")
        _compose_and_submit(ann, "red bus on the left\n3 dogs")
        _, bob = _sign_in(browser, server, "bob", "bob-password")
        _next_task(bob, "(streets, d)")  # the second copy of item d
        assert _textarea(bob, "aa-notes").input_value() == ""  # ann's notes are not shown
        _compose_and_submit(bob, "red bus on the right\n3 dogs\na lamp")

        lead.locator("#aa-quality-show").click()
        lead.locator("#aa-agreement", has_text="ann & bob").wait_for()
        lead.locator("#aa-disagreements").get_by_text("d", exact=True).locator("visible=true").first.click()
        lead.locator("#aa-adjudication", has_text="a lamp").wait_for()
        assert lead.locator("#aa-adjudication del").count() > 0  # differences highlighted
        _textarea(lead, "aa-adjudicated-final").fill("A red bus on the left and 3 dogs.")
        lead.locator("#aa-adjudicate-save").click()
        lead.locator("#aa-quality-outcome", has_text="adjudicated version is now its record").wait_for()
        lead.screenshot(path=str(ARTIFACTS / "lead-adjudication.png"), full_page=True)

        # Review shows the adjudicated version, for either copy, and approve approves it
        adjudicated = "A red bus on the left and 3 dogs."
        lead.get_by_role("tab", name="Review").click()
        _row(lead, "d (2nd annotator)").click()
        lead.locator("#aa-review-record", has_text="Adjudicated version").wait_for()
        assert _textarea(lead, "aa-review-final").input_value() == adjudicated
        _row(lead, "d").click()
        lead.locator("#aa-outcome", has_text="(item d): submitted").wait_for()
        lead.wait_for_function("t => document.querySelector('#aa-review-final textarea').value === t", arg=adjudicated)
        lead.locator("#aa-approve").click()
        lead.locator("#aa-outcome", has_text="(item d): approved").wait_for()
        # the adjudicated version is the item's record: both annotations are decided, and the
        # second copy leaves the queue with the first
        lead.locator("#aa-outcome", has_text="so is the item's other annotation").wait_for()
        assert "2nd annotator" not in lead.locator("#aa-queue").inner_text()

        # every export carries it as the final text
        lead.get_by_role("tab", name="Tasks").click()
        _textarea(lead, "aa-browser-search").fill("d")
        _textarea(lead, "aa-browser-search").press("Enter")
        lead.wait_for_function("() => document.querySelector('#aa-browser-count').innerText.startsWith('2 task')")
        for fmt in ("jsonl", "csv", "label-studio"):
            lead.locator("#aa-browser-format").get_by_text(fmt, exact=True).click()
            lead.locator("#aa-browser-export-all").click()
            lead.locator("#aa-browser-outcome", has_text=f"Exported 2 tasks as {fmt}").wait_for()
            link = lead.locator("#aa-browser-file a").first
            link.wait_for()
            text = lead.context.request.get(link.get_attribute("href")).text()
            assert text.count(adjudicated) >= 2, fmt  # both copies' record (Label Studio: the annotation too)
            if fmt == "jsonl":
                import json  # noqa: PLC0415

                records = [json.loads(line) for line in text.splitlines()]
                assert [r["final_text"] for r in records] == [adjudicated, adjudicated]
                assert [r["record"]["source"] for r in records] == ["adjudication", "adjudication"]
            if fmt == "label-studio":
                import json  # noqa: PLC0415

                tasks = json.loads(text)
                assert [t["annotations"][0]["result"][0]["value"]["text"] for t in tasks] == [[adjudicated]] * 2
        lead.screenshot(path=str(ARTIFACTS / "lead-tasks.png"), full_page=True)
        browser.close()


def test_a_note_an_answer_changed_stays_marked_until_kept_or_undone(server):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        _, bob = _sign_in(browser, server, "bob", "bob-password")
        _next_task(bob, "Task 4")
        # notes that answer the checklist: the one question left is the hedged count's
        notes = "a red bus parked on the left\noutdoors on a city street\nno visible text\ndaylight\n" \
                "wide shot at eye level\nmaybe 3 dogs"
        _textarea(bob, "aa-notes").fill(notes)
        bob.locator("#aa-compose").click()
        bob.locator("#aa-provenance .aa-sentence").first.wait_for()
        box = bob.locator("[id^=aa-answer-]", has_text="maybe 3 dogs").locator("textarea").first
        box.fill("3")
        bob.locator("#aa-answer").click()
        marked = bob.locator(".aa-note-changes", has_text="maybe 3 dogs")
        marked.wait_for()
        assert "3 dogs" in marked.locator("ins").inner_text() and "draft below was composed before" in marked.inner_text()
        assert _textarea(bob, "aa-notes").input_value() == notes.replace("maybe 3 dogs", "3 dogs")
        bob.wait_for_timeout(1500)  # no toast to outlive: the mark is still there
        assert marked.is_visible()
        bob.locator("#aa-note-undo").click()
        bob.locator(".aa-note-changes").wait_for(state="hidden")
        assert _textarea(bob, "aa-notes").input_value() == notes
        box.fill("3")
        bob.locator("#aa-answer").click()
        marked.wait_for()
        bob.locator("#aa-note-keep").click()  # kept: the draft is composed again from the changed note
        bob.locator(".aa-note-changes").wait_for(state="hidden")
        bob.wait_for_function("() => !document.querySelector('#aa-provenance').innerText.includes('maybe 3 dogs')")
        bob.locator("#aa-provenance", has_text="3 dogs").wait_for()
        browser.close()
