"""Terse notes made sentences without the model (assistant/compose/fragments.py, typed.py,
predicates.py): articles, places and the guard that says a fragment is mended for free.
Every example is invented."""

import pytest

from assistant.compose import fragments, typed


@pytest.mark.parametrize("fragment, sentence", [
    ("Hedge green in semi-circular pattern.", "The hedge is green in a semi-circular pattern."),
    ("Planter grey with ferns in neat row.", "The planter is grey with ferns in a neat row."),
    ("Teapot on wooden tray blue.", "The teapot on a wooden tray is blue."),
    ("Bicycle red on wet pavement.", "The bicycle is red on a wet pavement."),
])
def test_a_described_noun_after_a_place_preposition_gets_a_not_the(fragment, sentence):
    assert fragments.as_sentence(fragment) == sentence


@pytest.mark.parametrize("phrase, written", [
    ("near shore", "near the shore"),  # a bare noun: the one the picture has
    ("in middle of floor", "in the middle of floor"),
    ("on far end", "on the far end"),  # a direction picks out one
    ("on left side", "on the left side"),
    ("on highest shelf", "on the highest shelf"),  # a superlative, an ordinal, "main": one
    ("on second shelf", "on the second shelf"),
    ("in main hall", "in the main hall"),
    ("in upper left corner", "in the upper left corner"),
    ("in thick fog", "in thick fog"),  # a mass noun, a plural: no article
    ("on tall shelves", "on tall shelves"),
    ("with long neck", "with a long neck"),
])
def test_articled_keeps_the_where_the_noun_is_one_already_known(phrase, written):
    assert typed.articled(phrase) == written
