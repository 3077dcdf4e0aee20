"""Instructions judged by their effect, not their wording (issue 23): an addition or replacement
whose own content is in the result is made, whatever words the note wraps around it; a
replacement whose old content is gone with something new in its place is for a look, not an
alarm; an edit plainly not made stays an alarm. Invented examples."""

from assistant.check import check_draft
from assistant.notes import split_notes
from tests.held import held_for_review


def _fact(notes: str, draft: str, original: str):
    return check_draft(split_notes(notes), draft, original=original).facts[0]


def test_an_addition_whose_names_are_there_is_made_whatever_verb_the_note_uses():
    f = _fact("Add the information about users from Fooforum and other sites joining in to the summary.",
              "A hoax was exposed by users of Slashweb, Fooforum and other sites.",
              "A hoax was exposed by users of Slashweb.")
    assert f.status == "kept", f.evidence


def test_an_addition_whose_name_is_missing_stays_an_alarm():
    f = _fact("Add the information about users from Fooforum and other sites joining in to the summary.",
              "A hoax was exposed by users of Slashweb and other sites.",
              "A hoax was exposed by users of Slashweb.")
    assert f.status == "dropped"


def test_an_addition_of_a_name_already_in_the_original_is_judged_on_its_words():
    # the name brings nothing new, so the claim the note adds is what must be there
    f = _fact("Add the information about Dana Holt being praised for her courage to the summary.",
              "Dana Holt pulled a child from the river in Selby.",
              "Dana Holt pulled a child from the river in Selby.")
    assert f.status in ("dropped", "contradicted")


def test_a_replacement_with_a_name_and_a_claim_is_not_made_by_the_name_alone():
    f = _fact("Replace the information about the coach leaving with the information about Rhys Penn resigning.",
              "Rhys Penn was sacked by the club on Monday.",
              "The coach is leaving the club on Monday.")
    assert f.status != "kept"


def test_a_replacement_reworded_in_place_is_a_look_not_an_alarm():
    f = _fact("Replace the information about the regional league with the information about the clubs he played for.",
              "Former Harwick Town and Dunmore Rovers striker Sam Ellery will box for a title.",
              "Former regional league striker Sam Ellery will box for a title.")
    assert f.status == "verify", f.evidence


def test_a_replacement_whose_old_words_were_only_cut_stays_an_alarm():
    f = _fact("Replace the information about the regional league with the information about the clubs he played for.",
              "Former striker Sam Ellery will box for a title.",
              "Former regional league striker Sam Ellery will box for a title.")
    assert f.status in ("dropped", "contradicted")


def test_a_replacement_whose_old_words_stay_is_still_an_alarm():
    f = _fact("Replace the information about the regional league with the information about the clubs he played for.",
              "Former regional league striker Sam Ellery, once of Harwick Town, will box for a title.",
              "Former regional league striker Sam Ellery will box for a title.")
    assert f.status in ("dropped", "contradicted")


def test_a_removed_place_left_only_inside_the_name_another_note_adds_is_gone():
    report = check_draft(split_notes("Remove the information about Fenwick harbour from the summary.\n"
                                     "Add the information about the marine centre to the summary."),
                         "A seal pup found in a harbour has been taken to the Fenwick Marine Centre.",
                         original="A seal pup found in Fenwick harbour has been taken to a new home.")
    assert report.facts[0].status == "kept", report.facts[0].evidence


def test_a_removed_place_still_written_on_its_own_stays_an_alarm():
    report = check_draft(split_notes("Remove the information about Fenwick harbour from the summary.\n"
                                     "Add the information about the marine centre to the summary."),
                         "A seal pup found in Fenwick harbour has been taken to the Fenwick Marine Centre.",
                         original="A seal pup found in Fenwick harbour has been taken to a new home.")
    assert held_for_review(report.facts[0])


def test_a_replaced_actor_left_only_as_an_owner_no_longer_acts():
    f = _fact("Replace the information about Norland making the announcement with the information about the UN "
              "making the announcement.",
              "The UN announced how it will spend Norland's budget.",
              "Norland has made an announcement on how it will spend its budget.")
    assert f.status == "kept", f.evidence


def test_a_replaced_actor_still_acting_stays_an_alarm():
    f = _fact("Replace the information about Norland making the announcement with the information about the UN "
              "making the announcement.",
              "Norland and the UN announced how they will spend the budget.",
              "Norland has made an announcement on how it will spend its budget.")
    assert held_for_review(f), f


def test_a_removed_name_left_as_an_owner_is_still_there():
    f = _fact("Remove the information about Norland from the summary.",
              "The UN announced how it will spend Norland's budget.",
              "The UN announced how it will spend Norland's budget for schools.")
    assert held_for_review(f), f


def test_a_replaced_actor_whose_shared_act_is_said_in_other_words_is_made():
    f = _fact("Replace the information about Norland making the declaration with the information about the UN "
              "making the declaration.",
              "The UN set out how it will spend the budget.",
              "Norland has made a declaration on how it will spend its budget.")
    assert f.status == "kept", f.evidence


def test_an_absence_the_note_names_with_a_noun_is_met_by_a_negation():
    f = _fact("Add the information about the gale causing power cuts to the summary.",
              "A gale hit the valley, leaving farms without power.",
              "A gale hit the valley.")
    assert "negated" not in f.evidence, f.evidence
    assert f.tier != "certain"


def test_a_negated_thing_the_note_states_present_is_still_a_flip():
    f = _fact("Add the information about the gale causing power surges to the summary.",
              "A gale hit the valley, leaving farms without power.",
              "A gale hit the valley.")
    # raised, as a look: on first looks a negation on an edit's words was the original's each time
    assert "negated" in f.evidence and f.status == "dropped" and f.tier == "check"


def test_a_correction_to_a_stated_value_is_judged_by_the_value():
    notes = "Correct the year to 1911."
    assert _fact(notes, "The hall opened in 1911.", "The hall opened in 1912.").status == "kept"
    undone = _fact(notes, "The hall opened in 1912.", "The hall opened in 1912.")
    assert undone.status in ("dropped", "contradicted") and undone.tier == "certain"


def test_an_added_claim_about_a_thing_the_result_names_otherwise_is_made():
    # "the firm" is how the note points at the original's "bakery chain"; the claim is what it adds
    f = _fact("Add the information about the firm going into administration to the summary.",
              "The bakery chain, which has gone into administration, is to shut 30 shops.",
              "The bakery chain is to shut 30 shops.")
    assert f.status == "kept", f.evidence


def test_an_added_topic_is_required_when_the_claim_was_already_there():
    # the original said someone was arrested: what the note adds is who
    f = _fact("Add the information about the mayor being arrested to the summary.",
              "A man was arrested in Tenby on Friday.",
              "A man was arrested in Tenby on Friday.")
    assert f.status in ("dropped", "contradicted")


def test_an_added_claim_that_is_missing_stays_an_alarm():
    f = _fact("Add the information about the firm going into administration to the summary.",
              "The bakery chain is to shut 30 shops, the firm said.",
              "The bakery chain is to shut 30 shops.")
    assert f.status in ("dropped", "contradicted")


def test_a_hedged_addition_is_judged_on_its_words():
    f = _fact("Add the information about users from Fooforum and other sites possibly joining in to the summary.",
              "A hoax was exposed by users of Slashweb, Fooforum and other sites.",
              "A hoax was exposed by users of Slashweb.")
    assert f.status != "kept"


def test_an_instruction_to_say_one_thing_rather_than_another_is_met_by_the_one():
    """"Say that he resigned rather than was sacked": the result that says he resigned has met it (the
    old side's "sacked" is not asked for); the one that still says he was sacked has not."""
    from assistant.check import check_draft
    from assistant.notes import split_notes

    note, original = "Say that he resigned rather than was sacked.", "The coach was sacked on Monday."
    met = check_draft(split_notes(note), "The coach resigned on Monday.", original=original)
    assert all(f.status == "kept" for f in met.facts), met.model_dump()
    unmet = check_draft(split_notes(note), original, original=original)
    assert unmet.facts[0].status in ("dropped", "contradicted")
