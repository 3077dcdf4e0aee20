"""Quoted text: verbatim, and a quoted removal is checked on the quote."""

from assistant.check import check_draft
from assistant.notes import split_notes


def test_altered_quote_is_dropped():
    report = check_draft(split_notes('sign reads "EXIT"'), 'A sign reads "EXIT NOW".')
    assert report.dropped == ["n1"]


def test_removing_a_quoted_phrase_is_checked_on_the_quote():
    notes = split_notes('Remove the information about "giant steam" before the "train" part.')
    original = "You get to see a giant steam train in action."
    assert check_draft(notes, "You get to see a train in action.", original=original).ok
    kept = check_draft(notes, original, original=original)
    assert kept.dropped == ["n1"] and '"giant steam"' in kept.facts[0].evidence


def test_a_quoted_addition_needs_only_its_quote():
    notes = split_notes('Add that "A petition was signed for" at the beginning.')
    report = check_draft(notes, "A petition was signed for the consultation.", original="The consultation.")
    assert report.facts[0].status == "kept", report.facts[0]


def test_a_full_stop_inside_the_closing_quote_mark_is_punctuation():
    notes = split_notes('Replace the claim with the information about "gross miscarriage of justice"')
    report = check_draft(notes, 'She called it a "gross miscarriage of justice."', original="She called it a claim.")
    assert report.facts[0].status == "kept", report.facts[0]


def test_two_quotes_of_a_note_written_as_one_quote_are_both_carried():
    """'"OPEN" and "CLOSED" with a line between them' written '"OPEN | CLOSED"': nothing but the
    note's own quoted words is in the quote, so neither is altered. Other words in it still are."""
    notes = split_notes('a sign with the words "OPEN" and "CLOSED" with a line between them')
    report = check_draft(notes, 'A sign with the words "OPEN | CLOSED" and a line between them.')
    assert report.facts[0].status == "kept", report.facts[0]
    altered = check_draft(notes, 'A sign with the words "OPEN NOW | CLOSED" and a line between them.')
    assert altered.dropped == ["n1"] and '"open"' in altered.facts[0].evidence


def test_a_draft_wrapped_in_double_quotes_keeps_its_inner_quotes():
    """A model that answers '"A sign with the word 'OPEN'."' quotes its whole answer: the
    sign's word is the single-quoted one. A draft with quotes of its own is left as it is."""
    from assistant.check import check_draft
    from assistant.kinds.caption import CaptionTask

    obs = CaptionTask(notes='Sign: a blue sign with the word "OPEN".').observations()
    assert check_draft(obs, "\"A blue sign with the word 'OPEN'.\"").facts[0].status == "kept"
    assert check_draft(obs, '"A blue sign with the word" CLOSED.').facts[0].status != "kept"
