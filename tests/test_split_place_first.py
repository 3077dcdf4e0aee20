"""A long sentence is not cut after a place typed first (assistant/compose/splits.py): the place
alone would be a fragment ("In the far right corner of the room."). A list after such a place is
still cut between its items. Invented sentences."""

from assistant.compose.splits import split_run_on


def test_a_place_typed_first_stays_with_its_sentence():
    s = ("In the far right corner of the room, a stack of old leather suitcases in a muted range of shades - "
         "brown, tan, gray, and black - leans against the wall.")
    parts = split_run_on(s, 20)
    assert "In the far right corner of the room." not in parts
    assert parts[0].startswith("In the far right corner of the room, a stack")


def test_a_list_after_a_place_is_still_cut_between_its_items():
    s = ("On the long wooden table near the window, a red teapot with a chipped spout, a blue cup with a gold rim, "
         "a plate of biscuits and a jar of honey.")
    parts = split_run_on(s, 15)
    assert len(parts) > 1 and parts[0].startswith("On the long wooden table near the window, a red teapot")
