"""The README's screenshots of the two screens, taken in a real browser (Debian's chromium,
Playwright) on the app with a scripted model: the annotator's screen with a composed draft
coloured by the notes its sentences carry, and the lead's Review screen with its word diff.

Each run writes them to test-artifacts/; to regenerate the README's copies in docs/:

    ANNOTATION_ASSISTANT_SCREENSHOTS=docs .venv/bin/python -m pytest tests/test_browser_screens.py
"""

import io
import os
import shutil
from pathlib import Path

import pytest

from tests.app_server import running_app
from tests.test_browser import ARTIFACTS, CHROMIUM, FLAGS, _next_task, _sign_in, _textarea
from tests.test_eval import echo_model

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MAX_BYTES = 300_000
NOTES = "red bus on the left\n3 pedestrians on the right\nwet road, maybe rain"
#: What a model might write from NOTES (scripted: the screenshot must not change with a model)
DRAFT = "A red bus is on the left. Three pedestrians are on the right. The road is wet, possibly from rain."
FINAL = "A red bus is on the left, and three pedestrians are on the right. The road is wet, possibly from rain."


def _save(page, name: str) -> Path:
    """The page as a small PNG (256 colours: the screens are flat colours and text)."""
    from PIL import Image  # noqa: PLC0415

    shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    shot.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path


def test_the_readme_screenshots_show_a_coloured_draft_and_a_review_diff(tmp_path):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    shutil.copy(ROOT / "examples" / "images" / "street.png", tmp_path / "street.png")
    rows = [("street", {"image": str(tmp_path / "street.png")})]
    with running_app(tmp_path, rows=rows, kind="caption", outputs=[DRAFT] + [echo_model] * 10) as (url, *_), \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        _, ann = _sign_in(browser, url, "ann", "ann-password")
        _next_task(ann, "(streets, street)")
        _textarea(ann, "aa-notes").fill(NOTES)
        _textarea(ann, "aa-notes").press("Control+Enter")
        sentences = ann.locator("#aa-provenance .aa-sentence")
        sentences.nth(2).wait_for()
        assert _textarea(ann, "aa-final").input_value() == DRAFT  # the check found nothing to patch
        ann.locator("#aa-answer-0").wait_for()  # the guideline's questions are on screen too
        # each sentence is coloured by the note it carries: three notes, three colours
        colours = {sentences.nth(i).evaluate("e => getComputedStyle(e).backgroundColor") for i in range(3)}
        assert len(colours) == 3, colours
        annotator = _save(ann, "screen-annotator.png")
        _textarea(ann, "aa-final").fill(FINAL)
        ann.locator("#aa-submit").click()
        ann.locator("#aa-status", has_text="submitted").wait_for()

        _, lead = _sign_in(browser, url, "lea", "lea-password")
        lead.get_by_role("tab", name="Review").click()
        lead.locator("#aa-queue").get_by_text("street", exact=True).locator("visible=true").first.click()
        lead.locator("#aa-diff-draft ins", has_text="and").wait_for()  # draft -> final, word by word
        assert any("Three" in t for t in lead.locator("#aa-diff-draft del").all_inner_texts())
        lead.locator("#aa-review-image img").wait_for()
        review = _save(lead, "screen-review.png")
        browser.close()
    for path in (annotator, review):
        assert 20_000 < path.stat().st_size < MAX_BYTES, (path.name, path.stat().st_size)
        if os.environ.get("ANNOTATION_ASSISTANT_SCREENSHOTS") == "docs":
            shutil.copy(path, DOCS / path.name)


def test_the_readme_shows_the_screenshots_and_how_to_make_them():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("screen-annotator.png", "screen-review.png"):
        assert f"(docs/{name})" in readme
        size = (DOCS / name).stat().st_size
        assert size < MAX_BYTES, (name, size)
    assert "ANNOTATION_ASSISTANT_SCREENSHOTS=docs" in readme
