"""review38's finds in the check rules of check23ah, each pinned (invented examples)."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def _fact(note: str, draft: str):
    return check_draft(split_notes(note), draft).facts[0]


def test_a_note_of_two_sentences_still_keeps_its_attribute_on_its_object():
    # a window wide enough for each of the note's sentences let "red" be found on the shop's coat
    f = _fact("A woman in a red coat holds an umbrella. A dog sits at her feet.",
              "A woman holds an umbrella. The street is wet. A dog sits at her feet. Cars pass by. "
              "A red coat hangs in the shop window.")
    assert (f.status, f.tier) == ("dropped", "certain"), f


def test_every_hedge_of_a_note_of_several_sentences_must_survive():
    f = _fact("A bus waits at the stop on the left, with a dented door and a tall driver in a blue cap. "
              "It is probably old. The driver might be asleep.",
              "A bus waits at the stop on the left. It has a dented door. A tall driver in a blue cap sits inside. "
              "It is probably old. The driver is asleep.")
    assert f.status == "hedge_lost", f


@pytest.mark.parametrize(("note", "draft"), [
    ("woman walking with a man", "A man walks with a woman."),
    ("girl dancing with a boy", "A boy dances with a girl."),
    ("horse grazing beside a cow", "A cow grazes beside a horse."),
])
def test_two_things_doing_something_together_may_be_named_either_way_round(note, draft):
    assert _fact(note, draft).status == "kept"


def test_who_does_what_to_whom_is_still_raised_and_quoted_in_either_voice():
    f = _fact("brown dog walked by an old man", "A brown dog is walking an old man.")
    assert (f.status, f.tier) == ("contradicted", "check"), f
    assert "the note says 'dog walked by an old man'" in f.evidence, f.evidence
    f2 = _fact("old man walking a brown dog", "A brown dog is walking an old man.")
    assert f2.status == "contradicted", f2
