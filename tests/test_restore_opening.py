"""A note's opening words that the model's sentence left out go back in without a model call:
a modifier listed with a comma before another ("eye-level, wide-shot photo") before that one,
and an opening phrase that says how or where ("in low-angle shot at dusk, ...") before the
sentence. Invented notes and sentences."""

from assistant.check import check_draft
from assistant.compose.restore import restored
from assistant.notes import Observation


def _outputs(sentence: str, note: str) -> list[str]:
    return list(restored(sentence, note))


def test_a_listed_modifier_goes_before_the_modifier_it_is_listed_with():
    out = _outputs("A wide-angle photo shows a red barn beside a pond.",
                   "low-angle, wide-angle photo shows red barn beside pond")
    assert out[0] == "A low-angle, wide-angle photo shows a red barn beside a pond."


def test_the_article_follows_the_modifier_put_first():
    out = _outputs("A close-up photo shows a cat asleep on a mat.", "eye-level, close-up photo, cat asleep on mat")
    assert out[0] == "An eye-level, close-up photo shows a cat asleep on a mat."
    note = Observation(id="n1", text="eye-level, close-up photo, cat asleep on mat")
    assert check_draft([note], out[0]).facts[0].status == "kept"


def test_a_noun_before_a_comma_is_no_modifier_of_what_follows():
    assert not any(o.startswith("A dog, brown") or "dog, brown leash" in o
                   for o in _outputs("A brown leash lies on the grass.", "dog, brown leash on grass"))


def test_an_opening_shot_phrase_goes_before_the_sentence_with_its_article():
    out = _outputs("A stone tower rises over the square.", "in low-angle shot at dusk, stone tower rises over square")
    assert out[0] == "In a low-angle shot at dusk, a stone tower rises over the square."


def test_a_participle_and_its_phrase_open_the_sentence():
    out = _outputs("A heron stands on a wet log.", "captured in close-up, side-on shot, heron stands on wet log")
    assert out[0] == "Captured in a close-up, side-on shot, a heron stands on a wet log."


def test_an_opening_phrase_without_a_shot_takes_no_indefinite_article():
    out = _outputs("The cat sleeps on a sofa.", "in morning light, cat sleeps on sofa")
    assert out[0] == "In morning light, the cat sleeps on a sofa."


def test_no_opening_phrase_where_the_sentence_says_it_in_part():
    out = _outputs("A wide shot shows a stone tower rising over the square.",
                   "in wide shot at dusk, stone tower rises over square")
    assert not any(o.startswith("In a wide shot") or o.startswith("In wide shot") for o in out)


def test_no_opening_phrase_where_a_word_after_it_is_missing_too():
    out = _outputs("A stone tower rises over the square.", "in low-angle shot, stone tower rises over busy square")
    assert not any(o.startswith("In a low-angle shot") for o in out)
