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


# ------------------------------------------------------------------ "£5.8m": a sum in news style


def test_a_sum_written_with_m_or_bn_is_the_same_number():
    """"£3.2m" is "£3.2 million", "$1.5bn" is "1.5 billion dollars", either way round (issue 23:
    a certain false alarm on a human rewrite that writes sums as news does). Invented rows."""
    note = "Remove the information about the weather."
    for original, draft in (("The club received £3.2 million from the fund.", "The club received £3.2m from the fund."),
                            ("The bridge cost 1.5 billion dollars.", "The bridge cost $1.5bn."),
                            ("The club received £3.2m from the fund.", "The club received £3.2 million from the fund.")):
        report = check_draft(split_notes(note), draft, original=original)
        assert not report.unsupported, (draft, report.unsupported)


def test_another_sum_or_a_length_in_metres_is_still_a_number():
    """Look-alikes: "£3.4m" for the original's £3.2 million is a certain difference, and "a 5m wall"
    (no currency sign) is 5 of something, not five million."""
    note = "Remove the information about the weather."
    report = check_draft(split_notes(note), "The club received £3.4m from the fund.",
                         original="The club received £3.2 million from the fund.")
    assert [u.tier for u in report.unsupported if "3.4" in u.text] == ["certain"], report.unsupported
    report = check_draft(split_notes(note), "A 5m wall stands by the road.", original="A 5 million wall stands by the road.")
    assert any("5" in u.text for u in report.unsupported), report.unsupported


def test_a_count_of_things_several_notes_are_each_about_is_a_look_not_certain():
    """Two notes each about a woman are likely two women: "Two women" counts them, so it is shown as a
    look (two notes may describe one woman), not as a certain invented number. Another count, or a
    count of another thing, stays certain."""
    def counted(notes, draft):
        return [(u.text.split()[0], u.tier) for u in check_draft(split_notes(notes), draft).unsupported
                if "number not in the notes" in u.reason or "count of notes" in u.reason]

    two = "a woman in a red coat\na woman with a black hat"
    assert counted(two, "Two women stand together: one wears a red coat, the other a black hat.") == [("Two", "check")]
    assert counted(two, "There are 2 women; one wears a red coat and the other a black hat.") == [("2", "check")]
    terse = "woman on left in red coat\nwoman on right w/ black hat"
    assert counted(terse, "Two women stand: the one on the left in a red coat, the one on the right in a black hat.") \
        == [("Two", "check")]
    assert counted(two, "Three women stand together: one wears a red coat, another a black hat.") == [("Three", "certain")]
    assert counted(two, "Two men stand together: one wears a red coat, the other a black hat.") == [("Two", "certain")]
    # one note about one woman: no count to make
    assert counted("a woman in a red coat holding a cup", "Two women stand; one wears a red coat and holds a cup.") \
        == [("Two", "certain")]
    # a count the notes write is theirs, as before
    assert counted("2 women, red coat + black hat", "Two women wear a red coat and a black hat.") == []


def test_a_count_of_the_notes_thing_is_read_beside_the_thing_not_anywhere_near():
    """"2 dogs" drafted "Three dogs", beside another note's "Two women": the 2 of the women does not
    count the dogs, so the note is contradicted (a wrong count, for gold accuracy), not kept."""
    notes = split_notes("2 women near car\n2 dogs near bench")
    report = check_draft(notes, "Two women stand near a car. Three dogs are near the bench.")
    assert report.contradicted == ["n2"], report.model_dump()
    assert "the note says 2" in report.facts[1].evidence and report.facts[1].tier == "certain"
    # the right counts, or a count said apart from its thing ("two of them"), stay kept
    def kept(notes, draft):
        return all(f.status == "kept" for f in check_draft(notes, draft).facts)

    assert kept(notes, "Two women stand near a car. Two dogs are near the bench.")
    assert kept(notes, "Two women stand near a car, and two small dogs sit near the bench.")
    assert kept(split_notes("2 red buses, 3 red cars"), "Two red buses park beside three red cars.")


@pytest.mark.parametrize("note, draft", [("twenty one steps", "There are 21 steps."),
                                         ("two hundred and five seats", "The hall has 205 seats."),
                                         ("21 steps", "There are twenty-one steps.")])
def test_a_count_written_in_several_number_words_is_one_value(note, draft):
    assert all(f.status == "kept" for f in check_draft(split_notes(note), draft).facts)
