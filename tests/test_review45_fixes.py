"""A second reader's finds on this morning's compose mends and check rules (review45), on invented inputs:
mends that must leave a sentence as typed, and faithful captions that must raise no problem."""

import pytest

from assistant.check import check_draft
from assistant.compose.polish import complete_fragments
from assistant.compose.repeats import merge_repeats
from assistant.kinds.caption import CaptionTask


def _mended(notes: str, sentence: str) -> list[str]:
    return complete_fragments([sentence], CaptionTask(notes=notes).observations(), [])


@pytest.mark.parametrize("notes, sentence", [
    ("left of car, dented", "The left of the car, dented."),  # the car's side, not a thing beside it
    ("left of road, covered in snow", "The left of the road, covered in snow."),
    ("right of fence overgrown with weeds", "The right of the fence, overgrown with weeds."),
])
def test_a_side_followed_by_its_own_words_is_not_made_a_thing(notes, sentence):
    assert "there is" not in " ".join(_mended(notes, sentence)).lower()


def test_a_side_before_a_sentence_becomes_a_place_and_nothing_more():
    assert _mended("right of flower, another flower blooms", "The right of the flower, another flower blooms.") == \
        ["To the right of the flower, another flower blooms."]
    assert _mended("left of bench, 2 dogs sleep", "The left of the bench, 2 dogs sleep.") == \
        ["To the left of the bench, 2 dogs sleep."]


def test_an_opening_phrase_is_kept_whole_in_a_merged_repeat():
    notes = CaptionTask(notes="children play in snow in winter\nchildren building snowman with carrot nose").observations()
    merged = merge_repeats(["During winter, children play in the snow.",
                            "Children play in the snow, building a snowman with a carrot nose."], notes, [], 50)
    assert merged in (["During winter, children play in the snow, building a snowman with a carrot nose."],
                      ["During winter, children play in the snow.",
                       "Children play in the snow, building a snowman with a carrot nose."])


def _problems(notes: str, draft: str) -> list:
    return [f for f in check_draft(CaptionTask(notes=notes).observations(), draft).facts if f.status != "kept"]


@pytest.mark.parametrize("notes, draft", [
    ("truck parked by house, bearing company logo", "The truck is parked by the house and bears a company logo."),
    ("bottle in ice bucket, displaying gold label", "The bottle stands in an ice bucket and displays a gold label."),
    ("A tall man stands on the left side of the frame wearing a hat.\n"
     "A small boy stands on the right side of the frame holding a kite.\nman on left, boy on right",
     "A tall man stands on the left side of the frame wearing a hat. "
     "A small boy stands on the right side of the frame holding a kite."),
    ("A red car is parked on the left side of the street near a tree.\n"
     "A blue van is parked on the right side of the street near a shop.\nred car left, blue van right",
     "A red car is parked on the left side of the street near a tree. "
     "A blue van is parked on the right side of the street near a shop."),
    ("A black cat sleeps on the sofa under a wool blanket.\nA white dog sits on the rug beside the fireplace.\n"
     "cat black, dog white",
     "A black cat sleeps on the sofa under a wool blanket. A white dog sits on the rug beside the fireplace."),
])
def test_faithful_captions_raise_no_problem(notes, draft):
    assert _problems(notes, draft) == []


def test_what_a_worn_thing_has_is_still_its_own():
    (fact,) = _problems("bride, adorned in floor-length white gown, featuring high collar",
                        "The bride is adorned in the floor-length white gown, and features a high collar.")
    assert (fact.status, fact.tier) == ("contradicted", "check")


@pytest.mark.parametrize("fragment, sentence", [
    ("The cat's fur predominantly ginger.", "The cat's fur is predominantly ginger."),
    ("The wall mostly white and gray.", "The wall is mostly white and gray."),
    ("The dog's coat mostly brown, with white spots.", "The dog's coat is mostly brown, with white spots."),
])
def test_a_colour_after_an_adverb_is_said_of_the_subject(fragment, sentence):
    from assistant.compose.polish import fragment_mend  # noqa: PLC0415
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("fragment, sentence", [
    ("The lamp, tall and thin, barely visible in the corner.", "The lamp, tall and thin, is barely visible in the corner."),
    ("The river, wide and slow, visible through the trees.", "The river, wide and slow, is visible through the trees."),
])
def test_a_describing_word_after_asides_may_have_its_place(fragment, sentence):
    from assistant.compose.polish import fragment_mend  # noqa: PLC0415
    assert fragment_mend(fragment) == sentence
