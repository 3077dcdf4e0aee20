"""General rules of check23y (issue 23), each pinned on invented examples that fail before the rule."""

from __future__ import annotations

from assistant.check import check_draft
from assistant.notes import split_notes


def _check(notes: str, draft: str):
    return check_draft(split_notes(notes), draft)


def test_an_amount_of_a_colour_is_a_detail_not_a_doubt():
    # "a hint of" says how much blue there is: a draft that drops it has lost the detail
    lost = _check("The curtain is grey with a hint of green.", "The curtain is grey of green.")
    assert lost.facts[0].status == "dropped"
    plural = _check("A brick wall with hints of purple.", "A brick and purple wall.")
    assert plural.facts[0].status == "dropped"
    # and said as the note says it, it adds no doubt the notes do not give
    kept = _check("The curtain is grey with a hint of green.", "The curtain is grey with a hint of green.")
    assert kept.facts[0].status == "kept" and not kept.unsupported


def test_a_doubt_is_still_a_doubt():
    assert [u.text for u in _check("A fire in the kitchen.", "Maybe a fire in the kitchen.").unsupported] == ["Maybe"]
    assert _check("Some of the chairs are red.", "Some of the chairs are red.").facts[0].status == "kept"


def test_looks_to_be_is_a_hedge_like_appears_to_be():
    note = "The armchair looks to be leather with brass feet."
    assert split_notes(note)[0].hedged
    assert _check(note, "The armchair is leather with brass feet.").facts[0].status == "hedge_lost"
    assert _check(note, "The armchair seems to be leather with brass feet.").facts[0].status == "kept"
    assert [u.text for u in _check("The armchair is leather.", "The armchair looks to be leather.").unsupported] == [
        "looks to be"]


def test_a_tone_cut_from_its_colour_by_a_verb_is_lost():
    # "pale green" mended into "The shed pale is green": the tone went to the subject
    cut = _check("shed pale green with white door", "The shed pale is green with a white door.")
    assert cut.facts[0].status == "dropped" and "pale" in cut.facts[0].evidence
    assert _check("evening dark blue over hills", "The evening dark is blue over the hills.").facts[0].status == "dropped"
    # the tone still before its colour, or no tone in the note: nothing to say
    assert _check("shed pale green with white door", "The shed is pale green with a white door.").facts[0].status == "kept"
    assert _check("The shed is green.", "The shed is green.").facts[0].status == "kept"


def test_two_things_a_note_sets_apart_said_to_be_one():
    notes = "right of word \"SALE\" picture of red tag\nwindow glass\nentrance on right"
    one = _check(notes, "The word \"SALE\" is the picture of a red tag. The window is glass. The entrance is on the right.")
    assert [u.text for u in one.unsupported] == ["is the"]
    # a place said first is where the thing is, not what it is
    placed = _check(notes, "Right of the word \"SALE\" is the picture of a red tag. The window is glass. "
                           "The entrance is on the right.")
    assert not placed.unsupported
    side = _check(notes, "On the side of the word \"SALE\" is the picture of a red tag. The window is glass. "
                         "The entrance is on the right.")
    assert not side.unsupported
