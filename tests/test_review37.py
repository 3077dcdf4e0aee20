"""review37's second reading of check23af and mends26: inputs where a new rule or mend went wrong.
Every example is invented; each test failed on the trial merge before its fix."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _removal(note: str, draft: str, original: str):
    return check_draft(split_notes(note), draft, original=original).facts[0]


def test_a_rank_that_went_leaves_the_described_thing_it_ranked():
    # "final" went; "large"/"red-ball" are what it ranked, as "home" of "final home game" is
    original = "The council approved the final large housing development on Monday."
    f = _removal("Remove the information about it being the final large housing development from the summary.",
                 "The council approved the large housing development on Monday.", original)
    assert f.status == "kept", f
    original2 = "The club's final red-ball match ended in a draw."
    f2 = _removal("Remove the information about it being the club's final red-ball match from the summary.",
                  "The club's red-ball match ended in a draw.", original2)
    assert f2.status == "kept", f2
    # a describing word that went still leaves the removal half made (check23af's case)
    f3 = _removal("Remove the information about the stolen red car from the summary.",
                  "Police found the red car in a car park.", "Police found the stolen red car in a car park.")
    assert f3.status == "dropped", f3
