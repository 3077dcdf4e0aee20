"""Birds and the less common animals are living things wherever the living kinds decide (issue 25's
likeness article, issue 23's "with" between living things): one list, `lexicon.LIVING`. Invented examples."""

import pytest

from assistant import lexicon
from assistant.check import check_draft
from assistant.compose.fallback import PLACE_PREPOSITIONS
from assistant.compose.restore import with_articles
from assistant.kinds.caption import CaptionTask


@pytest.mark.parametrize("word", ["parrot", "penguin", "canary", "flamingo", "zebra", "giraffe", "donkey", "frog"])
def test_birds_and_animals_are_living(word):
    assert lexicon.names_living([word])


@pytest.mark.parametrize("word", ["lamp", "table", "seal", "crane"])
def test_things_are_not(word):
    assert not lexicon.names_living([word])


@pytest.mark.parametrize("phrase, written", [
    ("painting of parrot on wall", "painting of a parrot on the wall"),
    ("photo of penguin near rock", "photo of a penguin near the rock"),
    ("drawing of giraffe", "drawing of a giraffe"),
])
def test_a_likeness_of_a_bird_or_animal_names_it_for_the_first_time(phrase, written):
    assert with_articles(phrase, PLACE_PREPOSITIONS) == written


@pytest.mark.parametrize("notes, draft", [
    ("parrot with toy", "A parrot beside a toy."),  # company, as "dog with ball"
    ("donkey with cart", "A donkey next to a cart."),
])
def test_with_a_bird_or_animal_is_company_not_a_bond(notes, draft):
    facts = check_draft(CaptionTask(notes=notes).observations(), draft).facts
    assert [f.status for f in facts] == ["kept"]


def test_with_between_things_is_still_a_bond():
    (fact,) = check_draft(CaptionTask(notes="lamp with shade").observations(), "A lamp beside a shade.").facts
    assert (fact.status, fact.tier) == ("contradicted", "check")
