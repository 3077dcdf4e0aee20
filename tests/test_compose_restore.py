"""A note the model's sentence nearly carries is made whole without a model call, and a note
is counted as kept verbatim only while its verbatim sentence is in the caption. Every model
answer is scripted."""

from assistant.check import clauses, prose
from assistant.compose import compose
from assistant.compose.fallback import pasted, still_verbatim
from assistant.compose.models import SentenceChange
from assistant.compose.fragments import there_is
from assistant.compose.restore import restored, with_articles
from assistant.kinds.caption import CaptionTask


def test_a_modifier_the_model_dropped_goes_back_before_its_noun_and_costs_no_patch_call(fake, fake_spec):
    notes = 'black + white graffiti text "SOUTH" on grey wall\nwet road w/ 3 pedestrians'
    first = 'A graffiti text "SOUTH" is on a grey wall. Three pedestrians are on the wet road.'
    fake.enqueue([first])  # a patch call would find the queue empty and fail
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.text == 'A black and white graffiti text "SOUTH" is on a grey wall. Three pedestrians are on the wet road.'
    assert draft.check.ok and draft.attempts == 1 and draft.kept_verbatim == []
    assert [(c.how, c.notes) for c in draft.changes] == [("patch", ["n1"])]


def test_a_heading_the_model_left_out_comes_back_as_the_topic_of_its_view_without_a_call(fake, fake_spec):
    notes = "Cutlery: A top-down view of two silver forks beside a plate\nTable: a round oak table with a cloth"
    # the model writes the note without its heading, which the check wants named
    first = "A top-down view of two silver forks beside a plate. A round oak table has a cloth."
    fake.enqueue([first])  # a patch call would find the queue empty and fail
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.text == ("A top-down view of the cutlery shows two silver forks beside a plate. "
                          "A round oak table has a cloth.")
    assert draft.check.ok and draft.attempts == 1 and draft.kept_verbatim == []
    assert prose.figures(draft.text).clean


def test_a_dropped_phrase_goes_at_the_end_of_the_sentence_with_its_articles(fake, fake_spec):
    notes = "silver canon on white floor w/ circular design\nwhite floor w/ canon placed, in middle of floor"
    first = "A silver canon is placed on a white floor with a circular design."
    fake.enqueue([first])
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.text == "A silver canon is placed on a white floor with a circular design, in the middle of the floor."
    assert draft.check.ok and draft.attempts == 1 and draft.kept_verbatim == []
    assert prose.figures(draft.text).clean


def test_a_phrase_is_not_put_where_the_sentence_relates_its_object_otherwise(fake, fake_spec):
    # "on the table" for "under the table": ", under the table" after it would say both, and the
    # check would let it go. The line is the note's own (`draft_lines`: a first draft's lines carry no
    # labels), so no patch call is made for it (`drafted_notes`): the note goes in, in its own words
    notes = "a dog sleeping under the table"
    fake.enqueue(["A dog is sleeping on the table."])  # a patch call would find the queue empty and fail
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert "on the table" not in draft.text and draft.text.endswith("dog sleeping under the table.")
    assert draft.check.ok and draft.attempts == 1 and draft.kept_verbatim == ["n1"] and draft.warnings == []


def test_a_wrong_direction_cut_out_is_put_back_from_the_note_without_a_comma_after_a_copula(fake, fake_spec):
    fake.enqueue(["A red bus is on the right. Three pedestrians are there."])
    draft = compose(CaptionTask(notes="red bus on the left\n3 pedestrians"), fake_spec)
    assert draft.text == "A red bus is on the left. Three pedestrians are there."
    assert draft.check.ok and draft.attempts == 1


def test_restored_candidates():
    assert list(restored("An apple is on the table.", "red apple on table")) == ["A red apple is on the table."]
    assert list(restored("Graffiti text is on the wall.", "orange graffiti text on wall")) == [
        "Orange graffiti text is on the wall."]
    # the modifiers before a run go with it (numbers, colours, possessives), never a verb form
    assert list(restored("The screen shows four images of the person holding the bat toy.",
                         "screen showing 4 rectangle images of person's hand holding grey plush bat toy")) == [
        "The screen shows 4 rectangle images of the person's hand holding the grey plush bat toy."]
    # too much missing: the sentence is not about the note, the patch writes it
    assert list(restored("A bus is on the left.", "tall green tree w/ yellow leaves + brown trunk near bus")) == []


def test_a_terse_phrase_gets_the_articles_it_leaves_out():
    assert with_articles("in middle of floor") == "in the middle of the floor"
    assert with_articles("at base of balcony on left side") == "at the base of the balcony on the left side"
    assert with_articles("on top with 2 wooden poles on corners") == "on top with 2 wooden poles on corners"
    assert with_articles("under it, near grass") == "under it, near grass"
    # a pair said again, a relative pronoun, a part, "out of focus": no article
    assert with_articles("two chairs side by side on rug") == "two chairs side by side on the rug"
    assert with_articles("small hill on which stand 2 statues") == "small hill on which stand 2 statues"
    assert with_articles("shelves at half their height, out of focus") == "shelves at half their height, out of focus"


def test_view_and_place_are_bare_only_in_their_idioms():
    """"in view", "in place" are idioms; "with view of sea" is a view like any other."""
    assert with_articles("house with view of sea") == "house with the view of the sea"
    assert with_articles("sign in place of old one") == "sign in place of the old one"


def test_a_verbatim_note_removed_later_as_a_repeat_is_not_counted_as_kept_verbatim():
    pasted = "White floor with canon placed, in middle of floor."
    changes = [SentenceChange(before="", after=pasted, how="verbatim", notes=["n2"]),
               SentenceChange(before="Red roof.", after="There is a red roof.", how="verbatim", notes=["n3"]),
               SentenceChange(before=pasted, after="", how="removed")]
    assert still_verbatim(["n2", "n3"], changes) == ["n3"]


def test_there_is_reads_and_as_a_list_only_between_noun_phrases():
    assert there_is("A beige and white ceiling with a chandelier.") == "There is a beige and white ceiling with a chandelier."
    assert there_is("A cup and a plate on the table.") == "There are a cup and a plate on the table."
    assert there_is("Trees and grass.") == "There are trees and grass."
    assert there_is("A table and two chairs.") == "There are a table and two chairs."
    # "trees" after "and" starts a noun phrase: no verb, so the fragment gets its "There are"
    assert not clauses.may_have_verb("Dried grass and trees above.")


def test_a_sentence_that_carries_no_note_and_says_what_no_note_supports_goes(fake, fake_spec):
    notes = "red kite w/ 2 tails over beach\nblue bucket on sand"
    # the small model copies a sentence of the prompt's example into the caption
    first = "A red kite with two tails is over the beach. This may be a home office. A blue bucket is on the sand."
    fake.enqueue([first, "S2: This may be a home office."])  # the patch gives it back: refused
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.text == "A red kite with two tails is over the beach. A blue bucket is on the sand."
    assert draft.check.ok and draft.check.unsupported == [] and draft.kept_verbatim == []
    assert ("removed", "This may be a home office.") in [(c.how, c.before) for c in draft.changes]


def test_a_place_heading_the_model_left_out_comes_back_before_its_sentence_without_a_call(fake, fake_spec):
    notes = "Background: a mural of three herons on a brick wall\nBench: a green bench w/ peeling paint"
    first = "A mural of three herons is on a brick wall. A green bench has peeling paint."
    fake.enqueue([first])  # a patch call would find the queue empty and fail
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.text == "In the background, a mural of three herons is on a brick wall. A green bench has peeling paint."
    assert draft.check.ok and draft.attempts == 1 and draft.kept_verbatim == []


def test_a_hyphenated_modifier_goes_back_whole():
    """"off" of "off-white" is a stop word: put back alone, "white" said another colour."""
    assert list(restored("A small boat is moored at a wooden pier.", "small, off-white boat moored at wooden pier")) == [
        "A small off-white boat is moored at a wooden pier."]


def test_missing_words_go_back_between_the_two_words_around_them_in_the_note():
    """The note's words on either side of what the sentence lacks stand side by side in the
    sentence: the missing words go between them, not before the next word (a verb here)."""
    assert next(restored("A wide shot shows a red barn.", "wide shot from low angle shows red barn")) == \
        "A wide shot from low angle shows a red barn."
    assert list(restored("The vines climb the wall, adding charm to the house.",
                         "vines climb wall, adding touch of charm to house")) == [
        "The vines climb the wall, adding touch of charm to the house."]


def test_a_modifier_never_goes_before_the_sentences_verb():
    assert not any("happily eye-level" in c for c in restored("A dog happily sits on the mat.", "dog at eye-level sits on mat"))


def test_no_the_after_of_where_the_word_before_measures_or_sorts_what_follows():
    """"a touch of whimsy", "a cup of tea", "made of wood": a kind or a stuff, not one known thing;
    a part or a place before "of" still takes it ("the middle of the floor")."""
    assert with_articles("mug with swirl of cream on saucer") == "mug with the swirl of cream on the saucer"
    assert with_articles("bench made of oak near path") == "bench made of oak near the path"
    assert with_articles("kite adds touch of whimsy") == "kite adds touch of whimsy"
    assert with_articles("lamp at edge of desk") == "lamp at the edge of the desk"
    assert pasted("cat with hint of ginger on windowsill") == "Cat with hint of ginger on the windowsill."
