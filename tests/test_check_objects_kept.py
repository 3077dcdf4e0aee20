"""A note is kept only when its object keeps its attributes and relations (issue 23, item 4; check23x).

Invented examples of the kinds of error the checker-dev2 misses still showed, not their words."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def _fact(report, nid):
    return next(f for f in report.facts if f.id == nid)


def test_a_colour_the_note_puts_after_its_thing_with_in_stays_on_it():
    """'letters "CAFE" in yellow' gives the letters their colour after the noun (and after the
    quote); the phrase reading takes colours before their noun only. Carried by 'The letters "CAFE"'
    while another thing of the draft is yellow, the word match passed the colour."""
    notes = 'letters "CAFE" in yellow above the door\nyellow awning over the window'
    lost = _fact(_caption(notes, 'The letters "CAFE" are above the door. A yellow awning is over the window.'), "n1")
    assert (lost.status, lost.tier) == ("dropped", "check") and "yellow" in lost.evidence, lost
    assert _caption(notes, 'The letters "CAFE" in yellow are above the door. A yellow awning is over the window.').ok
    assert _caption(notes, 'The yellow letters "CAFE" are above the door. A yellow awning is over the window.').ok
    # a person "in red" wears it: the clothes may carry the colour
    person = "woman in red beside the car\nred car on the road"
    assert _fact(_caption(person, "A woman in a red dress is beside the car. A red car is on the road."), "n1").status == "kept"


def test_a_colour_after_in_said_the_notes_way_is_kept():
    """The draft may say the colour as the note does, after the noun: 'its handle in silver, black
    blade' keeps the silver handle although the comma list reads "silver" as the blade's too."""
    notes = "old knife, its handle in silver, black blade\nsilver spoon beside it"
    assert _fact(_caption(notes, "An old knife, its handle in silver, black blade. A silver spoon is beside it."),
                 "n1").status == "kept"
