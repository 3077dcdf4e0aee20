"""The "the" a terse note leaves out before a place's thing ("cat on sofa"), put back in the
fragments compose mends without the model as in the notes it pastes (`restore.with_articles`), and
the cases that take none or "a". Invented fragments, none from a data row."""

import pytest

from assistant.compose.fallback import PLACE_PREPOSITIONS, pasted
from assistant.compose.polish import complete_fragments, fragment_mend
from assistant.compose.restore import with_articles
from assistant.notes import split_notes


@pytest.mark.parametrize("fragment, sentence", [
    ("Cat on sofa.", "There is a cat on the sofa."),
    ("Boat in distance.", "There is a boat in the distance."),
    ("Lamp on table near window.", "There is a lamp on the table near the window."),
    ("Two cows in field.", "There are two cows in the field."),
    ("Van parked near gate.", "The van is parked near the gate."),
    ("Sign at edge of road.", "There is a sign at the edge of the road."),
    ("Shed in front of house.", "There is a shed in front of the house."),  # "in front" is a set phrase
])
def test_a_mended_fragment_gets_the_article_its_place_was_typed_without(fragment, sentence):
    """The model copies a terse note as its line ("Cat on sofa."): the mend that makes it a sentence
    gives its place the article a pasted note gets."""
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("phrase", [
    "dog on grass",  # a mass noun
    "boy near trees",  # a plural
    "cafe in Paris",  # a name
    "man in red",  # a colour
    "fox at night",  # a time
    "owl at dusk",
    "cup on top",
    "mug on the table",  # an article already there
])
def test_what_takes_no_article_is_left_as_typed(phrase):
    assert with_articles(phrase, PLACE_PREPOSITIONS) == phrase


def test_in_before_what_a_person_wears_takes_a():
    assert with_articles("girl in white dress near gate", PLACE_PREPOSITIONS) == "girl in a white dress near the gate"
    assert with_articles("man in suit", PLACE_PREPOSITIONS) == "man in a suit"
    assert pasted("boy in jacket in field") == "Boy in a jacket in the field."


def test_the_check_keeps_the_mend_with_its_articles():
    notes = split_notes("cat on sofa\nboat in distance")
    assert complete_fragments(["Cat on sofa.", "Boat in distance."], notes, []) == [
        "There is a cat on the sofa.", "There is a boat in the distance."]


@pytest.mark.parametrize("fragment, sentence", [
    ("A note written in cursive script on paper.", "There is a note written in cursive script on paper."),
    ("A letter written in pencil on paper beside a pen.", "There is a letter written in pencil on paper beside a pen."),
])
def test_a_fragment_with_articles_of_its_own_keeps_its_bare_nouns(fragment, sentence):
    """The model writes its articles: where it leaves one out ("in cursive script"), that is English,
    and "in the cursive script" would not be."""
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("fragment, sentence", [
    ("Its face covered in thick layer of fur.", "Its face is covered in thick layer of fur."),
    ("Boat in bottom right corner of frame.", "There is a boat in the bottom right corner of the frame."),
])
def test_in_takes_the_only_before_a_part_of_the_scene(fragment, sentence):
    """"in" before a stuff or a way ("in thick fur", "in bold font") takes no "the"; before a part of
    the picture it does."""
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("fragment, sentence", [
    ("Building under construction.", "There is a building under construction."),  # set phrases stay bare
    ("Store on fire.", "There is a store on fire."),
    ("Kid at school.", "There is a kid at school."),
    ("Bus at stop 5.", "There is a bus at stop 5."),  # a noun named by its label
    ('Mug with text "Best dad in world".', 'There is a mug with text "Best dad in world".'),  # a sign's words
    ("Painting of woman.", "There is a painting of a woman."),  # "of" is no place; the picture's subject is "a", not "the"
])
def test_set_phrases_labels_and_quotes_take_no_article(fragment, sentence):
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("word, article", [("uniform", "a"), ("union", "a"), ("university", "a"), ("European", "a"),
                                           ("one-way", "a"), ("hour", "an"), ("honest", "an"), ("umbrella", "an"),
                                           ("unidentified", "an"), ("orange", "an"), ("hotel", "a")])
def test_the_indefinite_article_follows_the_first_sound(word, article):
    from assistant.text import indefinite_article

    assert indefinite_article(word) == article
