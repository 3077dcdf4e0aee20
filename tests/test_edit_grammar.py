"""One edit grammar: the check's table of edit forms (`check.edit_parsing.parse_edit`) is the one
compose's literal edits (`edits.parse`) read, so a note is never judged two ways. One case per
form; the examples are invented."""

import pytest

from assistant import edits
from assistant.check.edit_parsing import parse_edit

# note, sentence of the response, (kind, old, new) as both read it, the sentence after compose's edit
FORMS = [
    ("replace the ferry with the bus", "They took the ferry home.", ("replace", "the ferry", "the bus"),
     "They took the bus home."),
    ("Replace the information about the ferry with the information about the bus", "They took the ferry home.",
     ("replace", "the ferry", "the bus"), "They took the bus home."),
    ("change Tuesday to Thursday", "The shop opens on Tuesday.", ("replace", "Tuesday", "Thursday"),
     "The shop opens on Thursday."),
    ("swap red for green", "The door is red.", ("replace", "red", "green"), "The door is green."),
    ("please remove the word cheap", "A cheap ticket costs 9 euros.", ("remove", "the word cheap", ""), None),
    ("remove cheap", "A cheap ticket costs 9 euros.", ("remove", "cheap", ""), "A ticket costs 9 euros."),
    ("leave out cheap", "A cheap ticket costs 9 euros.", ("remove", "cheap", ""), "A ticket costs 9 euros."),
    ("delete the sentence about the weather", "The weather was mild.", ("remove", "the weather", ""), ""),
    ("Tuesday -> Thursday", "The shop opens on Tuesday.", ("replace", "Tuesday", "Thursday"),
     "The shop opens on Thursday."),
    ("not Tuesday but Thursday", "The shop opens on Tuesday.", ("replace", "Tuesday", "Thursday"),
     "The shop opens on Thursday."),
    ("Thursday (not Tuesday)", "The shop opens on Tuesday.", ("replace", "Tuesday", "Thursday"),
     "The shop opens on Thursday."),
    ("Thursday, not Tuesday", "The shop opens on Tuesday.", ("replace", "Tuesday", "Thursday"),
     "The shop opens on Thursday."),
    ("30 days instead of two weeks", "Refunds take two weeks.", ("replace", "two weeks", "30 days"),
     "Refunds take 30 days."),
    ("1911 not 1912", "The hall opened in 1912.", ("replace", "1912", "1911"), "The hall opened in 1911."),
    ("5m rather than 3m", "The fee was 3m.", ("replace", "3m", "5m"), "The fee was 5m."),
    # what an instruction to say something says instead is the edit
    ("Say that he resigned rather than was sacked.", "The coach was sacked on Monday.",
     ("replace", "was sacked", "he resigned"), None),
    ("State that it was a draw, not a win.", "United won against City.", ("replace", "a win", "it was a draw"), None),
    # a statement that ends in a count or a time, "not" the one it replaces, no comma
    ("store opens at 9am not 8am", "The store opens at 8am.", ("replace", "8am", "9am"), "The store opens at 9am."),
    ("policy says 3 months not six", "You have six months to claim.", ("replace", "six", "3"),
     "You have 3 months to claim."),
    ("squad has fifteen players not twelve", "The squad has twelve players.", ("replace", "twelve", "fifteen"),
     "The squad has fifteen players."),
    ("correct the year to 1911", "The hall opened in 1912.", ("replace", "the year", "1911"), None),
    ("update the venue to Castle Park", "They met at the old mill.", ("replace", "the venue", "Castle Park"), None),
    ('Modify the information about Change "the old mill" to "the new mill" in the summary',
     "They met at the old mill.", ("replace", '"the old mill"', '"the new mill"'), "They met at the new mill."),
]


@pytest.mark.parametrize("note,sentence,sides,after", FORMS, ids=[f[0][:40] for f in FORMS])
def test_compose_and_check_read_each_form_alike(note, sentence, sides, after):
    form = parse_edit(note)
    assert form is not None and (form.kind, form.old, form.new) == sides
    edit = edits.parse("n1", note, sentence)
    if after is None:  # the words do not stand in the response as written: the model's to do
        assert edit is None
        return
    assert edit is not None
    assert (edit.old, edit.new) == (sides[1].strip('"'), sides[2].strip('"'))
    assert edits.apply(edit, sentence) == after


def test_a_removal_of_the_sentence_about_something_takes_the_sentence():
    assert parse_edit("delete the sentence about the weather").whole_sentence
    assert not parse_edit("delete the weather").whole_sentence
    assert edits.parse("n1", "delete the sentence about the weather", "It rained.").kind == "delete_sentence"


@pytest.mark.parametrize("note", ["add that the hall was rebuilt", "rephrase the second sentence",
                                  "correct the date to the right one"])
def test_additions_and_rephrasings_are_edits_only_the_model_can_make(note):
    assert parse_edit(note).kind in ("add", "modify")
    assert edits.parse("n1", note, "The hall was rebuilt in 1990. It is large.") is None


def test_part_of_inside_a_side_is_content_not_words_about_the_text():
    # "the part about X" describes the text; "part of his ear" is what the text says
    assert parse_edit("remove the part about the dog").old == "the dog"
    note = "Replace biting off part of his ear with the information about hitting him"
    sentence = "He was jailed for biting off part of his ear."
    assert parse_edit(note).old == "biting off part of his ear"
    assert edits.apply(edits.parse("n1", note, sentence), sentence) == "He was jailed for hitting him."
    assert parse_edit("Replace the mayor with Ann Lee, part of the council").new == "Ann Lee, part of the council"


def test_a_value_form_whose_new_side_is_a_clause_or_a_description_is_left_to_the_model():
    # "Y, not X" and "Y instead of X" put a value first: a clause is no value
    assert edits.parse("n1", "it closes on Fridays only, not permanently", "The library will close permanently.") is None
    assert edits.parse("n1", "use the word guest instead of customer", "Every customer gets a key.") is None
    # "with the number of injuries" describes the new text: the check does not read it literally either
    assert parse_edit("Replace the death toll with the number of injuries").descriptive
    assert edits.parse("n1", "Replace the death toll with the number of injuries", "The death toll rose.") is None
    # "X should be Y" names X by description: no words to replace
    assert edits.parse("n1", "the date should be 12 May", "The date of the fair is 5 May.") is None


def test_a_removal_of_two_things_joined_by_and_mention_of_is_two_targets():
    from assistant.check.edit_parsing import targets  # noqa: PLC0415

    old = parse_edit("Remove the information about the coach's age and mention of the injury from the summary").old
    assert targets(old) == ["the coach's age", "the injury"]
    assert targets("the cake and details of the recipe") == ["the cake", "the recipe"]
    # "part of" is content there: "the bat and part of the fence" is one thing to remove
    assert targets("the bat and part of the fence") == ["the bat and part of the fence"]


def test_a_new_side_that_describes_a_claim_or_corrects_itself_is_not_pasted():
    sentence = "A ferry from Dover Harbour has docked in Calais."
    for note in ("Replace the information about Dover Harbour with the information about being bound, not from, Lille",
                 "Replace Dover Harbour with having left Lille"):
        assert edits.parse("n1", note, sentence) is None, note
    assert edits.parse("n1", "Replace Dover Harbour with Lille", sentence).new == "Lille"


def test_removing_the_only_words_of_a_quote_takes_its_quote_marks():
    sentence = 'The mayor should resign "today", says a councillor.'
    edit = edits.parse("n1", 'remove "today"', sentence)
    assert edits.apply(edit, sentence) == "The mayor should resign, says a councillor."
    # words inside a longer quote leave the quote marks where they are
    sentence = 'He called it "a very bad day".'
    assert edits.apply(edits.parse("n1", "remove very", sentence), sentence) == 'He called it "a bad day".'


@pytest.mark.parametrize("note,response", [
    ("The ticket should be removed", "The ticket costs 9 euros."),
    ("the bus should be red", "The bus is blue."),
    ("the meeting was moved to Friday instead of Monday", "The meeting is on Monday."),
    ("moved to Friday (not Monday)", "The meeting is on Monday."),
])
def test_a_value_form_that_is_not_a_short_value_is_the_models_to_apply(note, response):
    assert edits.parse("n1", note, response) is None


def test_a_hyphenated_word_is_not_cut_in_part():
    assert edits.parse("n1", "Remove the information about super-Mare", "It opened in Weston-super-Mare.") is None


def test_a_removal_is_split_only_at_words_about_the_text():
    from assistant.check.edit_parsing import targets  # noqa: PLC0415

    assert targets("the Department of Health and Information on Ageing") == ["the Department of Health and Information on Ageing"]
    assert targets("the date and the claim about the venue") == ["the date", "the venue"]
    assert targets('"bread and information about cheese" and about the shop') == ['"bread and information about cheese"', "the shop"]


@pytest.mark.parametrize("note", ["the dog is brown not black", "it is not 3 not 4", "took 3 days not 2 weeks"])
def test_a_statement_with_not_between_other_values_is_no_literal_edit(note):
    """Only counts and times of one unit: a colour may be a remark ("brown not black" of a dog two notes
    describe), and two units are not one value replaced."""
    form = parse_edit(note)
    assert form is None
