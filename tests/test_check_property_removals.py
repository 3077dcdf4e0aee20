"""The check of a removal that names its target by a property of something ("remove the year of the
World Cup"): judged by whether the value beside the thing is gone (issue 23: an instruction judged by its
effect), a look rather than a certain verdict. Before, every such note was "verify" with a hint at the
thing's own words. Invented examples."""

from assistant.check import check_draft
from assistant.notes import split_notes

ORIGINAL = "He scored twice at the 2014 World Cup in Brazil. He now coaches a youth team."


def _fact(note: str, result: str, original: str = ORIGINAL):
    [fact] = check_draft(split_notes(note), result, original=original).facts
    return fact


def test_the_value_gone_and_the_thing_kept_is_the_removal_done():
    fact = _fact("Remove the year of the World Cup.", "He scored twice at the World Cup in Brazil. He now coaches a youth team.")
    assert fact.status == "kept" and "2014" in fact.evidence


def test_the_value_still_said_is_a_look_not_a_certain_problem():
    fact = _fact("Remove the year of the World Cup.", "He scored twice at the 2014 World Cup. He now coaches a youth team.")
    assert fact.status == "dropped" and fact.tier == "check" and "2014" in fact.evidence


def test_the_value_said_elsewhere_in_the_original_may_stay_there():
    original = "She won the 2019 final in Paris. She retired in 2019."
    fact = _fact("Remove the year of the final.", "She won the final in Paris. She retired in 2019.", original)
    assert fact.status == "kept"


def test_the_thing_gone_with_its_value_is_left_to_a_look():
    fact = _fact("Remove the year of the World Cup.", "He scored twice in Brazil. He now coaches a youth team.")
    assert fact.status == "verify" and not fact.checked and "what it was of" in fact.evidence


def test_a_number_set_off_after_its_thing_is_found_too():
    original = "The driver, 42, was taken to hospital. The road was closed."
    assert _fact("Remove the age of the driver.", "The driver was taken to hospital. The road was closed.", original).status == "kept"
    fact = _fact("Remove the age of the driver.", "The driver, 42, was taken to hospital.", original)
    assert fact.status == "dropped" and fact.tier == "check"


def test_a_kind_has_no_value_to_count_and_stays_a_look():
    original = "The patient had a fungal infection. She is recovering."
    fact = _fact("Remove the type of infection.", "The patient had an infection. She is recovering.", original)
    assert fact.status == "verify"


def test_a_count_is_no_year_and_its_loss_is_not_passed_as_the_removal():
    original = "He played 2 World Cup finals in 2014."
    fact = _fact("Remove the year of the World Cup.", "He played World Cup finals in 2014.", original)
    assert fact.status != "kept"
