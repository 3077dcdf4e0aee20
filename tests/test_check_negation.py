"""Negation and polarity."""

from assistant.check import check_draft
from assistant.check.negation import negated_indices, polarity_problem
from assistant.check.words import words
from assistant.notes import split_notes


def test_a_negation_governs_the_next_words_of_its_clause_only():
    text = "no cars, but a bus"
    ws = words(text)
    governed = {ws[i].lower for i in negated_indices(ws, text, 0)}
    assert "cars" in governed and "bus" not in governed


def test_polarity_both_ways():
    assert polarity_problem("text", True, [False]) == "'text' is no longer negated"
    assert polarity_problem("text", False, [True, False]) == "'text' is negated in the draft"
    assert polarity_problem("text", True, [True]) is None


def test_the_not_of_a_hedge_phrase_is_no_negation():
    # "not sure" hedges; its "not" must not turn "rain" into "no rain"
    report = check_draft(split_notes("not sure, rain"), "It may be raining.")
    assert report.ok, report.model_dump()


def test_a_negation_in_an_instruction_note_supports_the_rewrite():
    notes = split_notes("Rewrite the summary by simply noting the team is not likely to do well.")
    report = check_draft(notes, "The team is not likely to do well.", original="Two players are doubts.")
    assert not [u for u in report.unsupported if "negation" in u.reason]


def test_failure_to_is_a_negation_so_did_not_states_it():
    # "failure to file" and "did not file" say the same; neither side is a polarity flip
    notes = split_notes("the company's failure to file its accounts on time")
    stated = check_draft(notes, "The company did not file its accounts on time.")
    assert stated.ok, stated.model_dump()
    flipped = check_draft(notes, "The company filed its accounts on time.")
    assert flipped.contradicted == ["n1"]


def test_a_negation_of_content_no_note_gives_is_check_tier():
    # "no people" adds content; it negates nothing the notes state
    report = check_draft(split_notes("a brown dog\na green lawn"), "A brown dog sits on a green lawn, with no people around.")
    assert [(u.text, u.tier) for u in report.unsupported] == [("no", "check"), ("people", "check")]
    assert report.certain_ok


def test_a_negation_of_what_the_notes_state_stays_certain():
    report = check_draft(split_notes("green trees are on either side of the road"),
                         "Green trees are not on either side of the road.")
    assert [(u.text, u.tier) for u in report.unsupported] == [("not", "certain")] and not report.certain_ok


def _caption(notes: str, draft: str):
    from assistant.kinds.caption import CaptionTask

    return check_draft(CaptionTask(notes=notes).observations(), draft)


def test_one_word_that_states_an_absence_carries_a_negated_note_word():
    """"A cloudless sky" for "a sky with no clouds", "bare branches" for "branches without
    leaves" (lexicon `absence`, lexicon-2026.12.05.4); saying the thing is there still flips it."""
    assert _caption("Sky: a pale sky with no clouds.", "A pale, cloudless sky.").ok
    assert _caption("Oak: an old oak with branches without leaves.", "An old oak with bare branches.").ok
    flipped = _caption("Sky: a pale sky with no clouds.", "A pale sky with clouds.")
    assert flipped.facts[0].status in ("dropped", "contradicted") and flipped.facts[0].tier == "certain"


def test_a_negation_ends_at_a_place_preposition_after_the_negated_thing():
    """"No boats on the lake": the boats are absent, the lake is not. Before, "lake" counted as
    negated too, so "the lake has no boats" did not carry the note."""
    from assistant.check.negation import negated_indices
    from assistant.check.words import words

    text = "There are no boats on the lake"
    ws = words(text)
    assert {ws[i].lower for i in negated_indices(ws, text, 0)} == {"boats"}
    text = "The cat is not on the mat"
    ws = words(text)
    assert "mat" in {ws[i].lower for i in negated_indices(ws, text, 0)}  # nothing negated before "on"
    assert _caption("Lake: a calm lake with no boats in the middle.", "In the middle of the calm lake there are no boats.").ok


def test_an_object_the_note_says_is_absent_need_not_be_named():
    # the clouds are no object the sentence must name ("the note names the clouds") once
    # "cloudless" says they are absent
    report = _caption("Sky: a grey sky with no clouds above the hills.", "A grey, cloudless sky is above the hills.")
    assert report.ok, report.model_dump()


def test_no_denies_the_thing_not_a_participle_after_it():
    """"a bare oak with no leaves surrounded by tall weeds": "no" denies the leaves; the oak is
    surrounded. Written with "is surrounded", the caption was a certain contradiction ("'surrounded'
    is no longer negated"), so the mend that made the fragment a sentence was refused."""
    note = "a bare oak with no leaves surrounded by tall weeds"
    assert _caption(note, "A bare oak with no leaves is surrounded by tall weeds.").facts[0].status == "kept"
    assert _caption(note, "A bare oak with green leaves is surrounded by tall weeds.").facts[0].status == "contradicted"
    assert _caption("a field with no cows grazing", "A field has cows grazing.").facts[0].status == "contradicted"
