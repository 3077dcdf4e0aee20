"""A thing's noun, the -ing form of how it moves or lies (a noun too: "landing", "sailing", "winding") and a place,
mended without the model (prose37, issue 25; invented sentences): "is" goes before the doing ("The jet landing on
the airstrip." -> "The jet is landing on the airstrip."), never after it ("The jet landing is on the airstrip.",
which `predicates.be_placed` wrote). After a surface a thing is put on, the -ing noun names what is put there
("The wall hanging is above the sofa.")."""

import pytest

from assistant.compose.polish import fragment_mend


@pytest.mark.parametrize("fragment,mended", [
    ("The jet landing on the airstrip.", "The jet is landing on the airstrip."),
    ("The yacht sailing across the harbour.", "The yacht is sailing across the harbour."),
    ("The path winding through the forest.", "The path is winding through the forest."),
    ("The banner hanging above the entrance.", "The banner is hanging above the entrance."),
    ("The kites flying over the dunes.", "The kites are flying over the dunes."),
])
def test_a_things_motion_is_its_doing(fragment, mended):
    assert fragment_mend(fragment) == mended


@pytest.mark.parametrize("fragment,mended", [
    ("The wall hanging above the bed.", "The wall hanging is above the bed."),
    ("The stair landing near the window.", "The stair landing is near the window."),
    ("The long winding lane along the river.", "The long winding lane is along the river."),
])
def test_a_compounds_ing_noun_keeps_be_before_its_place(fragment, mended):
    assert fragment_mend(fragment) == mended
