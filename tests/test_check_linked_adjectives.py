"""A subject linked to two describing words ("The sky is clear and blue.") keeps both (check28, issue 23):
the first, a word that may also name a thing ("clear", "calm"), was read as a thing of its own that the
colour after "and" belonged to, so a draft's "a clear and blue sky" was a certain contradiction.
Invented examples."""

from assistant.check import check_draft
from assistant.check.binding import note_phrases
from assistant.kinds.caption import CaptionTask


def _facts(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts


def test_two_describing_words_after_a_link_are_the_subject():
    assert [(p.head.lower, [a.lower for a in p.attrs]) for p in note_phrases("The sky is clear and blue.")] == [
        ("sky", ["clear", "blue"])]
    assert _facts("The sky is clear and blue.", "A lake lies under a clear and blue sky.")[0].status == "kept"
    assert _facts("The water is calm and green.", "A boat floats on calm and green water.")[0].status == "kept"


def test_guard_the_colour_given_to_another_thing_is_still_moved():
    facts = _facts("The pond is calm and green.\nThe grass is brown.", "A calm pond lies beside green grass.")
    assert (facts[0].status, facts[0].tier) == ("dropped", "certain") and "of the pond" in facts[0].evidence
    # a thing after "and" is a thing: "a table and a chair"
    assert [p.head.lower for p in note_phrases("Beside the door is a table and a chair.")] == ["door", "table", "chair"]
