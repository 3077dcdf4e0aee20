"""What one of two things told apart does, said of the other (check27, issue 23): notes that tell two
things of a kind apart by their clothes, colour, size or side, and a draft that gives one's verb to
the other. Invented examples; every word of the notes is in each wrong caption."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask

TWO_GIRLS = ("The girl in the yellow raincoat is jumping into a puddle.\n"
             "The girl in the green boots is holding an umbrella.")


def _facts(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts


def test_the_verb_given_to_the_other_thing_of_its_kind_is_a_look():
    facts = _facts(TWO_GIRLS, "The girl in the green boots is jumping into a puddle, while the girl in the yellow "
                              "raincoat is holding an umbrella.")
    assert (facts[0].status, facts[0].tier) == ("contradicted", "check")
    assert "green boots" in facts[0].evidence
    cats = "A grey cat is dozing on the sofa.\nAn orange cat is watching the birds."
    facts = _facts(cats, "An orange cat is dozing on the sofa, and a grey cat is watching the birds.")
    assert [f.status for f in facts] == ["contradicted", "contradicted"]
    terse = "boy w/ red kite running along beach\nboy w/ blue bucket digging in sand"
    facts = _facts(terse, "A boy with a blue bucket is running along the beach while a boy with a red kite is digging "
                          "in the sand.")
    assert facts[0].status == "contradicted" and facts[0].tier == "check"


def test_the_note_own_thing_keeps_its_verb_passes():
    assert {f.status for f in _facts(TWO_GIRLS, "The girl in the yellow raincoat is jumping into a puddle, while the "
                                                "girl in the green boots is holding an umbrella.")} == {"kept"}
    # both do it: the note's own thing still does
    both = "The girl in the yellow raincoat is laughing.\nThe girl in the green boots is laughing too."
    assert {f.status for f in _facts(both, "The girl in the green boots and the girl in the yellow raincoat are "
                                           "laughing.")} == {"kept"}


def test_guard_marks_the_note_itself_gives_or_no_other_thing_of_the_kind():
    # the note says the draft's mark itself: "green" is the raincoat's too
    notes = ("The girl in the green raincoat is jumping into a puddle.\n"
             "The girl in the red boots is holding an umbrella.")
    assert _facts(notes, "The girl in the green raincoat is jumping into a puddle.")[0].status == "kept"
    # only one girl: another mark is the draft's own wording, not another note's thing
    one = "The girl in the yellow raincoat is jumping into a puddle.\nA dog is holding a stick."
    assert _facts(one, "The girl in the bright raincoat is jumping into a puddle; a dog is holding a stick."
                  )[0].status != "contradicted"


def test_guard_the_other_thing_does_the_same_itself():
    """review48: the other note says the verb of its own thing, so the draft saying it of that thing is
    that note's fact, not this note's verb moved (was a look on this note)."""
    cats = "A grey cat is sleeping on the sofa.\nAn orange cat is sleeping on the floor."
    for draft in ("An orange cat is sleeping on the floor below a grey cat that is sleeping on the sofa.",
                  "An orange cat is sleeping on the floor. Above it, a grey cat naps on the sofa."):
        assert {f.status for f in _facts(cats, draft)} == {"kept"}
    both = "The girl in the yellow raincoat is laughing.\nThe girl in the green boots is laughing too."
    assert {f.status for f in _facts(both, "The girl in the green boots is laughing, and so is the girl in the "
                                           "yellow raincoat.")} == {"kept"}


def test_guard_one_thing_the_notes_mark_twice_said_as_one():
    """review48: two notes may mark one man twice ("a red cap", "the grey beard"); a draft that says both marks
    of one man, the note's after its verb, names no other man with the note's marks (was a look)."""
    notes = "A man in a red cap is fishing from the pier.\nThe man with the grey beard holds a long rod."
    for draft in ("A man with a grey beard is fishing from the pier, wearing a red cap and holding a long rod.",
                  "The man with the grey beard is fishing from the pier in a red cap; he holds a long rod."):
        assert _facts(notes, draft)[0].status == "kept"
