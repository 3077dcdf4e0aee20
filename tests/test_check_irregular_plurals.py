"""One thing made several by a plural not made with -s (check27, issue 23): "a man" drafted "men".
Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_one_made_several_by_an_irregular_plural_is_a_look():
    fact = _fact("A fisherman's boat and a child on the pier.", "A fisherman's boat and children on the pier.")
    assert (fact.status, fact.tier) == ("contradicted", "check") and "child" in fact.evidence
    assert _fact("A man and a goat stand by the gate.", "Men and a goat stand by the gate.").status == "contradicted"


def test_guard_the_plural_the_notes_say_passes():
    assert _fact("Two men and a goat stand by the gate.", "Two men and a goat stand by the gate.").status == "kept"
    assert _fact("children play near a fountain", "Children play near a fountain.").status == "kept"
