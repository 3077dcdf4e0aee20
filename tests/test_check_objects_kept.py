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


def test_a_things_place_said_only_in_another_things_sentence_is_dropped():
    """"a vase beside the books" carried by "There is a tall blue vase." and another note's
    "A row of red books is on the top shelf.": every word is in the draft, but no sentence that names
    the vase says where it is. Check tier."""
    notes = "Vase: a tall blue vase stands beside the red books on the top shelf\nBooks: a row of red books on the top shelf"
    lost = _fact(_caption(notes, "There is a tall blue vase. A row of red books is on the top shelf."), "n1")
    assert (lost.status, lost.tier) == ("dropped", "check") and "vase" in lost.evidence, lost
    assert _caption(notes, "A tall blue vase stands beside the red books. A row of red books is on the top shelf.").ok
    # "them" is the books of the sentence before
    assert _caption(notes, "A row of red books is on the top shelf. A tall blue vase stands beside them.").ok


def test_a_part_the_note_gives_its_thing_said_only_of_another_thing_is_dropped():
    """"a stone wall with an iron railing": the caption's only railing is the gate's, so the
    wall has lost its railing, though "railing" is in the draft."""
    notes = "Wall: a grey stone wall with a black iron railing\nGate: a wooden gate with a black iron railing on either side"
    lost = _fact(_caption(notes, "A wooden gate has a black iron railing on either side. There is a grey stone "
                                 "wall."), "n1")
    assert (lost.status, lost.tier) == ("dropped", "check") and "railing" in lost.evidence, lost
    assert _caption(notes, "A wooden gate has a black iron railing on either side. A grey stone wall has a black "
                           "iron railing.").ok
    # a sentence cut inside a quote the draft never closes is one sentence: the pole's sign is in it
    pole = 'Pole: a wooden pole with a white sign\nSign: a white sign with the words "SLOW! Kids ahead"'
    assert _fact(_caption(pole, 'A white sign with the words "SLOW! Kids ahead, on a wooden pole.'), "n1").status == "kept"


def test_a_thing_put_at_the_side_opposite_to_its_own_note_is_a_look():
    """"deck with pool + stone path at bottom" carried by "a wooden deck with a pool at the bottom",
    while the pool's own note puts it at the top: the draft put the pool at the bottom (the note's
    "at bottom" was the path's). Check tier: "at the bottom" may still be read as the deck's."""
    notes = "wooden deck with pool + stone path at bottom\nblue pool at top of image\ngrey stone path beside the deck"
    path = " A grey stone path is beside the deck."
    moved = _fact(_caption(notes, "A wooden deck with a pool at the bottom. A blue pool is at the top of the image." + path),
                  "n1")
    assert (moved.status, moved.tier) == ("contradicted", "check") and "pool" in moved.evidence, moved
    assert _caption(notes, "A wooden deck with a pool and a stone path at the bottom. A blue pool is at the top of "
                           "the image." + path).ok
    # a note that puts the thing there itself
    both = "wooden deck with pool at bottom\nblue pool at top of image"
    assert _fact(_caption(both, "A wooden deck with a pool at the bottom. A blue pool is at the top of the image."),
                 "n1").status == "kept"
    # the other note's side is another thing's ("a wall has a window at the corner left"): no look
    walls = "Window: a cream wall has a white window at the corner left\nPillar: a white pillar on the white wall is in the right corner"
    assert _fact(_caption(walls, "A cream wall has a white window at the corner left. A white pillar on the white wall "
                                 "in the right corner."), "n2").status == "kept"


def test_is_of_relates_two_things_no_note_relates():
    """'A board ... "OPEN" is of the wall' makes the board the wall's (or a picture of it), which no
    note says; the quote between the board's text and "is" does not hide the relation."""
    notes = 'small wooden board with white text "OPEN"\nwhite wall with a window'
    report = _caption(notes, 'A small wooden board with white text "OPEN" is of the wall. A white wall has a window.')
    assert any(u.text == "is of" and u.tier == "check" for u in report.unsupported), report.unsupported
    assert _caption(notes, 'A small wooden board has white text "OPEN". A white wall has a window.').ok


def test_one_thing_said_as_several_while_the_draft_says_it_is_one_elsewhere():
    """The notes name one red barrel each time; the draft says "red barrels" in the note's sentence
    and "The red barrel on top of the cart" in the next: it disagrees with itself and the notes. No
    number is written; check tier."""
    notes = "cart carrying red barrel and blue box\nred barrel on top of cart has white label"
    more = _fact(_caption(notes, "A cart carrying red barrels and a blue box. The red barrel on top of the cart has a "
                                 "white label."), "n1")
    assert (more.status, more.tier) == ("contradicted", "check") and "barrel" in more.evidence, more
    assert _caption(notes, "A cart carrying a red barrel and a blue box. The red barrel on top of the cart has a "
                           "white label.").ok
    # a note that names several
    several = "cart carrying red barrels and blue box\nred barrel on top of cart has white label"
    assert _fact(_caption(several, "A cart carrying red barrels and a blue box. The red barrel on top of the cart has a "
                                   "white label."), "n1").status == "kept"


def test_a_side_turned_into_the_way_a_thing_moves_or_faces():
    """"left cupboard door open" carried by "a cupboard door that opens to the left": the note's side
    is where the door is; the draft makes it the way the door opens. A note that says the thing
    opens or faces that way ("dog facing left") backs it. Check tier."""
    notes = "left cupboard door open\nwhite wall behind cupboard"
    report = _caption(notes, "A cupboard door that opens to the left is open. A white wall is behind the cupboard.")
    assert any("to the left" in u.text and u.tier == "check" for u in report.unsupported), report.unsupported
    assert _caption(notes, "The left cupboard door is open. A white wall is behind the cupboard.").ok
    facing = "brown dog facing left on the grass"
    assert _caption(facing, "A brown dog is facing to the left on the grass.").ok
    # "in the middle towards the right" is a place: "middle" is no verb here
    moon = "half moon in blue sky, slightly in the center towards the right"
    assert _caption(moon, "A half moon in blue sky, slightly in the middle towards the right.").ok
