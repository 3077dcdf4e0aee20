"""review51's second reading of check32's plural subjects (issue 23): "People dot the hill." for the note
"people on hill" says the same word the note does; a word whose plural is itself ("sheep", "fish") or a plural
the note already has ("people") is no one thing made several. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_the_notes_own_word_as_a_subject_is_kept():
    for notes, draft in (("people on hill", "People dot the hill."),
                         ("cars and people on hill", "Cars and people dot the hill."),
                         ("sheep on hill", "Sheep dot the hill."),
                         ("fish in the tank", "Fish fill the tank.")):
        assert _fact(notes, draft).status == "kept", draft


def test_guard_one_said_as_several_subjects_is_still_raised():
    for notes, draft in (("person on hill", "People dot the hill."),
                         ("car and people on hill", "Cars and people dot the hill.")):
        assert _fact(notes, draft).status != "kept", draft
