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
