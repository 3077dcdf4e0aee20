"""Two things of one kind that the notes tell apart by where they are, made one by a caption
sentence that gives one thing both places (check23ah)."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes

NOTES = ("lamp on far left, tall brass stand with round shade\n"
         "central lamp, short brass stand w/ square shade\n"
         "lamp on right, short brass stand w/ round shade")


def _verdicts(draft: str, notes: str = NOTES) -> dict[str, str]:
    return {f.id: f.status for f in check_draft(split_notes(notes), draft).facts}


def test_a_central_thing_put_on_the_far_left_is_two_things_made_one():
    verdicts = _verdicts("The central lamp on the far left has a tall brass stand with a round shade and a short "
                         "brass stand with a square shade. The lamp on the right has a short brass stand with a round shade.")
    assert verdicts["n2"] == "contradicted"


@pytest.mark.parametrize(("notes", "draft"), [
    ("left cup, red with white handle\ncup on right, blue with gray handle",
     "The left cup on the right is red with a white handle. The cup on the right is blue with a gray handle."),
    ("shelf at top, rows of old books\nshelf at bottom, pairs of shoes",
     "The top shelf at the bottom has rows of old books. The shelf at the bottom has pairs of shoes."),
])
def test_a_side_before_the_thing_and_another_after_it_make_two_things_one(notes, draft):
    fact = check_draft(split_notes(notes), draft).facts[0]
    assert fact.status == "contradicted"
    assert "another" in fact.evidence


def test_each_thing_in_its_own_place_is_kept():
    verdicts = _verdicts("The lamp on the far left has a tall brass stand with a round shade. The central lamp has a "
                         "short brass stand with a square shade. The lamp on the right has a short brass stand with a "
                         "round shade.")
    assert verdicts == {"n1": "kept", "n2": "kept", "n3": "kept"}


@pytest.mark.parametrize("notes", [
    # one thing at the top, the other in the middle: "the central lamp at the top" is one place
    "lamp at top, tall brass stand with round shade\ncentral lamp, short brass stand w/ square shade",
    # the other lamp is told apart by its colour, not its place
    "lamp on far left, tall brass stand with round shade\nred lamp, short brass stand w/ square shade",
])
def test_places_that_one_thing_can_hold_at_once_are_no_merge(notes):
    first = notes.splitlines()[0].split(",")[0]
    draft = (f"The central lamp {first.removeprefix('lamp ')} has a tall brass stand with a round shade. "
             "The red lamp has a short brass stand with a square shade.")
    assert "contradicted" not in _verdicts(draft, notes).values()


def test_a_side_said_of_another_thing_after_a_break_is_no_merge():
    notes = "cup on left, red with white handle\ncup on right, blue with gray handle"
    draft = ("The cup on the left is red with a white handle, to the left of the plate. The cup on the right is blue "
             "with a gray handle. The top left shelf is empty.")
    assert _verdicts(draft, notes) == {"n1": "kept", "n2": "kept"}


# two things of one kind told apart by colour (check23aj)

APPLES = "a red apple on the plate\na green apple beside the plate"


def test_two_things_each_counted_one_given_both_colours_are_made_one():
    verdicts = _verdicts("A red and green apple is on the plate.", APPLES)
    assert verdicts["n1"] == "contradicted"


@pytest.mark.parametrize(("notes", "draft"), [
    (APPLES, "A red apple is on the plate and a green apple is beside it."),
    # no article: "blue sky" and "gray sky near horizon" may be one sky in two colours
    ("blue sky\ngray sky near horizon", "A blue and gray sky reaches to the horizon."),
    # a note gives one thing both colours
    ("a red and green apple on the plate\na green apple beside it",
     "A red and green apple is on the plate, and a green apple is beside it."),
])
def test_things_kept_apart_or_not_counted_stay_unmerged(notes, draft):
    assert all("makes them one" not in f.evidence for f in check_draft(split_notes(notes), draft).facts)
