"""Attributes and objects stay on their notes in product captions (issue 23, checker-dev2 rows)."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def _fact(report, nid):
    return next(f for f in report.facts if f.id == nid)


def test_a_kind_the_note_names_must_stay_named():
    """"Bluebonnet plants" carried as "green plants": every other word is there, but the kind
    is gone. A word the dictionary does not know names a kind of thing."""
    notes = "Bluebonnet plants: a few green plants have small purple flower clusters"
    fact = _fact(_caption(notes, "A few green plants have small purple flower clusters."), "n1")
    assert (fact.status, fact.tier) == ("dropped", "check") and "Bluebonnet" in fact.evidence, fact
    assert _caption(notes, "A few green bluebonnet plants have small purple flower clusters.").ok


def test_another_object_of_the_note_left_out_is_dropped():
    """The soil is in front of two things; keeping one of them passed the content match."""
    notes = "close up view of brown soil w/ dry leaves in front of boulders and green plants"
    fact = _fact(_caption(notes, "A close up view of brown soil with dry leaves in front of the green plants."), "n1")
    assert (fact.status, fact.tier) == ("dropped", "check") and "boulders" in fact.evidence, fact
    assert _caption(notes, "A close up view of brown soil with dry leaves in front of the boulders and the green plants.").ok
    # framing and place words are not objects to carry: "view", "side", "top"
    assert _caption("a partial view of blue sky on top of green trees", "Partial blue sky is on top of the green trees.").ok


def test_a_size_the_note_gives_its_object_must_stay_with_it():
    """"small purple flower clusters" carried as "purple flower clusters": most words are
    there, so the content match kept the note."""
    notes = "few green plants w/ small purple flower clusters on left"
    fact = _fact(_caption(notes, "A few green plants have purple flower clusters on the left."), "n1")
    assert (fact.status, fact.tier) == ("dropped", "check") and "small" in fact.evidence, fact
    assert _caption(notes, "A few green plants have small purple flower clusters on the left.").ok
    assert _caption(notes, "A few green plants have little purple flower clusters on the left.").ok


def test_an_attribute_on_an_object_no_note_names_is_a_look_not_certain():
    """"green crown" for the note's "green leaves": the crown may be the leaves said another
    way, so no difference is shown. Moved onto another noted object it stays certain."""
    fact = _fact(_caption("Tree: A tree with green leaves has many branches.",
                          "Many branches and leaves sprout from the tree, giving it a living, green crown."), "n1")
    assert (fact.status, fact.tier) == ("dropped", "check"), fact
    report = _caption("old wooden barn, wooden roof\ngreen grassy ground", "A wooden barn with a green roof stands on grassy ground.")
    assert all(f.tier == "certain" for f in report.facts)
