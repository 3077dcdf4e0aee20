"""Other ways a likeness says what it shows ("not a real dog, a statue"): through a group ("a painting of a
flock of birds"), "in the form of" / "in the shape of" / "shaped like", and "dog-shaped statue". Each was a
certain "no longer negated" (review50's leftovers, check32, issue 23). A group that is no likeness ("a flock of
birds") and a real thing beside the likeness still lose the negation. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_a_likeness_showing_a_group_or_a_shape_keeps_the_negation():
    for notes, draft in (("no real birds, just a painting of a flock", "A painting of a flock of birds."),
                         ("no real horses, a mural of a herd", "A mural of a herd of wild horses covers the wall."),
                         ("not a real dog, a statue", "A statue in the form of a dog."),
                         ("not a real horse, a sculpture", "A sculpture in the shape of a horse stands in the park."),
                         ("not a real bird, a carving", "A carving shaped like a bird."),
                         ("not a real dog, a statue", "A dog-shaped statue."),
                         ("not a real fish, a pillow", "A fish-shaped pillow lies on the bed.")):
        assert _fact(notes, draft).status == "kept", draft


def test_guard_a_group_or_shape_with_no_likeness_still_loses_the_negation():
    for notes, draft in (("no real birds, just a painting of a flock", "A flock of birds flies over a painting."),
                         ("not a real dog, a statue", "A dog in the shape of a ball sits by a statue."),
                         ("not a real dog, a statue", "A dog-shaped cloud floats over a real dog by the statue.")):
        fact = _fact(notes, draft)
        assert fact.tier == "certain" and "no longer negated" in fact.evidence, draft
