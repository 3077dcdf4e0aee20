"""Mends of terse sentences on invented examples (prose36, issue 25): a pair of attributes after a
noun whose first word is a noun too ("The clock oval and black." -> "The clock is oval and black."),
a place typed first that opens with "next to"/"adjacent to"/"close to" before a bare subject and its
verb, and a group said by a quantifier ("Some kneeling, while others seated ...": "are" after each)."""

import pytest

from assistant.check import prose
from assistant.compose.polish import fragment_mend


@pytest.mark.parametrize("fragment,mended", [
    ("The clock oval and black.", "The clock is oval and black."),
    ("The mirror circular and silver, with a thin frame.", "The mirror is circular and silver, with a thin frame."),
    ("The rug square and grey.", "The rug is square and grey."),
])
def test_a_shape_and_a_second_attribute_are_said_of_the_noun(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment", ["The kitchen light and shadow.", "The salt and pepper."])
def test_a_noun_pair_gets_no_be(fragment):
    assert fragment_mend(fragment) is None or " is " not in fragment_mend(fragment)


@pytest.mark.parametrize("fragment,mended", [
    ("Next to the lamp, small blue vase holds dried flowers.",
     "Next to the lamp, the small blue vase holds dried flowers."),
    ("Adjacent to the sink, tall metal rack holds white plates.",
     "Adjacent to the sink, the tall metal rack holds white plates."),
    ("Close to the door, wooden stool bears red cushion.",
     "Close to the door, the wooden stool bears red cushion."),
])
def test_a_place_with_to_typed_first_keeps_its_subject_article(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment,mended", [
    ("Some kneeling, while others seated on the bench.", "Some are kneeling, while others are seated on the bench."),
    ("Many waving, while others standing near the gate.", "Many are waving, while others are standing near the gate."),
    ("Several seated at the table.", "Several are seated at the table."),
])
def test_a_group_by_its_quantifier_gets_are(fragment, mended):
    assert fragment_mend(fragment) == mended
    assert not prose.has_fragment(mended)


@pytest.mark.parametrize("sentence", ["Some of the boys waved.", "Others walk along the shore, while some sit."])
def test_a_group_with_its_verb_is_left(sentence):
    assert not prose.has_fragment(sentence)


@pytest.mark.parametrize("fragment,mended", [
    ("The moth, pale grey with a dark spot, perched on a leaf.",
     "The moth, pale grey with a dark spot, is perched on a leaf."),
    ("The kettle, bright red with a black handle, placed on the stove.",
     "The kettle, bright red with a black handle, is placed on the stove."),
])
def test_an_aside_of_describing_words_and_a_with_phrase_before_the_participle(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment,mended", [
    ("The lake below, a mirror of pine trees, with a lone canoe drifting.",
     "The lake below is a mirror of pine trees, with a lone canoe drifting."),
    ("The field, a patchwork of yellow and green, with a red barn.",
     "The field is a patchwork of yellow and green, with a red barn."),
])
def test_an_apposition_after_the_subject_says_what_it_is(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment", ["The table, a pair of cups, with a saucer.", "The dog, a cat, with a ball."])
def test_a_list_after_the_subject_is_no_apposition(fragment):
    assert fragment_mend(fragment) is None or " is a " not in fragment_mend(fragment)


@pytest.mark.parametrize("fragment,mended", [
    ("The crow, jet black with a grey beak, perched on a branch.",
     "The crow, jet black with a grey beak, is perched on a branch."),
    ("Few sitting, while others seated or kneeling on the grass.",
     "Few are sitting, while others are seated or kneeling on the grass."),
])
def test_more_shapes_of_the_dropped_be(fragment, mended):
    assert fragment_mend(fragment) == mended
