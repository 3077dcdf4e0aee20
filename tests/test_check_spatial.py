"""Directions and colours."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def test_a_swapped_direction_is_caught_even_with_another_left_nearby():
    notes = split_notes("red bus on the left\nblue car on the left")
    report = check_draft(notes, "A red bus is on the left. A blue car is on the right.")
    # the car's window may borrow the bus's "left": the surplus "right" still shows, and with a
    # "left" of the notes gone it is a swap, so certain
    assert [(u.text, u.tier) for u in report.unsupported] == [("right", "certain")]
    assert "in place of the notes' 'left': a swap" in report.unsupported[0].reason and not report.certain_ok


def test_a_direction_the_notes_never_give_is_a_have_a_look_not_certain():
    # one "left" more than the notes, but no "right" of the notes went missing: content the notes
    # do not give, not a swap
    report = check_draft(split_notes("a red car on the left\na tall tree"),
                         "A red car is on the left, beside a tall tree on the left.")
    assert [(u.text, u.tier) for u in report.unsupported] == [("left", "check")]
    assert report.certain_ok and not report.ok


def test_a_direction_replacing_its_opposite_is_certain():
    report = check_draft(split_notes("a red car on the left\na tall tree on the left"),
                         "A red car is on the left, beside a tall tree on the left and a bench on the right.")
    # both "left"s of the notes are still there: the bench's "right" is new content
    assert [(u.text, u.tier) for u in report.unsupported] == [("bench on the right", "check")]
    swapped = check_draft(split_notes("a red car on the left\na tall tree on the left"),
                          "A red car is on the left, beside a tall tree on the right.")
    assert [(u.text, u.tier) for u in swapped.unsupported] == [("right", "certain")] and not swapped.certain_ok


def test_upper_and_top_are_one_direction():
    report = check_draft(split_notes("grey clouds at the top right"), "Grey clouds are in the upper right.")
    assert report.ok, report.model_dump()


def test_a_changed_colour_is_caught():
    report = check_draft(split_notes("red bus"), "A green bus.")
    assert report.contradicted == ["n1"]


def test_a_camera_view_phrase_is_no_place_to_carry():
    """"A close-up view", "a looking-down shot": where the camera stood, not where the thing is.
    A caption that leaves the framing out has lost no position (the shot itself is a check-tier look,
    `check/framing.py`); a thing's own place still counts."""
    from assistant.check import check_draft
    from assistant.kinds.caption import CaptionTask

    def fact(notes, draft):
        return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]

    closeup = fact("Kettle: a close-up view of a copper kettle.", "A copper kettle.")
    assert (closeup.tier, closeup.missing) == ("check", ["close-up"])
    assert fact("Kettle: a looking-down shot of a copper kettle.", "A copper kettle.").tier != "certain"
    f = fact("Kettle: a copper kettle is up on the shelf.", "A copper kettle is on the shelf.")
    assert (f.status, f.tier) == ("dropped", "certain")


def test_the_words_of_a_camera_view_phrase_are_no_content_to_carry():
    """"a medium-shot view", "a long-shot bird's-eye view": the framing's words are neither a
    thing's place nor a thing ("eye"); the shot left out is a check-tier look of its own
    (`check/framing.py`), never a word missing; "outdoor" says something of the scene and still counts."""
    from assistant.check import check_draft
    from assistant.kinds.caption import CaptionTask

    def fact(notes, draft):
        return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]

    assert fact("Kettle: a medium-shot view of a copper kettle.", "A copper kettle.").missing == ["medium"]
    assert fact("Town: a long-shot bird's-eye view of a town with red roofs.", "A town with red roofs.").missing == [
        "overhead, wide"]
    assert fact("Kettle: a medium-shot view of a copper kettle.", "A medium shot of a copper kettle.").status == "kept"
    assert "outdoor" in fact("Kettle: an outdoor medium-shot view of a copper kettle.", "A copper kettle.").missing
    assert "long" in fact("Bench: a long wooden bench.", "A wooden bench.").missing


def test_a_position_before_a_comma_and_a_camera_view_is_still_a_position():
    # the view phrase starts after the comma: "top" is where the dog is, not how the photo was taken
    assert check_draft(split_notes("a dog at the top, close up shot"), "A dog.").dropped == ["n1"]
    assert check_draft(split_notes("a tree on the right. low angle view"), "A tree.").dropped == ["n1"]
    mug = check_draft(split_notes("a close-up looking-down view of a red mug"), "A red mug.")
    assert mug.certain_ok and mug.facts[0].missing == ["close-up"]  # the shot: a look, no position


def _caption_fact(notes: str, draft: str):
    from assistant.kinds.caption import CaptionTask

    return check_draft(CaptionTask(notes=notes).observations(), draft)


def test_a_direction_naming_the_same_place_carries_the_note():
    """"In the background" and "behind the barn", "at the top" and "above the door" name one place
    (lexicon `direction_kin`, lexicon-2026.12.05.3); the opposite still does not."""
    # a relation to a thing said as a place in the picture is no contradiction; it does not carry
    # the relation either (a have-a-look): "a cat at the bottom" does not say "under the table"
    behind = _caption_fact("Hills: green hills are behind the red barn.", "Green hills rise in the background beyond a red barn.")
    assert behind.facts[0].status != "contradicted" and behind.facts[0].tier != "certain", behind.model_dump()
    kept = _caption_fact("Hills: green hills in the background.", "Green hills rise behind a red barn.")
    assert kept.facts[0].status == "kept", kept.model_dump()
    assert _caption_fact("Lamp: a brass lamp hangs at the top of the hall.",
                         "A brass lamp hangs above the hall.").facts[0].status == "kept"
    swapped = _caption_fact("Hills: green hills are behind the red barn.", "Green hills lie in the foreground of a red barn.")
    assert swapped.facts[0].status in ("dropped", "contradicted") and swapped.facts[0].tier == "certain"


def test_another_things_direction_of_the_same_place_does_not_carry_a_note():
    # the kite's "below" is not the lost bench's "bottom": half the note's words must be in that sentence
    report = _caption_fact("Bench: a wooden park bench at the bottom of the slope.\nKite: a red kite flies high.",
                           "A red kite flies high below the clouds.")
    fact = report.facts[0]
    assert (fact.status, fact.tier) == ("dropped", "certain")


def test_a_surplus_direction_that_restates_the_notes_place_is_no_new_content():
    report = _caption_fact("Mountain: a snowy mountain is behind the lake.", "A snowy mountain stands in the background of the lake.")
    assert report.ok, report.model_dump()


def test_directions_on_different_axes_do_not_contradict():
    """"In the background" and "on the left" may both hold of one sky: the note's place is not
    said, which is a drop, not a contradiction (lexicon `direction_axes`)."""
    fact = _caption_fact("Sky: a pale blue sky is in the background.", "A pale blue sky fills the upper left.").facts[0]
    assert fact.status == "dropped"
    other = _caption_fact("Dog: a brown dog on the left.", "A brown dog sits in the center.").facts[0]
    assert other.status == "contradicted"


@pytest.mark.parametrize("draft", ["Snowy mountains are in the distance.", "The snowy mountains are far.",
                                   "Snowy mountains are in the back."])
def test_the_distance_and_the_back_are_the_background(draft):
    """"In the distance" and "in the back" say "in the background" (lexicon-2026.12.05.6)."""
    report = _caption_fact("Mountains: snowy mountains in the background.", draft)
    assert report.ok, report.model_dump()


def test_against_the_notes_thing_puts_it_in_the_background():
    """"A stone tower against a clear blue sky" says the sky's note "in the background", and relates
    the tower to a backdrop, not to a thing no note relates it to. A note's "behind the ladder" is a
    relation to one thing, which "against" does not carry."""
    report = _caption_fact("Sky: a clear blue sky in the background.\nTower: a stone tower.",
                           "A stone tower is against a clear blue sky.")
    assert report.ok, report.model_dump()
    behind = _caption_fact("Wall: a brick wall behind the ladder.\nLadder: a ladder.", "A ladder is against a brick wall.")
    assert behind.facts[0].status == "dropped"
def test_a_closing_sentence_that_restates_a_position_adds_no_direction():
    """Captions often end by saying a fact again: the second "top" is the same statement, not a
    second top. A direction said again of another thing, or of a pronoun, still counts."""
    notes = split_notes("white mug w/ chip on top rim\nwooden shelf")
    report = check_draft(notes, "A white mug with a chip on the top rim stands on a wooden shelf. "
                                "The mug has a chip on the top rim.")
    assert report.ok, report.unsupported
    report = check_draft(notes, "A white mug with a chip on the top rim stands on a wooden shelf. "
                                "The shelf is at the top.")
    assert [(u.text, u.tier) for u in report.unsupported] == [("top", "check")]
    notes = split_notes("a red kite flies in front of the clouds\ntwo boys stand on the hill")
    report = check_draft(notes, "A red kite flies in front of them. Two boys stand on the hill in front of them.")
    assert [u.text for u in report.unsupported] == ["front"]


def test_all_over_is_no_direction():
    """"spread all over the floor" says how far, not "above"."""
    notes = split_notes("grey rug spread all over the floor\nsmall dog asleep on the rug")
    report = check_draft(notes, "A grey rug is spread all over the floor, and a small dog sleeps on the rug, "
                                "its toys scattered all over.")
    assert not [u for u in report.unsupported if u.text == "over"], report.unsupported


def test_a_sentence_that_blends_two_earlier_ones_is_no_restatement():
    """"The blue door below the sign has the brass handle" joins two notes' words: said of the
    door, the handle is new, so its "below" counts. Beside a pronoun ("her left hand") the thing
    may be another one described alike, so the mention still counts."""
    notes = split_notes("blue door below the shop sign\nround window w/ brass handle and red frame above the sign")
    report = check_draft(notes, "A blue door is below the shop sign. A round window with a brass handle and a red "
                                "frame is above the sign. The blue door below the sign has a brass handle and a red frame.")
    assert [u.text for u in report.unsupported] == ["below"]
    notes = split_notes("woman statue holding a sword in her left hand and a torch")
    report = check_draft(notes, "A woman statue is holding a sword in her left hand and a torch. "
                                "The woman statue holds the sword in her left hand.")
    assert [u.text for u in report.unsupported] == ["left"]
