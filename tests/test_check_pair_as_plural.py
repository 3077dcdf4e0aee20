"""A note's "pair of X" / "couple of X" drafted as the plural alone ("Boots stand by the door.") says two of
them as people write it; it was a certain "not found: 2" (review50's leftover, check32, issue 23). A plural
counted otherwise ("Three boots") or one of them ("A boot") still loses the two. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_a_pair_or_couple_said_as_a_plural_is_kept():
    for notes, draft in (("pair of boots by the door", "Boots stand by the door."),
                         ("couple of mugs on the table", "Mugs sit on the table."),
                         ("a pair of white swans on the pond", "White swans glide on the pond."),
                         ("a couple of old bicycles lean on fence", "Old bicycles lean on the fence.")):
        assert _fact(notes, draft).status == "kept", draft


def test_guard_a_pair_counted_otherwise_or_said_as_one_is_still_raised():
    fact = _fact("a pair of boots by the door", "Three boots stand by the door.")
    assert (fact.status, fact.tier) == ("contradicted", "certain") and "2" in fact.evidence
    fact = _fact("couple of mugs on the table", "Five mugs sit on the table.")
    assert (fact.status, fact.tier) == ("contradicted", "certain")
    fact = _fact("pair of boots by the door", "A boot stands by the door.")
    assert fact.tier == "certain" and "2" in fact.evidence
    # the two of another thing are not said by this plural
    fact = _fact("pair of boots by two chairs", "Boots stand by the chairs.")
    assert fact.tier == "certain" and "2" in fact.evidence
