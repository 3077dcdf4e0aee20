"""Doubt no note gives (issue 23, checker-dev2): a product caption that hedges a stated note."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask
from assistant.notes import split_notes


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def test_a_hedge_on_a_stated_note_is_a_look():
    report = _caption("many white stones with dry leaves", "This may be a view of many white stones with dry leaves.")
    [span] = report.unsupported
    assert (span.text, span.tier) == ("may be", "check") and "doubt" in span.reason
    assert report.certain_ok and report.facts[0].status == "kept"


def test_a_hedge_the_note_gives_is_not_flagged():
    assert _caption("maybe white stones with dry leaves", "There may be white stones with dry leaves.").ok
    assert _caption("white stones with dry leaves", "There are white stones with dry leaves.").ok


def test_a_hedge_in_the_sentence_after_a_stated_note_is_a_look():
    """"This may be a rocking chair." carries no note of its own: it goes on about the sentence
    before, whose note is stated. A hedged note carried nowhere may be what the doubt says."""
    notes = "a wooden chair with a red cushion"
    report = _caption(notes, "A wooden chair has a red cushion. This may be a rocking chair.")
    assert [(u.text, u.tier) for u in report.unsupported if "doubt" in u.reason] == [("may be", "check")]
    hedged = _caption(notes + "\nmaybe a cat", "A wooden chair has a red cushion. This may be a rocking chair.")
    assert not [u for u in hedged.unsupported if "doubt" in u.reason]


def test_look_as_a_noun_is_no_doubt():
    """"creating a warm and rustic look": the look of a thing, no doubt about it (a determiner
    before it, or the clause ends on it); "it looks old" and "looks like" stay doubts."""
    from assistant.check import check_draft
    from assistant.kinds.caption import CaptionTask

    def doubts(draft):
        report = check_draft(CaptionTask(notes="Kettle: a copper kettle on a stove.").observations(), draft)
        return [u.text for u in report.unsupported if u.reason.startswith("a doubt")]

    assert doubts("A copper kettle on a stove, creating a warm and rustic look.") == []
    assert doubts("A copper kettle on a stove gives the kitchen its look.") == []
    assert doubts("A copper kettle on a stove. It looks old.") == ["looks"]
    assert doubts("A copper kettle on a stove. It looks like a teapot.") == ["looks like"]


def test_looks_after_this_or_that_is_a_doubt_not_the_noun_look():
    report = check_draft(split_notes("a wooden bench by a tree"), "This looks to be a wooden bench by a tree.")
    assert any(u.text.startswith("looks") for u in report.unsupported)  # the hedge phrase "looks to be" (check23y)


def test_a_draft_hedge_word_the_note_writes_itself_is_no_doubt_added():
    """"suggesting" keeps a doubt alive in a draft but is no cue that hedges a note: a note that
    writes it, drafted word for word, adds no doubt. The same word with no note writing it stays a look."""
    note = "a bicycle on a white stand with the word VOO, suggesting indoor use"
    draft = "A bicycle is on a white stand with the word VOO, suggesting indoor use."
    assert not [u for u in _caption(note, draft).unsupported if "doubt" in u.reason]
    plain = _caption("a bicycle on a white stand with the word VOO\nindoor use", draft)
    assert [u.text for u in plain.unsupported if "doubt" in u.reason] == ["suggesting"]
