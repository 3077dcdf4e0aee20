"""A bound list's item cut off into a "There is" sentence (check27, issue 23): "wearing A, B, and C"
drafted "wearing A, B. There is C", where nothing wears C. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_an_item_cut_off_from_its_verb_is_a_look():
    notes = "The girl is holding a kite, a red balloon, and a paper bag with a cartoon cat on it."
    fact = _fact(notes, "The girl is holding a kite, a red balloon. There is a paper bag with a cartoon cat on it.")
    assert (fact.status, fact.tier) == ("dropped", "check") and "holding" in fact.evidence
    terse = "chef wearing tall hat, striped apron + green clogs"
    fact = _fact(terse, "The chef is wearing a tall hat, striped apron. There are green clogs.")
    assert fact.status == "dropped"


def test_the_list_bound_only_when_its_items_are_bare_things():
    from assistant.check import cut_items  # noqa: PLC0415 - new in check27

    # the items before the cut are clauses with places: "There is" may restate a thing of the scene
    assert cut_items.bound_by("a kiosk with green shutters, a woman in a long coat waiting at its door") is None
    assert cut_items.bound_by("is wearing a red cap, blue jeans") == "wearing"


def test_guard_a_list_of_what_the_picture_shows_or_a_clause_passes():
    shows = "The photo shows a kite, a red balloon, and a paper bag."
    assert _fact(shows, "The photo shows a kite, a red balloon. There is a paper bag.").status == "kept"
    # the list kept whole
    notes = "The girl is holding a kite, a red balloon, and a paper bag."
    assert _fact(notes, "The girl is holding a kite, a red balloon, and a paper bag.").status == "kept"
