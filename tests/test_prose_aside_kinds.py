"""Asides the prose figures read as asides (assistant/check/missed_verbs.py): a describing word and its
phrase ("round in form with curved edges"), a participle that is no noun ("trailing loose"), and an
absolute phrase ("her dark hair tied in two braids") between a subject and its verb make no list, so
the sentence has its verb; lists of things stay fragments. Invented sentences."""

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
])
def test_lists_after_a_subject_stay_fragments(fragment):
    assert is_fragment(fragment)
