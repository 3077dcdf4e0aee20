from assistant.notes import split_notes
from assistant.questions import answer_note, deterministic_questions, load_checklist, merge_model_questions

FULL = """red bus, 3 pedestrians walking
city street outdoors
sign reads "EXIT"
overcast daylight
shot from eye level"""


def items(questions):
    return {q.item for q in questions}


def test_default_caption_checklist_has_the_required_items():
    ids = [i.id for i in load_checklist("caption").items]
    assert ids == ["subject", "count", "action", "setting", "colors", "text", "lighting", "viewpoint"]


def test_asks_for_what_is_missing():
    qs = deterministic_questions("caption", split_notes("a dog"))
    assert items(qs) == {"count", "action", "setting", "colors", "text", "lighting", "viewpoint"} - {"count"}
    assert [q.id for q in qs] == [f"q{i}" for i in range(1, len(qs) + 1)]


def test_never_asks_about_what_is_stated():
    assert deterministic_questions("caption", split_notes(FULL)) == []


def test_explicit_negative_answers_cover_items():
    qs = deterministic_questions("caption", split_notes(FULL.replace('sign reads "EXIT"', "no text")))
    assert "text" not in items(qs)


def test_hedged_count_is_an_ambiguity():
    qs = deterministic_questions("caption", split_notes(FULL.replace("3 pedestrians", "~3 pedestrians")))
    assert [(q.item, q.note) for q in qs] == [("ambiguity", "n1")]


def test_rewrite_asks_for_unaddressed_flags_only():
    obs = split_notes("policy says 3 months, not six")
    qs = deterministic_questions("rewrite", obs, ["factual_error", "tone"])
    assert items(qs) == {"tone"}
    assert "tone" in qs[0].question


def test_model_questions_about_stated_facts_are_dropped():
    obs = split_notes(FULL)
    checklist = load_checklist("caption")
    merged = merge_model_questions([], [("What colour is the bus?", None), ("How many pedestrians are there?", "n1"),
                                        ("Is the bus moving or parked at a stop?", None)], obs, checklist)
    assert [q.question for q in merged] == ["Is the bus moving or parked at a stop?"]
    assert merged[0].source == "model" and merged[0].id == "q1"


def test_an_answer_becomes_a_note_that_says_what_it_is_about():
    checklist = load_checklist("caption")
    by_id = {i.id: i.question for i in checklist.items}
    assert answer_note(by_id["text"], "none", checklist) == "visible text: none"
    assert answer_note(by_id["action"], "  not   visible ", checklist) == "activity: not visible"
    # an answer that names its subject stays exactly as typed
    assert answer_note(by_id["lighting"], "daylight, overcast", checklist) == "daylight, overcast"
    assert answer_note(by_id["text"], 'the sign reads "OPEN"', checklist) == 'the sign reads "OPEN"'
    assert answer_note("a question from the model?", "4", checklist) == "4"
