"""A note's place cut off into a sentence of its own ("In the far corner. A cat sleeps.") and a size
said by its comparative ("a shorter glass") left off its thing (check25, issue 23 item 4). Invented
examples; every word of the note is in each wrong caption but the left-out size, so the content match
passed them all."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def _fact(report, nid="n1"):
    return next(f for f in report.facts if f.id == nid)


def _look(report, nid="n1"):
    fact = _fact(report, nid)
    assert (fact.status, fact.tier) == ("contradicted", "check"), fact
    return fact.evidence


def test_a_place_cut_off_into_its_own_sentence_is_a_look():
    notes = "In the far corner of the room, a grey cat sleeps on a cushion."
    assert "place said of nothing" in _look(_caption(notes, "In the far corner of the room. A grey cat sleeps on a cushion."))
    terse = "in far corner of room, grey cat asleep on cushion"
    assert "far corner" in _look(_caption(terse, "In far corner of room. Grey cat asleep on cushion."))


def test_a_place_kept_with_its_thing_passes():
    notes = "In the far corner of the room, a grey cat sleeps on a cushion."
    assert _caption(notes, "In the far corner of the room, a grey cat sleeps on a cushion.").ok
    assert _caption(notes, "A grey cat sleeps on a cushion in the far corner of the room.").ok
    # a place that is a note of its own is no place cut off
    assert _caption("In the far corner of the room.\na grey cat sleeps on a cushion",
                    "In the far corner of the room. A grey cat sleeps on a cushion.").ok


def test_a_comparative_size_left_off_its_thing_is_dropped():
    notes = "beside it, shorter glass filled with orange juice and ice"
    fact = _fact(_caption(notes, "Beside it, the glass is filled with orange juice and ice."))
    assert (fact.status, fact.tier) == ("dropped", "check") and "shorter" in fact.evidence
    largest = "largest box on the shelf wrapped in brown paper and string"
    assert _fact(_caption(largest, "A box on the shelf is wrapped in brown paper and string.")).status == "dropped"
    # kept in its own form or its base form
    assert _caption(notes, "Beside it, a shorter glass is filled with orange juice and ice.").ok
    assert _caption(notes, "Beside it, a short glass is filled with orange juice and ice.").ok
