"""A count stays on its object, and a doer's verb does not swallow the thing it acts on (check23aj)."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def _verdicts(notes: str, draft: str) -> dict[str, str]:
    return {f.id: f.status for f in check_draft(split_notes(notes), draft).facts}


@pytest.mark.parametrize(("notes", "draft"), [
    ("two cups and one plate on table", "One cup and two plates are on the table."),
    ("two cups on table\none plate on shelf", "One cup is on the table. Two plates are on the shelf."),
    ("3 ducks near pond\na swan on the grass", "A duck is near the pond. Three swans are on the grass."),
])
def test_a_count_said_of_another_object_is_a_problem(notes, draft):
    assert _verdicts(notes, draft)["n1"] != "kept"


@pytest.mark.parametrize(("notes", "draft"), [
    ("two cups on table\none plate on shelf", "Two cups are on the table. A plate is on the shelf."),
    ("two cups on table\nthree plates on shelf", "Two cups are on the table and 3 plates are on the shelf."),
    # "one" is not judged: "a" says it too, and "one" is often a pronoun
    ("one cup on table\ntwo plates on shelf", "A cup is on the table. One of two plates on the shelf is chipped."),
])
def test_counts_on_their_own_objects_are_kept(notes, draft):
    assert _verdicts(notes, draft)["n1"] == "kept"


@pytest.mark.parametrize("draft", [
    "A yellow girl flies a kite on the beach.",
    "A yellow girl holds the kite on the beach.",
])
def test_a_colour_moved_to_the_doer_of_a_verb_is_a_problem(draft):
    assert _verdicts("girl with yellow kite on beach", draft)["n1"] != "kept"


@pytest.mark.parametrize("draft", [
    "A girl flies a yellow kite on the beach.",
    "A girl holds the yellow kite on the beach.",
])
def test_the_colour_on_the_thing_acted_on_is_kept(draft):
    assert _verdicts("girl with yellow kite on beach", draft)["n1"] == "kept"


def test_a_heading_before_a_sentence_is_no_verb():
    from assistant.check.binding import note_phrases

    heads = [p.head.lower for p in note_phrases("Oak trees: A row of tall trees lines the road.")]
    assert "trees" in heads[:1]
