"""A colour listed before its thing stays the thing's: "under grey, overcast sky" drafted "Under grey,
there is an overcast sky" leaves the colour alone and the sky only overcast (issue 23: a note is kept
only when its object keeps its attributes). Invented captions."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _fact(notes: str, draft: str, nid: str = "n1"):
    return next(f for f in check_draft(split_notes(notes), draft).facts if f.id == nid)


def test_a_colour_cut_off_its_thing_by_a_comma_and_a_verb_is_dropped():
    notes = "beneath white, hazy sky, red lighthouse on cliff"
    f = _fact(notes, "Beneath white, there is a hazy sky, a red lighthouse on a cliff.")
    assert f.status == "dropped" and f.tier == "check", f
    assert "white" in f.evidence, f


def test_a_colour_kept_on_its_thing_is_kept():
    notes = "beneath white, hazy sky, red lighthouse on cliff"
    for draft in ("Beneath a white, hazy sky, a red lighthouse stands on a cliff.",
                  "Beneath a white and hazy sky, there is a red lighthouse on a cliff."):
        f = _fact(notes, draft)
        assert f.status == "kept", (draft, f)


def test_a_colour_the_note_writes_alone_may_stand_alone():
    notes = "woman dressed in black, dog beside her"
    f = _fact(notes, "A woman is dressed in black, there is a dog beside her.")
    assert f.status == "kept", f
