"""Issue 23 (check23al): a caption's relation said from the other side, or a direction that says the
note's other place, is no swap and no contradiction (`relations.said_conversely`, `matching`).
Invented examples; the first four and "lower-case" failed before the change, the others guard what must not move."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _report(notes: str, draft: str):
    return check_draft(split_notes(notes), draft)


def test_a_relation_past_a_partitive_said_from_the_other_side_is_kept():
    report = _report("A pale grey sky is behind the group of trees.", "Tall trees stand in front of a pale grey sky.")
    assert report.facts[0].status == "kept", report.facts[0]
    assert not any(u.tier == "certain" for u in report.unsupported), report.unsupported


def test_the_note_thing_of_its_clause_said_from_the_other_side_is_no_swap():
    # the note places the sky (with kites); the caption keeps the sky behind the trees, leaves out the kites
    report = _report("A pale grey sky with white kites is behind the trees.",
                     "One oak stands in front of the other trees in front of a pale grey sky.")
    fact = report.facts[0]
    assert fact.status == "dropped" and fact.missing == ["white"], fact
    assert not any(u.tier == "certain" for u in report.unsupported), report.unsupported


def test_a_converse_mention_accounts_for_the_opposite_beside_another_mention():
    report = _report("A cloudy sky with two gulls is behind the trees.",
                     "A small bench stands in front of an old wall, and tall trees are in front of a cloudy sky.")
    assert not any("swap" in u.reason for u in report.unsupported), report.unsupported


def test_a_direction_that_says_the_note_other_place_is_no_contradiction():
    report = _report("A red barn has a weathervane at the top and hay bales at the bottom.",
                     "Above the red barn with its hay bales, a weathervane turns in the wind.")
    assert report.facts[0].status != "contradicted", report.facts[0]


def test_the_relation_reversed_in_the_same_order_stays_a_certain_contradiction():
    report = _report("A pale grey sky is behind the trees.", "A pale grey sky is in front of the trees.")
    assert report.facts[0].status == "contradicted" and report.facts[0].tier == "certain"
    assert any(u.tier == "certain" and "swap" in u.reason for u in report.unsupported)


def test_the_opposite_of_the_only_place_stays_a_contradiction():
    report = _report("A red barn has a weathervane at the top.", "Below the red barn, a weathervane turns in the wind.")
    assert report.facts[0].status == "contradicted", report.facts[0]


def test_a_direction_hyphen_joined_into_a_dictionary_word_is_no_place():
    # "lower-case" is lowercase: letters, not the bottom; the top the note gives is left out, no swap
    report = _report("Red letters are at the top of the white sign.", "The white sign has red lower-case letters.")
    assert report.facts[0].status == "dropped" and report.facts[0].missing == ["top"], report.facts[0]
    assert not any("swap" in u.reason for u in report.unsupported), report.unsupported


def test_a_hyphen_joined_place_stays_a_place():
    from assistant.check.words import words

    assert [w.direction for w in words("the lower-left corner") if w.direction] == ["bottom", "left"]
