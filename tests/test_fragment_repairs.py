"""Fragments told from finite sentences (assistant/check/clauses.py), and the mends compose makes
without the model (assistant/compose/fragments.py) only where they keep the meaning."""

import pytest

from assistant.check import prose
from assistant.compose import fragments


def is_fragment(sentence):
    return any(r.kind == "fragment" for r in prose.remarks(sentence))


@pytest.mark.parametrize("sentence", ["The dog jumped over the fence.", "The boy smiled at the camera.",
                                      "A crowd gathered in the square.", "The team celebrated on the field.",
                                      "Sheep grazed on the hill.", "Leaves fluttered in the wind.",
                                      "Although it is raining, people walk."])
def test_a_past_tense_verb_before_a_place_is_finite(sentence):
    assert not is_fragment(sentence)
    assert fragments.as_sentence(sentence) is None


@pytest.mark.parametrize("fragment, sentence", [
    ("A car parked on a floor.", "A car is parked on a floor."),
    ("A wall covered with ivy.", "A wall is covered with ivy."),
    ("A man dressed in black.", "A man is dressed in black."),
    ("Two rocks stacked.", "Two rocks are stacked."),
])
def test_a_placement_participle_after_its_noun_is_still_mended(fragment, sentence):
    assert is_fragment(fragment)
    assert fragments.as_sentence(fragment) == sentence


def test_a_form_that_is_only_a_participle_stays_no_verb():
    assert is_fragment("A note written on the card.")


@pytest.mark.parametrize("sentence", ["The table is set.", "Two chairs are set.", "The sign is attached."])
def test_set_and_attached_need_no_place(sentence):
    assert not is_fragment(sentence)


def test_placed_without_a_place_is_still_unfinished():
    assert is_fragment("A bowl with pears is placed.")
