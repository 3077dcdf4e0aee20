"""The foreground said by closeness to the viewer ("closest to the camera", "nearest the viewer", "nearest to
us"), the background by distance ("farthest from the camera"): the same place in the picture. Each was a
certain "not found: foreground", and a certain side loss where another sentence says "in the foreground"
(review50's leftovers, check32, issue 23). Closeness to another thing ("nearest the door") is no side, and the
opposite side is still raised. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str, nid: str = "n1"):
    return next(f for f in check_draft(CaptionTask(notes=notes).observations(), draft).facts if f.id == nid)


def test_closeness_to_the_viewer_says_the_foreground():
    for notes, draft in (("red car in foreground", "A red car sits closest to the camera."),
                         ("red car in foreground", "A red car sits nearest the viewer."),
                         ("red car in foreground", "A red car is nearest to us."),
                         ("white goat in foreground grazes", "Closest to the viewer, a white goat grazes."),
                         ("snowy peak in background", "A snowy peak rises farthest from the camera.")):
        assert _fact(notes, draft).status == "kept", draft
    report = check_draft(CaptionTask(notes="red car in foreground").observations(), "A red car sits nearest the viewer.")
    assert not [s for s in report.unsupported if "nearest" in s.text]  # the side the notes give, in other words


def test_the_side_said_by_closeness_is_not_lost_to_another_things_foreground():
    notes = "red car in foreground\nwooden bench in foreground"
    draft = "A red car sits closest to the camera. A wooden bench stands in the foreground."
    assert _fact(notes, draft).status == "kept"


def test_guard_closeness_to_a_thing_or_the_opposite_side_is_still_raised():
    fact = _fact("red car in foreground", "A red car sits nearest the door.")
    assert (fact.status, fact.tier) == ("dropped", "certain") and "foreground" in fact.evidence
    # a comparative places one thing by another: no side of the picture, so the note's foreground is not found
    fact = _fact("red car in foreground", "A red car sits closer to the viewer than the van.")
    assert (fact.status, fact.tier) == ("dropped", "certain") and "foreground" in fact.evidence
    fact = _fact("red car in foreground", "A red car sits farthest from the camera.")
    assert fact.tier == "certain" and fact.status != "kept"
