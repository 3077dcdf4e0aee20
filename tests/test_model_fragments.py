"""The model's own sentences that drop "is"/"are" before their predicate (issue 25), mended without the
model only where the -ed word is plainly passive (assistant/compose/passives.py, tails.py): every
sentence here is invented."""

import pytest

from assistant.check import prose
from assistant.compose import compose, fragments, passives, polish, tails
from assistant.kinds.caption import CaptionTask
from assistant.llm import ModelSpec
from assistant.llm.fake import FakeModel
from assistant.notes import split_notes


def is_fragment(sentence):
    return any(r.kind == "fragment" for r in prose.remarks(sentence))


@pytest.mark.parametrize("fragment, sentence", [
    # a free participle's phrase after the predicate stays as written
    ("The cups generously topped with whipped cream, adding a sweet finish.",
     "The cups are generously topped with whipped cream, adding a sweet finish."),
    # a second clause with its own verb after "while"
    ("The lamp's shade partially visible in the corner, while the chair casts a shadow on the rug.",
     "The lamp's shade is partially visible in the corner, while the chair casts a shadow on the rug."),
    # an aside, then the participle: "is" after the aside
    ("The kettle, dull silver, dotted with water spots, adding texture to the counter.",
     "The kettle, dull silver, is dotted with water spots, adding texture to the counter."),
    ("The fence, wrapped in ivy, encircled by a gravel path, giving the yard a neat edge.",
     "The fence, wrapped in ivy, is encircled by a gravel path, giving the yard a neat edge."),
    # a participle's or a describing word's phrase after the predicate stays as written
    ("The crest prominently displayed on the gate, flanked by two lanterns.",
     "The crest is prominently displayed on the gate, flanked by two lanterns."),
    ("The buns generously dusted with sugar, reminiscent of snow.",
     "The buns are generously dusted with sugar, reminiscent of snow."),
    # an aside that reads a quotation, its comma inside the quotation marks
    ('The van\'s plate, reading "KTX 90," clearly mounted on the bumper.',
     'The van\'s plate, reading "KTX 90," is clearly mounted on the bumper.'),
    # an aside, then adverbs and a word that only describes
    ('The boat\'s flags, bearing the word "Ahoy" in red, barely visible.',
     'The boat\'s flags, bearing the word "Ahoy" in red, are barely visible.'),
    # a colour's name is an aside ("deep teal"); a mass noun needs no article
    ("Water, deep teal, dotted with lily pads, adding calm to the pond.",
     "Water, deep teal, is dotted with lily pads, adding calm to the pond."),
    ("Pond, deep teal, dotted with lily pads, adding calm.", "The pond, deep teal, is dotted with lily pads, adding calm."),
    # an adverb and a word that only describes, then a comparison
    ("The boot's sole noticeably thicker than the heel.", "The boot's sole is noticeably thicker than the heel."),
    ("The sole of the boot noticeably thicker than the heel, lending it height.",
     "The sole of the boot is noticeably thicker than the heel, lending it height."),
])
def test_a_models_sentence_gets_back_the_be_it_dropped(fragment, sentence):
    assert is_fragment(fragment)
    assert polish.fragment_mend(fragment) == sentence
    assert not is_fragment(sentence)


def test_a_possessives_noun_and_its_ing_verb_take_be_before_the_verb():
    """Was "Her hands resting are on the table.": the -ing word read as part of the noun phrase."""
    assert fragments.as_sentence("Her hands resting on the table.") == "Her hands are resting on the table."
    assert fragments.as_sentence("Its rear facing the viewer.") == "Its rear is facing the viewer."
    assert fragments.as_sentence("Its tail facing viewer.") == "Its tail is facing viewer."  # a bare object
    # after a comma a possessive's -ing phrase is an absolute phrase: "is" goes to the clause before it
    assert fragments.as_sentence("Beside the shed, a red bike parked, its front wheel facing the gate.") == \
        "Beside the shed, a red bike is parked, its front wheel facing the gate."
    # an -ing word before another noun names a thing ("lighting fixtures"), no doing
    assert fragments.as_sentence("Its ceiling lighting fixtures on the wall.") == \
        "Its ceiling lighting fixtures are on the wall."


@pytest.mark.parametrize("sentence", ["The old man walked home.", "The dog chased the ball.",
                                      "The old man slowly walked home."])
def test_a_finite_past_tense_is_no_fragment_and_is_left_alone(sentence):
    assert not is_fragment(sentence)
    assert fragments.as_sentence(sentence) is None


@pytest.mark.parametrize("fragment", [
    "The old man walked by the river.",  # a living thing's doing: was "The old man is walked by the river."
    "The dog played with the ball.",  # was "The dog is played with the ball."
    "The old man, tired, walked by the river.",  # was "The old man is tired and walked by the river."
    "The old man, tired, walked by the river, adding charm.",
    "His hands, clasped together, rested on the table.",  # a posture: was "... are rested on the table."
    "The street bustled with activity.",  # how a thing looks of itself: was "The street is bustled with ..."
    "The woman, smiling, distinguished by her red hat.",  # a living subject and a verb the lexicon does not list
    "The man, holding a cup, walked by the river.",  # was "The man holds a cup and is walked by the river."
])
def test_a_past_tense_the_detector_reads_as_a_participle_is_not_made_passive(fragment):
    """The fragment detector reads "-ed by/with" as a participle; "is" before a past tense would change
    what the sentence says, so the mend is refused and the fragment stays for the model."""
    assert is_fragment(fragment)
    assert polish.fragment_mend(fragment) is None


@pytest.mark.parametrize("word, after, living, passive", [
    ("hidden", "", True, True),  # only a participle
    ("topped", "with", False, True),  # a verb of placement (`passive_verbs`)
    ("covered", "in", True, True),  # a verb of having (`HAVING_VERBS`)
    ("punctuated", "by", False, True),  # any other verb before its agent, of a lifeless thing
    ("punctuated", "in", False, False),  # ... but not before a place
    ("punctuated", "by", True, False),  # ... nor of a living thing
    ("adorned", "with", True, True),  # ... unless a verb of having or showing
    ("waited", "by", True, False),
    ("appeared", "with", True, False),  # a verb of showing that is no passive: "The man appeared with a dog."
    ("walked", "by", False, False),  # a doing of the living
    ("glowed", "with", False, False),  # a look a thing has of itself
    ("fluttered", "in", False, False),
    ("fluttered", "in", True, False),
    ("dented", "along", False, False),  # a place after it: passive only for `participles_as_verbs`'s terse notes
    ("rested", "on", False, False),  # a posture, whatever the subject

])
def test_passive_participles_are_told_by_the_lexicons_verbs(word, after, living, passive):
    assert passives.passive_participle(word, after, living) is passive


def test_only_be_is_put_back_around_a_tail():
    assert tails.only_be_added("The cups topped with cream.", "The cups are topped with cream.")
    assert tails.only_be_added("Cups topped with cream.", "The cups are topped with cream.")
    assert not tails.only_be_added("Cups topped with cream.", "There are cups topped with cream.")
    # no tail: ", adding" must open a doing's phrase, not a list's item
    assert tails.head_mended("The cups topped with cream, the plates with crumbs.") is None


def test_a_mend_of_the_models_sentence_is_kept_only_where_the_check_passes_it():
    observations = split_notes("2 cups topped w/ whipped cream\nsaucer under cups")
    draft = ["The cups generously topped with whipped cream, adding a sweet finish.", "A saucer is under the cups."]
    out = polish.complete_fragments(draft, observations, [])
    assert out[0] == "The cups are generously topped with whipped cream, adding a sweet finish."


def test_compose_mends_the_models_dropped_be_without_another_call():
    fake = FakeModel(["N1: The kettle, dull silver, dotted with water spots, adding texture to the counter.\n"
                      "N2: A blue mug stands beside the kettle."])
    with fake.installed():
        draft = compose(CaptionTask(notes="kettle dull silver, dotted w/ water spots, adding texture to counter\nblue mug beside kettle"),
                        ModelSpec(model="fake/test"))
    assert draft.text.startswith("The kettle, dull silver, is dotted with water spots, adding texture to the counter.")
    assert len(fake.calls) == 1
    assert prose.figures(draft.text).fragments == 0


@pytest.mark.parametrize("sentence", ["The water, calm, reflected the sky.", "The lake, still, reflected the mountains.",
                                      "The sign, bright, featured a logo.", "The wall's surface, rough, covered two pipes."])
def test_a_past_tense_with_its_object_after_asides_gets_no_is(sentence):
    """review43: a verb the lexicon lets be passive is a past tense when its object follows."""
    from assistant.compose.polish import fragment_mend  # noqa: PLC0415

    mended = fragment_mend(sentence)
    assert mended is None or " is " not in mended and " are " not in mended


@pytest.mark.parametrize("fragment", [
    "Seen from above, the frog, centre of this close-up, its legs resting on a leaf.",
    "The heron, its neck curving over the water.",
])
def test_an_absolute_phrase_after_a_comma_gets_no_be_after_its_participle(fragment):
    from assistant.compose import dropped_be  # noqa: PLC0415
    whole = dropped_be.be_inserted(fragment)
    assert whole is None or " resting is " not in whole and " resting are " not in whole and " curving is " not in whole


@pytest.mark.parametrize("fragment, sentence", [
    # review48: an -ing noun before the place is the thing, no participle ("painting", "drawing")
    ("Its painting on the wall.", "Its painting is on the wall."),
    ("His drawing on the napkin.", "His drawing is on the napkin."),
])
def test_an_ing_noun_after_a_possessive_gets_its_be(fragment, sentence):
    from assistant.compose import dropped_be  # noqa: PLC0415
    assert dropped_be.be_inserted(fragment) == sentence


@pytest.mark.parametrize("fragment, sentence", [
    ("It mostly green with gold trim on the doors.", "It is mostly green with gold trim on the doors."),
    ("They nearly empty.", "They are nearly empty."),
])
def test_a_pronoun_an_adverb_and_a_colour_or_describing_word_take_be(fragment, sentence):
    from assistant.compose import dropped_be  # noqa: PLC0415
    assert dropped_be.be_inserted(fragment) == sentence


def test_a_pronoun_an_adverb_and_its_verb_take_no_be():
    from assistant.compose import dropped_be  # noqa: PLC0415
    assert dropped_be.be_inserted("She mostly smiles at the camera.") is None
