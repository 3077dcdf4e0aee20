"""A removal that lists single words ("Remove the information about United, Crystal, and striker") removes each
word on its own, read by the one edit grammar compose and the check share (issue 23 item 5, issue 25's
descriptive instructions). Invented examples."""

from assistant.check import check_draft
from assistant.check.edit_parsing import targets
from assistant.locate import find_all
from assistant.notes import split_notes

NOTE = "Remove the information about Rovers, Athletic, and midfielder from the summary."
ORIGINAL = "Leeds Rovers have signed Athletic midfielder Tom Hale and Derby winger Sam Cole."


def test_a_list_of_single_words_is_one_target_each():
    assert targets("Rovers, Athletic, and midfielder") == ["Rovers", "Athletic", "midfielder"]
    assert targets("the sizes, colors and prices") == ["the sizes, colors and prices"]  # phrases: one description
    assert targets("Smith, Jones") == ["Smith, Jones"]  # two words could be one name's parts


def test_each_listed_word_is_found_on_its_own():
    found = find_all("n1", NOTE, [ORIGINAL], ORIGINAL)
    assert [f.phrase for f in found] == ["Rovers", "Athletic", "midfielder"]
    assert [f.edit.old for f in found[1:]] == ["Athletic", "midfielder"]  # literal removals, no model needed


def test_the_check_reads_the_removal_word_by_word():
    notes = split_notes(NOTE)
    done = check_draft(notes, "Leeds have signed Tom Hale and Derby winger Sam Cole.", original=ORIGINAL)
    left = check_draft(notes, ORIGINAL, original=ORIGINAL)
    assert done.facts[0].status == "kept"
    assert left.facts[0].status != "kept"
