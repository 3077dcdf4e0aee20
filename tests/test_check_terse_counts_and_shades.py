"""General caption rules of check23ad (issue 23): a terse note's one thing said as several, and an
off-shade said as its plain colour. Invented examples, each failing before the rule, each with a
look-alike that stays kept."""

from __future__ import annotations

from assistant.check import check_draft
from assistant.notes import split_notes


def _fact(notes: str, draft: str, note: int = 0):
    return check_draft(split_notes(notes), draft).facts[note]


def test_a_terse_singular_said_as_several_is_a_look():
    # a terse note writes no article: "by round clock" is one clock all the same
    fact = _fact("brick tower, topped by round clock", "A brick tower is topped by round clocks.")
    assert (fact.status, fact.tier) == ("contradicted", "check") and "one clock" in fact.evidence
    assert _fact("brick tower, topped by round clock", "A brick tower is topped by a round clock.").status == "kept"


def test_a_terse_singular_another_note_names_in_the_plural_or_counts_stays_kept():
    notes = "fort between grassy hills\nfort on grassy hill, flag on top"
    assert _fact(notes, "A fort stands between grassy hills. The fort is on grassy hills, with a flag on top.",
                 1).status == "kept"
    # a counted thing, or a word naming the kind of the next noun, is counted elsewhere
    assert _fact("wall shows 4 painted star shapes", "The wall shows four painted stars.").status != "contradicted"
    assert _fact("the wall shows painted star shapes", "The wall shows painted stars.").status != "contradicted"


def test_an_off_shade_said_as_its_plain_colour_is_dropped():
    fact = _fact("shiny, off-white van, parked on gravel", "A shiny white van is parked on gravel.")
    assert (fact.status, fact.tier) == ("dropped", "check") and "off-white" in fact.evidence
    assert _fact("shiny, off-white van, parked on gravel", "A shiny off-white van is parked on gravel.").status == "kept"
    assert _fact("shiny, off white van, parked on gravel", "A shiny off white van is parked on gravel.").status == "kept"


def test_a_verb_read_as_a_thing_is_no_count():
    # "is running" is no thing: "runs" says the same
    assert _fact("dog is running on the beach", "On the beach, a dog runs.").status == "kept"
