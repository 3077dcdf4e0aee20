"""Rewrites: removals and replacements that name their words by description are applied as a
careful editor would, without the model where the English is certain ("first name Danny", "Leeds
from Leeds Rhinos", "the long form but keep the abbreviation", "three game ban to two game ban",
"since May's election"), and sent to the model where cutting the words out would leave a broken
sentence (a stranded particle, a noun left after its modifiers, a subject's head). Every model
answer is scripted; every example is invented."""

from assistant import edits, locate
from assistant.check.edit_parsing import parse_edit
from assistant.check.given_names import given_names
from tests.rewrites import compose_rewrite as _compose


def test_a_given_name_the_note_writes_after_first_name_is_removed(fake, fake_spec):
    assert given_names("First name Danny", "Coach Danny Boyd praised the team.") == ["danny"]
    assert given_names("first name Danny", "Danny praised the team.") == []  # no surname after it: not a given name
    draft = _compose(fake, fake_spec, "Coach Danny Boyd praised the team.", "Remove the information about first name Danny.")
    assert draft.text == "Coach Boyd praised the team." and fake.calls == []


def test_a_name_after_a_comma_is_not_part_of_the_name_before_it():
    sentence = "The boss of Acme News, Jane Doe, has resigned."
    found = locate.find("n1", "Remove the first name of the boss of Acme.", [sentence], sentence)
    assert not (isinstance(found, locate.Found) and found.phrase == "News")


def test_a_part_of_a_name_is_removed_and_the_rest_stays(fake, fake_spec):
    draft = _compose(fake, fake_spec, "Leeds Rhinos and England forward Sam Lee has retired.",
                     "Remove the information about Leeds from Leeds Rhinos from the summary.")
    assert draft.text == "Rhinos and England forward Sam Lee has retired." and fake.calls == []


def test_a_long_form_goes_and_the_abbreviation_the_note_keeps_stays(fake, fake_spec):
    draft = _compose(fake, fake_spec, "He was banned by the National Hockey League (NHL) for a month.",
                     "Remove the information about National Hockey League but keep the NHL part from the summary.")
    assert draft.text == "He was banned by the NHL for a month." and fake.calls == []
    same = edits.LiteralEdit(kind="remove", old="Blue Water Trust", note_id="n1")
    assert edits.apply(same, "It was run by the Blue Water Trust (BWT) until 2020.") == "It was run by the BWT until 2020."
    other = edits.LiteralEdit(kind="remove", old="Blue Water Trust", note_id="n1")
    assert "by the UN" not in edits.apply(other, "It was run by the Blue Water Trust (UN) until 2020.")  # not its initials


def test_one_count_of_a_thing_changed_to_another_is_a_replacement_written_as_the_text_writes_it(fake, fake_spec):
    form = parse_edit("Modify the information about three game ban to two game ban in the summary.")
    assert (form.kind, form.old, form.new) == ("replace", "three game ban", "two game ban")
    assert parse_edit("Modify the information about three games to two goals.").kind == "modify"  # not one thing
    draft = _compose(fake, fake_spec, "Lee was given a three-game ban on Monday.",
                     "Modify the information about three game ban to two game ban in the summary.")
    assert draft.text == "Lee was given a two-game ban on Monday." and fake.calls == []


def test_an_owner_removed_before_a_common_noun_leaves_the_article(fake, fake_spec):
    draft = _compose(fake, fake_spec, "Members met for the first time since May's election.",
                     "Remove the information about the election being in May from the summary.")
    assert draft.text == "Members met for the first time since the election." and fake.calls == []
    owner = edits.LiteralEdit(kind="remove", old="Norway's", note_id="n1")
    assert edits.apply(owner, "Norway's Ann Berg won.") == "Ann Berg won."  # a name needs no article


def test_a_removal_that_would_leave_a_noun_after_its_modifiers_goes_to_the_model(fake, fake_spec):
    draft = _compose(fake, fake_spec, "Jo Smith became the first woman to win three world titles with a win in Oslo.",
                     "Remove the information about Smith being the first woman to win three world titles.",
                     "Jo Smith won in Oslo.")
    assert "became titles" not in draft.text and len(fake.calls) == 1
    assert "first woman to win three world titles" in fake.calls[0]["messages"][1]["content"]


def test_a_removal_that_would_strand_a_particle_goes_to_the_model(fake, fake_spec):
    draft = _compose(fake, fake_spec, "The club moved off the foot of the table with a win over Rovers.",
                     "Remove the information about the club moving off the foot of the table.",
                     "The club beat Rovers.")
    assert "moved off with" not in draft.text and len(fake.calls) == 1


def test_a_removal_of_a_subjects_head_goes_to_the_model(fake, fake_spec):
    draft = _compose(fake, fake_spec, "One of Europe's largest car makers has been bought by a bank.",
                     "Remove the information about the firm being \"one of Europe's largest.\"",
                     "A car maker has been bought by a bank.")
    assert not draft.text.startswith("Car makers has") and len(fake.calls) == 1


def test_an_addition_of_its_own_is_asked_with_what_to_add_not_the_instruction(fake, fake_spec):
    draft = _compose(fake, fake_spec, "The two mayors met in Lyon.",
                     "Add the information about the joint press event to the summary.",
                     "The two mayors held a joint press event.")
    assert draft.text == "The two mayors met in Lyon. The two mayors held a joint press event."
    [call] = fake.calls
    asked = call["messages"][-1]["content"]
    assert "the joint press event" in asked and "Add the information" not in asked and "The two mayors met in Lyon." in asked
    assert call["messages"][0]["role"] == "system" and len(call["messages"]) == 2


def test_a_name_the_model_respelt_is_written_as_the_response_writes_it(fake, fake_spec):
    draft = _compose(fake, fake_spec, "Ana Ruiz, part of Colombino President Vela's team, has been sacked.",
                     "Replace the information about being sacked with the information about having resigned.",
                     "Ana Ruiz, part of Colombian President Vela's team, has resigned.")
    assert draft.text == "Ana Ruiz, part of Colombino President Vela's team, has resigned."


def test_a_quoted_removal_that_takes_a_verbs_object_goes_to_the_model_with_the_words_named(fake, fake_spec):
    draft = _compose(fake, fake_spec, "The charity has launched a ten-year plan to help more families.",
                     "Remove the information about ten-year plan from the summary.",
                     "The charity has launched a plan to help more families.")
    assert "has launched to help" not in draft.text and len(fake.calls) == 1
    assert "The charity has launched a ten-year plan to help more families." in fake.calls[0]["messages"][1]["content"]
    ok = _compose(fake, fake_spec, "The charity has launched a plan in Leeds.", "Remove the information about in Leeds.")
    assert ok.text == "The charity has launched a plan." and len(fake.calls) == 1  # a phrase that can go, goes


def test_a_value_replaced_is_replaced_wherever_the_sentence_writes_it():
    edit = edits.LiteralEdit(kind="replace", old="42", new="41", note_id="n1")
    assert edits.apply(edit, "She ran 42 races in 42 days.") == "She ran 41 races in 41 days."
    word = edits.LiteralEdit(kind="replace", old="race", new="run", note_id="n1")
    assert edits.apply(word, "The race was the longest race.") == "The run was the longest race."  # a word: once


def test_a_follow_up_that_leaves_the_check_where_it_was_is_not_taken(fake, fake_spec):
    response = "Jo Smith became the first woman to win three world titles with a win in Oslo."
    draft = _compose(fake, fake_spec, response,
                     "Remove the information about Smith being the first woman to win three world titles.",
                     response, "Jo Smith became the first woman to win three world titles in Oslo.")
    assert len(fake.calls) == 2 and draft.text == response  # the retry cut words no note names, nothing more
    assert "n1" in draft.check.unmet()  # and the note stays reported


def test_a_phrase_whose_words_repeat_is_no_part_of_a_name():
    # "Leeds from Leeds Rhinos" is a part of a name; "one in one hundred" and "Smith from the
    # Smith family" are the words the note means, whole
    sentence = "About one in one hundred drivers crash."
    [found] = locate.find_all("n1", "Replace one in one hundred with one in fifty.", [sentence], sentence)
    assert found.edit is not None and edits.apply(found.edit, sentence) == "About one in fifty drivers crash."
    sentence = "Ann Smith from the Smith family spoke."
    [found] = locate.find_all("n1", "Remove the information about Smith from the Smith family.", [sentence], sentence)
    assert found.phrase != "Smith"


def test_initials_are_left_only_for_a_long_form_removed_alone():
    # the removed words are more than the long form: no initials stand in for them
    cut = edits.LiteralEdit(kind="remove", old="banned by the Blue Water Trust", note_id="n1")
    assert "was BWT" not in edits.apply(cut, "He was banned by the Blue Water Trust (BWT) for a month.")


def test_a_hyphen_is_kept_only_between_words_the_replacement_keeps():
    worded = edits.LiteralEdit(kind="replace", old="well-known actor", new="famous film star", note_id="n1")
    assert edits.apply(worded, "She is a well-known actor in Leeds.") == "She is a famous film star in Leeds."
    counted = edits.LiteralEdit(kind="replace", old="part-time job", new="full time role", note_id="n1")
    assert edits.apply(counted, "He took a part-time job in May.") == "He took a full-time role in May."


def test_a_name_the_note_asks_for_is_not_respelt_back(fake, fake_spec):
    from assistant.compose.targeted import names_as_written
    assert names_as_written("Lee moved to Australia.", "Lee moved to Austria.",
                            ["The country is wrong: he moved to Austria."]) == "Lee moved to Austria."
    assert names_as_written("Lee moved to Australia.", "Lee moved to Austria.", []) == "Lee moved to Australia."
    draft = _compose(fake, fake_spec, "Lee moved to Australia in 2010 to coach.",
                     "The country he moved to is wrong, it was Austria.", "Lee moved to Austria in 2010 to coach.")
    assert draft.text == "Lee moved to Austria in 2010 to coach."


def test_an_addition_answered_with_the_add_requests_own_lines_is_refused(fake, fake_spec):
    draft = _compose(fake, fake_spec, "The two mayors met in Lyon.",
                     "Add the information about the joint press event to the summary.",
                     "Write one new sentence to go after that text.")
    assert "Write one new sentence" not in draft.text


def test_what_to_add_loses_the_comma_its_instruction_left():
    from assistant.compose.targeted import addition_content
    assert addition_content("Add the date of the final, 3 June, to the summary.") == "the date of the final, 3 June"


def test_the_words_after_a_match_go_with_it_only_within_its_clause():
    sentence = "Kim won two gold medals, gold being her colour."
    [found] = locate.find_all("n1", "Remove the information about Kim winning two gold medals.", [sentence], sentence)
    assert found.phrase == "two gold medals"


def test_a_stranded_particle_is_seen_when_the_next_word_shares_the_removed_words_first_letters(fake, fake_spec):
    # "the foot ..." and "to" both begin with "t": the words are compared whole
    draft = _compose(fake, fake_spec, "The club moved off the foot of the table to ninth place.",
                     "Remove the information about the club moving off the foot of the table.",
                     "The club rose to ninth place.")
    assert "moved off to" not in draft.text and len(fake.calls) == 1


def test_what_to_add_is_read_without_the_instruction_wherever_it_names_the_summary():
    from assistant.compose.targeted import addition_content

    assert addition_content("Add to the summary that the mayor resigned.") == "the mayor resigned"
    assert addition_content("Add the missing information about the date of the vote") == "the date of the vote"
    assert addition_content("Add the information about the vote to the summary.") == "the vote"


def test_a_model_sentence_that_ends_by_saying_its_subject_again_loses_the_repeat(fake, fake_spec):
    draft = _compose(fake, fake_spec, "The two mayors met in Lyon.",
                     "Add the information about the talks between the mayors of Lyon and Turin to the summary.",
                     "The talks between the mayors of Lyon and Turin were held between the mayors of Lyon and Turin.")
    assert draft.text == "The two mayors met in Lyon. The talks between the mayors of Lyon and Turin were held."
    from assistant.compose.targeted import said_once

    twice = "The fans of the home team sang for the fans of the home team."
    assert said_once(twice, twice) == twice  # the response says it twice itself: the answer may too
    assert said_once("Fans of the new club cheered for the new club.", "") == "Fans of the new club cheered for the new club."


def test_each_given_name_a_note_lists_after_first_names_is_removed(fake, fake_spec):
    assert given_names("first names Danny, Sue and Ed", "Danny Boyd, Sue Hart and Ed Lee won.") == ["danny", "sue", "ed"]
    assert given_names("first name Danny and Sue", "Danny Boyd and Sue Hart won.") == ["danny"]  # one name asked
    response, notes = "Coaches Danny Boyd and Sue Hart praised the team.", "Remove the information about first names Danny and Sue."
    kept_one = _compose(fake, fake_spec, response, notes, "Coaches Boyd and Sue Hart praised the team.")
    assert not kept_one.check.ok  # Sue is still there: the note is not met
    both = _compose(fake, fake_spec, response, notes, "Coaches Boyd and Hart praised the team.")
    assert both.text == "Coaches Boyd and Hart praised the team." and both.check.ok


def test_a_new_side_that_points_to_where_its_content_is_written_is_no_text_to_write_in(fake, fake_spec):
    """"with the information about sourced from the person listed": the person is in the article, not in the
    note, so "according to the person listed" is never written in; the model is not asked to guess either."""
    draft = _compose(fake, fake_spec, "Sales of bikes have doubled this year, according to new figures.",
                     "Replace the information about according to new figures with the information about "
                     "according to the person listed.")
    assert "person listed" not in draft.text and fake.calls == []
    assert any("n1" in w for w in draft.warnings) and not draft.check.ok
