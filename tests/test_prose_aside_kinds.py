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
