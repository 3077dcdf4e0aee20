"""Markup typed anywhere is shown as text, never run: in the annotator's workspace, the lead's
review (diffs, history, check report) and the comment sent back. Chromium drives the app; a
script that ran would set window.__pwned or open a dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_server import running_app
from tests.test_browser import CHROMIUM, FLAGS, _open_for_review, _sign_in, _textarea

pytestmark = pytest.mark.browser

MARKUP = [line for line in (Path(__file__).parent / "data" / "injections.txt").read_text(encoding="utf-8").splitlines()
          if any(tag in line for tag in ("<script", "onerror", "javascript:", "onload"))]
ITEM = '<img src=x onerror="window.__pwned=10">'
PROMPT = "<script>window.__pwned=11</script> Can I return shoes?"
RESPONSE = 'The policy lasts six months. <img src=x onerror="window.__pwned=12"> [see](javascript:window.__pwned=13)'
TOAST = '<img src=x onerror="window.__pwned=17"><b>bold</b>'
COMMENT = '<script>window.__pwned=14</script> [fix](javascript:window.__pwned=15) <img src=x onerror="window.__pwned=16">'

PROBE = """() => ({
  pwned: window.__pwned === undefined ? null : window.__pwned,
  scriptLinks: [...document.querySelectorAll('a[href]')].filter(a => a.href.trim().toLowerCase().startsWith('javascript')).length,
  handlers: [...document.querySelectorAll('[onerror],[onload]')].length,
  injectedScripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('__pwned')).length,
})"""


def _safe(page, dialogs) -> None:
    assert page.evaluate(PROBE) == {"pwned": None, "scriptLinks": 0, "handlers": 0, "injectedScripts": 0}
    assert dialogs == []


def test_markup_is_shown_as_text_and_never_runs(tmp_path):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    assert len(MARKUP) >= 5
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium")
    notes = "six months should be 30 days\n" + "\n".join(MARKUP)
    final = "The policy lasts 30 days. " + " ".join(MARKUP)
    with running_app(tmp_path, rows=[(ITEM, {"prompt": PROMPT, "response": RESPONSE})]) as (url, *_), \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        dialogs: list[str] = []
        ann_ctx, ann = _sign_in(browser, url, "ann", "ann-password")
        lead_ctx, lead = _sign_in(browser, url, "lea", "lea-password")
        for page in (ann, lead):
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        ann.locator("#aa-next").click()
        ann.locator("#aa-status", has_text="onerror").wait_for()  # the item id, as text
        _textarea(ann, "aa-notes").fill(notes)
        ann.locator("#aa-compose").click()
        ann.locator("#aa-provenance .aa-sentence").first.wait_for()
        shown = ann.locator("#aa-provenance").inner_text()
        assert "<script>" in shown and "onerror" in shown  # the markup is visible as text
        _textarea(ann, "aa-final").fill(final)
        ann.locator("#aa-check").click()
        ann.locator("#aa-provenance", has_text="The policy lasts 30 days").wait_for()
        _safe(ann, dialogs)
        ann.locator("#aa-submit").click()
        ann.locator("#aa-status", has_text="submitted").wait_for()

        _open_for_review(lead, 1, "onerror")
        assert "<script>" in lead.locator("#aa-diff-draft").inner_text()
        assert "onerror" in lead.locator("#aa-diff-original").inner_text()
        _textarea(lead, "aa-review-comment").fill(COMMENT)
        lead.locator("#aa-send-back").click()
        lead.locator("#aa-outcome", has_text="returned").wait_for()
        _safe(lead, dialogs)
        # an error message that quotes what was typed: Gradio renders a toast's message as
        # HTML, so the message must arrive escaped and show the markup as text
        lead.get_by_role("tab", name="Quality").click()
        lead.locator("#aa-quality-project input").first.fill(TOAST)
        lead.locator("#aa-quality-show").click()
        toast = lead.locator("[data-testid=toast-body]", has_text="no project named")
        toast.wait_for()
        assert "onerror" in toast.inner_text()  # shown, as typed
        lead.wait_for_timeout(500)
        _safe(lead, dialogs)

        ann.locator("#aa-next").click()
        ann.locator("#aa-comment", has_text="fix").wait_for()
        ann.wait_for_timeout(500)  # let an image error handler, if one had been created, fire
        _safe(ann, dialogs)
        ann_ctx.close()
        lead_ctx.close()
        browser.close()
