import pytest
from pydantic import ValidationError

from assistant.errors import BadInputError
from assistant.notes import MAX_NOTES_CHARS, flag_taxonomy, parse_flags, split_notes
from assistant.kinds.caption import CaptionTask
from assistant.kinds.rewrite import RewriteTask


def test_split_lines_bullets_numbers_and_semicolons():
    notes = "- red bus; 3 pedestrians\n* wet road\n• sign\n2. a dog\n3) a cat\n\n   \nplain line"
    obs = split_notes(notes)
    assert [o.text for o in obs] == ["red bus", "3 pedestrians", "wet road", "sign", "a dog", "a cat", "plain line"]
    assert [o.id for o in obs] == [f"n{i}" for i in range(1, 8)]


def test_ids_are_stable_for_the_same_notes():
    notes = "red bus; wet road\nmaybe rain"
    assert split_notes(notes) == split_notes(notes)


@pytest.mark.parametrize(
    "text, cue",
    [("maybe rain", "maybe"), ("possibly a cat", "possibly"), ("probably wet", "probably"), ("likely dusk", "likely"),
     ("perhaps a bus", "perhaps"), ("appears wet", "appears"), ("seems old", "seems"), ("about 20 people", "about"),
     ("around 5 cars", "around"), ("roughly 3 m", "roughly"), ("approximately ten", "approximately"),
     ("~5 birds", "~"), ("3 people?", "?"), ("unsure of color", "unsure"), ("unclear text", "unclear")],
)
def test_hedges(text, cue):
    [obs] = split_notes(text)
    assert obs.hedged and cue in obs.hedge_cues


@pytest.mark.parametrize("text", ["walking around the park", "a book about cats", "red bus", "3 pedestrians"])
def test_not_hedged(text):
    assert not split_notes(text)[0].hedged


def test_flag_taxonomy_has_required_flags_with_descriptions():
    required = {"hallucination", "factual_error", "incomplete", "instruction_following", "conciseness",
                "verbosity", "tone", "formatting", "grammar", "safety"}
    taxonomy = flag_taxonomy()
    assert required <= set(taxonomy)
    assert all(taxonomy[f].description for f in required)


def test_unknown_flag_is_bad_input():
    assert parse_flags("hallucination, Conciseness") == ["hallucination", "conciseness"]
    with pytest.raises(BadInputError, match="unknown flag 'halucination'"):
        parse_flags("halucination")


def test_tasks_forbid_unknown_keys_and_empty_notes():
    with pytest.raises(ValidationError):
        CaptionTask(notes="red bus", colour="red")
    with pytest.raises(ValidationError, match="notes are empty"):
        CaptionTask(notes="  \n - \n")
    with pytest.raises(ValidationError, match="limit"):
        CaptionTask(notes="x" * (MAX_NOTES_CHARS + 1))
    with pytest.raises(ValidationError, match="unknown flag"):
        RewriteTask(notes="fix", response="text", flags=["nope"])


def test_answer_becomes_an_observation():
    task = CaptionTask(notes="red bus")
    answered = task.with_answer("How many?", "  3 pedestrians ")
    assert [o.text for o in answered.observations()] == ["red bus", "3 pedestrians"]
    assert task.notes == "red bus"  # the original is untouched


def test_about_in_an_edit_instruction_is_not_a_hedge():
    [obs] = split_notes("Replace the information about loss of 342 jobs with the information about 342 families.")
    assert not obs.hedged
