"""review51's second reading of check32's clause reading of sides (issue 23): a second clause that gathers the
thing with another ("..., and a woman walks a dog beside him, both on the left") may say the side of both, the
note's thing too ("both" may also be two dogs): a look, not a certain loss. A side said of the other clause's thing
alone is still a certain loss. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask

NOTES = "man on left holds umbrella\nwoman walks dog"


def _fact(draft: str):
    return check_draft(CaptionTask(notes=NOTES).observations(), draft).facts[0]


def test_a_side_said_of_both_in_the_other_clause_is_kept():
    for draft in ("A man holds an umbrella, and a woman walks a dog beside him, both on the left.",
                  "A man holds an umbrella, and a woman walks a dog with him, together on the left."):
        assert _fact(draft).tier != "certain", draft


def test_guard_a_side_said_of_the_other_thing_alone_is_still_lost():
    fact = _fact("A man holds an umbrella, and a woman walks a dog on the left.")
    assert (fact.status, fact.tier) == ("dropped", "certain")
