"""A note's verb with its thing after it, turned by the caption into a word for the thing's kind
("man sports thick beard" -> "a sports beard") (check23aj)."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


def _fact(notes: str, draft: str):
    return check_draft(split_notes(notes), draft).facts[0]


@pytest.mark.parametrize(("notes", "draft", "made"), [
    ("tall man sports thick beard and round glasses", "A tall man with a sports beard wears round glasses.", "a sports beard"),
    ("blue sign features map of park trails", "A blue sign has a features map of the park trails.", "a features map"),
])
def test_a_verb_read_as_the_kind_of_its_thing_is_a_problem(notes, draft, made):
    fact = _fact(notes, draft)
    assert fact.status == "contradicted"
    assert made in fact.evidence


@pytest.mark.parametrize(("notes", "draft"), [
    ("tall man sports thick beard and round glasses", "A tall man sports a thick beard and round glasses."),
    ("kids play on sports field near school", "Kids play on the sports field near the school."),
    # after a comma the note may be a list, where the word is a noun
    ("girl in red coat, hat, sports bag on shoulder", "A girl in a red coat and hat has a sports bag on her shoulder."),
])
def test_the_verb_kept_a_verb_or_a_noun_in_the_note_is_no_problem(notes, draft):
    assert _fact(notes, draft).status == "kept"
