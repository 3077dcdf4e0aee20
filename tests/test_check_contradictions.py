"""Contradictions are certain only on strong evidence (issue 23): a negation that does not deny
the note's claim, or an old word that may be another thing's, is at most a look. Invented examples."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes
from tests.held import held_for_review


def _fact(notes: str, draft: str, original: str | None = None):
    report = check_draft(split_notes(notes), draft, original=original)
    return report.facts[0]


@pytest.mark.parametrize("note, draft", [
    ("The company raised prices.", "The company not only raised prices but also cut jobs."),
    ("The minister resigned.", "It is not untrue that the minister resigned."),
    ("The bridge will open in May.", "The bridge will not open until May."),
    ("a man holding a red umbrella", "A man who is not smiling is holding a red umbrella."),
])
def test_a_negation_that_denies_nothing_of_the_note_is_no_contradiction(note, draft):
    fact = _fact(note, draft)
    assert fact.status == "kept", fact


@pytest.mark.parametrize("note, draft, original", [
    ("The bridge was rebuilt in 1990.", "The bridge was rebuilt in 1990; the old tower was never rebuilt.", None),
    ("a woman with a hat", "A woman with a hat stands next to a man without a hat.", None),
    ("a table with cups", "A table with cups, and a shelf with no cups.", None),
    ("The shop is open on Sundays.", "The shop is open on Sundays, though the cafe is no longer open.", ""),
])
def test_a_negation_beside_the_claim_said_unnegated_is_a_look(note, draft, original):
    # the window states the note's word both ways: the negation may be another thing's
    fact = _fact(note, draft, original)
    assert fact.tier != "certain", fact


@pytest.mark.parametrize("note, draft, original", [
    ("Replace 'won' with 'lost'.", "The team lost the final after they had won the semi-final.", "The team won the final."),
    ("Change \"six months\" to \"30 days\".", "The ban lasts 30 days, not six months as first reported.",
     "The ban lasts six months."),
    ("Change 1932 to 1937.", "The bridge opened in 1937, five years after work began in 1932.", "The bridge opened in 1932."),
])
def test_an_old_value_kept_beside_the_new_one_is_a_look(note, draft, original):
    fact = _fact(note, draft, original)
    assert held_for_review(fact), fact


@pytest.mark.parametrize("note, draft, original", [
    ("The council approved the plan.", "The council rejected the plan.", ""),
    ("The customer is outside the window, so the answer should say no.",
     "Yes! You are well within the window for a refund.", "Yes! You are well within the window for a refund."),
    ("The fire killed 3 people.", "The fire killed 5 people.", ""),
    ("The driver was arrested.", "The driver was not arrested.", ""),
    ("Replace 'won' with 'lost'.", "The team won the final.", "The team won the final."),
    ("Change 1932 to 1937.", "The bridge opened in 1932.", "The bridge opened in 1932."),
    ("a red car", "A blue car is parked on the street.", None),
    ("3 dogs on the grass", "2 dogs on the grass.", None),
    ("a man wearing a hat", "A man not wearing a hat.", None),
    ("a tree with no leaves", "A tree with some leaves.", None),
    ("a stone wall with uneven stones", "A stone wall without uneven stones.", None),
])
def test_real_contradictions_stay_certain(note, draft, original):
    fact = _fact(note, draft, original)
    assert (fact.status, fact.tier) == ("contradicted", "certain"), fact


def test_a_claim_the_note_calls_untrue_kept_is_a_certain_problem():
    # reported as dropped ('minister' is no longer negated), not yet as contradicted
    fact = _fact("It is not true that the minister resigned.", "The minister resigned.", "The minister resigned.")
    assert fact.status in ("dropped", "contradicted") and fact.tier == "certain", fact


@pytest.mark.parametrize("note, draft", [
    # a distance does not deny a place relative to another thing
    ("Building: A tall building reflects the trees in front of it.",
     "A tall building reflects the nearby trees. Behind the road is a group of houses."),
    # a colour the draft gives a thing the note never names is not said of the note's thing
    ('Text: The text "Water" is in blue, and below it is a text in cyan.',
     'The word "Water" is painted in blue on a block with green and brown grass above it.'),
])
def test_a_value_said_of_another_thing_is_no_contradiction(note, draft):
    fact = _fact(note, draft)
    assert not (fact.status == "contradicted" and fact.tier == "certain"), fact


@pytest.mark.parametrize("note, draft", [
    ("Lamp: A lamp is on the left side of the desk.", "A lamp stands on the right side of the desk."),
    ("Car: a car painted in red", "A car painted in blue is parked."),
    ("Text: the text is in cyan", "The text is in green."),
    ("Boat: a boat far from the shore", "A boat near the shore."),
])
def test_a_value_said_of_the_notes_thing_stays_a_certain_contradiction(note, draft):
    fact = _fact(note, draft)
    assert (fact.status, fact.tier) == ("contradicted", "certain"), fact


@pytest.mark.parametrize("note, draft, original", [
    # the instruction's own negation: the claim has no polarity to keep
    ("The summary should not say the company was fined.", "The company was not fined, the regulator said.",
     "The company was fined."),
    # "say no" is the answer; "because" opens another clause
    ("The answer should say no because the shop does not deliver abroad.", "No, the shop does not deliver abroad.",
     "Yes, the shop delivers abroad."),
])
def test_a_claim_kept_in_other_words_is_no_contradiction(note, draft, original):
    fact = _fact(note, draft, original)
    assert not (fact.status == "contradicted" and fact.tier == "certain"), fact


@pytest.mark.xfail(strict=True, reason="open: a verb that denies what follows ('escaped injury') is no negation cue; "
                                       "as one in the lexicon it made 'an escaped prisoner' deny the prisoner")
@pytest.mark.parametrize("note, draft", [("The player was not injured.", "The player escaped injury.")])
def test_a_negation_said_by_a_verb_that_denies_is_no_contradiction(note, draft):
    fact = _fact(note, draft, "")
    assert not (fact.status == "contradicted" and fact.tier == "certain"), fact


@pytest.mark.parametrize("note, draft", [("prisoner was caught on Monday", "An escaped prisoner was caught on Monday."),
                                         ("an escaped dog in the park", "An escaped dog runs in the park."),
                                         ("a refused parcel by the door", "A refused parcel lies by the door.")])
def test_a_word_that_may_deny_is_no_negation_before_its_noun(note, draft):
    """"An escaped prisoner": an adjective, nothing denied; the note's own "escaped dog" in the
    draft was reported contradicted when the lexicon counted "escaped" as a negation."""
    assert _fact(note, draft, "").status != "contradicted"


# an instruction's claim denied only by a negation is a look (test_check_edit_tiers.py)
@pytest.mark.parametrize("note, draft, original", [
    ("The player was not injured.", "The player was injured.", ""),
])
def test_a_claim_stated_the_other_way_stays_certain(note, draft, original):
    fact = _fact(note, draft, original)
    assert (fact.status, fact.tier) == ("contradicted", "certain"), fact
