"""Words that only join, introduce or time what is said raise no alarm where what they join is
supported (check/connectives.py, negation.compares_at; issue 23). Invented notes and drafts."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def _spans(notes: str, draft: str, original: str | None = None) -> list[str]:
    return [u.text for u in check_draft(split_notes(notes), draft, original=original).unsupported]


@pytest.mark.parametrize("notes, draft", [
    # a quotation introduced by the word that names it
    ("a green sign with the word \"PUSH\" on it", "A green sign reading \"PUSH\" is on it."),
    ("a crate with the text \"KEEP DRY\"", "A crate is labelled “KEEP DRY”."),
    # a participle with its particle used as "about" after a noun
    ("Add the information about the complaints against the mayor.", "Complaints relating to the mayor were made."),
    ("Add the information about the report on the flooding.", "A report dealing with the flooding was made."),
    # "accompanied by" for "with"
    ("a red bench with a small lamp", "A red bench is accompanied by a small lamp."),
    # an event said to take place
    ("Add the information about the flood in the valley.", "A flood has happened in the valley."),
    ("Add the information about the crash on the bridge.", "A crash occurred on the bridge."),
    # placed against a backdrop
    ("a white lighthouse in front of a grey sky", "A white lighthouse set against a grey sky is in front."),
    # the time that follows is the fact
    ("Add the information about the festival in early June.", "The festival starting in early June was added."),
    # a thing said to have what follows "with"
    ("a brown hat with a red feather", "A brown hat decorated with a red feather."),
    # a time-order adverb, like "later"
    ("Add the information about the driver convicted of speeding.", "The driver initially convicted of speeding."),
    # a placement participle, like "positioned"
    ("a black arrow on a yellow board", "A black arrow is oriented on a yellow board."),
])
def test_a_word_that_only_joins_supported_words_raises_nothing(notes, draft):
    assert _spans(notes, draft) == []


def test_a_negation_in_a_comparison_adds_no_negation():
    assert _spans("A row of tall red houses.", "This red house is not as tall as the others.") == []


@pytest.mark.parametrize("notes, draft, flagged", [
    # guards: the same words with a fact of their own stay
    ("a green door", "A green door reading room.", "reading room"),  # no quotation follows
    ("Add the information about the mayor.", "The mayor is dealing with floods.", "dealing with floods"),  # a verb after "is"
    ("a small barn", "A small barn was set on fire.", "set on fire"),  # a deed, not a place
    ("Add the information about the festival.", "The festival starting in Leeds was planned.", "Leeds"),  # the place is new
    ("a blue car", "A blue car has happened to crash.", "crash"),  # the subject is supported, the crash is not
    ("a brown hat", "A brown hat decorated with a red feather.", "red feather"),  # the feather is new
])
def test_guards_the_same_words_with_a_fact_of_their_own_stay(notes, draft, flagged):
    assert any(flagged in s or s in flagged for s in _spans(notes, draft)), _spans(notes, draft)


def test_guard_a_plain_negation_is_still_counted():
    assert "not" in " ".join(_spans("A row of tall red houses.", "This red house is not tall."))


def test_guard_an_edit_that_adds_a_time_order_word_is_still_checked():
    notes = split_notes("Add the information about initially to the summary.")
    report = check_draft(notes, "The bridge was initially closed to traffic.", original="The bridge was closed to traffic.")
    assert report.facts[0].status == "kept" and report.facts[0].checked, report.facts[0]
