"""Leftovers of the offline mends (issue 25): a medium or a stuff after "in" takes no article ("drawn in
pencil", "in black ink"), a likeness's "of" takes "a" ("painting of a woman"), a past tense after a living
subject is no noun before "with" ("The woman bore with ..."), and a verb that takes no object is never made
passive ("The lamp drifted with the wind."). Every example is invented."""

import pytest

from assistant.compose import passives, predicates, typed
from assistant.compose.fallback import PLACE_PREPOSITIONS, pasted
from assistant.compose.polish import fragment_mend
from assistant.compose.restore import with_articles


@pytest.mark.parametrize("phrase, written", [
    ("sketch drawn in pencil on paper", "sketch drawn in pencil on the paper"),
    ("sign written in black marker", "sign written in black marker"),
    ("letters in bold font on door", "letters in bold font on the door"),
    ("rock covered in moss near path", "rock covered in moss near the path"),
    ("bowl carved in stone", "bowl carved in stone"),  # a material
    ("text in cursive script", "text in cursive script"),
    ("cat in box on floor", "cat in the box on the floor"),  # a place still takes "the"
    ("boy in water near boat", "boy in water near the boat"),
])
def test_a_medium_or_stuff_after_in_takes_no_article(phrase, written):
    assert with_articles(phrase, PLACE_PREPOSITIONS) == written


@pytest.mark.parametrize("phrase, written", [
    ("painting of woman on wall", "painting of a woman on the wall"),
    ("portrait of old man", "portrait of an old man"),
    ("statue of horse in middle of square", "statue of a horse in the middle of the square"),
    ("photo of sky above desk", "photo of the sky above the desk"),  # what a picture has one of
    ("edge of road", "edge of the road"),  # a part: "the", as before
    ("map of city", "map of the city"),
])
def test_a_likeness_of_a_thing_names_it_for_the_first_time(phrase, written):
    assert with_articles(phrase, PLACE_PREPOSITIONS) == written


def test_the_pasted_note_reads_as_typed_with_its_articles():
    assert pasted("sketches drawn in pencil") == "Sketches drawn in pencil."
    assert pasted("painting of woman near door") == "Painting of a woman near the door."


@pytest.mark.parametrize("phrase, written", [
    ("rendered in black ink", "rendered in black ink"),
    ("set in bold serif font", "set in bold serif font"),
    ("placed in semi-circular pattern", "placed in a semi-circular pattern"),  # a way of placing: "a"
])
def test_a_described_medium_takes_no_a(phrase, written):
    assert typed.articled(phrase) == written


@pytest.mark.parametrize("fragment, sentence", [
    ("Painting of woman on wall.", "There is a painting of a woman on the wall."),
    ("Drawing of cat in crayon.", "There is a drawing of a cat in crayon."),
    ("Sketch drawn in pencil on paper.", "The sketch is drawn in pencil on the paper."),
])
def test_mended_fragments_take_the_same_articles(fragment, sentence):
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("sentence", [
    "The woman bore with a bouquet.",
    "The man spoke with a friend.",
    "The girl rose with the sun.",
])
def test_a_living_subjects_past_tense_before_with_is_its_verb(sentence):
    assert predicates.with_has(sentence) is None
    assert fragment_mend(sentence) is None


@pytest.mark.parametrize("fragment, sentence", [
    ("The old shed with red roof.", "The old shed has a red roof."),  # a lifeless noun: no verb
    ("All chairs with green cushions.", "All chairs have green cushions."),
])
def test_a_noun_before_with_still_has_what_follows(fragment, sentence):
    assert predicates.with_has(fragment) == sentence


@pytest.mark.parametrize("sentence", [
    "The lamp drifted with the wind.",
    "The square teemed with people.",
    "The flags swayed with the breeze.",
    "The kite fluttered with the wind.",
])
def test_a_verb_that_takes_no_object_is_never_made_passive(sentence):
    assert fragment_mend(sentence) is None


@pytest.mark.parametrize("fragment, sentence", [
    ("The cups topped with cream.", "The cups are topped with cream."),
    ("The field dotted with flowers.", "The field is dotted with flowers."),
])
def test_a_passive_of_a_verb_that_takes_an_object_still_gets_is(fragment, sentence):
    assert fragment_mend(fragment) == sentence


def test_no_object_verbs_are_doings_not_passives():
    assert passives.a_doing("drifted") and not passives.passive_participle("drifted", "with", False)
    assert passives.passive_participle("dotted", "with", False)


@pytest.mark.parametrize("fragment, sentence", [
    ("Lamp on top of it.", "There is a lamp on top of it."),
    ("Bench with trees in front of them.", "There is a bench with trees in front of them."),
])
def test_a_pronoun_after_a_parts_of_takes_no_article(fragment, sentence):
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("phrase", [
    "cushions in shape of squares arranged in row",  # a plural: no "a"
    'shrubs in shape of letter "W" by gate',  # a quoted name
])
def test_a_likeness_of_a_plural_or_a_named_thing_takes_no_a(phrase):
    assert " a squares" not in fragment_mend(phrase[:1].upper() + phrase[1:] + ".") and \
        ' a letter "W"' not in fragment_mend(phrase[:1].upper() + phrase[1:] + ".")


def test_a_material_that_names_a_vessel_keeps_its_article():
    assert with_articles("water in glass", PLACE_PREPOSITIONS) == "water in the glass"


@pytest.mark.parametrize("fragment, sentence", [
    ('Words "OPEN DAILY" written along side of van.', 'There are words "OPEN DAILY" written along the side of the van.'),
    ("Cups hidden under table.", "There are cups hidden under the table."),
])
def test_an_irregular_participle_after_the_noun_is_no_head(fragment, sentence):
    """"written", "hidden" after a plural noun: the noun says the number (was "There is a words ...")."""
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("fragment", [
    "Man in gray coat gazes intently into camera.",
    "Woman in red coat walks slowly along the path.",
])
def test_no_there_is_before_a_verb_and_its_adverb(fragment):
    """The -s word before an -ly adverb is the subject's verb: "There is a man ... gazes" is no English."""
    assert not (fragment_mend(fragment) or "").startswith("There")


def test_a_verb_and_its_adverb_take_the_subjects_article():
    assert fragment_mend("Tall man stands proudly near the gate.") == "The tall man stands proudly near the gate."


@pytest.mark.parametrize("fragment, sentence", [
    ("High-angle, wide shot of harbour with boats.", "A high-angle, wide shot shows a harbour with boats."),
    ("Eye-level, full-shot black-and-white photograph of Spitfire flying over sea.",
     "An eye-level, full-shot black-and-white photograph shows a Spitfire flying over the sea."),
])
def test_a_shot_listed_with_commas_before_its_view_says_what_it_shows(fragment, sentence):
    assert fragment_mend(fragment) == sentence


@pytest.mark.parametrize("fragment", [
    "Eye-level, photograph of 2 dogs on sofa.",  # a bare noun after the comma: no list of the view's words
    "Red, blue and green flags.",  # no shot first
])
def test_no_view_is_made_of_what_is_no_shot_listed(fragment):
    assert not (fragment_mend(fragment) or "").startswith(("An eye-level, photograph", "A red"))


def test_an_article_before_the_listed_shot_is_said_once():
    assert fragment_mend("A close-up, eye-level shot of a red kettle on a stove.") == \
        "A close-up, eye-level shot shows a red kettle on a stove."


@pytest.mark.parametrize("sentence", [
    "Blue waters of the lake, punctuated by small islands, command attention.",
])
def test_no_there_are_before_a_plural_subjects_verb_after_its_aside(sentence):
    assert not (fragment_mend(sentence) or "").startswith("There")
