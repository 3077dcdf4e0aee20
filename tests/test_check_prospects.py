"""A thing the original only hopes for, expects or plans, stated as done by a rewrite (issue 23):
every content word may still be backed by the original, so only the change of footing shows it.
Every example is invented; each has a look-alike that stays quiet."""

import pytest

from tests.test_check_fresh_rewrites import _check

REMOVE = "Remove the information about the manager from the summary."


def _spans(original: str, draft: str, note: str = REMOVE) -> list[tuple[str, str]]:
    return [(u.text, u.tier) for u in _check(note, draft, original).unsupported]


@pytest.mark.parametrize("original, draft, flagged, reason", [
    # a new word the original lacks, which must not be cleared as a rewording of "hopeful of"
    ("Rovers are hopeful of victory on Saturday, manager Tom Hale said.", "Rovers claimed victory on Saturday.",
     "claimed", "no support"),
    # every word backed by the original ("win", "appoint"): only the footing changed
    ("Rovers are likely to win the league, manager Tom Hale said.", "Rovers won the league.", "won",
     "stated as done: the original says 'are likely to win'"),
    ("Rovers are expected to appoint a coach, manager Tom Hale said.", "Rovers have appointed a coach.",
     "have appointed", "stated as done: the original says 'are expected to appoint'"),
])
def test_a_hope_or_expectation_stated_as_done_is_a_look(original, draft, flagged, reason):
    spans = _check(REMOVE, draft, original).unsupported
    assert [(u.text, u.tier) for u in spans] == [(flagged, "check")]
    assert spans[0].reason.startswith(reason)


def test_a_done_thing_made_a_hope_stays_flagged():
    """"aim to sign" for "signed": the new word is not a rewording of the old one."""
    assert ("aim", "check") in _spans("Rovers signed a striker on Monday, manager Tom Hale said.",
                                      "Rovers aim to sign a striker on Monday.")


@pytest.mark.parametrize("original, draft", [
    # one prospect word for another: a rewording
    ("Rovers are seeking to sign a striker, manager Tom Hale said.", "Rovers are trying to sign a striker."),
    # still to come, in other words
    ("Rovers plan to build a stadium next year, manager Tom Hale said.", "Rovers will build a stadium next year."),
    ("Rovers are expected to appoint a coach, manager Tom Hale said.", "Rovers are set to appoint a coach."),
    # a plan announced, said as a noun: nothing stated as done
    ("Rovers have announced plans to cut 40 jobs, manager Tom Hale said.", "Rovers have announced job cuts."),
    # a word of a charge that went whole, with the charge
    ("Two men were arrested on suspicion of attempted theft after a raid, manager Tom Hale said.",
     "Two men were arrested after a raid."),
])
def test_a_prospect_kept_reworded_or_gone_with_its_thing_is_quiet(original, draft):
    assert _spans(original, draft) == []


def test_a_prospect_a_note_asks_to_take_out_is_the_edit():
    note = "Remove the information about the win being likely from the summary."
    assert _spans("Rovers are likely to win the league.", "Rovers won the league.", note) == []


def test_a_prospect_moved_within_its_sentence_is_not_lost():
    """"likely" said again later in the sentence: moved, not dropped."""
    assert _spans("Rovers are likely to win the league, manager Tom Hale said.",
                  "Rovers won the league, it is likely.") == []


@pytest.mark.parametrize("original, draft", [
    # an aside with its own subject or its own thing went whole: nothing undone became done
    ("Rovers, whose manager expected a draw, won 2-0 on Saturday.", "Rovers won 2-0 on Saturday."),
    ("Prices, as expected, rose in May, manager Tom Hale said.", "Prices rose in May."),
    ("A man wanted by police was arrested in Leeds, manager Tom Hale said.", "A man was arrested in Leeds."),
    ("The company, which plans to expand, reported a profit, manager Tom Hale said.",
     "The company reported a profit."),
    ("The suspect attempted to flee and was caught, manager Tom Hale said.", "The suspect was caught."),
    ("The court tried him for fraud and jailed him, manager Tom Hale said.", "The court jailed him."),
])
def test_an_aside_with_a_prospect_word_removed_whole_is_quiet(original, draft):
    assert _spans(original, draft) == []


@pytest.mark.parametrize("original, draft", [
    ("Officials expected a large crowd at the match, manager Tom Hale said.",
     "Officials anticipated a large crowd at the match."),
    ("Officials expected a large crowd at the match, manager Tom Hale said.",
     "Officials predicted a large crowd at the match."),
])
def test_a_synonym_of_a_prospect_verb_is_a_rewording(original, draft):
    assert _spans(original, draft) == []
