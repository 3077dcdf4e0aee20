"""A note that opens on its object's place keeps that place only where a sentence names the object
with what the place is relative to (issue 23: a note is kept only when its object keeps its
relations). Invented captions, each with a look-alike that stays kept."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _fact(notes: str, draft: str, nid: str = "n2"):
    return next(f for f in check_draft(split_notes(notes), draft).facts if f.id == nid)


def test_a_place_put_first_and_said_of_nothing_is_dropped():
    # every word of the note is there, the sofa and "left" in another sentence: the bookcase has no place
    notes = "blue sofa against back wall\nleft of sofa, tall bookcase full of paperbacks"
    draft = "A blue sofa stands against the back wall, left of the window. The tall bookcase is full of paperbacks."
    f = _fact(notes, draft)
    assert f.status == "dropped" and f.tier == "check", f
    assert "sofa" in f.evidence, f


def test_a_place_put_first_with_its_object_after_the_verb_is_dropped_when_unsaid():
    notes = "old stone bridge over river\nunderneath arch of bridge stands heron"
    draft = "An old stone bridge with a low arch crosses the river under a grey sky. A heron stands in shallow water."
    f = _fact(notes, draft)
    assert f.status == "dropped", f


def test_a_place_put_first_and_kept_is_kept():
    notes = "blue sofa against back wall\nleft of sofa, tall bookcase full of paperbacks"
    for draft in ("A blue sofa stands against the back wall. Left of the sofa, a tall bookcase is full of paperbacks.",
                  "A blue sofa stands against the back wall. A tall bookcase full of paperbacks is left of the sofa.",
                  "A blue sofa stands against the back wall. To its left, a tall bookcase is full of paperbacks."):
        f = _fact(notes, draft)
        assert f.status == "kept", (draft, f)


def test_a_place_in_the_image_only_needs_no_thing_beside_it():
    notes = "red barn on hill\nin background, tall pine trees"
    f = _fact(notes, "A red barn sits on a hill. Tall pine trees stand in the distance.")
    assert f.status == "kept", f


def test_a_time_or_light_put_first_is_no_thing_beside_the_object():
    notes = "tall glass towers along river\nat night, city skyline glows orange"
    f = _fact(notes, "Tall glass towers line the river at night. The city skyline glows orange.")
    assert f.status == "kept", f
    notes2 = "stone jetty into lake\nin bright sunlight, calm water sparkles"
    f2 = _fact(notes2, "A stone jetty runs into the lake in bright sunlight. The calm water sparkles.")
    assert f2.status == "kept", f2
