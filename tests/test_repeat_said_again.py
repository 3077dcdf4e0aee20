"""A fact said twice where the second sentence says the first one's words again and goes on ("A
golden fox stands in a forest." then "A golden fox stands in a forest, its ears pricked up."): a
repeat for the style figures, and where the first one only adds an opening phrase, the two become
one sentence without a model call. Camera words ("eye-level", "captured", "angle") are no facts of
the picture for this count. Every example is invented."""

import pytest

from assistant.check import prose
from assistant.compose.repeats import merge_repeats, opening_moved
from assistant.kinds.caption import CaptionTask


@pytest.mark.parametrize("caption", [
    ["A golden fox stands in a mossy forest.", "A golden fox stands in a mossy forest, its ears pricked up."],
    ["Captured in a wide, eye-level shot, an old red tractor rusts in a field.",
     "An old red tractor rusts in a field, its tires flat and its seat torn."],
])
def test_a_sentence_said_again_with_more_is_a_repeat(caption):
    assert prose.repeated(caption) == [None, 0]


@pytest.mark.parametrize("caption", [
    # the first sentence's words are scattered through a long one: no fact said twice
    ["The deck is white with a blue railing.",
     "A white raft sits on the upper deck of the ship, between two blue cranes, near a ladder and a railing."],
    ["A red car is parked.", "A tall building with blue windows stands behind a red car."],
    ["A gray cat sleeps on a sofa.", "A black cat sleeps on a sofa, its tail curled."],  # another cat
])
def test_words_shared_with_another_sentence_are_no_repeat(caption):
    assert prose.repeated(caption) == [None, None]


def test_camera_words_are_no_facts_of_the_picture():
    assert prose.repeated(["Captured in a high-angle, eye-level shot, a red fox sits on a rock.",
                           "A red fox sits on a rock, its tail curled."]) == [None, 0]


def test_the_opening_phrase_moves_onto_the_sentence_that_says_the_rest():
    assert opening_moved("In the background, a red barn stands.", "A red barn stands near a green field.") == \
        "In the background, a red barn stands near a green field."
    assert opening_moved("Captured in a close-up, eye-level shot, a fox stands in a forest.",
                         "A fox stands in a forest, its ears pricked up.") == \
        "Captured in a close-up, eye-level shot, a fox stands in a forest, its ears pricked up."
    assert opening_moved("A red barn stands.", "A red barn stands near a green field.") is None  # no opening
    assert opening_moved("In the background, a red barn stands.", "On a hill, a red barn stands near a field.") is None
    assert opening_moved("In the background, a blue shed leans.", "A red barn stands near a green field.") is None


def test_a_caption_with_the_fact_said_twice_comes_out_as_one_sentence():
    notes = CaptionTask(notes="in the background, red barn stands\nred barn near green field").observations()
    caption = ["In the background, a red barn stands.", "A red barn stands near a green field."]
    changes = []
    assert merge_repeats(list(caption), notes, changes, 60) == ["In the background, a red barn stands near a green field."]
    assert [c.how for c in changes] == ["patch"]
