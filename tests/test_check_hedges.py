"""Hedges are words or phrases, kept as data; a lost phrase hedge is a lost hedge."""

import pytest

from assistant import lexicon
from assistant.check import check_draft
from assistant.notes import hedge_cues, split_notes


@pytest.mark.parametrize("note, cue", [("not sure, a fox", "not sure"), ("I think it is a fox", "I think"),
                                       ("looks like a fox", "looks like"), ("could be a fox", "could be")])
def test_phrase_hedges_in_notes(note, cue):
    assert cue in hedge_cues(note)


def test_a_capitalised_may_inside_a_note_is_a_month():
    assert hedge_cues("the election in May") == ()


def test_a_lost_phrase_hedge_is_hedge_lost_not_a_dropped_fact():
    report = check_draft(split_notes("not sure, a fox near the fence"), "A fox stands near the fence.")
    assert report.hedges_lost == ["n1"] and report.dropped == []


def test_a_phrase_hedge_in_the_draft_keeps_the_hedge():
    report = check_draft(split_notes("maybe a fox near the fence"), "It looks like a fox near the fence.")
    assert report.ok, report.model_dump()


def test_the_hedge_list_is_versioned_data():
    lex = lexicon.load()
    assert lex.hedges_version.startswith("hedges-") and lex.hedges_version in lex.versions()
    assert ("not", "sure") in lex.hedge_phrases["not"]
    report = check_draft(split_notes("a fox"), "A fox.")
    assert report.lexicon_version == lex.versions()


@pytest.mark.parametrize("draft", ["The dog sleeps on the rug.", "The dog is sleeping on the rug."])
def test_a_hedged_state_said_as_its_doing_loses_the_hedge(draft):
    """"maybe asleep" drafted "sleeps": the same state said with its verb, now certain. The note is
    carried (not dropped), and its hedge is lost."""
    report = check_draft(split_notes("dog on the rug, maybe asleep"), draft)
    assert [(f.status, f.tier) for f in report.facts] == [("hedge_lost", "certain")], report.model_dump()
    assert all(f.status == "kept" for f in check_draft(split_notes("dog on the rug, maybe asleep"),
                                                        "The dog on the rug is possibly sleeping.").facts)


def test_a_category_named_with_its_hedged_member_is_carried_by_the_member():
    """"bird on wire, sparrow?" drafted "A sparrow sits on the wire.": the sparrow names the bird (nothing is
    dropped) and the "?" is lost."""
    notes = split_notes("bird on wire, sparrow?")
    report = check_draft(notes, "A sparrow sits on the wire.")
    assert [(f.status, f.tier) for f in report.facts] == [("hedge_lost", "certain")], report.model_dump()
    assert all(f.status == "kept" for f in check_draft(notes, "A bird, possibly a sparrow, sits on the wire.").facts)
    # a member the note does not name carries nothing: "A crow sits on the wire." drops the sparrow
    assert check_draft(notes, "A crow sits on the wire.").facts[0].status == "dropped"


@pytest.mark.parametrize("note, draft", [("some kind of festival", "A festival is taking place."),
                                         ("some sort of market", "A market is set up."),
                                         ("festival or something", "A festival is held."),
                                         ("poss. a fox", "A fox stands there.")])
def test_terse_hedges_are_hedges(note, draft):
    """How annotators type doubt: "some kind of", "or something", "poss." The draft that states the thing
    flatly has lost the hedge."""
    report = check_draft(split_notes(note), draft)
    assert [f.status for f in report.facts] == ["hedge_lost"], report.model_dump()


def test_not_sure_in_brackets_is_a_doubt_not_an_edit():
    """"person in doorway (not sure if man or woman)" is no "X (not Y)" replacement: "A man stands in the
    doorway." states what the note leaves open."""
    from assistant.check.edit_parsing import parse_edit

    assert parse_edit("person in doorway (not sure if man or woman)") is None
    assert parse_edit("person in doorway, not sure if man or woman") is None
    report = check_draft(split_notes("person in doorway (not sure if man or woman)"), "A man stands in the doorway.")
    assert report.facts[0].kind != "edit"


def test_a_listed_kind_is_not_named_by_another_listed_thing():
    """"pine trees, green plants, and other trees": the plants are a thing of their own, not a guess at the
    trees; a draft that names only the trees leaves the plants out."""
    notes = split_notes("An inclined green hill has pine trees, green plants, and other trees on top of it.")
    report = check_draft(notes, "A green hill with pine trees stands in the middle.")
    assert report.facts[0].status == "dropped" and "plants" in report.facts[0].evidence, report.model_dump()
