"""Directions and colours."""

from assistant.check import check_draft
from assistant.notes import split_notes


def test_a_swapped_direction_is_caught_even_with_another_left_nearby():
    notes = split_notes("red bus on the left\nblue car on the left")
    report = check_draft(notes, "A red bus is on the left. A blue car is on the right.")
    # the car's window may borrow the bus's "left": the surplus "right" still shows
    assert [(u.text, u.reason) for u in report.unsupported] == [("right", "no support in the notes")]


def test_upper_and_top_are_one_direction():
    report = check_draft(split_notes("grey clouds at the top right"), "Grey clouds are in the upper right.")
    assert report.ok, report.model_dump()


def test_a_changed_colour_is_caught():
    report = check_draft(split_notes("red bus"), "A green bus.")
    assert report.contradicted == ["n1"]
