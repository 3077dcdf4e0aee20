"""Rewrites: descriptive removals and replacements ("remove the information about the crane",
"remove Boyd's first name") are applied where their target is found in the response, by the
check's word matching; the model gets one sentence, with the words named, only where cutting
them out would break it; a target not found is reported, never passed over in silence. Every
model answer is scripted."""

import json

import pytest

from assistant import locate
from assistant.compose import compose
from assistant.kinds.rewrite import RewriteTask


def _sent(call: dict, tag: str):
    return json.loads(call["messages"][1]["content"].split(f"<{tag}>")[1].split(f"</{tag}>")[0])


def test_a_removal_described_in_other_words_is_applied_without_the_model(fake, fake_spec):
    task = RewriteTask(response="The site has two cranes and a new fence. It opens in 2027.",
                       notes="Remove the information about the crane from the summary.")
    draft = compose(task, fake_spec)
    assert fake.calls == [] and draft.attempts == 0
    assert draft.text == "The site has a new fence. It opens in 2027."
    assert draft.check.ok, draft.check.model_dump()
    [change] = draft.changes
    assert change.how == "literal" and change.notes == ["n1"] and "two cranes" in change.reason


def test_a_described_given_name_goes_without_the_model(fake, fake_spec):
    task = RewriteTask(response="Coach Danny Boyd praised the team. The season ends in May.",
                       notes="remove Boyd's first name")
    draft = compose(task, fake_spec)
    assert fake.calls == []
    assert draft.text == "Coach Boyd praised the team. The season ends in May."
    [fact] = draft.check.facts
    assert fact.status == "kept" and "danny" in fact.evidence  # the check agrees on what was removed


def test_the_adjectives_and_article_of_a_removed_noun_go_with_it(fake, fake_spec):
    task = RewriteTask(response="Shrewsbury have signed Stefan Payne from Barnsley for an undisclosed fee.",
                       notes="Remove the information about the fee from the summary.")
    assert compose(task, fake_spec).text == "Shrewsbury have signed Stefan Payne from Barnsley."
    task = RewriteTask(response="A popular Australian beer brand faces a backlash.",
                       notes="Remove the information about the brand being popular.")
    assert compose(task, fake_spec).text == "An Australian beer brand faces a backlash."  # the claim, not the topic
    assert fake.calls == []


def test_a_proper_name_described_by_what_it_names_is_found(fake, fake_spec):
    task = RewriteTask(response="She is in the squad for the Rio Paralympics.",
                       notes="Remove the information about the location of the Paralympics from the summary.")
    assert compose(task, fake_spec).text == "She is in the squad for the Paralympics."
    task = RewriteTask(response="Tranmere boosted their National League play-off hopes.",
                       notes="Remove the information about league name from the summary.")
    assert compose(task, fake_spec).text == "Tranmere boosted their play-off hopes."
    assert fake.calls == []


def test_a_removal_that_would_break_its_sentence_goes_to_the_model_with_the_words_named(fake, fake_spec):
    task = RewriteTask(response="Two cranes lift steel beams over the site. It opens in 2027.",
                       notes="remove the information about the cranes, because there is only one")
    fake.enqueue(["Steel beams are lifted over the site."])
    draft = compose(task, fake_spec)
    [call] = fake.calls  # one request, for the sentence the words stand in
    assert _sent(call, "sentence_json") == "Two cranes lift steel beams over the site."
    [note] = _sent(call, "notes_json")
    assert note.startswith("remove the information about the cranes") and '"Two cranes"' in note
    assert draft.text == "Steel beams are lifted over the site. It opens in 2027."
    assert draft.prompt_version.endswith("rewrite_sentence-2026.12.06.1")


def test_a_replacement_found_by_lemma_writes_a_short_literal_value_in_without_the_model(fake, fake_spec):
    task = RewriteTask(response="The swan was tangled in fishing line.",
                       notes="Replace the information about the fishing lines with the information about a netted bag.")
    draft = compose(task, fake_spec)
    assert fake.calls == [] and draft.text == "The swan was tangled in a netted bag."
    assert draft.check.ok, draft.check.model_dump()


def test_an_addition_described_goes_to_the_model_as_a_new_sentence_and_is_left_to_verify(fake, fake_spec):
    task = RewriteTask(response="A man was arrested in Maidstone.", notes="add the county")
    fake.enqueue(["Maidstone is in Kent."])
    draft = compose(task, fake_spec)
    [call] = fake.calls
    # an addition: a sentence of its own, asked with the response and what to add
    assert _sent(call, "text_json") == "A man was arrested in Maidstone." and _sent(call, "add_json") == "the county"
    assert draft.text == "A man was arrested in Maidstone. Maidstone is in Kent."
    assert draft.check.to_verify == ["n1"]  # what "the county" is, only a reviewer can say


def test_an_addition_the_model_writes_into_its_sentence_replaces_that_sentence(fake, fake_spec):
    task = RewriteTask(response="The band cancelled its tour after the death of manager Ann Roe. Fans were refunded.",
                       notes="Add the information about Roe being the singer's sister to the summary.")
    fake.enqueue(["The band cancelled its tour after the death of manager Ann Roe, the singer's sister."] * 2)
    draft = compose(task, fake_spec)
    assert draft.text == ("The band cancelled its tour after the death of manager Ann Roe, the singer's sister. "
                          "Fans were refunded.")


def test_an_addition_answer_that_drops_words_of_its_sentence_is_no_rewrite_of_it(fake, fake_spec):
    task = RewriteTask(response="The band cancelled its tour after the death of manager Ann Roe.",
                       notes="Add the information about Roe being the singer's sister to the summary.")
    fake.enqueue(["The band cancelled its tour after the death of the singer's sister."] * 3)
    draft = compose(task, fake_spec)
    assert "manager Ann Roe" in draft.text


def test_a_described_target_not_found_is_reported_never_silent(fake, fake_spec):
    task = RewriteTask(response="The tower opens in 2027. It has 40 floors.",
                       notes="Remove the information about the crane from the summary.")
    fake.enqueue(["The tower opens in 2027.", "It has 40 floors."])  # the model finds nothing to remove either
    draft = compose(task, fake_spec)
    assert draft.text == "The tower opens in 2027. It has 40 floors."
    assert any(w.startswith("n1: no words of the response match 'the crane'") for w in draft.warnings)
    task = RewriteTask(response="Michael Smith thanked Tommy Wright.",
                       notes="Remove the information about the first names of both people from the summary.")
    fake.enqueue(["Michael Smith thanked Tommy Wright."])
    draft = compose(task, fake_spec)
    assert any("the first names of both people" in w for w in draft.warnings)
    assert "n1" in draft.check.unmet()  # and the check: nothing was removed


def test_locate_reads_only_removals_and_replacements():
    sentences = ["Two cranes lift steel beams.", "It opens in 2027."]
    assert locate.find("n1", "add the county", sentences, " ".join(sentences)) is None
    assert locate.find("n1", "make it shorter", sentences, " ".join(sentences)) is None
    found = locate.find("n1", "remove the crane", sentences, " ".join(sentences))
    assert isinstance(found, locate.Found) and found.sentence == 0 and found.phrase == "Two cranes"
    assert found.edit is None  # the subject of its sentence: only a rewrite can take it out


def test_an_answer_that_recites_the_instructions_is_not_taken_as_the_sentence(fake, fake_spec):
    """Seen on the embedded model: the answer for a sentence was the last paragraph of the
    system prompt, and compose took it; now it is refused and the check reports the note."""
    from assistant import prompts

    system = prompts.load("rewrite_sentence").render(context="{}", notes="[]", sentence='""')[0]["content"]
    recital = " ".join(system.split()[-14:])
    task = RewriteTask(response="Two cranes lift steel beams over the site. It opens in 2027.",
                       notes="remove the information about the cranes, because there is only one")
    fake.enqueue([recital] * 6)
    draft = compose(task, fake_spec)
    assert recital not in draft.text
    assert draft.text.startswith("Two cranes lift steel beams")
    assert not draft.check.ok  # the removal not made is reported, never silent


@pytest.mark.parametrize("response, note, expected", [
    # a removal of two things: each located and removed
    ("The red bus stopped near the old station on Monday. Nobody was hurt.",
     "Remove the information about the bus being red and about Monday from the summary.",
     "The bus stopped near the old station. Nobody was hurt."),
    # a description and its examples: each example removed
    ("Reigning Olympic champion Ann Lee won gold at the World Championships in Rome.",
     "Remove the information about the competition names like Olympic, World Championships.",
     "Reigning champion Ann Lee won gold in Rome."),
    # a first name described by the person's role: the first word of the name beside it
    ("Reigning champion Carl Brash has been ruled out of the Games through injury.",
     "Remove the information about first name of the champion from the summary.",
     "Reigning champion Brash has been ruled out of the Games through injury."),
])
def test_described_removals_are_made_without_the_model(fake, fake_spec, response, note, expected):
    draft = compose(RewriteTask(response=response, notes=note), fake_spec)
    assert fake.calls == []
    assert draft.text == expected
    assert {c.how for c in draft.changes} == {"literal"}


def test_a_removal_that_would_leave_a_verb_without_its_object_goes_to_the_model(fake, fake_spec):
    """Three words of the target with three others between them are still found; cutting them
    would leave "has become in Scotland", so the model gets the sentence with the words named."""
    task = RewriteTask(response="A girl has become the youngest member of a lifeboat crew in Scotland. She is 16.",
                       notes="Remove the information about her being the youngest member of the crew.")
    fake.enqueue(["A girl has become a member of a lifeboat crew in Scotland."])
    draft = compose(task, fake_spec)
    [call] = fake.calls
    [note] = _sent(call, "notes_json")
    assert '"youngest member of a lifeboat crew"' in note
    assert draft.text == "A girl has become a member of a lifeboat crew in Scotland. She is 16."


def test_a_rewrite_that_drops_a_name_no_note_mentions_is_not_taken(fake, fake_spec):
    task = RewriteTask(response="Celtic defender Erik Sviatchenko believes the gap is bigger now than it was at the start "
                                "of the season. Rangers disagree.",
                       notes="Remove the information about the teams playing at the start of the season.")
    fake.enqueue([lambda messages: "Celtic believes the gap is bigger now."] * 3)
    draft = compose(task, fake_spec)
    assert fake.calls  # asked, and the answer refused
    assert "Erik Sviatchenko" in draft.text
    assert any("left out Erik, Sviatchenko" in w for w in draft.warnings)


@pytest.mark.parametrize("response, note, answer", [
    # a removal of where something happened may take the place names with it
    ("A cyclist was hurt in a collision at a fair in Little Wenlock, North Shropshire.",
     "Remove the information about where the collision happened from the summary.",
     "A cyclist was hurt in a collision at a fair."),
    # the words an acronym of the note stands for may go
    ("The pier was shut after a Second World War mine washed up.",
     "Replace the information about the SWW mine with the information that it was shut for repairs.",
     "The pier was shut for repairs."),
])
def test_names_a_note_describes_may_go_with_the_model_answer(fake, fake_spec, response, note, answer):
    task = RewriteTask(response=response, notes=note)
    fake.enqueue([lambda messages: answer] * 3)
    draft = compose(task, fake_spec)
    assert draft.text == answer
    assert not any("left out" in w for w in draft.warnings)


def test_a_removal_of_a_thing_and_of_where_it_happened_keeps_the_second_part_for_the_model(fake, fake_spec):
    task = RewriteTask(response="The Danish striker Ole Holm scored twice in Aarhus.",
                       notes="Remove Danish and about where he scored from the summary.")
    fake.enqueue([lambda messages: "The striker Ole Holm scored twice."] * 3)
    draft = compose(task, fake_spec)
    assert fake.calls  # "where he scored" is the model's to remove, after "Danish" went without it
    assert draft.text == "The striker Ole Holm scored twice."


def test_the_names_guard_stays_on_for_a_note_that_only_mentions_when():
    from assistant.compose.targeted import names_lost  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    [note] = split_notes("Remove the claim that he was a defender when young.")
    assert "Sviatchenko" in names_lost("Erik Sviatchenko played for Celtic.", "He played.", [note], {})


def test_an_addition_written_into_a_sentence_replaces_the_sentence_it_restates_most(fake, fake_spec):
    task = RewriteTask(response="Roe toured Europe. She toured Europe after the death of manager Ann Dee.",
                       notes="Add the information about Dee being Roe's sister to the summary.")
    fake.enqueue(["She toured Europe after the death of manager Ann Dee, Roe's sister."] * 2)
    draft = compose(task, fake_spec)
    assert draft.text == "Roe toured Europe. She toured Europe after the death of manager Ann Dee, Roe's sister."


@pytest.mark.parametrize("reason", ["since his position is not mentioned", "since its size is not known",
                                    "as their names are not given"])
def test_a_removal_with_a_reason_after_a_possessive_targets_only_what_it_names(fake, fake_spec, reason):
    task = RewriteTask(response="Winger Tom Reed has joined the club on loan.",
                       notes=f"Remove the information about Winger {reason} from the summary.")
    draft = compose(task, fake_spec)
    assert fake.calls == [] and draft.text == "Tom Reed has joined the club on loan."
