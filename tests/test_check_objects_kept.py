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


def test_attributes_listed_with_commas_before_a_thing_are_all_its_own():
    """"brown, wooden, round bowl": each comma-listed attribute is the bowl's, as "and" lists are.
    The reading kept only the last, so "A wooden round bowl" beside another thing's brown kept the note."""
    notes = "brown, wooden, round bowl on the shelf\nbrown cat beside the bowl"
    lost = _fact(_caption(notes, "A wooden round bowl is on the shelf. A brown cat is beside the bowl."), "n1")
    assert (lost.status, lost.tier) == ("dropped", "check") and "brown" in lost.evidence, lost
    assert _caption(notes, "A brown, wooden, round bowl is on the shelf. A brown cat is beside the bowl.").ok
    # ", and" may end a clause: the colour before it is not the next thing's ("in white, and concrete floor")
    cup = "paper cup with text in white\ngrey concrete floor under the cup"
    assert _caption(cup, "A paper cup with text in white, and a grey concrete floor under the cup.").ok
    # after a link word the colour is the thing's before it: "the wall is white, wooden door ..." is two things
    door = "wall is white, wooden door on the left\nwhite cup on the table"
    assert _fact(_caption(door, "The wall is white. A wooden door is on the left. A white cup is on the table."),
                 "n1").status == "kept"


def test_a_colour_said_of_it_is_the_thing_before_it():
    """"It is blue" says the basket of the sentence before is blue: the jug's colour moved to the
    basket, though "blue" and "jug" are both in the draft. Check tier (who "it" is, is a reading)."""
    notes = "round wicker basket on the table\nblue, ceramic, handmade jug beside the basket"
    moved = _fact(_caption(notes, "A round wicker basket is on the table. It is blue and stands beside a ceramic, "
                                  "handmade jug."), "n2")
    assert moved.status in ("dropped", "contradicted") and moved.tier == "check" and "blue" in moved.evidence, moved
    assert _caption(notes, "A round wicker basket is on the table. A blue, ceramic, handmade jug is beside the basket.").ok
    # "it" is the note's own thing: its colour stays
    own = "blue wicker basket on the table"
    assert _caption(own, "A wicker basket is on the table. It is blue.").ok


def test_what_the_note_gives_several_things_given_to_one_of_them():
    """"two horses with white manes" carried by "two horses, one with white manes": every word is
    there, but the manes are now one horse's. Check tier."""
    notes = "two brown horses with white manes in the field\ngreen grass under the horses"
    moved = _fact(_caption(notes, "Two brown horses, one with white manes, are in the field. Green grass is under "
                                  "the horses."), "n1")
    assert (moved.status, moved.tier) == ("contradicted", "check") and "manes" in moved.evidence, moved
    assert _caption(notes, "Two brown horses with white manes are in the field. Green grass is under the horses.").ok
    # the note says one of them has it
    one = "two brown horses, one with a white mane, in the field"
    assert _caption(one, "Two brown horses, one with a white mane, are in the field.").ok
