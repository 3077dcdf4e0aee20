"""Who does what to whom: a note's "X <verb> Y" carried by a caption that says "Y <verb> X" (check23ah)."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def _status(notes: str, draft: str) -> str:
    return check_draft(split_notes(notes), draft).facts[0].status


@pytest.mark.parametrize(("notes", "draft"), [
    ("old man walking a brown dog", "A brown dog is walking an old man."),
    ("old man walking a brown dog", "A brown dog walks an old man."),
    ("tall pine tree reflected in calm lake", "A calm lake is reflected in the tall pine tree."),
    ("girl feeding a white goat", "A white goat feeding a girl."),
    ("girl feeding a white goat", "A girl is fed by a white goat."),
    ("old man walked a brown dog", "A brown dog walked an old man."),
])
def test_the_things_of_a_verb_swapped_are_a_contradiction(notes, draft):
    fact = check_draft(split_notes(notes), draft).facts[0]
    assert fact.status == "contradicted"
    assert fact.tier == "check"
    assert "swapped" in fact.evidence


@pytest.mark.parametrize(("notes", "draft"), [
    ("old man walking a brown dog", "An old man is walking a brown dog."),
    # the passive says it the note's way round
    ("old man walking a brown dog", "A brown dog is being walked by an old man."),
    # one passive for another ("covered with", "covered by"), and a past tense that is no passive
    ("blue sky covered with gray clouds", "A blue sky, covered by gray clouds."),
    ("old man walked a brown dog", "An old man walked a brown dog."),
    # a participle with a place word is no passive: "perched on" is "perches on"
    ("wooden gazebo perched on red floor", "The wooden gazebo perches on a red floor."),
    ("tall pine tree reflected in calm lake", "The calm lake reflects the tall pine tree."),
    # a verb that holds both ways
    ("woman hugging a tall man", "A tall man hugging a woman."),
    # another note says it that way round too
    ("old man walking a brown dog\nbrown dog walking the old man home", "A brown dog is walking an old man."),
])
def test_the_notes_way_round_or_a_verb_that_holds_both_ways_is_kept(notes, draft):
    assert _status(notes, draft) == "kept"


def test_what_two_things_do_traded_between_them_is_a_contradiction():
    notes = "tall man holding black umbrella\nyoung woman holding brown bag"
    verdicts = {f.id: f.status for f in check_draft(
        split_notes(notes), "A tall man holds a brown bag, and a young woman holds a black umbrella.").facts}
    assert verdicts == {"n1": "contradicted", "n2": "contradicted"}


@pytest.mark.parametrize(("notes", "draft"), [
    ("tall man holding black umbrella\nyoung woman holding brown bag",
     "A tall man holds a black umbrella, and a young woman holds a brown bag."),
    # one man holding both is what the notes say when both notes are his
    ("tall man holding black umbrella\ntall man holding brown bag", "A tall man holds a black umbrella and a brown bag."),
])
def test_each_thing_doing_what_its_note_says_is_kept(notes, draft):
    assert {f.status for f in check_draft(split_notes(notes), draft).facts} == {"kept"}
