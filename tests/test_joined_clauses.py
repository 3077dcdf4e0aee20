"""A terse note of two clauses joined by ", and"/", while", each with its "is" dropped, made one
sentence clause by clause (assistant/compose/joined.py, tried by `fragments.as_sentence`); a verb
after its particle ("drifting towards") is a verb. Every example is invented."""

import pytest

from assistant.check import prose
from assistant.compose import fragments
from assistant.compose.joined import clauses_joined


@pytest.mark.parametrize("fragment, sentence", [
    ("Blue kayak drifting towards the pier, and green kayak drifting towards the beach.",
     "The blue kayak is drifting towards the pier, and the green kayak is drifting towards the beach."),
    ("Old tram parked on the left, while new tram waiting on the right.",
     "The old tram is parked on the left, while the new tram is waiting on the right."),
    # a clause that is a sentence already stays as typed
    ("Goat standing on the ledge, while a kid watches from below.",
     "The goat is standing on the ledge, while a kid watches from below."),
])
def test_each_clause_gets_its_verb(fragment, sentence):
    assert fragments.as_sentence(fragment, frozenset()) == sentence
    assert not any(r.kind == "fragment" for r in prose.remarks(sentence))


@pytest.mark.parametrize("fragment", [
    "Red mug, and blue plate on table.",  # a list's next item, no clause
    "Wooden stool, and 3 crates stacked.",
    'Sign reading "BREAD, and BUTTER" above door.',  # a join inside a quotation
    "Kite, and string.",
])
def test_no_clauses_made_of_a_list(fragment):
    assert clauses_joined(fragment, frozenset()) is None


def test_a_verb_after_its_particle_is_a_verb():
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    assert participles_as_verbs("Grey van reversing towards gate.", frozenset(), single=True) == \
        "The grey van is reversing towards gate."


def test_a_join_that_ends_a_list_makes_no_clause():
    # "and" before a list's last item, then a participle: the list's, not a clause of "mystery"
    assert clauses_joined("Whole room calm mix of wood, stone, and glass, lit by lamps.", frozenset()) is None


@pytest.mark.parametrize("fragment, bad", [
    ("Three crates stacked in the corner, and some small pebbles under goose waddling.", "pebbles under goose are"),
    ("Lake covered with mist at dawn, and pines lining the shore.", ", and Pines"),
])
def test_a_clause_keeps_whose_its_participle_is_and_its_small_letter(fragment, bad):
    made = fragments.as_sentence(fragment, frozenset())
    assert made is None or bad not in made


def test_a_known_word_with_a_capital_is_no_name_before_its_participle():
    made = fragments.as_sentence("Spotted owl w/ brown feathers perching on fence post.", frozenset())
    assert made is not None


def test_an_unknown_capital_before_no_persons_doing_is_no_name():
    made = fragments.as_sentence("Northern mocking bird w/ grey feathers standing on sign board.", frozenset())
    assert made is not None and "mocking bird" in made


def test_no_article_before_a_pronoun_object():
    made = fragments.as_sentence("Two kids playing ball, and dog watching them.", frozenset())
    assert made is None or ("a them" not in made and "watching them" in made)
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415

    assert participles_as_verbs("Cat chasing it.", single=True) in (None, "The cat is chasing it.")


@pytest.mark.parametrize("fragment", ["Man maybe smiling, and woman frowning.", "Girl probably laughing, and boy waving."])
def test_both_clauses_mended_or_neither(fragment):
    made = fragments.as_sentence(fragment, frozenset())
    assert made is None or made.count(" is ") == 2
