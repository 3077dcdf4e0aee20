"""One thing made several by a plural not made with -s (check27, issue 23): "a man" drafted "men".
Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_one_made_several_by_an_irregular_plural_is_a_look():
    fact = _fact("A fisherman's boat and a child on the pier.", "A fisherman's boat and children on the pier.")
    assert (fact.status, fact.tier) == ("contradicted", "check") and "child" in fact.evidence
    assert _fact("A man and a goat stand by the gate.", "Men and a goat stand by the gate.").status == "contradicted"


def test_guard_the_plural_the_notes_say_passes():
    assert _fact("Two men and a goat stand by the gate.", "Two men and a goat stand by the gate.").status == "kept"
    assert _fact("children play near a fountain", "Children play near a fountain.").status == "kept"


def test_a_person_after_a_listed_plural_made_people_is_a_look():
    # check29: "people" is the plural of the note's "person" (not of a crowd); a plural listed before the
    # singular ("cars and person") is another thing, not "one each" as in "houses with a red roof"
    fact = _fact("cars and person on wet street", "Cars and people are on the wet street.")
    assert (fact.status, fact.tier) == ("contradicted", "check") and "person" in fact.evidence
    assert _fact("boats and child on quiet pier", "Boats and children are on the quiet pier.").status == "contradicted"
    assert _fact("a bench and a person near the lake", "A bench and people are near the lake.").status == "contradicted"


def test_guard_one_each_or_a_person_kept_passes():
    assert _fact("cars and person on wet street", "Cars and a person are on the wet street.").status == "kept"
    assert _fact("houses with a red roof", "Houses with red roofs.").status == "kept"
    assert _fact("crowd of people near the stage", "People crowd near the stage.").status == "kept"
