"""Issue 23 (check23ak): edit verdicts on weak evidence are held for review, not counted as
problems (`assistant/check/edit_review.py`). Invented examples; each failed before the change."""

from assistant.check import check_draft
from assistant.notes import split_notes
from tests.held import held_for_review


def _report(notes: str, draft: str, original: str):
    return check_draft(split_notes(notes), draft, original=original)


def test_a_word_of_a_described_side_left_beside_the_change_is_held_for_review():
    original = "Workers repaired the old stone bridge near the mill on Friday."
    note = "Remove the information about the old stone bridge from the summary."
    report = _report(note, "Workers repaired the stone bridge near the mill on Friday.", original)
    fact = report.facts[0]
    assert held_for_review(fact), fact
    assert "stone" in fact.evidence and report.ok and report.to_review == ["n1"]
    assert report.unsettled() == {"n1"}  # a compose still tries to settle it


def test_a_removal_the_result_does_not_make_at_all_stays_a_problem():
    original = "Workers repaired the old stone bridge near the mill on Friday."
    note = "Remove the information about the old stone bridge from the summary."
    report = _report(note, original, original)
    assert report.dropped == ["n1"] and report.to_review == []


def test_a_corrected_content_word_left_by_a_held_edit_is_no_span():
    original = "Staff at the bakery were praised for their quick response."
    note = "Replace the information about staff being praised with the information about staff being thanked."
    report = _report(note, "Staff at the bakery were thanked and praised for their quick response.", original)
    assert held_for_review(report.facts[0]), report.facts[0]
    assert not any("praised" in u.text for u in report.unsupported)


def test_a_new_side_written_in_a_related_form_is_held_for_review():
    original = "The squad thanked fans."
    note = "Add the information about the team's departure to the summary."
    report = _report(note, "The squad thanked fans before the team departed for Spain.", original)
    fact = report.facts[0]
    assert held_for_review(fact), fact
    assert "departure" in fact.evidence


def test_a_new_side_with_no_related_form_stays_a_problem():
    original = "The squad thanked fans."
    note = "Add the information about the team's departure to the summary."
    report = _report(note, "The squad thanked fans before the team flew to Spain.", original)
    assert report.dropped == ["n1"], report.facts[0]


def test_a_name_of_the_new_side_written_otherwise_stays_a_problem():
    original = "A Leeds man has won a bravery award."
    note = "Replace the information about Leeds with the information about Pontefract."
    report = _report(note, "A Pontefact man has won a bravery award.", original)
    assert report.dropped == ["n1"], report.facts[0]


def test_a_quoted_literal_left_in_place_stays_certain():
    original = "Coach Anna Berg praised the squad."
    report = _report('Remove "Anna" from the summary.', original.replace("praised", "thanked"), original)
    assert (report.facts[0].status, report.facts[0].tier) == ("dropped", "certain")


# review41 (fix41c): a negation is no related form; a leftover is held only when the target was touched


def test_the_old_sides_negated_word_left_is_no_related_form_of_the_new_side():
    original = "The man, who was unarmed, was arrested in Hull."
    report = _report("Replace unarmed with armed.", "The man, who was unarmed, was detained in Hull.", original)
    assert report.dropped == ["n1"] and report.to_review == [], report.facts[0]


def test_negated_forms_left_stay_problems():
    for old, new in [("unhappy", "happy"), ("inactive", "active"), ("unbeaten", "beaten"), ("uninjured", "injured"),
                     ("unknown", "known")]:
        original = f"The crew was {old} on the trip, the skipper said."
        report = _report(f"Replace {old} with {new}.", f"The crew was {old} on the trip, the captain said.", original)
        assert report.dropped == ["n1"] and report.to_review == [], (old, report.facts[0])


def test_a_not_phrased_flip_with_the_old_word_left_stays_a_problem():
    original = "The driver was uninjured in the crash."
    report = _report("The driver was injured, not uninjured.", "The driver was uninjured in the collision.", original)
    assert report.dropped == ["n1"] and report.to_review == [], report.facts[0]


def test_the_old_sides_own_word_is_no_related_form_of_the_new_side():
    original = "The talks were informal, a source said."
    report = _report("Replace informal with informed.", "The talks were informal, a source told us.", original)
    assert report.dropped == ["n1"] and report.to_review == [], report.facts[0]


def test_negation_pairs_are_no_related_forms():
    from assistant.check.edit_review import related_form
    assert not related_form("armed", "unarmed") and not related_form("active", "inactive")
    assert not related_form("thoughtful", "thoughtless") and not related_form("violent", "non-violent")
    assert related_form("wealth", "commonwealth") and related_form("departure", "departed")


def test_a_leftover_with_the_target_sentence_untouched_stays_a_problem():
    original = "The council will close the library and the swimming pool in May. Staff will move to Hull."
    result = "The council will close the library and the swimming pool in May. Staff will relocate to Hull."
    report = _report("Remove the swimming pool.", result, original)
    assert report.dropped == ["n1"] and report.to_review == [], report.facts[0]


def test_a_leftover_beside_a_change_in_the_target_sentence_is_still_held():
    original = "The council will close the library and the swimming pool in May. Staff will move to Hull."
    result = "The council will shut the library and the swimming pool in May. Staff will move to Hull."
    report = _report("Remove the swimming pool.", result, original)
    assert held_for_review(report.facts[0]), report.facts[0]


def test_a_compose_prefers_a_settled_result_to_a_held_one():
    from assistant.compose.sentences import better, not_worse
    original = "Workers repaired the old stone bridge near the mill on Friday."
    obs = split_notes("Remove the information about the old stone bridge from the summary.")
    settled, held = "Workers repaired a crossing near the mill on Friday.", "Workers repaired the stone bridge near the mill on Friday."
    assert better(settled, held, obs, original) and not not_worse(held, settled, obs, original)
