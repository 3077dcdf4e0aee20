"""A lone opening phrase of the view or the time joined to the sentence after it (assistant/compose/openings.py);
invented sentences."""

import pytest

from assistant.compose.openings import join_openings, opening_joined
from assistant.notes import split_notes


@pytest.mark.parametrize("phrase,sentence,joined", [
    ("Captured at eye-level on a bright day.", "A grey cat sits on a wall.",
     "Captured at eye-level on a bright day, a grey cat sits on a wall."),
    ("Taken from above.", "The table holds two cups.", "Taken from above, the table holds two cups."),
])
def test_the_phrase_opens_the_next_sentence(phrase, sentence, joined):
    assert opening_joined(phrase, sentence) == joined


@pytest.mark.parametrize("phrase,sentence", [
    ("Parked on the street.", "A red car."),  # the next is no sentence
    ("A red car.", "The table holds two cups."),  # no participle's phrase
    ("Taken from above.", "Two cups stand on the table."),  # not opened by a determiner
    ("Captured at eye-level, outdoors.", "A cat sits."),  # a phrase with its own comma
    ("\"OPEN\" in red letters.", "A red bus is on the left."),  # a quotation, no participle
])
def test_other_shapes_are_left(phrase, sentence):
    assert opening_joined(phrase, sentence) is None


def test_joined_in_a_caption_where_the_check_keeps_every_note():
    notes = split_notes("eye-level shot on a bright day\ngrey cat sits on a wall")
    changes = []
    out = join_openings(["Captured at eye-level on a bright day.", "A grey cat sits on a wall."], notes, changes)
    assert out == ["Captured at eye-level on a bright day, a grey cat sits on a wall."]
    assert changes and changes[0].how == "patch"
