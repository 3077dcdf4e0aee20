"""Real problems a second reading of the 2026-12-05 rules found the check passing; each input is
invented, and each assertion fails on the rules as they were merged."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def _problems(notes: str, draft: str, original: str | None = None) -> dict[str, str]:
    report = check_draft(split_notes(notes), draft, original=original)
    return {f.id: f.status for f in report.facts if f.status != "kept"} | {u.text: "unsupported" for u in report.unsupported}


@pytest.mark.parametrize("notes,draft,flagged", [
    # a relation to a thing is not carried by a place in the picture
    ("cat under the table", "A cat sits on the table at the bottom of the picture.", "n1"),
    ("kite above the roof", "A kite hangs on the roof at the top of the photo.", "n1"),
    # "against" is no backdrop where the sentence puts its subject in front
    ("ladder in the background\nman in the foreground", "A man in the foreground leans against the ladder.", "n1"),
    # a word for no clouds said of another thing
    ("sky with no clouds\ncalm lake", "A sky above a clear, calm lake.", "n1"),
    # words before a colour that state a fact of their own
    ("white shirt on a chair", "A stained white shirt lies on a chair.", "stained"),
    ("black pan on the stove", "A hot black pan is on the stove.", "hot"),
    # "not" before a verb negates its place too
    ("car not parked in the garage", "The car is in the garage.", "n1"),
    # a title in a note ("A Little Taste of Italy") is a name, even after "A"
    ("sign reads A Little Taste of Italy", "The sign reads A Small Taste of Italy.", "n1"),
])
def test_the_check_raises_what_the_second_reading_found_passed(notes, draft, flagged):
    assert flagged in _problems(notes, draft)


@pytest.mark.parametrize("note", [
    "No changes needed except change 1932 to 1937",
    "No changes needed, but the year is 1937 not 1932",
    "Cannot evaluate the tone, but the year is 1937, not 1932",
])
def test_a_remark_that_goes_on_to_an_edit_is_checked_as_one(note):
    text = "It was built in 1932. It has a red roof."
    assert _problems(note, text, original=text).get("n1") in ("dropped", "contradicted")


def test_a_tone_word_that_is_a_fact_alone_is_a_tone_only_hyphenated():
    assert _problems("pink scarf", "A hot-pink scarf.") == {}


def test_a_remark_alone_still_asks_for_nothing():
    text = "It was built in 1932."
    assert _problems("Cannot evaluate, it is in Welsh", text, original=text) == {}
