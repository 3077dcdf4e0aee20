"""A terse note's participles made its sentence's verbs (assistant/compose/participle_verbs.py,
tried by `fragments.as_sentence`): "There is" before them left the note pasted. Every example is
invented."""

import pytest

from assistant.check import prose
from assistant.compose import fragments, shot_views


@pytest.mark.parametrize("fragment, sentence", [
    # an aside set off by commas: its -ing word a verb of having in the present, its -ed word after "are"
    ("The boots, featuring a rounded toe, trimmed with fur.",
     "The boots feature a rounded toe and are trimmed with fur."),
    ("A lamp, casting a warm glow.", "A lamp casts a warm glow."),
    # each set off after the subject alone: both made verbs, the object given its article
    ("A girl, wearing a straw hat, holding a kite.", "A girl wears a straw hat and holds a kite."),
    ("Cyclist, riding bike, wearing helmet.", "The cyclist is riding a bike and wearing a helmet."),
    # one right after the noun, then one after a particle (no object whose it may be)
    ("Dog looking up, wagging tail.", "The dog is looking up and wagging a tail."),
    # a second "is" of the same kind goes
    ("A cat, curled on a cushion, tucked under a blanket.", "A cat is curled on a cushion and tucked under a blanket."),
    ("Puppy, lying on mat, chewing bone.", "The puppy is lying on the mat and chewing a bone."),
    # a list after a participle stays its object; beside an "is ...ing" a verb of wearing takes it too
    ("A skier, gripping poles, wearing goggles, gloves, and a scarf.",
     "A skier is gripping poles and wearing goggles, gloves, and a scarf."),
    # a place phrase of the participle gets its article
    ("Vase, painted in soft blue hue, placed on shelf.", "The vase is painted in a soft blue hue and placed on the shelf."),
    # a plural subject: the plural verb
    ("Two geese, standing on the bank, facing the water.", "Two geese are standing on the bank and facing the water."),
    # a name (one of the notes' names) takes no article and "wears"; "someone" none either
    ("Lucas, wearing glasses, holding a pen.", "Lucas wears glasses and holds a pen."),
    ("Someone, wearing a cap, holding a mug.", "Someone wears a cap and holds a mug."),
])
def test_the_participles_become_the_verbs(fragment, sentence):
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    assert (fragments.as_sentence(fragment, frozenset({"Lucas"})) or participles_as_verbs(
        fragment, frozenset({"Lucas"}))) == sentence
    assert not any(r.kind == "fragment" for r in prose.remarks(sentence))


def test_a_hedge_stays_on_its_verb():
    made = fragments.as_sentence("A waiter, probably smiling at a guest.")
    assert made == "A waiter is probably smiling at a guest."


@pytest.mark.parametrize("fragment", [
    # a hedge before two verbs would cover both ("is possibly holding a toy and sitting"): refused
    "Kid possibly holding a toy, sitting on the floor.",
    "Lady in a dress, maybe dancing, smiling.",
    "Man wearing glasses, possibly reading a book.",
    "Man, possibly wearing a hat, holding a cup.",
    # a participle after an object's comma, or after a noun of the subject's, may be that noun's: refused
    "Man holding a cup, filled with coffee.",
    "Waiter carrying a tray, loaded with glasses.",
    "Man walking a dog, wearing a red collar.",
    "Boy carrying a puppy, sleeping.",
    "Woman riding a horse, covered in mud.",
    "Painting of a woman, holding a fan.",
    "Photo of a dog, lying on grass.",
    "Pair of shoes, featuring laces, placed by door.",
    "Bowl with fruit, placed on a counter.",
    # a capital the dictionary does not know may be a name: no "The john wears", no "Lucas wear"
    "John wearing a red cap, holding a bat.",
    "Lucas, wearing glasses, holding a pen.",
])
def test_no_verbs_made_where_whose_or_how_sure_is_unsure(fragment):
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    assert participles_as_verbs(fragment) is None
    assert participles_as_verbs(fragment, single=True) is None


@pytest.mark.parametrize("fragment, sentence", [
    # no "a" before a particle, a plural in -s, a stuff or a game: the words as typed
    ("Man, wearing jeans, holding a bag.", "The man wears jeans and holds a bag."),
    ("Boy, eating rice, holding a spoon.", "The boy is eating rice and holding a spoon."),
    ("Kids, playing soccer, wearing shorts.", "Kids are playing soccer and wearing shorts."),
    ("Wall, featuring graffiti, painted blue.", "The wall features graffiti and is painted blue."),
    ("Someone wearing a hat, smiling.", None),  # no "The someone"
])
def test_no_article_before_what_takes_none(fragment, sentence):
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    made = participles_as_verbs(fragment)
    assert made == sentence or sentence is None and (made is None or not made.startswith("The someone"))


def test_a_name_keeps_no_article_and_takes_the_singular():
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    assert participles_as_verbs("John, wearing a red cap, holding a bat.", frozenset({"John"})) == \
        "John wears a red cap and holds a bat."


def test_a_participle_after_a_place_keeps_its_lower_case():
    made = fragments.as_sentence("In the background, trees lining the road.")
    assert made is None or "Trees" not in made


@pytest.mark.parametrize("fragment", [
    "Probably a heron, standing in reeds, watching water.",  # the hedge is on the subject: the model's to say
    "A stunning lake, shimmering blue sky.",  # "stunning" describes; "shimmering blue sky" a noun phrase
    "Old mill, building in the background.",  # "building" names a thing here
    "A kitchen, dining table in the corner.",
])
def test_no_verb_made_of_a_describing_or_naming_ing_word(fragment):
    made = fragments.as_sentence(fragment)
    assert made is None or not any(w in made.split() for w in ("shimmers", "builds", "dines", "watches", "stands"))


@pytest.mark.parametrize("fragment", [
    "A shining silver kettle on the stove.",  # an -ing word before its noun: no verb of it
    "A boy in a striped shirt.",
    "A cup, on a saucer, speckled with paint.",
    "Courtyard dominated by a statue, holding a torch.",  # the torch is the statue's
    "A wide shot of a harbour town, hugging the bay.",  # the town hugs the bay, not the shot
])
def test_a_participle_before_its_noun_makes_no_verb(fragment):
    # nor one after a place or a list item, which it may describe ("on a mat, speckled with paint")
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    assert participles_as_verbs(fragment, single=True) is None


def test_complete_fragments_keeps_the_mend_the_check_passes():
    from assistant.compose.polish import complete_fragments  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    note = "the boots, featuring a rounded toe, trimmed with fur"
    written = complete_fragments(["The boots, featuring a rounded toe, trimmed with fur."], split_notes(note), [])
    assert written == ["The boots feature a rounded toe and are trimmed with fur."]


@pytest.mark.parametrize("fragment, sentence", [
    ("Pines lining the ridge.", "There are pines lining the ridge."),  # was "There is a pines lining ..."
    ("Children flying kites.", "There are children flying kites."),
    ("Clogs featuring wooden soles.", "There are clogs featuring wooden soles."),
    ("Breakfast nook with dining table.", "There is a breakfast nook with dining table."),  # "dining" names no doing
])
def test_there_is_takes_its_number_from_the_noun_before_a_participle(fragment, sentence):
    assert fragments.there_is(fragment) == sentence


def test_an_idiom_after_in_keeps_no_article():
    from assistant.compose.restore import with_articles  # noqa: PLC0415

    assert with_articles("in contrast, a seated figure in bloom") == "in contrast, a seated figure in bloom"


@pytest.mark.parametrize("fragment, sentence", [
    ("Overhead shot of a tiled roof.", "An overhead shot shows a tiled roof."),  # was "An overhead shot view shows"
    ("Close-up, brass door knob.", "A close-up view shows a brass door knob."),
])
def test_a_shot_shows_what_it_shows_with_no_view_added(fragment, sentence):
    assert shot_views.view_shows(fragment) == sentence


def test_a_shot_a_demonstrative_opens_gets_no_a():
    assert shot_views.view_shows("This wide shot of the harbour.") is None  # was "A this wide shot ..."


@pytest.mark.parametrize("fragment, sentence", [
    # what the subject is or is like, set off before its verb, stays there
    ("Kettle, dull copper, dented along its spout.", "The kettle, dull copper, is dented along its spout."),
    ("Scarves, bright mix of red, gold, + teal, draped over railing.",
     "Scarves, bright mix of red, gold, + teal, are draped over the railing."),
    # a place typed first keeps its comma; a quality takes no "a"
    ("Left of frame, lamp post, adding height to composition.",
     "Left of the frame, the lamp post adds height to composition."),
])
def test_an_aside_or_a_place_before_the_participle_stays(fragment, sentence):
    assert fragments.as_sentence(fragment) == sentence


@pytest.mark.parametrize("fragment", ["This wide shot of the harbour at dawn.", "Full shot of a barn, lit by dusk."])
def test_shot_is_no_participle(fragment):
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    made = participles_as_verbs(fragment, single=True)
    assert made is None or " is shot" not in made


def test_after_a_place_typed_first_one_participle_is_the_verb():
    assert fragments.as_sentence("Beside gate, boy holding kite.") == "Beside the gate, the boy holds a kite."
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    assert participles_as_verbs("Chair, draped with shawl, angled left of desk.") == \
        "The chair is draped with shawl and angled left of desk."  # "left" after an -ed word: a place


@pytest.mark.parametrize("fragment", ["Someone wearing a hat, holding a cup.", "Everyone smiling.", "Somebody in a red coat."])
def test_no_article_before_a_pronoun_of_a_person(fragment):
    made = fragments.as_sentence(fragment)
    assert made is None or not any(f" {a} {w}" in made.lower() for a in ("a", "an", "the")
                                   for w in ("someone", "everyone", "somebody"))
