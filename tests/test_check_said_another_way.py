"""Dropped notes said another way (issue 23): a quote written word by word, a colour the thing's
own kind carries. Each rule has a look-alike where the note is really lost and the alarm
stays. Every example is invented."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def _fact(report, nid="n1"):
    return next(f for f in report.facts if f.id == nid)


# ------------------------------------------------------------------ a quote written word by word


def test_a_quote_written_word_by_word_carries_the_note():
    """'"STOP" "HERE" and "NOW"' is the note's "STOP HERE NOW", each word quoted apart."""
    report = _caption('Sign: a red sign with the words "STOP HERE NOW" in white letters.',
                      'A red sign says "STOP" "HERE" and "Now" in white letters.')
    assert _fact(report).status == "kept", _fact(report).evidence


def test_a_quote_written_word_by_word_with_commas_carries_the_note():
    report = _caption('Board: a board reads "FRESH BREAD DAILY".',
                      'A board reads "FRESH", "BREAD", "DAILY".')
    assert _fact(report).status == "kept", _fact(report).evidence


def test_a_quote_with_a_word_lost_or_changed_stays_dropped():
    """Look-alikes: a word of the quote is missing, changed, or the words are out of order."""
    notes = 'Sign: a red sign with the words "STOP HERE NOW" in white letters.'
    for draft in ('A red sign says "STOP" and "NOW" in white letters.',
                  'A red sign says "STOP" "THERE" "NOW" in white letters.',
                  'A red sign says "NOW" "STOP" "HERE" in white letters.'):
        assert _fact(_caption(notes, draft)).status == "dropped", draft


# ------------------------------------------------------------------ what a thing's kind carries


def test_the_green_of_plants_is_carried_by_the_plants():
    """"green ferns" said as "ferns": plants are green; nothing a lead needs is lost."""
    report = _caption("Ferns: tall green ferns grow beside the stone steps.",
                      "Tall ferns grow beside the stone steps.")
    assert _fact(report).status == "kept", _fact(report).evidence


def test_a_colour_the_kind_does_not_carry_stays_dropped():
    """Look-alikes: a colour other than the kind's own ("red leaves"), another colour said of the
    thing ("brown grass" for "green grass"), or a cloud's white (clouds are as often grey: the kind
    says nothing of it) is not carried by naming the thing."""
    lost = _caption("Tree: a maple with red leaves stands by the gate.",
                    "A maple with leaves stands by the gate.")
    assert _fact(lost).status == "dropped"
    other = _caption("Lawn: bright green grass covers the yard.", "Brown grass covers the yard.")
    assert _fact(other).status in ("dropped", "contradicted")
    clouds = _caption("Clouds: a few white clouds drift over the harbour.", "A few clouds drift over the harbour.")
    assert _fact(clouds).status == "dropped"


def test_a_sky_notes_place_is_not_carried_by_the_sky():
    """Look-alike: a sky's place is no colour of its kind; "in the background" left out of a sky
    note is still a drop (the human labels count it so)."""
    report = _caption("Sky: a pale blue sky is in the background.", "A pale blue sky with no clouds.")
    assert _fact(report).status == "dropped"


def test_a_word_made_from_the_kind_does_not_carry_its_colour():
    """Look-alike: the lawn note is lost; another note's "mossy bank" names the bank, not the moss,
    so the moss note's green is still missing."""
    report = _caption("Bank: a mossy bank slopes to the river.\nMoss: green moss covers the bank by the river.",
                      "A mossy bank slopes to the river.")
    assert _fact(report, "n2").status == "dropped"


def test_things_of_one_kind_told_apart_by_colour_keep_the_alarm():
    """Look-alike: where the draft gives another thing of that kind another colour ("red ferns"
    beside the note's ferns), the colour tells them apart."""
    ferns = _caption("green ferns by the path\nred ferns by the wall",
                     "Ferns grow by the path, and red ferns by the wall.")
    assert _fact(ferns).status == "dropped"


# ------------------------------------------------------------------ a direction or a thing's colour said another way


def test_a_direction_in_wards_is_the_direction():
    """"pointing upwards" is the note's "pointing upward"."""
    report = _caption("Flag: a small flag on a pole points upward.", "A small flag on a pole points upwards.")
    assert _fact(report).status == "kept", _fact(report).evidence


def test_a_shape_named_as_a_noun_adds_nothing():
    """"yellow star shapes" are yellow stars: "shape" as a noun names no other thing, so a draft
    that says "yellow stars" carries the note."""
    report = _caption("Stars: yellow star shapes over the crib.", "Yellow stars over the crib.")
    assert _fact(report).status == "kept", _fact(report).evidence


def test_a_colour_named_as_a_noun_adds_nothing():
    """"a kite, red in colour" is a red kite."""
    report = _caption("Kite: a kite, red in colour, over the dunes.", "A red kite over the dunes.")
    assert _fact(report).status == "kept", _fact(report).evidence


def test_the_other_direction_or_another_colour_is_still_a_difference():
    """Look-alikes: "downwards" for "upward", red stars for yellow star shapes."""
    down = _caption("Flag: a small flag on a pole points upward.", "A small flag on a pole points downwards.")
    assert _fact(down).status in ("dropped", "contradicted")
    red = _caption("Stars: yellow star shapes over the crib.", "Red stars over the crib.")
    assert _fact(red).status in ("dropped", "contradicted")


# ------------------------------------------------------------------ a relation said from the other side


def test_a_relation_said_from_the_other_side_past_a_quote_carries_the_note():
    """'the words "WALK SLOWLY" painted under two arrows' is the note's "arrows above the text":
    the quote inside the clause does not end it."""
    report = _caption("Arrows: two white arrows are above the text.",
                      'The words "WALK SLOWLY" are painted under two white arrows.')
    assert _fact(report).status == "kept", _fact(report).evidence


def test_another_thing_past_a_quote_does_not_carry_the_relation():
    """Look-alike: the words under two white birds say nothing of the arrows."""
    report = _caption("Arrows: two white arrows are above the text.",
                      'The words "WALK SLOWLY" are painted under two white birds.')
    assert _fact(report).status in ("dropped", "contradicted")
