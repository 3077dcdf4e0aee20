"""Whose attribute a predicate gives (assistant/check/binding.py, actions.py): "is"/"are" agrees with the
subject, not with the thing of its place ("The sand beneath the daisies is pale gold."); an "of" phrase
keeps its owner past an aside of describing words ("The stems of tulips, long and thin, are pale
green."); a preposition is no doer of a note's verb ("sand beneath daisies"). Invented notes and drafts."""

import pytest

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def problems(notes, draft):
    report = check_draft(CaptionTask(notes=notes).observations(), draft)
    return [f.id for f in report.facts if f.status in ("dropped", "contradicted")]


@pytest.mark.parametrize("notes,draft", [
    ("cluster of red tulips in vase\nstems of tulips, long and thin, pale green",
     "A cluster of red tulips stands in a vase. The stems of tulips, long and thin, are pale green."),
    ("red daisies in field\nsand beneath daisies pale gold",
     "Red daisies stand in the field. The sand beneath the daisies is pale gold."),
    ("white boats in harbor\nwater beneath boats dark blue",
     "White boats float in the harbor. The water beneath the boats is dark blue."),
])
def test_a_faithful_predicate_is_the_subjects(notes, draft):
    assert problems(notes, draft) == []


@pytest.mark.parametrize("notes,draft", [
    ("cluster of red tulips in vase\nstems of tulips pale green",
     "A cluster of red tulips stands in a vase. The stems of tulips are green, and the tulips are pale green."),
    ("red daisies in field\nsand beneath daisies pale gold",
     "Red daisies stand in the field. The daisies beneath the sand are pale gold."),
])
def test_an_attribute_moved_is_still_found(notes, draft):
    assert problems(notes, draft)
