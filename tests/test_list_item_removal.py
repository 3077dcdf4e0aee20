"""A literal removal of one item of a list joins the list again ("quiet, calm and safe" less
"quiet": "calm and safe", not "The town is, calm and safe."). Invented sentences."""

import pytest

from assistant import edits
from assistant.surroundings import without_list_item

TOWN = "The town is quiet, calm and safe."


@pytest.mark.parametrize("response, word, result", [
    (TOWN, "quiet", "The town is calm and safe."),
    (TOWN, "calm", "The town is quiet and safe."),
    (TOWN, "safe", "The town is quiet and calm."),
    ("The room is bright, warm, and quiet.", "warm", "The room is bright and quiet."),  # two left: no comma
    ("He grew apples, pears, plums, and figs in the yard.", "plums", "He grew apples, pears, and figs in the yard."),
    ("He grew apples, pears, plums and figs in the yard.", "figs", "He grew apples, pears and plums in the yard."),
    ("Fans came from Leeds, York or Hull.", "Hull", "Fans came from Leeds or York."),
])
def test_a_removed_list_item_leaves_the_list_joined(response, word, result):
    edit = edits.parse("n1", f'remove "{word}"', response)
    assert edit is not None and edits.apply(edit, response) == result


@pytest.mark.parametrize("sentence, word", [
    ("The town is very quiet, calm and safe.", "quiet"),  # the item is "very quiet"
    ("The town is quiet, people are calm and shops are open.", "quiet"),  # clauses, not a list
    ("It has quiet, calm and safe rooms.", "safe"),  # the last item goes on: "safe rooms"
    ("The car is red and fast.", "red"),  # two items: the removal's own rules
])
def test_no_whole_item_of_a_list_of_three_is_left_to_the_removals_own_rules(sentence, word):
    at = sentence.index(word)
    assert without_list_item(sentence, at, at + len(word)) is None


@pytest.mark.parametrize("response, word", [
    ("After dinner, we talked and laughed.", "laughed"),  # a phrase before a comma is no item
    ("Last year, profits rose and costs fell.", "costs fell"),
    ("The man, tall and thin, waits by the door.", "thin"),  # an apposition: "The man" is no item
    ("The mayor, aged 54, resigned and left.", "left"),
    ("During winter, roads, paths and bridges freeze at night.", "winter"),
])
def test_a_phrase_or_apposition_before_a_comma_is_no_list_item(response, word):
    at = response.index(word)
    assert without_list_item(response, at, at + len(word)) is None


def test_a_list_that_is_the_subject_is_joined_again():
    edit = edits.parse("n1", 'remove "doors"', "Its walls, doors and windows are new.")
    assert edits.apply(edit, "Its walls, doors and windows are new.") == "Its walls and windows are new."
