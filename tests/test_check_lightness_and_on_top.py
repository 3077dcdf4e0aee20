"""check30 (issue 23): false check-tier alarms on text people write, by class. Invented notes and
drafts. "dark" said of a black thing is black's own lightness, no fact of its own; "on top of" is the
preposition "on" said in other words, no place "top"."""

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
