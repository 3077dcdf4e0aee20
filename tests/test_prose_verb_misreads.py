"""The fragment figure's misreads of a word's part of speech (assistant/check/clauses.py,
participles.py), on invented sentences: a participle whose phrase runs into a list of described
things is no finite verb ("The boat's hull painted with a red stripe, white trim and blue letters.":
"white" opens a listed thing, no verb after an aside); an -ing form after an aside is a participle,
never the subject's verb ("The bench, weathered by rain, adding charm."); a noun-or-verb word is the
verb after a pronoun's place ("The mirror behind her mirrors the lamp.") or before "from ... to"
("The colour of the sky shifts from blue to orange.")."""

import pytest

from assistant.check import prose


@pytest.mark.parametrize("fragment", [
    "The boat's hull painted with a red stripe, white trim and blue letters.",
    "The truck's grille adorned with a chrome badge, black mesh and round lamps.",
    "The truck's grille adorned with a chrome badge, flanked by round lamps.",
    "The jar's lid, dented at the rim, adorned with tiny stars, contrasting with the plain glass.",
    "The bench, weathered by rain, adding charm to the garden.",
    "The owl's feathers, soft grey, dotted with white, blending into the bark.",
])
def test_fragments_the_figure_read_as_sentences(fragment):
    assert prose.has_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    "The mirror behind her mirrors the lamp on the desk.",
    "The curtain beside her frames the window.",
    "The colour of the sky shifts from blue to orange.",
    "The surface of the lake changes from calm to rough near the dam.",
    "The tone of the painting transitions from warm to cool.",
])
def test_sentences_the_figure_read_as_fragments(sentence):
    assert not prose.has_fragment(sentence)


@pytest.mark.parametrize("fragment", [
    "A view of the city lights at night.",  # no "from ... to": "lights" is the city's
    "A bowl of the apple slices on the table.",
    "The painting behind her, a vase of roses.",  # a list after the pronoun's place
    "The birds, perched on a wire, singing.",  # an -ing form alone after the aside
])
def test_noun_phrases_stay_fragments(fragment):
    assert prose.has_fragment(fragment)


@pytest.mark.parametrize("sentence", [
    "The flag, tied to the pole, waves in the wind.",
    "The towers, adorned with spires, reach skyward.",
    "The sign, partly faded, reads OPEN.",
    "The garden, tended by the owner, blooms in spring.",
    "A statue, holding a book, stands by the door.",
])
def test_verbs_after_asides_stay_verbs(sentence):
    assert not prose.has_fragment(sentence)


@pytest.mark.parametrize("sentence", [
    'The sign bears a word that translates to "The".',
    'The mug is printed with the word "And".',
])
def test_a_quotation_ends_the_clause(sentence):
    # its last word is the quotation's, not an article or a join the clause stops on
    assert not prose.has_fragment(sentence)


def test_an_article_before_the_end_is_still_a_cut():
    assert prose.has_fragment("The mug is printed with the.")


def test_a_verb_after_an_aside_before_its_bare_object():
    assert not prose.has_fragment("A bowl of figs, neatly stacked in a pyramid, draws attention.")
