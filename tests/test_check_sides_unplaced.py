"""A side the note gives as a place stays a place: "right of bench gravel path" is no "The right of
the bench is a gravel path" (the bench's own side), and "vase on left taller" is no "One vase is left
taller" ("left" now says what remains). Invented captions, each with a look-alike that stays kept."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _fact(notes: str, draft: str, nid: str = "n1"):
    return next(f for f in check_draft(split_notes(notes), draft).facts if f.id == nid)


def test_a_place_beside_a_thing_made_the_things_side_is_a_relation_changed():
    f = _fact("right of bench gravel path", "The right of the bench is a gravel path.")
    assert f.status == "contradicted" and f.tier == "check", f
    assert "bench" in f.evidence, f


def test_a_place_beside_a_thing_kept_is_kept():
    for draft in ("To the right of the bench is a gravel path.", "A gravel path runs right of the bench."):
        f = _fact("right of bench gravel path", draft)
        assert f.status == "kept", (draft, f)
    # the note's own "the right of": the side itself, said so
    f = _fact("the right of the bench is painted green", "The right of the bench is painted green.")
    assert f.status == "kept", f


def test_a_side_said_as_what_remains_is_a_relation_changed():
    notes = "two vases, vase on left taller, one on right wider"
    f = _fact(notes, "There are two vases. One vase is left taller, while the other is right wider.")
    assert f.status == "contradicted", f
    kept = _fact(notes, "There are two vases. The vase on the left is taller, while the one on the right is wider.")
    assert kept.status == "kept", kept


def test_a_side_said_with_a_state_of_its_own_or_of_the_image_is_kept():
    # "left of car dented": the car's own side may be meant; "left of image blurry": the image's side
    f = _fact("left of car dented", "The left of the car is dented.")
    assert f.status == "kept", f
    f2 = _fact("left of image blurry", "The left of the image is blurry.")
    assert f2.status == "kept", f2
