"""Which tier a problem gets: certain only for a difference from the notes (issue 23)."""

from assistant.check import check_draft
from assistant.notes import split_notes


def test_a_name_written_shorter_is_a_have_a_look_not_certain():
    report = check_draft(split_notes("Leeds had a visit from Jeremy Corbyn"), "Leeds had a visit from Corbyn.")
    assert [(f.status, f.tier) for f in report.facts] == [("dropped", "check")] and report.certain_ok


def test_a_name_gone_altogether_stays_certain():
    report = check_draft(split_notes("Leeds had a visit from Jeremy Corbyn"), "Leeds had a visit from Mr Smith.")
    assert [(f.status, f.tier) for f in report.facts] == [("dropped", "certain")] and not report.certain_ok


ORIGINAL = "The council approved the plan on Monday. It will cost 5 million pounds."


def test_an_unchanged_result_under_a_remark_is_a_have_a_look():
    # read as an instruction only by its words ("summary"): it may be a remark, so an unchanged
    # result is not certainly wrong
    report = check_draft(split_notes("The summary cannot be judged, it is in Welsh"), ORIGINAL, original=ORIGINAL)
    assert [(f.status, f.tier) for f in report.facts] == [("dropped", "check")] and report.certain_ok


def test_an_edit_with_nothing_removed_stays_certain():
    report = check_draft(split_notes("Remove the cost of the plan"), ORIGINAL, original=ORIGINAL)
    assert [(f.status, f.tier) for f in report.facts] == [("dropped", "certain")] and not report.certain_ok

