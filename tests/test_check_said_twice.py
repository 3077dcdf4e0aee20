"""A direction said again in a later sentence that restates an earlier one is one statement, also
when the earlier statement is a note split over two sentences, and whatever framing words ("The
image shows", "a close-up view of") either sentence adds (spatial.restates), and a part of the picture a
sentence opens with as its topic and names again ("The background shows ... in the background") is one
place (spatial._topic_said_again; issue 23). Invented."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _spans(notes: str, draft: str) -> list[str]:
    return [u.text for u in check_draft(split_notes(notes), draft).unsupported]


def test_a_note_split_over_two_sentences_is_one_statement_when_said_again():
    notes = ("steel mailbox w/ narrow slot in front part w/ paper letters + paper flyers inside of it + stripes at "
             "bottom part of it\nbrick wall")
    draft = ("A steel mailbox with a narrow slot in the front part, paper letters. Paper flyers inside, and stripes "
             "at the bottom part of the mailbox. The steel mailbox has a narrow slot in the front part and paper "
             "letters and flyers inside. It stands by a brick wall.")
    assert _spans(notes, draft) == []


def test_framing_words_do_not_hide_a_restatement():
    notes = ("Mural: a painted mural of many small boats and the word \"HARBOUR\" in blue which is above the boats.\n"
             "Fence: a wooden fence.")
    draft = ("A wooden fence and a painted mural of boats with \"HARBOUR\" in blue above boats. The image shows a "
             "painted mural of many small boats and the word \"HARBOUR\" in blue which is above the boats.")
    assert _spans(notes, draft) == []


def test_guard_a_sentence_blending_two_notes_still_counts():
    notes = "blue door below the shop sign\nround window w/ brass handle and red frame above the sign"
    draft = ("A blue door is below the shop sign. A round window with a brass handle and a red frame is above the sign. "
             "The blue door below the sign has a brass handle and a red frame.")
    assert _spans(notes, draft) == ["below"]


def test_a_picture_part_named_as_the_sentences_topic_and_again_is_one_place():
    notes = "Hills: green hills with a white farmhouse in the background."
    draft = "The background shows green hills and a white farmhouse in the background."
    assert _spans(notes, draft) == []


def test_guard_two_plain_mentions_of_a_picture_part_still_count():
    notes = "Hills: green hills with a white farmhouse in the background."
    draft = "Green hills are in the background, and a white farmhouse is in the background."
    assert _spans(notes, draft) == ["background"]
