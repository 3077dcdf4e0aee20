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
