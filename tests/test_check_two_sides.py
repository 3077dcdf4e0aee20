"""One thing given two opposite sides (check27, issue 23): two notes about a pair told apart by side
merged into "the left right glove". Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask

NOTES = "boxer's left glove, red with white laces\nhis right glove raised to chin"


def _facts(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts


def test_one_thing_with_both_sides_is_certain():
    facts = _facts(NOTES, "The boxer's left right glove, red with white laces, is raised to his chin.")
    assert [(f.status, f.tier) for f in facts] == [("contradicted", "certain")] * 2
    assert "left right glove" in facts[0].evidence
    facts = _facts("top shelf holds blue jars\nbottom shelf empty", "The top bottom shelf holds blue jars and is empty.")
    assert facts[0].status == "contradicted"


def test_guard_each_side_on_its_own_thing_passes():
    assert {f.status for f in _facts(NOTES, "The boxer's left glove is red with white laces; his right glove is raised "
                                            "to his chin.")} == {"kept"}
    # a note that says both sides together: the draft copies it
    both = "banner across left right corner of stage"
    assert _facts(both, "A banner hangs across the left right corner of the stage.")[0].status == "kept"


def test_guard_a_preposition_before_a_side_passes():
    """review48: "behind front door" is a place behind the front door, not one door on both sides (was
    certain). The note's side and the draft's thing say which thing the evidence names."""
    assert _facts("A cat sits behind the front door.", "A cat sits behind front door.")[0].status == "kept"
    notes = "A boy stands in front of a car.\nThe front wheel of the car is black."
    assert {f.status for f in _facts(notes, "A boy stands behind front wheel of a car; the front wheel is black.")
            } != {"contradicted"}
    fact = _facts("The cat sits behind the left door.\nThe right door is open.", "The cat sits behind the left "
                  "right door, which is open.")[0]
    assert fact.tier == "certain" and "the left door" in fact.evidence  # was "the note has the behind the"
