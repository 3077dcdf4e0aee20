"""Asides the prose figures read as asides (assistant/check/missed_verbs.py): a describing word and its
phrase ("round in form with curved edges"), a participle that is no noun ("trailing loose"), and an
absolute phrase ("her dark hair tied in two braids") or what the subject is ("a tangle of gray, wiry
curls") between a subject and its verb make no list, so the sentence has its verb; so does a plural
subject's verb after its "of" phrase ("The stems of the plant show ..."); lists of things stay
fragments. Invented sentences."""

import pytest

from assistant.check import prose


def is_fragment(text):
    return any(r.kind == "fragment" for r in prose.remarks(text))


@pytest.mark.parametrize("sentence", [
    "The lamp, round in form with curved edges, casts a soft light.",
    "The box, square in shape with sharp corners, holds three pens.",
    "The girl, her dark hair tied in two braids, waves at the camera.",
    "A man, his sleeves rolled up to the elbows, leans on the railing.",
    "His scarf, trailing loose, long fringes, hangs to his knees.",
    "His beard, a tangle of gray, wiry curls, reaches his chest.",
    # a plural subject, "of" and a thing with its determiner, then the plural's verb
    "The stems of the plant show a range of colors.",
    "Stems of the rose show a deep red.",
    "The lights of the city glow softly.",
])
def test_a_describing_or_absolute_aside_leaves_the_verb_its_sentence(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "The plates, white saucers, cup on the tray.",
    "The shelf, full of books, jars.",
    "The table, white on top, legs.",
    "The tray, two cups, spoons on the side.",
    "The cat, its tail raised, rugs on the floor.",
    "A vase, glass with flowers, stands.",
    "The table, a pair of cups, spoons on the side.",
    "The shelf, a row of jars, plates.",
    "The legs of the table top.",
    "The rows of the garden beds in the sun.",
    "The pages of the book cover art.",
])
def test_lists_after_a_subject_stay_fragments(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    # what the subject is, typed without its article ("blanket of ...", "cascade of ...")
    "The sky, blanket of grey clouds, casts soft light over the field.",
    "Her hair, cascade of dark curls, frames her face.",
    # a participle's list of three or more set off by commas, closed by "and", then the verb
    "The rider, clad in a green helmet, a red vest, and black boots, grips the reins.",
    "The chef, wearing a white apron, a tall hat, and blue gloves, stirs the soup.",
])
def test_an_aside_that_says_what_the_subject_is_or_lists_what_it_wears_leaves_the_verb(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "The shelf, pair of jugs, cups on the side.",  # a count's noun lists things
    "The tray, row of cups, spoons on the side.",
    "The rider, a green helmet, a red vest, and black boots, reins.",  # no participle: a list of things
    "The desk, covered in papers, a mug, and pens, lamps on the side.",  # no verb after the list
])
def test_lists_after_a_subject_stay_fragments_without_a_verb(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    # after a place's singular noun, an -s word before a describing word and a plural that ends the clause
    "A woman in a green coat sports dark sunglasses.",
    "The boy on the bench holds red balloons.",
    "The stall by the gate sells fresh peaches.",
])
def test_a_verb_after_a_place_before_a_described_plural_is_the_main_verb(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "A shelf with glass jars full of beans.",  # the plural goes on into "of": a noun phrase
    "A tray with tea cups white.",
    "A garden with stone paths.",
    "A bowl of soup with fresh herbs.",
])
def test_a_place_phrase_with_its_plural_stays_a_fragment(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("fragment", [
    # review48: no determiner before the place's noun, so the -s word may end a compound plural
    "A table with coffee cups white saucers.",
    "A street with lamp posts tall trees.",
])
def test_a_place_phrase_without_its_determiner_keeps_its_compound_plural_a_fragment(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    "A lamp glows beside the soda can.",  # a can that holds something is a noun, no modal cut off
    "The cat sleeps next to a trash can.",
])
def test_a_can_at_the_end_is_the_container(sentence):
    assert not is_fragment(sentence)


def test_a_modal_can_at_the_end_is_still_cut_off():
    assert is_fragment("The dog on the sofa can.")


@pytest.mark.parametrize("sentence", [
    # a noun that may also describe, right after its determiner or owner, then a verb and its object's article
    "The first showcases a view of a lake.",
    "The pie's exterior boasts a golden hue, dusted with sugar.",
])
def test_a_describing_noun_after_its_determiner_ends_the_subject(sentence):
    assert not is_fragment(sentence)
