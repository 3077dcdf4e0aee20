"""A note that says what a thing is not ("not a real dog, a statue") drafted as what the thing shows ("a
statue of a dog"): the draft does not say the dog is real (check29, issue 23). "A dog stands." still
loses the negation. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_the_negated_thing_said_as_what_the_other_shows_is_kept():
    assert _fact("not a real dog, a statue", "A statue of a dog.").status == "kept"
    assert _fact("not a real horse, just a painting on the wall", "A painting of a horse hangs on the wall.").status \
        == "kept"
    assert _fact("no real flowers, a plastic bouquet", "A plastic flower bouquet.").status == "kept"
    # review50: a likeness's verb of showing says the same as its "of" (was a certain "no longer negated")
    assert _fact("not a real dog, a statue", "A statue depicting a dog stands by the door.").status == "kept"
    assert _fact("not a real dog, a statue", "A statue shows a dog.").status == "kept"


def test_the_negated_thing_said_as_itself_still_loses_the_negation():
    fact = _fact("not a real dog, a statue", "A dog stands.")
    assert (fact.status, fact.tier) == ("dropped", "certain") and "no longer negated" in fact.evidence
    fact = _fact("not a real dog, a statue", "A real dog sits beside a statue.")
    assert fact.tier == "certain" and "no longer negated" in fact.evidence


def test_a_thing_that_shows_nothing_does_not_keep_the_negation():
    # review50: only a likeness (statue, painting, toy) shows the negated thing; "a field of horses", "a tank of
    # fish", "the dog house" and "a flock of birds" say real horses, fish, dogs and birds
    for notes, draft in (("not a real horse, a statue in a field", "A field of horses surrounds a statue."),
                         ("no real fish, a tank with plastic plants", "A tank of fish with plastic plants."),
                         ("not a real dog, a statue near dog house", "A dog sleeps in the dog house near a statue."),
                         ("no real birds, just a painting of a flock", "A flock of birds flies over the lake.")):
        fact = _fact(notes, draft)
        assert fact.tier == "certain" and "no longer negated" in fact.evidence, draft
    assert _fact("not a real cat, a cat toy on the rug", "A cat toy lies on the rug.").status == "kept"
