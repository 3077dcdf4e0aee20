"""Doubt no note gives (issue 23, checker-dev2): a product caption that hedges a stated note."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def test_a_hedge_on_a_stated_note_is_a_look():
    report = _caption("many white stones with dry leaves", "This may be a view of many white stones with dry leaves.")
    [span] = report.unsupported
    assert (span.text, span.tier) == ("may be", "check") and "doubt" in span.reason
    assert report.certain_ok and report.facts[0].status == "kept"


def test_a_hedge_the_note_gives_is_not_flagged():
    assert _caption("maybe white stones with dry leaves", "There may be white stones with dry leaves.").ok
    assert _caption("white stones with dry leaves", "There are white stones with dry leaves.").ok
