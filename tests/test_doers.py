"""A later participle after an object's comma is the living subject's where only a living thing does
it and the object is none (assistant/compose/doers.py, read by `participle_verbs`); "read" is what a
living thing does, not what it shows; one particle list for every mend. Every example is invented."""

import pytest

from assistant.check import prose
from assistant.compose import fragments
from assistant.compose.participle_verbs import participles_as_verbs


@pytest.mark.parametrize("fragment, sentence", [
    ("Skater riding board, wearing knee pads.", "The skater is riding a board and wearing knee pads."),
    ("Girl carrying backpack, smiling.", "The girl is carrying a backpack and smiling."),
    ("Old man pushing cart, holding umbrella.", "The old man is pushing a cart and holding an umbrella."),
    ("Two kids kicking ball, laughing.", "Two kids are kicking a ball and laughing."),
])
def test_a_doing_after_a_lifeless_object_is_the_living_subjects(fragment, sentence):
    assert participles_as_verbs(fragment) == sentence
    assert fragments.as_sentence(fragment) == sentence
    assert not any(r.kind == "fragment" for r in prose.remarks(sentence))


def test_a_name_of_the_notes_owns_both_doings():
    made = fragments.as_sentence("Marta holding tray, wearing apron.", frozenset({"Marta"}))
    assert made == "Marta holds a tray and wears an apron."


@pytest.mark.parametrize("fragment", [
    "Man holding lantern, glowing softly.",  # a lantern glows: its own, maybe
    "Woman walking dog, wearing collar.",  # the dog may wear it
    "Girl holding doll, wearing dress.",  # a likeness of a person may wear one
    "Man watching surfer, wearing wetsuit.",  # a doer the lexicon does not list
    "Boy holding photo of woman, smiling.",  # the woman in the photo may smile
    "Statue holding torch, wearing crown.",  # no living subject
    "Woman holding bag, sitting on bench.",  # a bag sits on a bench too
    "Man holding cup, filled with coffee.",
])
def test_no_verbs_where_the_object_may_do_it(fragment):
    assert participles_as_verbs(fragment) is None


@pytest.mark.parametrize("fragment, sentence", [
    ("Woman, reading book, sipping tea.", "The woman is reading a book and sipping tea."),
    ("Boy, reading comic, lying on couch.", "The boy is reading a comic and lying on the couch."),
    # a lifeless thing's "reading" says what it shows: the present
    ("Plaque, reading the founders' names, mounted on wall.",
     "The plaque reads the founders' names and is mounted on the wall."),
])
def test_read_is_a_doing_for_the_living_and_a_showing_for_things(fragment, sentence):
    assert participles_as_verbs(fragment) == sentence


def test_the_particle_list_is_one():
    from assistant.compose import participle_verbs, predicates  # noqa: PLC0415

    assert not hasattr(participle_verbs, "_PARTICLES") and not hasattr(predicates, "_PARTICLES")
    assert {"up", "down", "away", "towards", "ahead"} <= fragments.PARTICLES


@pytest.mark.parametrize("fragment, names, sentence", [
    # a name's doings: no "There is a John wearing ..." (nor "a john", lower-cased, where the notes name no John)
    ("Anja wearing cap.", frozenset(), "Anja wears a cap."),
    ("Anja wearing a scarf, holding a cup.", frozenset(), "Anja wears a scarf and holds a cup."),
    ("Rose holding tray, wearing apron.", frozenset({"Rose"}), "Rose holds a tray and wears an apron."),
    ("Rose wearing a hat.", frozenset({"Rose"}), "Rose wears a hat."),
])
def test_a_names_doing_is_its_verb_not_there_is(fragment, names, sentence):
    assert fragments.as_sentence(fragment, names) == sentence


@pytest.mark.parametrize("fragment", ["Nikes featuring red soles.", "Lucas wearing glasses."])
def test_an_unknown_plural_looking_capital_is_no_name(fragment):
    made = fragments.as_sentence(fragment, frozenset())
    assert made is None or not made.startswith(("There is a nikes", "There is a lucas", "Nikes features", "Lucas wear "))


def test_towards_takes_no_article_before_it():
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    made = participles_as_verbs("Dog, looking towards camera, wagging tail.")
    assert made is not None and "a towards" not in made


@pytest.mark.parametrize("fragment", [
    "Man holding sign, reading STOP.",  # a sign reads
    "Man holding flag, waving in wind.",  # a flag waves
    "Man holding radio, playing jazz.",  # a radio plays
    "Woman holding arrow sign, pointing left.",
])
def test_no_verbs_where_the_held_thing_may_do_the_later_doing(fragment):
    assert participles_as_verbs(fragment) is None
    made = fragments.as_sentence(fragment)
    assert made is None or " and " not in made
