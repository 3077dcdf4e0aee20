"""Review41's repros of rewrite29's literal edits (issue 25): a replacement's differing words
changed only inside the whole old frame, a removed prepositional phrase that a verb needs goes to
the model, and a restatement whose second word merely ends in "-ing". Every example is invented and
every model answer scripted."""

import pytest

from assistant import locate
from tests.rewrites import compose_rewrite as _compose

MODEL = "Scripted model answer."


@pytest.mark.parametrize("response, note, wrong", [
    ("Ann Lee was born in Leeds. She died in Leeds in 1990.",
     "Replace the information about that she died in Leeds with the information that she died in York.",
     "born in York"),
    ("The bridge cost £2m to build and £2m to repair.",
     "Replace the information about it costing £2m to repair with it costing £3m to repair.", "£3m to build"),
    ("Police arrested two men in May and charged two men in June.",
     "Replace the information that police charged two men with the information that police charged three men.",
     "arrested three men"),
    ("A red light stopped the car, which was painted red.", "Replace 'the red car' with 'the blue car'.",
     "blue light"),
    ("The 30-year-old man waited 30 minutes for the bus.",
     "Replace the information about the man being 30 with the man being 40.", "waited 40 minutes"),
    ("Rovers won 2-1 at home and lost 2-1 away.", "Replace 'Rovers lost 2-1 away' with 'Rovers lost 3-1 away'.",
     "won 3-1"),
])
def test_a_shared_frame_not_written_in_the_response_does_not_change_the_bare_value_elsewhere(
        fake, fake_spec, response, note, wrong):
    draft = _compose(fake, fake_spec, response, note, MODEL, MODEL, MODEL)
    assert wrong not in draft.text


def test_the_differing_words_change_inside_the_one_occurrence_of_the_whole_frame(fake, fake_spec):
    draft = _compose(fake, fake_spec, "Rovers won 2-1 at home and lost 2-1 away.",
                     "Replace the information about them losing 2-1 away with them losing 3-1 away.")
    assert draft.text == "Rovers won 2-1 at home and lost 3-1 away." and fake.calls == []
    draft = _compose(fake, fake_spec, "Police arrested two men in May and charged two men in June.",
                     "Replace the information that police charged two men with the information that police charged three men.")
    assert draft.text == "Police arrested two men in May and charged three men in June." and fake.calls == []
    draft = _compose(fake, fake_spec, "The bridge cost £2m to build and £2m to repair.",
                     "Replace the information about it costing £2m to repair with it costing £3m to repair.")
    assert draft.text == "The bridge cost £2m to build and £3m to repair." and fake.calls == []


def test_a_removed_phrase_a_verb_needs_its_preposition_for_strands_the_verb(fake, fake_spec):
    assert locate.strands("The plan was based on a survey of 500 homes.", "The plan was based of 500 homes.")
    assert locate.strands("The mayor relied on donors for the campaign.", "The mayor relied for the campaign.")
    draft = _compose(fake, fake_spec, "The plan was based on a survey of 500 homes.",
                     "Remove the information about the survey from the summary.", "The plan was based on 500 homes.")
    assert "based of" not in draft.text and len(fake.calls) == 1
    draft = _compose(fake, fake_spec, "The mayor relied on donors for the campaign.", 'Remove "on donors".',
                     "The mayor relied on others for the campaign.")
    assert draft.text != "The mayor relied for the campaign." and len(fake.calls) == 2


def test_a_restatement_whose_second_word_is_a_noun_in_ing_is_applied(fake, fake_spec):
    draft = _compose(fake, fake_spec, "The hall was sold last year.",
                     "Rewrite the summary by The building was sold for £2m last year.")
    assert draft.text == "The building was sold for £2m last year." and fake.calls == []
    draft = _compose(fake, fake_spec, "The hall was sold last year.",
                     "Rewrite the summary by Correctly naming the hall sold last year.", "The hall was sold in 2020.")
    assert len(fake.calls) == 1

