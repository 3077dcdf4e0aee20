"""The note's denied describing word ("real" of "not a real dog, a statue") said in the draft of another thing ("a
real cat") is not the note's word: it was a certain "'real' is no longer negated" (review50's leftover, check32,
issue 23). Said of the note's own thing ("a real dog", "a real black dog") it still is. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_the_denied_word_said_of_another_thing_is_not_the_notes():
    for notes, draft in (("not a real dog, a statue", "A statue of a dog and a real cat."),
                         ("not a real horse, just a painting on the wall",
                          "A painting of a horse hangs on the wall above a real fireplace."),
                         ("not a real bird, a wooden carving", "A wooden carving of a bird sits beside a real plant.")):
        assert _fact(notes, draft).status == "kept", draft


def test_guard_the_denied_word_said_of_the_notes_thing_still_flips():
    for draft in ("A statue stands beside a real dog.", "A statue of a dog and a real black dog."):
        fact = _fact("not a real dog, a statue", draft)
        assert fact.tier == "certain" and "no longer negated" in fact.evidence, draft
