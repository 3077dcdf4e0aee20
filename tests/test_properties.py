"""Property-based tests (hypothesis): note splitting and the checker never crash on any text,
and every span the checker reports lies inside the draft it checked."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.check import check_draft
from assistant.notes import split_notes

# text as annotators and model outputs produce it, plus the awkward parts of Unicode
WORDS = st.sampled_from(["red", "bus", "maybe", "not", "3", "three", "left", "right", "perhaps", "no",
                         "replace", "with", "remove", "add", "->", "six", "months", "30", "days", "\"OPEN\"",
                         "🧾", "領収書", "إيصال", "naïve", "-", "*", "1.", ";", ",", ".", "\n", "\t"])
TEXT = st.one_of(
    st.lists(WORDS, max_size=40).map(" ".join),
    st.text(max_size=300),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_note_splitting_never_crashes_and_ids_are_unique(notes):
    observations = split_notes(notes)
    ids = [o.id for o in observations]
    assert len(ids) == len(set(ids))
    assert all(o.text.strip() for o in observations)


@SETTINGS
@given(notes=TEXT, draft=TEXT, original=st.one_of(st.none(), TEXT))
def test_the_checker_never_crashes_and_spans_lie_inside_the_draft(notes, draft, original):
    report = check_draft(split_notes(notes), draft, original=original)
    for span in report.unsupported:
        assert 0 <= span.start <= span.end <= len(draft)
        assert draft[span.start:span.end] == span.text
    for sentence in report.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(draft)
    assert report.ok == (report.problem_count() == 0)
