"""bb55ab3's lone openings on invented sentences (review49): one joins the next sentence only where it says how
the picture was taken ("Taken at dusk." + "The lake reflects the sky."), never a participle that describes a
thing, which the next sentence's subject would take over ("Tied to a post." + "A woman waits by the gate." is
no "Tied to a post, a woman waits ...")."""


import pytest

from assistant.compose.openings import opening_joined


@pytest.mark.parametrize("phrase,sentence", [
    ("Tied to a post.", "A woman waits by the gate."),
    ("Filled with water.", "A child holds the glass."),
    ("Parked on the street.", "A man walks his dog."),
    ("Covered in snow.", "A dog runs across the yard."),
])
def test_a_things_participle_does_not_open_the_next_sentence(phrase, sentence):
    assert opening_joined(phrase, sentence) is None


@pytest.mark.parametrize("phrase,sentence,joined", [
    ("Taken at dusk.", "The lake reflects the sky.", "Taken at dusk, the lake reflects the sky."),
    ("Seen from a low angle.", "The tower rises into the sky.", "Seen from a low angle, the tower rises into the sky."),
    ("Photographed from above.", "A dog sleeps on a rug.", "Photographed from above, a dog sleeps on a rug."),
])
def test_how_the_picture_was_taken_opens_the_next_sentence(phrase, sentence, joined):
    assert opening_joined(phrase, sentence) == joined
