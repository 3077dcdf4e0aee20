"""review51's second reading of check32's pair rule (issue 23): a pair said by the plural alone is kept, but a
plural that a word of amount counts ("Many boots", "several mugs") says no two; and a pair of a thing whose
plural is its only form ("a pair of jeans") is said by that word. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_a_pair_said_as_a_plural_of_many_is_not_kept():
    for notes, draft in (("a pair of boots by the door", "Many boots stand by the door."),
                         ("a couple of mugs on the desk", "Several mugs sit on the desk."),
                         ("pair of swans on the pond", "Dozens of swans glide on the pond.")):
        assert _fact(notes, draft).status != "kept", draft


def test_a_pair_of_a_thing_said_only_in_the_plural_is_kept():
    for notes, draft in (("a pair of jeans on the bed", "Jeans lie on the bed."),
                         ("a pair of binoculars on the table", "Binoculars lie on the table.")):
        assert _fact(notes, draft).status == "kept", draft


def test_guard_the_plural_alone_still_says_the_pair():
    for notes, draft in (("a pair of boots by the door", "Boots stand by the door."),
                         ("a couple of mugs on the desk", "Two mugs sit on the desk.")):
        assert _fact(notes, draft).status == "kept", draft


def test_guard_a_word_of_amount_of_another_thing_leaves_the_pair():
    assert _fact("a pair of boots by the door", "Several cats sleep beside boots by the door.").status != "dropped"
