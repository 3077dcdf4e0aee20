"""Rewrites: what a literal removal takes with it, and what it leaves to the words around it.
Applied without the model (the fake has nothing scripted, so any call would fail the test);
every example is invented."""

import pytest

from assistant.compose import compose
from assistant.kinds.rewrite import RewriteTask


@pytest.mark.parametrize("response, note, after", [
    # an owner goes with its 's; the "and" joining the two owned things stays
    ("Spain's Real Betis and Italy's Lazio both reached the final.", "Remove the information about Italy.",
     "Spain's Real Betis and Lazio both reached the final."),
    ("Spain's Real Betis and Italy's Lazio both reached the final.", "Remove the information about Spain.",
     "Real Betis and Italy's Lazio both reached the final."),
])
def test_a_removed_owner_takes_its_possessive(fake, fake_spec, response, note, after):
    assert compose(RewriteTask(response=response, notes=note), fake_spec).text == after
    assert fake.calls == []


@pytest.mark.parametrize("response, note, after", [
    ("Protesters gathered at a camp near Lyon.", "Remove the information about Lyon.", "Protesters gathered at a camp."),
    ("The festival was held outside Leeds on Sunday.", "Remove the information about Leeds.",
     "The festival was held on Sunday."),
])
def test_a_removed_place_takes_its_preposition(fake, fake_spec, response, note, after):
    assert compose(RewriteTask(response=response, notes=note), fake_spec).text == after
    assert fake.calls == []


@pytest.mark.parametrize("response, note, after", [
    # a word before a name or a noun stood inside that noun phrase: its article and preposition stay
    ("Floods hit the southern Peruvian town of Ica.", "Remove the information about southern.",
     "Floods hit the Peruvian town of Ica."),
    ("She wants to match the record of coach Ann Lee.", "Remove the information about coach.",
     "She wants to match the record of Ann Lee."),
    ("He joined the Leeds winger Tom Hart on loan.", "Remove the information about Leeds.",
     "He joined the winger Tom Hart on loan."),
    # a place at the end of its phrase still takes its preposition
    ("She lives in Madrid now.", "Remove the information about Madrid.", "She lives now."),
])
def test_a_removal_inside_a_noun_phrase_leaves_its_article_and_preposition(fake, fake_spec, response, note, after):
    assert compose(RewriteTask(response=response, notes=note), fake_spec).text == after
    assert fake.calls == []


def test_a_claim_whose_verb_stands_far_from_the_rest_is_found_where_the_rest_stands(fake, fake_spec):
    # "signed" is the sentence's own verb, words away: the claim's other words are the phrase to cut
    task = RewriteTask(response="City have signed winger Tom Lee from United on a three-year deal.",
                       notes="Remove the information about Lee being signed to a three-year deal from the summary.")
    draft = compose(task, fake_spec)
    assert fake.calls == [] and draft.text == "City have signed winger Tom Lee from United."


@pytest.mark.parametrize("response, note, after", [
    # the removed words were the whole relative clause: its "who was" goes too, and its commas
    ("A former mayor who was charged with fraud has resigned.", "Remove the information about charged with fraud.",
     "A former mayor has resigned."),
    ("The striker, who has been injured since May, will miss the final.",
     "Remove the information about injured since May.", "The striker will miss the final."),
    ("The bridge that was damaged by the storm reopened.", "Remove the information about damaged by the storm.",
     "The bridge reopened."),
])
def test_a_removed_relative_clause_takes_its_opening(fake, fake_spec, response, note, after):
    assert compose(RewriteTask(response=response, notes=note), fake_spec).text == after
    assert fake.calls == []
