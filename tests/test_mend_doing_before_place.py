"""A definite noun phrase, its -ing verb and a place, mended without the model (assistant/compose,
review49, invented sentences): "is"/"are" goes before the doing ("The boy running along the beach." ->
"The boy is running along the beach."), never after it ("The boy running is along the beach.", which
`predicates.be_placed` wrote); a lifeless thing named with an -ing noun, or with describing words, keeps
"is" before its place ("The hotel building is on the corner.", "The wall hanging is above the sofa.",
"The long winding road is along the coast.")."""

import pytest

from assistant.compose.polish import fragment_mend


@pytest.mark.parametrize("fragment,mended", [
    ("The boy running along the beach.", "The boy is running along the beach."),
    ("The man standing near the door.", "The man is standing near the door."),
    ("The girls sitting on the bench.", "The girls are sitting on the bench."),
    ("The man holding a cup near the door.", "The man holds a cup near the door."),
    ("The ceiling fan spinning above the bed.", "The ceiling fan is spinning above the bed."),  # no noun
])
def test_be_goes_before_the_doing(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment", ["The woman painting at the easel.", "The girl drawing on the sidewalk."])
def test_a_persons_doing_named_by_an_ing_noun_gets_no_be_after_it(fragment):
    assert fragment_mend(fragment) in (None, fragment.replace(" painting", " is painting").replace(" drawing", " is drawing"))


@pytest.mark.parametrize("fragment,mended", [
    ("The hotel building on the corner.", "The hotel building is on the corner."),
    ("The ceiling lighting on the left.", "The ceiling lighting is on the left."),
    ("The long winding road along the coast.", "The long winding road is along the coast."),
    ("The blue cup on the shelf by the window.", "The blue cup is on the shelf by the window."),
    ("The smiling woman near the door.", "The smiling woman is near the door."),
    ("The wall hanging above the sofa.", "The wall hanging is above the sofa."),  # a compound's -ing noun
    ("The pie filling in the centre.", "The pie filling is in the centre."),
])
def test_be_goes_before_a_things_place(fragment, mended):
    assert fragment_mend(fragment) == mended
