"""Instructions are not facts: literal edits are strict, descriptive instructions are verified."""

import pytest

from assistant.check import check_draft, classify, literal_edit
from assistant.notes import split_notes
from assistant.check.edit_parsing import claim_of
from tests.held import held_for_review


@pytest.mark.parametrize("note, kind", [
    ("red bus on the left", "fact"),
    ("Replace the information about Wirral with the information about Moreton.", "edit"),
    ('Remove the information about "everyday items" from the summary.', "edit"),
    ("policy says 3 months, not six", "edit"),
    ("Remove the information about Banks' first name from the summary.", "instruction"),
    ("Add the information about name of the person killed to the summary.", "instruction"),
    ("add the county", "instruction"),
    ("Modify the information about the location of the home in the summary.", "instruction"),
    ("Entire summary needs to be rewritten to talk about him.", "instruction"),
    ("make it shorter", "style"),
])
def test_classify(note, kind):
    assert classify(note) == kind


def test_shorter_in_a_caption_note_is_a_fact():
    assert classify("shorter grass on the left", rewrite=False) == "fact"


def test_literal_edit_returns_the_old_and_new_strings():
    edit = literal_edit("Replace the information about Sussex by seven wickets at Hove with the information about "
                        "Surrey at Bristol.")
    assert (edit.kind, edit.old, edit.new) == ("replace", "Sussex by seven wickets at Hove", "Surrey at Bristol")
    assert literal_edit("Remove the information about Banks' first name from the summary.") is None
    assert literal_edit("red bus") is None


def test_a_replacement_does_not_demand_its_old_side():
    notes = split_notes("Replace the information about Sussex by seven wickets in the One-Day Cup at Hove with "
                        "the information about Surrey at Bristol.")
    report = check_draft(notes, "Taylor helped Gloucestershire beat Surrey at Bristol.",
                         original="Taylor helped Gloucestershire beat Sussex by seven wickets in the One-Day Cup at Hove.")
    assert report.ok, report.model_dump()


def test_a_replacement_left_undone_is_a_contradiction():
    notes = split_notes("Replace the information about Wirral with the information about Moreton.")
    report = check_draft(notes, "A Wirral factory will close.", original="A Wirral factory will close.")
    assert report.contradicted == ["n1"]  # it still states what the note replaces


def test_a_descriptive_removal_is_judged_on_the_words_it_names():
    notes = split_notes("Remove the information about Banks' first name from the summary.")
    original = "Tony Banks will stand as an independent."
    done = check_draft(notes, "Mr Banks will stand as an independent.", original=original)
    assert done.ok and done.facts[0].status == "kept" and done.facts[0].kind == "instruction"
    undone = check_draft(notes, original, original=original)
    assert undone.dropped == ["n1"]


def test_a_descriptive_instruction_is_verify_with_the_span_it_concerns():
    notes = split_notes("Modify the information about the location of the home in the summary.")
    report = check_draft(notes, "A stately home near Holywell is opening its gardens.",
                         original="A Denbighshire stately home is opening its gardens.")
    fact = report.facts[0]
    assert fact.status == "verify" and fact.checked is False and fact.kind == "instruction"
    assert fact.concerns is not None and "Holywell" in fact.concerns.text
    assert fact.sentences == [0] and report.sentences[0].notes == ["n1"]
    assert report.to_verify == ["n1"] and "n1" not in report.dropped
    assert report.problem_count() == len(report.unsupported)


def test_a_descriptive_addition_with_nothing_added_is_dropped():
    notes = split_notes("Add the information about the county to the summary.")
    report = check_draft(notes, "A home is opening.", original="A home is opening.")
    assert report.dropped == ["n1"] and "nothing was added" in report.facts[0].evidence


def test_a_claim_is_removed_when_its_distinctive_words_go():
    notes = split_notes("Remove the information about her being the youngest member of the crew from the summary.")
    original = "A girl has become the youngest member of a lifeboat crew."
    assert check_draft(notes, "A girl has become a member of a lifeboat crew.", original=original).ok
    assert check_draft(notes, original, original=original).dropped == ["n1"]


@pytest.mark.parametrize("note", [
    "Remove the information about the ticket price from the summary.",
    "Add the information about the purpose of the tunnel to the summary.",
    "Remove the information about the match date.",
])
def test_a_noun_naming_whose_price_or_purpose_is_a_description(note):
    assert classify(note) == "instruction"


def test_a_described_removal_keeps_the_noun_it_names():
    notes = split_notes("Remove the information about the fine amount from the summary.")
    original = "A driver was fined £200 for parking on a verge."
    done = check_draft(notes, "A driver was fined for parking on a verge.", original=original)
    assert done.ok, done.model_dump()
    undone = check_draft(notes, original, original=original)
    assert undone.dropped == ["n1"]


def test_a_bracketed_acronym_is_an_alternative_to_its_words():
    notes = split_notes("Replace the information about the council with the information about the "
                        "Health and Safety Executive (HSE).")
    original = "The council is investigating the crash."
    spelled = check_draft(notes, "The Health and Safety Executive is investigating the crash.", original=original)
    assert spelled.ok, spelled.model_dump()
    neither = check_draft(notes, original, original=original)
    assert neither.contradicted == ["n1"]


@pytest.mark.parametrize("old, parts", [
    ("Erik being a defender and about the two teams playing at the start of the season",
     ["Erik being a defender", "the two teams playing at the start of the season"]),
    ("the competition names like Olympic, World Championships", ["Olympic", "World Championships"]),
    ('"everyday items" such as food and drinks', ['"everyday items" such as food and drinks']),  # the quote is the target
    ("the crane", ["the crane"]),
])
def test_a_removal_names_each_thing_it_takes_out(old, parts):
    from assistant.check.edit_parsing import targets
    assert targets(old) == parts


@pytest.mark.parametrize("text, kept", [
    ("Reigning champion Ann Lee won gold in Rome.", True),
    ("Reigning Olympic champion Ann Lee won gold in Rome.", False),  # one of the two is still there
    ("Reigning champion Ann Lee won gold at the World Championships in Rome.", False),
])
def test_a_removal_of_several_things_is_made_only_when_each_is_gone(text, kept):
    original = "Reigning Olympic champion Ann Lee won gold at the World Championships in Rome."
    note = "Remove the information about the competition names like Olympic, World Championships."
    [fact] = check_draft(split_notes(note), text, original=original).facts
    assert (fact.status == "kept") == kept, fact.evidence


def test_an_addition_made_by_moving_words_of_the_original_is_no_omission():
    """"Add the company that builds the bridge" carried out by moving "Acme Corp" from the
    speaker's title to the bridge: no new word, but something was put in. Only deleting is not."""
    notes = split_notes("Add the information about the name of the company that builds the bridge to the summary.")
    original = "Acme Corp engineer Dana Lee says the new bridge will open in May."
    moved = check_draft(notes, "Dana Lee says the new bridge of Acme Corp will open in May.", original=original)
    assert moved.facts[0].status == "verify", moved.facts[0]
    cut = check_draft(notes, "Dana Lee says the new bridge will open in May.", original=original)
    assert cut.facts[0].status == "dropped", cut.facts[0]


def test_a_direction_and_its_adjective_are_one_direction():
    """"southern" of a note is the original's "south" (lexicon-2026.12.05.2): removing "the
    lighthouse being on the northern tip" is done when "north" goes and the tip stays."""
    notes = split_notes("Remove the information about the lighthouse being on the northern tip of Arran from the summary.")
    original = "A storm damaged a lighthouse on the north tip of Arran."
    report = check_draft(notes, "A storm damaged a lighthouse on the tip of Arran.", original=original)
    assert report.facts[0].status == "kept", report.facts[0]
    assert check_draft(notes, original, original=original).facts[0].status == "dropped"
    assert check_draft(split_notes("a wall on the southern side"), "A wall on the south side.").ok


def test_a_replacement_names_a_body_without_its_owner():
    """"Britain's Royal Mail": the new side names Royal Mail; whose it is only qualifies the name."""
    notes = split_notes("Replace the information about the council with the information about Britain's Royal Mail.")
    original = "The council ended the postal service."
    assert check_draft(notes, "Royal Mail ended the postal service.", original=original).ok
    assert check_draft(notes, original, original=original).facts[0].status == "contradicted"


def test_a_relative_clause_ending_in_its_preposition_is_no_claim_to_remove():
    # "the town the factory is in" describes a town; its claim is not the word "in"
    assert claim_of("the town the factory is in") is None
    notes = split_notes("Remove the information about the town the factory is in from the summary.")
    original = "A fire broke out at a factory in Upper Dell."
    assert check_draft(notes, "A fire broke out at a factory.", original=original).ok
    assert check_draft(notes, original, original=original).dropped == ["n1"]


def test_a_number_replaced_in_one_of_its_mentions_is_a_look_not_a_pass():
    notes = split_notes("Replace the information about 12 with the information about 11.")
    original = "The crew rowed 12 stages in 12 days."
    report = check_draft(notes, "The crew rowed 11 stages in 12 days.", original=original)
    assert report.dropped == [] and held_for_review(report.facts[0])
    assert "1 of 2 mentions left" in report.facts[0].evidence
    assert check_draft(notes, "The crew rowed 11 stages in 11 days.", original=original).ok
    assert check_draft(notes, original, original=original).facts[0].tier == "certain"


@pytest.mark.parametrize("note", [
    "Cannot evaluate this one, the article is in Portuguese.",
    "Unable to judge the summary because the text is cut off.",
    "No changes needed.",
    "Nothing to add, the summary is fine.",
])
def test_a_remark_about_the_task_is_no_instruction_to_check(note):
    """An annotator who could not judge the text, or found nothing to change, gave no instruction:
    nothing can be missing, whatever words ("add", "compare") the remark uses."""
    report = check_draft(split_notes(note), "The council met on Monday.", original="The council met on Monday.")
    assert report.ok and not report.dropped, report.model_dump()


def test_an_instruction_that_only_mentions_cannot_is_still_checked():
    report = check_draft(split_notes("Remove the claim that the mayor cannot attend."),
                         "The council met. The mayor cannot attend.", original="The council met. The mayor cannot attend.")
    assert not report.ok
