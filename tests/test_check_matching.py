"""Matching notes to the sentences that carry them."""

from assistant.check import check_draft
from assistant.check.matching import closest_hits, required
from assistant.notes import split_notes


def test_required_share_of_content_words():
    assert [required(n) for n in (1, 2, 3, 4, 8)] == [1, 2, 3, 3, 6]
    assert required(4, lenient=True) == 2


def test_closest_hits_counts_units_within_the_span():
    assert closest_hits([(0, "a"), (1, "b"), (40, "c")], span=25) == 2


def test_a_note_spread_over_two_sentences_is_kept_with_both_as_provenance():
    report = check_draft(split_notes("a woman holding a yellow umbrella"), "There is a woman. She holds a yellow umbrella.")
    assert report.ok and report.facts[0].sentences == [0, 1]


def test_a_note_with_nothing_in_the_draft_is_dropped_with_what_is_missing():
    report = check_draft(split_notes("a dog on a leash"), "A cat sleeps.")
    assert report.dropped == ["n1"] and "dog" in report.facts[0].missing
