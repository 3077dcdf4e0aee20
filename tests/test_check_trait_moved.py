"""A trait of a thing's surface (its finish, pattern, stripes) given by the draft to another thing of the
note, the one it rests on (check28, issue 23): "A jade ring with a glossy finish rests on a wooden table"
drafted "A jade ring rests on a wooden table with a glossy finish". Invented examples; every word of the
note is in each wrong caption."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _facts(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts


def test_the_trait_moved_to_the_thing_it_rests_on_is_a_look():
    fact = _facts("A jade ring with a glossy finish rests on a worn wooden table.",
                  "A jade ring rests on a worn wooden table with a glossy finish.")[0]
    assert (fact.status, fact.tier) == ("contradicted", "check") and "finish" in fact.evidence
    terse = _facts("vase w/ blue stripes on top of white shelf", "A vase sits on top of a white shelf with blue stripes.")[0]
    assert (terse.status, terse.tier) == ("contradicted", "check")


def test_the_trait_kept_on_its_thing_passes():
    assert _facts("A jade ring with a glossy finish rests on a worn wooden table.",
                  "A jade ring with a glossy finish rests on a worn wooden table.")[0].status == "kept"


def test_guard_a_thing_held_or_a_companion_is_no_trait():
    # "with a kite" at the end reads as the girl's
    assert _facts("A girl with a red kite runs on the beach.", "A girl runs on the beach with a red kite.")[0].status == "kept"


def test_guard_a_note_gives_the_other_thing_the_trait_too():
    notes = "A jade ring with a glossy finish rests on a wooden table.\nThe wooden table has a glossy finish."
    assert _facts(notes, "A jade ring rests on a wooden table with a glossy finish.")[0].status == "kept"
