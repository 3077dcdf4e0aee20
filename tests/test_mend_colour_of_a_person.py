"""Mends of the model's terse sentences (assistant/compose/tails.py) on invented
sentences (review49): a person is said to wear a colour, never to be one ("The woman a deep red." gets
no "is"; "The woman's scarf a deep red." -> "... is a deep red.")."""

import pytest

from assistant.compose import tails


@pytest.mark.parametrize("head", ["The woman a deep red.", "The boy a pale blue.", "The two men a dark grey."])
def test_a_person_is_no_colour(head):
    assert tails.be_before_colour(head) is None


@pytest.mark.parametrize("head,mended", [
    ("The woman's scarf a deep red.", "The woman's scarf is a deep red."),
    ("The fox's coat a deep orange.", "The fox's coat is a deep orange."),
    ("This flower a vivid purple.", "This flower is a vivid purple."),
])
def test_a_things_colour_takes_its_be(head, mended):
    assert tails.be_before_colour(head) == mended
