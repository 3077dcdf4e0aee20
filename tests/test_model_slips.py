"""A model's sentences that drop a word the terse note also lacked (assistant/compose/tails.py,
sentences.side_as_place), mended without the model: a side typed first that the model made a thing
("The left of the shelf, ..."), a second clause whose subject lacks "the" (", while spoon, on right,
rests ..."), an aside that says what the subject is before its participle, and a colour after asides.
Invented sentences; each mend is still gated by the check in `complete_fragments`."""

import pytest

from assistant.compose.polish import fragment_mend


@pytest.mark.parametrize("fragment,mended", [
    ("The left of the shelf, a small clock on a stand.", "To the left of the shelf, there is a small clock on a stand."),
    ("The left of shelf, small clock on a stand.", "To the left of the shelf, there is a small clock on a stand."),
    ("The right of the door, tall lamp with a paper shade.",
     "To the right of the door, there is a tall lamp with a paper shade."),
    ("The jar, sealed with wax, filled with honey, while spoon, on right, rests on a napkin.",
     "The jar, sealed with wax, is filled with honey, while the spoon, on right, rests on a napkin."),
    ("The clock, odd mix of wood and brass, adorned with a bell featuring tiny stars carved into its rim.",
     "The clock, odd mix of wood and brass, is adorned with a bell featuring tiny stars carved into its rim."),
    ("The vase, tall and thin, deep blue.", "The vase, tall and thin, is deep blue."),
    ("Petals of tulips, soft and waxy, pale pink.", "The petals of tulips, soft and waxy, are pale pink."),
])
def test_the_dropped_word_goes_back(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment", [
    "The right of way, a narrow path.",  # no side of a thing
    "The table, two chairs, green.",  # a list: whose colour is unsaid
    "The cup, chipped at the rim, filled with tea, while two spoons rest nearby.",  # the clause is whole already
])
def test_what_is_no_such_slip_is_not_mended_so(fragment):
    assert fragment_mend(fragment) in (None, "The cup, chipped at the rim, is filled with tea, while two spoons rest nearby.")


def test_colours_listed_in_an_aside_stay_the_aside():
    # "red" ends in -ed: read as a participle, the list's item "red" was made a clause ("are red, and the blue is ...")
    mended = fragment_mend("Kite's tail, odd mix of green, red, and blue, trimmed with gold.")
    assert mended is None or " red, and blue" in mended
