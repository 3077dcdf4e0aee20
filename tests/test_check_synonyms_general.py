"""Words that mean the same in general (prompts/lexicon.toml [synonyms], lexicon-2026.12.07.2):
"host" for "presenter", "offence" for "crime", "planned" for "scheduled", "appropriate" for
"proper" (issue 23). Invented sentences; a different word stays flagged."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes


@pytest.mark.parametrize("original, draft", [
    ("The radio presenter left the station.", "The radio host left the station."),
    ("No crime was found.", "No offence was found."),
    ("A new bridge is scheduled.", "A new bridge is planned."),
    ("The lab did not use proper checks.", "The lab did not use appropriate checks."),
])
def test_a_general_synonym_of_the_originals_word_is_supported(original, draft):
    report = check_draft(split_notes("Rewrite the summary in other words."), draft, original=original)
    assert report.unsupported == [], report.unsupported


def test_guard_another_word_stays_flagged():
    report = check_draft(split_notes("Rewrite the summary in other words."), "The radio singer left the station.",
                         original="The radio presenter left the station.")
    assert [u.text for u in report.unsupported] == ["singer"]


@pytest.mark.parametrize("note, draft", [
    ("lab lying on rug", "A labrador lies on a rug."),
    ("lab coat on hook", "A laboratory coat is on a hook."),
    ("mic on stand", "A microphone is on a stand."),
    ("ad on wall", "An advertisement is on the wall."),
])
def test_a_clipped_word_in_the_notes_is_kept_by_its_long_form(note, draft):
    """People type "lab" for a labrador (lexicon-2026.12.07.4, lead): the long form keeps the note, unflagged."""
    report = check_draft(split_notes(note), draft)
    assert [f.status for f in report.facts] == ["kept"] and report.unsupported == [], report


def test_guard_a_clipped_word_is_not_any_word_it_begins():
    """"lab" is not "label": only the listed long forms count."""
    report = check_draft(split_notes("lab lying on rug"), "A label lies on a rug.")
    assert report.facts[0].status != "kept"
