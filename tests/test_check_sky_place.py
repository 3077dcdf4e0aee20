"""A sky (or its clouds) "in the background" drafted without that place: a sky is the picture's background by
what it is, so the loss is a look, not certain; checker-dev2's certain false alarms had this class (check32,
issue 23). Another thing's background, a sky placed by another thing ("behind the tower") and a swapped side stay
certain. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str, nid: str = "n1"):
    return next(f for f in check_draft(CaptionTask(notes=notes).observations(), draft).facts if f.id == nid)


def test_a_skys_own_background_unsaid_is_a_look():
    for notes, draft in (("Sky: a pale grey sky with thin clouds in the background", "A pale grey sky with thin clouds."),
                         ("overcast sky in background\nold stone bridge over river",
                          "An overcast sky hangs over an old stone bridge across the river.")):
        fact = _fact(notes, draft)
        assert (fact.status, fact.tier) == ("dropped", "check") and "background" in fact.evidence, draft


def test_guard_another_things_background_or_a_place_by_another_thing_stays_certain():
    fact = _fact("red barn in the background\nblue sky", "A red barn stands under a blue sky.")
    assert (fact.status, fact.tier) == ("dropped", "certain") and "background" in fact.evidence
    # the whole sky note dropped is no place unsaid
    fact = _fact("old stone bridge over river\nSky: a pale grey sky in the background", "An old stone bridge crosses the "
                 "river.", "n2")
    assert (fact.status, fact.tier) == ("dropped", "certain")
    fact = _fact("pale sky behind the clock tower", "A pale sky. A clock tower rises.")
    assert fact.tier == "certain"
    fact = _fact("Sky: a pale grey sky in the background", "A pale grey sky fills the foreground.")
    assert fact.tier == "certain" and fact.status != "kept"
