"""Numbers and counts: digits and number words are one value; a changed count is caught."""

import pytest

from assistant.check import check_draft
from assistant.check.numbers import combine_numbers
from assistant.check.words import words
from assistant.notes import split_notes


@pytest.mark.parametrize("text, values", [("twenty one cats", [21.0]), ("two hundred and five", [205.0]),
                                          ("2223 0229", [2223.0, 229.0]), ("3 dogs and 4 cats", [3.0, 4.0])])
def test_numbers_combine_spelled_not_digits(text, values):
    assert combine_numbers(words(text)) == values


def test_a_number_word_matching_a_digit_is_supported_and_carried():
    report = check_draft(split_notes("3 pedestrians"), "There are three pedestrians.")
    assert report.ok, report.model_dump()


def test_a_changed_count_drops_the_note_and_the_new_number_is_unsupported():
    report = check_draft(split_notes("3 pedestrians"), "There are four pedestrians.")
    assert report.contradicted == ["n1"] and "3" in report.facts[0].missing
    assert [u.reason for u in report.unsupported] == ["number not in the notes"]


def test_a_number_in_the_original_supports_a_rewrite():
    report = check_draft(split_notes("Replace Wirral with Moreton"), "A Moreton factory loses 342 jobs.",
                         original="A Wirral factory loses 342 jobs.")
    assert report.ok, report.model_dump()


def test_both_points_back_at_two_things_the_notes_name_together():
    """"Both" of "a lamp and a vase" adds no count; with one thing noted it is one too many."""
    from assistant.kinds.caption import CaptionTask

    def spans(notes, draft):
        return [u.text for u in check_draft(CaptionTask(notes=notes).observations(), draft).unsupported]

    assert spans("a white lamp and a white vase on the shelf", "A lamp and a vase are on the shelf. Both are white.") == []
    assert spans("a white lamp on the shelf", "A lamp is on the shelf. Both are white.") == ["Both"]
