"""The fragment figure on invented sentences the model writes (prose36, issue 25): a thing's part after
its owner is the subject before an -s verb and its object's article, though the dictionary knows the
part's name only as a describing word ("The lamp's top features a glass shade."); "few" or "many" opens
a verb's object as an article does ("The shelf holds many old books."); and a "with" aside
on the subject's own parts ("The cats, with their striped tails, watch the door.") is no listed thing,
so the verb after it is the subject's."""

import pytest

from assistant.check import prose


@pytest.mark.parametrize("sentence", [
    "The lamp's top features a glass shade.",
    "The boat's top carries a small mast.",
    "The chair's back bears a carved pattern.",
    "The cats, with their striped tails, watch the door.",
    "The boy, with his red cap, holds a kite.",
    "Next to the lamp, small blue vase holds few dried flowers.",
    "The shelf holds many old books.",
])
def test_a_sentence(sentence):
    assert not prose.has_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "The top shelves, books and papers.",
    "A cup, with a saucer, a spoon.",
    "Flowers, with their petals, purple and pink.",
    "The lamp's top, a glass shade.",
])
def test_still_a_fragment(fragment):
    assert prose.has_fragment(fragment)
