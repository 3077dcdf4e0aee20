"""Mends of terse sentences (assistant/compose) that read a doing as a thing or a participle as a verb,
on invented sentences (review49): a person's -ing verb that is an `ing_nouns` word too ("Her brother
painting in the garage." -> "Her brother is painting ...", never "Her brother painting is in ..."),
while a thing's -ing noun keeps its place ("Its ceiling lighting is on the left.")."""

import pytest

from assistant.compose.polish import fragment_mend


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
