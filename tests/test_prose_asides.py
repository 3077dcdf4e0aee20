"""A subject, an aside between commas, then its verb (assistant/check/missed_verbs.py): the prose
figures read these as sentences, also after a place typed first ("In the background, ..."), and
keep the fragments terse notes produce as fragments: lists of noun phrases whose last word may be a
verb ("rims", "stands", "lines", "marks"), participles with no verb, a place before a list."""

import pytest

from assistant.check import prose


def is_fragment(text):
    return any(r.kind == "fragment" for r in prose.remarks(text))


@pytest.mark.parametrize("sentence", [
    # a compound subject whose last noun may be a verb read alone ("beads", "cups", "branches")
    "Water beads, spherical and translucent, boast a spectrum of colors.",
    "The coffee cups, white and glossy, line the top shelf.",
    "Tree branches, bare and twisted, reach toward the sky.",
    # a place typed first, then a subject, its aside and its verb
    "In the background, the dune, blanketed in greenery, stretches out.",
    "In background, sand dune, blanketed in lush layer of greenery, stretches out under cerulean sky.",
    "On the left, the tower, tall and narrow, rises above the houses.",
    "At the far end, behind the fence, the horses, brown and white, graze on the hill.",
    "Near the shore, the fishing boats, small and wooden, bob on the water.",
    "In the center, a man, dressed in a gray suit, holds an umbrella.",
    "In the corner, a statue, its paint faded, stands on a plinth.",
    # the object's adjectives listed with a comma
    "The petals, pale and thin, show soft, fuzzy edges.",
    # an aside that ends on a plural, then a word that may be a noun but is followed by an article
    "The kettle's lid, a dull ring of copper bands, holds a small knob.",
    "The mug, white with blue stripes, sports a chipped handle.",
    # the verb's object opens with describing words set off by a comma, the second a participle
    "The lantern, a small tin box, casts soft, flickering light over the porch.",
])
def test_a_subject_its_aside_and_its_verb_make_a_sentence(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "These pools, encircled by shallow, sandy shoreline, separated from the rest of the sea by a narrow strip of coral.",
    "Red car, blue trim, rims chrome.",
    "Gray clouds.",
    "A red light and a black tire with a green metal rim.",
    # noun phrases listed, the last word one that may be a verb
    "Wooden table, metal legs, music stands.",
    "Road, yellow paint, tire marks.",
    "Parking lot, white paint, lines.",
    "Old fence, gray posts, wire lines.",
    "Stage, bright lights, microphone stands.",
    "Wall with posters, old photos, painted marks.",
    # a plural, its aside, then two nouns: a compound as likely as a verb and its object
    "Water beads, spherical and translucent, color spectrum.",
    "Coffee cups, white and glossy, saucer rims.",
    "Plates, white and round, cake stands.",
    # a place first, then a list, a participle or an aside with no verb
    "In the background, sand dune, green shrubs, blue sky.",
    "In the background, a dune covered in greenery.",
    "On the table, a cup filled with tea.",
    "Near the road, red car, blue trim, rims chrome.",
    "In the background, the dunes, blanketed in greenery.",
    "On the shelf, coffee cups, white and glossy.",
    "Behind the fence, tall trees, green leaves, tree trunks.",
    # participles with no verb after the aside
    "The lamp, tall and thin, placed beside the bed.",
    "In the corner, a chair, old and worn, pushed against the wall.",
    "Street lamps, old and rusty, along the road.",
    "Lamps, tall and thin, shade white, gray base.",
])
def test_lists_and_participles_stay_fragments(fragment):
    assert is_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    # a singular subject, its own phrase of place or of what it has, then its -s verb
    "A man in a gray coat walks into the room.",
    "A woman in a red dress smiles at the camera.",
    "A man in a gray thobe gazes intently into the camera.",
    "A man with a beard gazes into the camera.",
])
def test_a_subject_its_phrase_and_its_verb_make_a_sentence(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "A man in a gray coat.",
    "A table with the music stands.",
    "A room with a desk lamps on it.",
    "A field with a wooden fence posts in rows.",
    "A park with a stone path lines.",
    "A desk with a black lamp, pens in a cup.",
    "A green lawn on the top left side without sun rays in the background.",  # "rays" is a second phrase's noun
])
def test_a_noun_its_phrase_and_a_listed_noun_stay_fragments(fragment):
    assert is_fragment(fragment)
