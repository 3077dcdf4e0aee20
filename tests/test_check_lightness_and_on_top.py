"""check30 (issue 23): false check-tier alarms on text people write, by class. Invented notes and
drafts. "dark" said of a black thing is black's own lightness, no fact of its own; "on top of" is the
preposition "on" said in other words, no place "top"; a shape said as its noun ("a circle" for a round
thing), a view said to be detailed and the noun that announces a list after a colon add no fact."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def _spans(notes: str, draft: str, original: str | None = None) -> list[str]:
    return [u.text for u in check_draft(split_notes(notes), draft, original=original).unsupported]


@pytest.mark.parametrize("notes, draft", [
    # "dark" right before the black the notes give
    ("a black kettle on a white stove", "A dark black kettle is on a white stove."),
    # "dark" said of the thing the notes call black
    ("a black gate beside a red wall", "A dark gate stands beside a red wall."),
    ("a red wall with a black iron gate", "The red wall has a dark iron gate."),
])
def test_dark_said_of_a_black_thing_adds_no_fact(notes, draft):
    assert _spans(notes, draft) == []


@pytest.mark.parametrize("notes, draft, flagged", [
    # guards: "dark" of a thing the notes give another colour, or of another thing, stays
    ("a green gate beside a red wall", "A dark green gate stands beside a red wall.", "dark"),
    ("a black gate beside a red wall", "A black gate stands beside a dark wall.", "dark"),
    ("a black gate beside a red wall", "A dark grey gate stands beside a red wall.", "dark grey"),
])
def test_guard_dark_of_another_colour_or_thing_stays(notes, draft, flagged):
    assert any(flagged in s for s in _spans(notes, draft)), _spans(notes, draft)


@pytest.mark.parametrize("notes, draft", [
    ("two wooden crates stacked one on the other", "Two wooden crates sit on top of one another."),
    ("a grey cat on a blue cushion", "A grey cat lies on top of a blue cushion."),
])
def test_on_top_of_is_on_said_otherwise(notes, draft):
    assert _spans(notes, draft) == []


def test_guard_the_top_of_a_thing_is_still_a_place():
    assert "top" in " ".join(_spans("a grey cat on a blue cushion", "A grey cat lies at the top of a blue cushion."))


def test_guard_on_top_of_for_a_note_under_a_thing_is_still_a_problem():
    report = check_draft(split_notes("a grey cat under a blue table"), "A grey cat lies on top of a blue table.")
    assert not report.ok


def test_guard_beside_the_notes_own_on_top_of_a_swapped_top_is_still_counted():
    report = check_draft(split_notes("a cat on top of the table\na lamp with a base at the bottom"),
                         "A cat sits on top of the table. A lamp has a base at the top.")
    assert any(u.text == "top" and u.tier == "certain" for u in report.unsupported), report.unsupported


@pytest.mark.parametrize("notes, draft", [
    # a shape said as its noun: a round thing is a circle
    ("a round white clock on a wall", "The clock is a white circle on a wall."),
    # a view said to be detailed says nothing of what it shows
    ("a red barn beside a green field", "A detailed view of a red barn beside a green field."),
    # the noun that announces a list after a colon
    ("a poster with a blue cup and a red pen", "The poster shows several details: a blue cup and a red pen."),
])
def test_a_shape_noun_a_detailed_view_and_a_lists_announcer_add_no_fact(notes, draft):
    assert _spans(notes, draft) == []


@pytest.mark.parametrize("notes, draft, flagged", [
    ("a red barn beside a green field", "A detailed carving of a red barn beside a green field.", "detailed carving"),
    ("a poster with a blue cup and a red pen", "The poster shows fine details of a blue cup and a red pen.", "fine details"),
])
def test_guard_detailed_and_details_with_a_fact_of_their_own_stay(notes, draft, flagged):
    assert any(flagged in s or s in flagged for s in _spans(notes, draft)), _spans(notes, draft)
