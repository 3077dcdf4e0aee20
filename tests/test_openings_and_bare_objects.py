"""bb55ab3's shapes on invented sentences (review49): a lone opening joins the next sentence only where it says
how the picture was taken ("Taken at dusk." + "The lake reflects the sky."), never a participle that describes a
thing, which the next sentence's subject would take over ("Tied to a post." + "A woman waits by the gate." is
no "Tied to a post, a woman waits ..."); and an -s word after an aside is the verb of a last bare object that
is a thing ("A bowl of figs, neatly stacked, draws attention."), not of a describing word ("The car, red and
shiny, wheels black." is a fragment: its wheels are black); a name after a place and the model's "there is"
keeps its capital ("On the left, Mount Fuji rises ...")."""

import pytest

from assistant.check import prose
from assistant.compose.openings import opening_joined
from assistant.compose.unstacked import unstacked


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


@pytest.mark.parametrize("fragment", [
    "The car, red and shiny, wheels black.",
    "The car, red and shiny, wheels silver.",
    "The car, red and shiny, wheels old.",
    "The house, old and grey, walls dark.",
])
def test_a_bare_describing_word_after_an_aside_is_no_object(fragment):
    assert prose.has_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    "A bowl of figs, neatly stacked in a pyramid, draws attention.",
    "The old mill, half hidden by trees, attracts visitors.",
])
def test_a_bare_things_name_after_an_aside_is_its_verbs_object(sentence):
    assert not prose.has_fragment(sentence)


@pytest.mark.parametrize("sentence,mended", [
    ("On the left, there is Mount Fuji rises above the lake.", "On the left, Mount Fuji rises above the lake."),
    ("Beside the door, there is a sign reads OPEN.", "Beside the door, a sign reads OPEN."),
])
def test_a_place_and_there_go_and_a_name_keeps_its_capital(sentence, mended):
    assert unstacked(sentence) == mended
