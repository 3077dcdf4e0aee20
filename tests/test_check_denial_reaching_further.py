"""check30 (issue 23): an instruction that itself denies ("say that he is not backing down from his
statements") is carried by a result that denies the same verb in fewer words ("has not backed down from
statements"): the result's cue reaches a word the note's cue, four tokens long, did not, but it is the
note's own denial, no new one. Invented notes, originals and results."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _facts(notes: str, draft: str, original: str):
    return [(f.id, f.status) for f in check_draft(split_notes(notes), draft, original=original).facts
            if f.status in ("dropped", "contradicted")]


def test_the_notes_own_denial_said_in_fewer_words_is_no_new_negation():
    assert _facts("Rewrite the summary by saying that the mayor is not stepping back from her budget plans.",
                  "The mayor has not stepped back from budget plans.",
                  "The mayor defended her budget on Monday.") == []


def test_the_notes_own_denial_in_an_addition_said_in_fewer_words_is_no_new_negation():
    assert _facts("Add the information that the mayor is not stepping back from her budget plans to the summary.",
                  "The mayor defended her budget on Monday and has not stepped back from budget plans.",
                  "The mayor defended her budget on Monday.") == []


def test_guard_a_denial_of_another_verb_still_flips():
    assert _facts("Rewrite the summary by saying that the mayor is stepping back from her budget plans.",
                  "The mayor has not stepped back from budget plans.",
                  "The mayor defended her budget on Monday.") != []


def test_guard_a_word_of_the_notes_next_clause_denied_still_flips():
    assert _facts("Rewrite the summary by saying that the mayor is not stepping back and her deputy resigned.",
                  "The mayor has not stepped back and her deputy has not resigned.",
                  "The mayor defended her budget on Monday.") != []
