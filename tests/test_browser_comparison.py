"""The comparison kind in a real browser: the annotator sees both responses side by side,
chooses, flags and writes reasons, composes and submits; the lead reviews both responses with
the choice and downloads the TRL preference file, which loads with `datasets`."""

import json

import pytest

from assistant.app import accounts, db, projects
from assistant.llm.fake import FakeModel
from tests.test_browser import ARTIFACTS, CHROMIUM, FLAGS, _next_task, _sign_in, _textarea, download_export, launched
from tests.test_comparison import GOOD, NOTES, PROMPT, RESPONSE_A, RESPONSE_B

pytestmark = pytest.mark.browser


@pytest.fixture
def server(tmp_path):
    sessions = db.connect(f"sqlite:///{tmp_path / 'cmp.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "ann-password")
        accounts.add_user(s, "lea", "lead", "lea-password")
        project = projects.create_project(s, "prefs", "comparison")
        row = {"id": "q1", "prompt": PROMPT, "response_a": RESPONSE_A, "response_b": RESPONSE_B}
        (tmp_path / "c.jsonl").write_text(json.dumps(row) + "\n")
        projects.import_tasks(s, project, str(tmp_path / "c.jsonl"))
    with launched(sessions, FakeModel([GOOD] * 5)) as url:
        yield url


def test_a_comparison_from_choice_to_preference_file(server):
    from datasets import load_dataset  # noqa: PLC0415
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        ann_ctx, ann = _sign_in(browser, server, "ann", "ann-password")
        _next_task(ann, "Task 1")
        assert _textarea(ann, "aa-response-a").input_value() == RESPONSE_A
        assert _textarea(ann, "aa-response-b").input_value() == RESPONSE_B
        assert not ann.locator("#aa-image").is_visible() and not ann.locator("#aa-flags").is_visible()
        _textarea(ann, "aa-notes").fill(NOTES)
        ann.locator("#aa-choice").get_by_text("B", exact=True).click()
        ann.locator("#aa-flags-a").get_by_text("factual_error", exact=True).click()
        ann.locator("#aa-compose").click()
        ann.locator("#aa-provenance", has_text="Response B is better than response A").wait_for()
        ann.screenshot(path=str(ARTIFACTS / "comparison-annotator.png"), full_page=True)
        ann.locator("#aa-submit").click()
        ann.locator("#aa-status", has_text="submitted").wait_for()
        ann.locator("#aa-response-a").wait_for(state="hidden")  # no task held, none on screen

        lead_ctx, lead = _sign_in(browser, server, "lea", "lea-password")
        lead.get_by_role("tab", name="Review").click()
        lead.locator("#aa-refresh").click()
        lead.locator("#aa-queue", has_text="prefs").wait_for()
        lead.locator("#aa-task-id input").fill("1")
        lead.locator("#aa-open").click()
        lead.locator("#aa-review-response-b textarea").first.wait_for()
        assert _textarea(lead, "aa-review-response-a").input_value() == RESPONSE_A
        assert _textarea(lead, "aa-review-response-b").input_value() == RESPONSE_B
        assert lead.locator("#aa-review-choice input[value='B']").is_checked()
        lead.screenshot(path=str(ARTIFACTS / "comparison-lead.png"), full_page=True)
        lead.locator("#aa-approve").click()
        lead.locator("#aa-outcome", has_text="approved").wait_for()

        rows = load_dataset("parquet", data_files=str(download_export(lead, "prefs", "hf")), split="train")
        assert rows[0]["prompt"] == PROMPT and rows[0]["chosen"] == RESPONSE_B and rows[0]["rejected"] == RESPONSE_A
        assert rows[0]["rationale"].startswith("Response B is better") and rows[0]["flags_rejected"] == ["factual_error"]
        ann_ctx.close()
        lead_ctx.close()
        browser.close()
