"""Which verdicts on edits and instructions are certain (issue 23, edit_tiers.py). On first looks
certain verdicts held only for a literal the note names: a name, number or quote the result lacks,
or the literal the edit takes out left where the original wrote it. Everything else is still
raised, as a look. Invented examples."""

import pytest

from assistant.check import check_draft
from assistant.check.edit_tiers import contradiction_tier
from assistant.notes import split_notes
from tests.held import held_for_review


def _fact(note: str, draft: str, original: str):
    return check_draft(split_notes(note), draft, original=original).facts[0]


@pytest.mark.parametrize("note, original", [
    ('Remove "Anna" from the summary.', "Author Anna Berg won the prize."),
    ("Replace 30 with 35.", "The band played 30 songs."),
    ("Remove the information about 30 songs from the summary.", "The band played 30 songs in Oslo."),
    ("Replace the information about Leeds with the information about York.", "The fair was held in Leeds."),
])
def test_a_literal_left_where_the_original_wrote_it_is_certain(note, original):
    f = _fact(note, original, original)
    assert f.status in ("dropped", "contradicted") and f.tier == "certain", f


def test_a_quoted_word_left_beside_a_change_is_a_look():
    # the result changed the words around it: the word left may be the one the note keeps
    f = _fact('Remove the information about the 5 years part, say "years" instead.',
              "The shop closed years ago.", "The shop closed 5 years ago.")
    assert held_for_review(f), f
    assert _fact('Remove "years" from the summary.', "The shop closed 5 years ago.",
                 "The shop closed 5 years ago.").tier == "certain"


def test_a_number_left_of_a_described_side_is_a_look():
    # the side describes which goals; the number alone may be context the result keeps
    note = "Remove the information about the 2 goals scored by the captain from the summary."
    f = _fact(note, "The captain scored 2 goals in the final.", "The captain scored 2 goals in the final.")
    assert (f.status, f.tier) == ("dropped", "check"), f


def test_a_first_name_found_by_position_is_a_look():
    note = "Remove the information about Banks' first name from the summary."
    f = _fact(note, "Tony Banks will stand as an independent.", "Tony Banks will stand as an independent in May.")
    assert (f.status, f.tier) == ("dropped", "check") and "tony" in f.evidence, f


def test_a_name_of_the_new_side_missing_stays_certain():
    f = _fact("Add the information about Maria Lopez to the summary.", "A nurse won the award.", "A nurse won the award.")
    assert (f.status, f.tier) == ("dropped", "certain"), f


@pytest.mark.parametrize("note, draft, original", [
    ("Add the information about the mayor not attending to the summary.",
     "The mayor attended and opened the fair.", "The mayor opened the fair."),
    ("The answer should say no because the shop does not deliver abroad.",
     "Yes, the shop delivers abroad.", "Yes, the shop delivers abroad."),
])
def test_a_contradiction_resting_on_a_negation_is_a_look(note, draft, original):
    f = _fact(note, draft, original)
    assert (f.status, f.tier) == ("contradicted", "check"), f


def test_a_contradiction_resting_on_numbers_alone_is_a_look():
    """First looks on fresh DeFacto rows held 1 of 3 such certain verdicts (check23t): another number the
    result writes may be a scale read another way or the note's own working, so it is a look; still raised."""
    note = "Add the information about {} to the summary."
    f = _fact(note.format("120 flights cancelled"), "Snow hit the airport and 100 flights were cancelled.",
              "Snow hit the airport.")
    assert (f.status, f.tier) == ("contradicted", "check"), f
    f = _fact(note.format("the 40,000 fans"), "Some 40k fans watched, 10,000 more than last year.", "Fans watched.")
    assert f.status in ("dropped", "contradicted") and f.tier == "check", f


@pytest.mark.parametrize("missing, tier", [
    (["outside"], "certain"),
    (["outside", "30"], "certain"),
    (["288"], "check"),
    (["90"], "check"),
    (["1500000000"], "check"),
    (["'open' is no longer negated"], "check"),
])
def test_contradiction_tier(missing, tier):
    assert contradiction_tier(missing) == tier


def test_a_removal_states_nothing_of_what_it_takes_out():
    # the result says the opposite of the removed claim: the removal is made, nothing contradicted
    note = "Remove the information about the part saying 4 schools were shut from the summary."
    f = _fact(note, "Snow fell and 4 schools were open.", "Snow fell and 4 schools were shut.")
    assert f.status != "contradicted", f


def test_a_quote_taken_out_once_of_two_mentions_is_a_look():
    # the edit was made where the original wrote it; the mention left may be another's (check23aa)
    note = 'Remove "Anna" from the summary.'
    original = "Anna Berg and Anna Lind won the prize."
    f = _fact(note, "Berg and Anna Lind won the prize.", original)
    assert held_for_review(f), f
    assert _fact(note, original, original).tier == "certain"  # both left: plainly not made


def test_a_name_missing_where_the_result_names_someone_new_is_a_look():
    # the result may name the one the note describes ("Theresa May" for "the Prime Minister"); the
    # new name itself is still an unsupported span (check23aa)
    note = "Add the information about the Chief Constable announcing the inquiry to the summary."
    original = "Police have opened an inquiry into the crash."
    report = check_draft(split_notes(note), "Police have opened an inquiry into the crash, Olga Varga said.",
                         original=original)
    assert (report.facts[0].status, report.facts[0].tier) == ("dropped", "check"), report.facts[0]
    assert any(u.text == "Olga Varga" and u.tier == "certain" for u in report.unsupported)
    # no one new named: the literal is plainly missing
    f = _fact(note, "Police have opened an inquiry into the crash, it was said.", original)
    assert (f.status, f.tier) == ("dropped", "certain"), f


def test_a_direction_missing_with_a_name_where_the_result_names_a_place_is_a_look():
    # "in Tromso" may be the place "the north of Norway" describes (check23aa); another side differs
    note = "Add the information about the rally taking place in the north of Norway to the summary."
    original = "A rally was held on Sunday."
    f = _fact(note, "A rally was held in Tromso on Sunday.", original)
    assert (f.status, f.tier) == ("dropped", "check"), f
    f = _fact(note, "A rally was held in the south of Norway on Sunday.", original)
    assert (f.status, f.tier) in (("dropped", "certain"), ("contradicted", "certain")), f
