"""A note typed as several sentences on one line is carried when the draft spreads it over more
sentences than one fact's window (check23ah)."""

from assistant.check import check_draft
from assistant.notes import split_notes

NOTE = ("The bus behind the fence is blue and old, with a dented door. "
        "Its driver waves his left hand, while a dog sits on the right seat.")


def _status(draft: str) -> str:
    (fact,) = check_draft(split_notes(NOTE), draft).facts
    return fact.status


def test_a_two_sentence_note_spread_over_four_sentences_is_kept():
    assert _status("The bus behind the fence is blue and old. It has a dented door. "
                   "Its driver waves his left hand. A dog sits on the right seat.") == "kept"


def test_a_two_sentence_note_spread_over_four_sentences_still_loses_its_side():
    assert _status("The bus behind the fence is blue and old. It has a dented door. "
                   "Its driver waves his left hand. A dog sits on the seat.") == "dropped"



HEDGED = "A red bus waits at the stop on the left, with a dented door and a tall driver in a blue cap. It is probably old."


def _hedge_status(draft: str) -> str:
    (fact,) = check_draft(split_notes(HEDGED), draft).facts
    return fact.status


def test_the_hedged_sentence_of_a_long_note_keeps_its_hedge_when_spread():
    assert _hedge_status("A red bus waits at the stop on the left. It has a dented door. "
                         "A tall driver in a blue cap sits inside. It is probably old.") == "kept"


def test_the_hedged_sentence_of_a_long_note_stated_as_certain_loses_its_hedge():
    assert _hedge_status("A red bus waits at the stop on the left. It has a dented door. "
                         "A tall driver in a blue cap sits inside. It is old.") == "hedge_lost"
