"""Shapes of the model's terse sentences mended without the model (assistant/compose), on invented
sentences: a thing named by an -ing noun before its place ("Its ceiling lighting on the left." ->
"... lighting is on the left.", not "is lighting"); a place ending on a name the dictionary reads as a
describing word ("Behind the silver Civic, a blue van." -> "..., there is a blue van."); the model's
"There is"/"There are" before a plural's base-form verb ("There are two lamps light the hall." ->
"Two lamps light the hall."); an attribute said with its article before a participle's phrase ("The
fox's coat a deep orange, dotted with white." -> "The fox's coat is a deep orange, dotted with white.").
Each mend is still gated by the check in `polish.complete_fragments` / `unstacked.unstack_subjects`."""

import pytest

from assistant.compose.polish import fragment_mend
from assistant.compose.unstacked import unstacked


@pytest.mark.parametrize("fragment,mended", [
    ("Its ceiling lighting on the left.", "Its ceiling lighting is on the left."),
    ("Her wall painting above the bed.", "Her wall painting is above the bed."),
    ("Behind the silver Civic, a blue van.", "Behind the silver Civic, there is a blue van."),
    ("Beside white Regal, a red bike, green cart, and gray scooter.",
     "Beside the white Regal, there is a red bike, green cart, and gray scooter."),
    ("The fox's coat a deep orange, dotted with white patches.",
     "The fox's coat is a deep orange, dotted with white patches."),
    ("The owl's plumage a soft grey, flecked with brown.", "The owl's plumage is a soft grey, flecked with brown."),
])
def test_fragment_mended(fragment, mended):
    assert fragment_mend(fragment) == mended


def test_a_doing_after_a_possessive_still_takes_its_be():
    assert fragment_mend("Her hands resting on the table.") == "Her hands are resting on the table."


@pytest.mark.parametrize("sentence,mended", [
    ("There are two lamps light the hallway.", "Two lamps light the hallway."),
    ("There is a pair of stereo speakers command attention.", "A pair of stereo speakers command attention."),
    ("There are some tall trees line the path.", "Some tall trees line the path."),
])
def test_there_before_a_plurals_verb_goes(sentence, mended):
    assert unstacked(sentence) == mended


@pytest.mark.parametrize("sentence", [
    "There are three cups the waiter brings.",  # the verb is another subject's
    "There are two dogs and a cat play in the yard.",  # a list: which verb is whose is unsure
    "There are two boats moored at the pier.",  # a participle describes them
])
def test_there_stays(sentence):
    assert unstacked(sentence) is None


@pytest.mark.parametrize("sentence,mended", [
    ("There is a bowl of figs, neatly stacked in a pyramid, draws the eye.",
     "A bowl of figs, neatly stacked in a pyramid, draws the eye."),
    ("There is a second cat, darker shade of grey, copies the first in its pose.",
     "A second cat, darker shade of grey, copies the first in its pose."),
])
def test_there_before_an_aside_and_its_verb_goes(sentence, mended):
    assert unstacked(sentence) == mended


@pytest.mark.parametrize("sentence", ["On the shelf, there is a vase.", "Among the trees, there is a path the hiker follows.",
                                      # the figure reads "Among them, a bowl of figs, neatly stacked, draws ..." as a
                                      # fragment (the place moves the aside's clause start): no trade of a clean for a flag
                                      "Among them, there is a bowl of figs, neatly stacked, draws the eye."])
def test_a_place_and_there_stay(sentence):
    assert unstacked(sentence) is None


@pytest.mark.parametrize("fragment,mended", [
    ("A captured in close-up, a grey owl on a branch.", "A close-up view shows a grey owl on a branch."),
    ("A taken from above view of a table with two cups.", "An above view shows a table with two cups."),
])
def test_the_models_stray_article_before_an_opening_participle_goes(fragment, mended):
    assert fragment_mend(fragment) == mended


def test_an_article_before_a_participle_that_describes_its_noun_stays():
    assert fragment_mend("A painted wall with a window.") == "There is a painted wall with a window."


def test_the_stray_article_goes_even_where_the_rest_needs_the_models_reading():
    """"A captured at eye-level outdoors, red 2x2 wire basket takes center stage ...": no rule mends the rest (its
    subject lacks an article, which the model's reading may put back), but the model's stray "A" before the
    participle goes all the same."""
    mended = fragment_mend("A captured at eye-level outdoors, red 2x2 wire basket takes center stage on a desk.")
    assert mended is not None and mended.startswith("Captured at eye-level outdoors, ")
