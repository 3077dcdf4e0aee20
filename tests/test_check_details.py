"""A note left out of a caption whose other notes say much the same (check25, issue 23): the content
match keeps a note when three quarters of its words are in some sentences, so a note dropped beside
a near-repeat, or one pieced together from other notes' sentences, passed. Invented notes."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask

NOTES = ("The central figure, a tall clay jug with a narrow neck, has a handle on its side.\n"
         "The figure on the far left, a tall clay jug with a narrow neck, has a handle on its side.\n"
         "A white cloth covers the table beneath them.")


def _fact(notes: str, draft: str, nid: str):
    return next(f for f in check_draft(CaptionTask(notes=notes).observations(), draft).facts if f.id == nid)


def test_a_note_left_out_beside_its_near_repeat_is_dropped():
    draft = ("The figure on the far left, a tall clay jug with a narrow neck, has a handle on its side. A white cloth "
             "covers the table beneath them.")
    fact = _fact(NOTES, draft, "n1")
    assert (fact.status, fact.tier) == ("dropped", "check") and "central" in fact.evidence


def test_a_note_pieced_together_from_other_notes_is_dropped():
    notes = ("The cups in the foreground are chipped and stained.\n"
             "The plates are in the foreground and are a pale blue.\n"
             "The blue cups in the background are chipped and stained.")
    draft = "The plates are in the foreground and are a pale blue. The blue cups in the background are chipped and stained."
    fact = _fact(notes, draft, "n1")
    assert (fact.status, fact.tier) == ("dropped", "check") and "foreground" in fact.evidence


def test_notes_each_with_their_own_sentence_or_reworded_are_kept():
    draft = " ".join(NOTES.splitlines())
    assert check_draft(CaptionTask(notes=NOTES).observations(), draft).ok
    # a sentence of the draft's own words (no other note's copy) is the content match's to judge
    own = ("In the centre, a tall clay jug with a narrow neck has a handle on its side; the figure on the far left is a "
           "tall clay jug with a narrow neck and a handle on its side. A white cloth covers the table beneath them.")
    assert _fact(NOTES, own, "n1").status == "kept"
    # a near-repeat that says the same things (nothing lost) may stand for both
    same = "The statue stands on a granite plinth, facing the harbour.\nFacing the harbour, the statue stands on a granite plinth."
    assert _fact(same, "The statue stands on a granite plinth, facing the harbour.", "n2").status == "kept"
