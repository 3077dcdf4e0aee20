"""Fragments the prose figures passed, and sentences they must keep (assistant/check/participles.py,
clauses.py): a small invented set of the shapes issue 25 found in development captions. Each
fragment here was read as a sentence before, through a word taken for its verb that is none."""

import pytest

from assistant.check import prose


def is_fragment(text):
    return any(r.kind == "fragment" for r in prose.remarks(text))


@pytest.mark.parametrize("fragment", [
    # participle-only predicates: the -ing after the comma is no verb, so "dominated" is no past tense
    "Hallway dominated by a tall clock, ticking loudly.",
    "A garden overshadowed by an old oak, leaning over the wall.",
    # an absolute phrase: a possessive, its noun and an -ed form describe; they make no clause
    "Kitchen crowded with pots, its shelves stacked to the ceiling.",
    "A cat on a cushion, its paws curled under its chest.",
    "Puppy asleep on a blanket, its nose turned towards the fire.",
    # a second participle after a participle's aside, before its place or its agent
    "A blue kayak, tied to a post, photographed from above.",
    # a noun phrase and its place: an -ed form before a bare noun modifies it
    "Four clocks in a row on a stone tiled wall.",
    "Jars on a shelf beside a hand painted sign.",
    "A stone path, arched wooden gates, moss in the shade.",  # an -ed form opening a listed thing
    # a noun phrase and its place: an abbreviation is no verb ("LED" is no "led"), its next word its noun
    "DVD cases in a stack beside the sofa.",
    "Two girls in hats looking towards LED screens.",
    # subject and a bare -ing form, no "is"
    "She carrying a basket of apples.",
    "The girl holding a kite on the hill.",
])
def test_participles_names_and_modifiers_are_no_verb(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    "The cat, fur thick and grey, dozes.",
    "Visible through the window is a green hill.",
    "Beside the door stands an umbrella stand.",
    "Shown is a wide view of a harbour.",
    "A small goat, its horns curled, stands on a rock.",  # the verb after an absolute phrase
    "A lantern, hanging from a hook, sways above the gate.",  # the verb after an -ing aside and its object
    "The bowl and the spoon rest on a folded napkin.",  # two things joined by "and": a plural subject
    "A boy and his father walk along the pier.",
    "The TV shows a cartoon.",  # a describing verb after an abbreviation stays a verb
    "Old jars, in soft light, glow w/ amber tones.",  # "w/" opens what the verb governs
    "The man painted the wall.",  # a past tense with its object
    "On the left, parked cars line the street.",  # the -ed form opens the subject; its verb follows
    "The crowd gathered outside.",  # an adverb after the -ed form, no noun it modifies
    "The dog jumped over the fence.",
])
def test_sentences_around_them_stay_sentences(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("sentence", [
    # a present-tense verb after an abbreviation, whatever the verb (fix39a): after a determiner of one thing
    "A CEO signs the papers at her desk.",
    "An RV climbs along a mountain pass.",
    "A TV plays in the corner.",
    # before an object, a count, or a bare noun
    "The ATM prints a receipt.",
    "The BBC broadcasts two films tonight.",
    "The DJ mixes music on a laptop.",
    # the sentence's only verb candidate, after a determiner
    "The SUV turns onto the highway.",
    "Our GPS beeps.",
])
def test_verb_after_abbreviation_stays_verb(sentence):
    assert not is_fragment(sentence)


def test_completion_keeps_a_sentence_whose_verb_follows_an_abbreviation():
    from assistant.compose import polish
    from assistant.notes import split_notes

    sentence = "A DJ plays songs at a party."  # was "There are a DJ plays songs at a party."
    assert polish.complete_fragments([sentence], split_notes("DJ plays songs at party"), []) == [sentence]


@pytest.mark.parametrize("fragment", [
    "4 USB cables in a tangle on the floor.",  # a count keeps the noun reading
    "CD racks beside a window.",
])
def test_abbreviation_noun_after_count_or_bare_stays_fragment(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    # a past tense right after its subject, before a bare object (fix39a): no modifier of that noun
    "He cooked dinner.",
    "They ordered pizza at midnight.",
    "The girl learned chess from her uncle.",
    "A neighbour mowed grass beside the fence.",
    # the subject's past tense after an aside, before a place or a path
    "The hikers, tired and wet, walked into the hut.",
    "The dog, soaked to the skin, jumped onto the sofa.",
])
def test_past_tense_after_subject_stays_verb(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "A hand carved bowl.",  # a verb of placement or state before a bare noun describes it
    "Books on a glass topped table.",
    "A tin roof, rusted metal sheets, weeds by the wall.",
    # a bare noun phrase, an aside, then a second participle before its place: no past tense
    "Scrap of cloth, stained with oil, wrapped around a pipe.",
    "A note, written in pencil, pinned to a corkboard.",
])
def test_ed_modifiers_stay_fragments(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    # two things joined by "and" are a plural subject: its verb takes the base form (fix39a)
    "A cat and a dog sleep on the rug.",
    "A man and a woman dance near the door.",
    "Plates and bowls rattle.",
])
def test_base_verb_after_joined_subject(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "A bench and a lamp post in the corner.",  # a closed compound ("lamppost") stays a noun
    "A fork and a knife.",
])
def test_joined_nouns_without_verb_stay_fragments(fragment):
    assert is_fragment(fragment)
