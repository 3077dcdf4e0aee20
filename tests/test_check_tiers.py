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


def test_an_edit_with_nothing_removed_is_raised_as_a_look():
    # first looks: an instruction reported ignored was wrong (whether anything changed rests on how
    # words are counted); still raised, as a look (edit_tiers.py)
    report = check_draft(split_notes("Remove the cost of the plan"), ORIGINAL, original=ORIGINAL)
    assert [(f.status, f.tier) for f in report.facts] == [("dropped", "check")] and report.certain_ok


def test_the_digits_of_a_supported_amount_in_words_are_supported():
    # "5 million" is 5,000,000 in the original and in the draft: its "5" is no new number
    report = check_draft(split_notes("Remove the day of the vote"), "The council approved the plan. It will cost 5 million pounds.",
                         original=ORIGINAL)
    assert report.ok, report.model_dump()
    changed = check_draft(split_notes("Remove the day of the vote"), "The council approved the plan. It will cost 6 million pounds.",
                          original=ORIGINAL)
    assert [(u.text, u.tier) for u in changed.unsupported] == [("6 million", "certain")]


def test_a_capitalised_word_after_a_in_a_note_is_a_thing_not_a_name():
    """"Goose: A Goose with a grey neck": a name takes no "a", so a dictionary word after it is the
    thing; left out, it is a content word gone (check), not a name gone (certain). A name still is."""
    from assistant.kinds.caption import CaptionTask

    def fact(notes, draft):
        return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]

    f = fact("Goose: A Goose with a grey neck swims.", "A bird with a grey neck swims.")
    assert (f.status, f.tier) == ("dropped", "check"), f
    f = fact("Boat: the boat of Captain Alvarez is grey.", "The grey boat.")
    assert (f.status, f.tier) == ("dropped", "certain"), f
