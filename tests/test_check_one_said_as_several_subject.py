"""One thing in the note said as several by the subject of a verb that may also be a noun ("Cars and people dot
the hill.", "People walk their dog."): the draft's reader took "people dot" / "people walk" for one noun, so the
count change passed as kept; and a terse note's opening singular ("person walking dog") was never judged
(review50's leftover misses, check32, issue 23). Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_one_said_as_several_before_a_verb_that_may_be_a_noun_is_raised():
    for notes, draft, said in (("cars and person on the hill", "Cars and people dot the hill.", "people"),
                               ("bikes and child on the path", "Bikes and children crowd the path.", "children"),
                               ("person walking dog", "People walk their dog.", "People"),
                               ("man riding bicycle", "Men ride a bicycle.", "Men")):
        fact = _fact(notes, draft)
        assert fact.status != "kept" and said in fact.evidence, draft


def test_guard_one_said_as_one_passes():
    for notes, draft in (("cars and person on the hill", "Cars and a person dot the hill."),
                         ("person walking dog", "A person walks a dog."),
                         ("man riding bicycle", "A man rides a bicycle.")):
        assert _fact(notes, draft).status == "kept", draft
