"""A view or a place typed first with its article and describing words, then a thing's participle and no verb, on
invented sentences (prose37, issue 25): "In a detailed close-up shot at eye-level, two sliced lemons neatly stacked
on a blue saucer." -> "..., two sliced lemons are neatly stacked on a blue saucer." (`typed._place_end`: the
describing words after the place's article are its own noun's, no attribute that ends the place)."""

import pytest

from assistant.check import prose
from assistant.compose.polish import fragment_mend


@pytest.mark.parametrize("fragment,mended", [
    ("In a detailed close-up shot at eye-level, two sliced lemons neatly stacked on a blue saucer.",
     "In a detailed close-up shot at eye-level, two sliced lemons are neatly stacked on a blue saucer."),
    ("In a bright sunny kitchen, two cats asleep on a rug.",
     "In a bright sunny kitchen, there are two cats asleep on a rug."),
    ("In a soft golden evening light, two swans calmly gliding across the lake.",
     "In a soft golden evening light, two swans are calmly gliding across the lake."),
])
def test_a_described_place_with_its_article_ends_at_its_comma(fragment, mended):
    assert prose.has_fragment(fragment)
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment,mended", [
    ("On the left red car.", "On the left, there is a red car."),  # a side is no describing word of the place
    ("Behind the old barn red tractor.", "Behind the old barn, there is a red tractor."),
])
def test_a_place_ending_before_a_things_attributes_is_as_before(fragment, mended):
    assert fragment_mend(fragment) == mended
