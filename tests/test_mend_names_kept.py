"""Names in mended fragments, on invented notes (prose36, issue 25; review49's leftovers): a note that
opens with a name of two capitalised words keeps both capitals ("Big Ben in distance" -> "There is Big
Ben in the distance.", was "there is a big Ben"), and a place typed first that names a town and its
country keeps both ("Near Lyon, France, a small farm." -> "Near Lyon, France, there is a small farm.",
was "Near Lyon, there is France, a small farm.")."""

import pytest

from assistant.compose.fragments import note_names
from assistant.compose.polish import fragment_mend
from assistant.notes import split_notes


def _names(*notes):
    return note_names(split_notes("\n".join(notes)))


def test_a_name_of_two_capitalised_words_keeps_its_capitals():
    names = _names("Big Ben in distance", "fog over river")
    assert fragment_mend("Big Ben in the distance.", names) == "There is Big Ben in the distance."


@pytest.mark.parametrize("note", ["Red Honda by the curb", "The dog on mat", "Two Fords parked"])
def test_a_colour_a_determiner_or_a_count_first_is_no_name(note):
    assert not _names(note) & {"Red", "The", "Two"}


@pytest.mark.parametrize("fragment,mended", [
    ("Near Lyon, France, a small farm.", "Near Lyon, France, there is a small farm."),
    ("Behind the silver Civic, a red car.", "Behind the silver Civic, there is a red car."),
])
def test_a_town_and_its_country_are_one_place(fragment, mended):
    assert fragment_mend(fragment) == mended
