"""Mends of terse sentences (assistant/compose) that read a doing as a thing or a participle as a verb,
on invented sentences (review49): a person's -ing verb that is an `ing_nouns` word too ("Her brother
painting in the garage." -> "Her brother is painting ...", never "Her brother painting is in ..."),
while a thing's -ing noun keeps its place ("Its ceiling lighting is on the left."); and the model's
good "There are two plates set on the table." kept: a base form that is its past tense and participle
too ("set", "cut", "spread"; not "run") after a lifeless plural describes it as often as it says what it does."""

import pytest

from assistant.check import prose
from assistant.compose.polish import fragment_mend
from assistant.compose.unstacked import unstacked


@pytest.mark.parametrize("fragment,mended", [
    ("Her brother painting in the garage.", "Her brother is painting in the garage."),
    ("His son drawing at the table.", "His son is drawing at the table."),
    ("Her kids painting on the floor.", "Her kids are painting on the floor."),
    ("Their teacher drawing on the board.", "Their teacher is drawing on the board."),
])
def test_a_persons_doing_takes_its_be_before_it(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment,mended", [
    ("Its ceiling lighting on the left.", "Its ceiling lighting is on the left."),
    ("Her wall painting above the bed.", "Her wall painting is above the bed."),
])
def test_a_things_ing_noun_still_takes_its_be_after_it(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("sentence", [
    "There are two plates set on the table.",
    "There are three glasses cut from crystal.",
    "There are two coins spread across the table.",
    "There is a pile of leaves spread across the lawn.",
    "There is a bunch of flowers cut from the garden.",
])
def test_there_before_a_participle_that_is_a_base_form_too_stays(sentence):
    assert unstacked(sentence) is None


@pytest.mark.parametrize("fragment", [
    "A pile of leaves spread across the lawn.",
    "A bunch of flowers cut from the garden.",
    "A pile of coats spread over the chair.",
])
def test_a_groups_participle_that_is_a_base_form_too_is_no_verb(fragment):
    assert prose.has_fragment(fragment)


@pytest.mark.parametrize("sentence", ["A row of lights run along the ceiling.", "A pair of boys cut across the lawn."])
def test_a_groups_base_form_verb_other_than_its_past_is_a_verb(sentence):
    assert not prose.has_fragment(sentence)


@pytest.mark.parametrize("sentence,mended", [
    ("There are two lamps light the hallway.", "Two lamps light the hallway."),
    ("There is a pair of stereo speakers command attention.", "A pair of stereo speakers command attention."),
    ("There are two bikes lean against the fence.", "Two bikes lean against the fence."),
    ("There are two kids cut across the park.", "Two kids cut across the park."),  # a living thing's verb
    ("There are two cables run along the wall.", "Two cables run along the wall."),  # "ran" is its past
])
def test_there_before_a_plurals_present_verb_still_goes(sentence, mended):
    assert unstacked(sentence) == mended
