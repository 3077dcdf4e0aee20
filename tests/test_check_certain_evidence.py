"""The certain tier asks for evidence that generalizes (issue 23, check23p): alarm kinds whose first
looks on fresh rows were often false get a general condition, and the alarm stays in the "check"
tier where the condition fails. Every example is invented; each rule has a look-alike where the
alarm stays certain."""

from tests.held import held_for_review
from tests.test_check_fresh_rewrites import _alarm, _check, _fact


# ------------------------------------------------------------------ a number an edit's old side names


def test_a_number_left_where_the_rest_of_the_removal_was_made_is_a_look():
    """"the two teenagers from Oldham": Oldham went; the count left may only say which teenagers."""
    note = "Remove the information about the two teenagers from Oldham from the summary."
    original = "Two teenagers from Oldham have been arrested after a fire at a school."
    fact = _fact(_check(note, "Two teenagers have been arrested after a fire at a school.", original))
    assert held_for_review(fact), fact  # a look: held for review (check23ak)


def test_a_number_left_beside_a_described_claim_that_went_is_a_look():
    note = "Remove the information about the part that says the 12 nurses work in Leeds from the summary."
    original = "Twelve nurses in Leeds have been given an award for their care."
    fact = _fact(_check(note, "Twelve nurses have been given an award for their care.", original))
    assert held_for_review(fact), fact  # a look: held for review (check23ak)


def test_a_number_left_where_nothing_of_the_removal_went_stays_certain():
    note = "Remove the information about the 5 year ban from the summary."
    original = "A driver has been given a 5 year ban for speeding."
    fact = _fact(_check(note, original, original))
    assert fact.status == "dropped" and fact.tier == "certain"
    # a number named with the words around it: those stayed too
    note = "Remove the information about 2015 and the name of the park from the summary."
    fact = _fact(_check(note, "A statue unveiled in 2015 has been stolen from a park.",
                        "A statue unveiled in 2015 has been stolen from Victoria Park."))
    assert fact.status == "dropped" and fact.tier == "certain"


def test_a_replaced_number_left_unchanged_stays_a_certain_contradiction():
    note = "Replace the information about 1,200 homes with the information about 1,300 homes."
    original = "About 1,200 homes lost power in the storm."
    fact = _fact(_check(note, original, original))
    assert fact.status == "contradicted" and fact.tier == "certain"


# ------------------------------------------------------------------ negations the original had


def test_the_originals_negation_said_with_another_cue_does_not_deny_an_edits_new_side():
    """"will no longer interview students" -> "will not interview young applicants any more": the
    original's negation, restated; the note only renames who is interviewed."""
    note = "Replace the information about students with the information about young applicants."
    original = "The firm will no longer interview students in person."
    assert not _alarm(_check(note, "The firm will not interview young applicants in person any more.", original))
    # "didn't" written out; "not" said as "never"
    note = "Replace the information about students with the information about young customers."
    assert not _alarm(_check(note, "The cafe did not serve young customers after six.",
                             "The cafe didn't serve students after six."))
    note = "Replace the information about the report with the information about the audit report."
    assert not _alarm(_check(note, "The council has never published the audit report.",
                             "The council has not published the report."))


def test_a_negation_the_result_adds_beyond_the_originals_still_denies_the_new_side():
    note = "Replace the information about students with the information about young applicants."
    original = "The firm will interview students in person."
    assert _alarm(_check(note, "The firm will not interview young applicants in person any more.", original))


# ------------------------------------------------------------------ a name written by its initials


def test_a_name_the_result_writes_by_its_initials_is_there():
    note = "Add the information about the report by the Office for National Statistics to the summary."
    report = _check(note, "Unemployment fell in May, according to the ONS.", "Unemployment fell in May.")
    assert not _alarm(report)
    note = "Add the information about the United Nations condemning the attack to the summary."
    assert not _alarm(_check(note, "The UN has condemned the attack.", "The attack has happened."))


def test_other_initials_are_not_the_notes_name():
    note = "Add the information about the United Nations condemning the attack to the summary."
    fact = _fact(_check(note, "The US has condemned the attack.", "The attack has happened."))
    assert fact.status == "dropped" and fact.tier == "certain"


# ------------------------------------------------------------------ an ordinal in digits


def test_an_ordinal_in_digits_is_the_notes_ordinal_word():
    note = "Add the information about the team finishing second in the league to the summary."
    report = _check(note, "Leeds finished 2nd in the league.", "Leeds finished in the league.")
    assert not any(u.text.startswith("2") for u in report.unsupported)
    # another place is still a number the notes do not give
    report = _check(note, "Leeds finished 3rd in the league, second in the cup.", "Leeds finished in the league.")
    assert any(u.text == "3rd" and u.tier == "certain" for u in report.unsupported)


# ------------------------------------------------------------------ a corrected number inside the new value


def test_a_spelled_number_inside_the_corrected_value_is_no_leftover():
    note = "Replace the information about 3 with the information about three hundred."
    report = _check(note, "Three hundred people signed the letter.", "3 people signed the letter.")
    assert not report.unsupported and not _alarm(report)
    # the old value left alone is still the corrected word
    report = _check(note, "Three people signed the letter. It ran to three hundred words.", "3 people signed the letter.")
    assert any(u.text == "Three" and u.tier == "certain" for u in report.unsupported)
    # another count in the sentence is no part of the corrected value ("two" is not inside "4")
    note = "Replace the information about 2 people with the information about 4 people."
    report = _check(note, "Four people were hurt when two vans crashed.", "2 people were hurt in a crash.")
    assert any(u.text.startswith("two") and u.tier == "certain" for u in report.unsupported)
