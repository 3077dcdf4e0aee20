"""The fragment figure's readings of a noun-or-verb word (assistant/check/subjects.py, missed_verbs.py),
on invented sentences (review49): "her" after "with" or "of" owns what follows ("A woman with her dogs
a few steps behind." has no verb; "The mirror behind her mirrors the lamp." has one); a thing's "of"
phrase before "from ... to" says its verb with a verb of change or reach, or after a plural ("The colour
of the sky shifts from blue to orange."; "A map of bus routes from the airport to downtown." has none)."""

import pytest

from assistant.check import prose


@pytest.mark.parametrize("fragment", [
    "A woman with her dogs a few steps behind.",
    "A photo of her cats the morning after.",
    "A map of bus routes from the airport to downtown.",
    "A photo of train tracks from the platform to the horizon.",
    "A row of market stalls from the gate to the fountain.",
    "A view of the city lights from the hill to the harbour.",
])
def test_noun_phrases_stay_fragments(fragment):
    assert prose.has_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    "The mirror behind her mirrors the lamp on the desk.",
    "The curtain beside her frames the window.",
    "The man across from her holds a menu.",
    "The colour of the sky shifts from blue to orange.",
    "The surface of the lake changes from calm to rough near the dam.",
    "The tone of the painting transitions from warm to cool.",
    "The colour of the leaves fades from green to brown.",
    "The pattern of the tiles alternates from black to white.",  # after a plural: no compound's first word
    "The colour of the sky switches from blue to grey.",
    "The width of the river narrows from the bridge to the dam.",
])
def test_sentences_stay_sentences(sentence):
    assert not prose.has_fragment(sentence)
