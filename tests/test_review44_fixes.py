"""A second reader's finds on check24's bonds and prose32's mends (review44), on invented inputs:
faithful captions that must raise no look, and pasted notes whose facts must stay as typed."""

import pytest

from assistant.check import check_draft
from assistant.compose import polish
from assistant.compose.fallback import pasted
from assistant.kinds.caption import CaptionTask


def _problems(notes: str, draft: str) -> list:
    return [f for f in check_draft(CaptionTask(notes=notes).observations(), draft).facts if f.status != "kept"]


@pytest.mark.parametrize("notes, draft", [
    ("man with dog", "A man walks beside his dog."),  # "with" a living thing may be company
    ("woman with child", "A woman stands beside a child."),
    ("dog with ball", "A dog plays near a ball."),
    ("woman holding umbrella", "An umbrella held by a woman."),  # "by" after a participle names the doer
    ("woman holding a phone", "A phone is held by a woman."),
    ("car has a roof rack", "A car and its roof rack."),  # "and its": the car's
    ("cat on table", "A table and a cat on top of it."),  # the bond said of "it" in the same sentence
    ("cat on table", "A table, and a cat on it."),
    ("cup on saucer", "A cup and saucer."),  # one set
    ("man wearing red shirt\nwoman", "A man who greets a woman wears a red shirt."),  # the clause's object wears nothing
])
def test_faithful_captions_raise_no_look(notes, draft):
    assert _problems(notes, draft) == []


def test_a_note_with_bond_between_things_is_still_read():
    (fact,) = _problems("lake w/ wavy water", "A lake beside wavy water.")
    assert (fact.status, fact.tier) == ("contradicted", "check")


def test_he_with_two_men_before_it_is_not_read_as_either():
    assert [f.id for f in _problems("man wearing red shirt\nboy nearby", "A man sees a boy. He wears a red shirt.")] == ["n2"]


@pytest.mark.parametrize("note, wrong", [
    ("sculpture of marble in hall", "a marble"),  # a material, not one thing
    ("model of wood", "a wood"),
    ("painting of nature on canvas", "a nature"),  # a mass noun
    ("replica of statue of liberty", "a liberty"),  # a name typed lower-case
    ("model of eiffel tower", "an eiffel"),
])
def test_a_likeness_takes_a_only_before_a_living_thing(note, wrong):
    for out in (pasted(note), polish.fragment_mend(note) or ""):
        assert wrong not in out.lower()


def test_a_likeness_of_a_person_still_takes_a():
    assert "painting of a woman" in pasted("painting of woman on wall").lower()


def test_a_possessive_owns_the_noun_after_it():
    assert polish.fragment_mend("the girl's cast with signatures") == "The girl's cast has signatures."


def test_an_animal_pen_keeps_its_article():
    assert pasted("pig in pen") == "Pig in the pen."
