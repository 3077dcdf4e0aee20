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


def test_the_negated_thing_said_as_itself_still_loses_the_negation():
    fact = _fact("not a real dog, a statue", "A dog stands.")
    assert (fact.status, fact.tier) == ("dropped", "certain") and "no longer negated" in fact.evidence
    fact = _fact("not a real dog, a statue", "A real dog sits beside a statue.")
    assert fact.tier == "certain" and "no longer negated" in fact.evidence
