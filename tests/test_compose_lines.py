"""The first draft as one line per note (without labels; a labelled answer still read), joined into prose, and a
sentence of no note that says what no note supports dropped before a patch call is decided.
Every model answer is scripted; the notes are invented."""

import pytest

from assistant.compose import TextDelta, compose, compose_events
from assistant.compose.caption import notes_data, unlabelled
from assistant.kinds.caption import CaptionTask

NOTES = "3 kayaks on shore, orange\nmaybe a lake\nfir trees behind kayaks"


def test_labelled_lines_become_prose_without_labels_in_one_call(fake, fake_spec):
    first = ("N1: Three orange kayaks are on the shore.\nN2: This is possibly a lake.\n"
             "N3: Fir trees stand behind the kayaks.")
    fake.chunk_size = 1  # a character at a time: labels arrive piece by piece
    fake.enqueue([first])  # a patch call would find the queue empty and fail
    events = list(compose_events(CaptionTask(notes=NOTES), fake_spec))
    draft = events[-1].draft
    assert draft.text == ("Three orange kayaks are on the shore. This is possibly a lake. "
                          "Fir trees stand behind the kayaks.")
    assert draft.check.ok and draft.attempts == 1 and draft.kept_verbatim == []
    # what a person watches stream in has no line labels either
    shown = [e.text for e in events if isinstance(e, TextDelta)]
    assert shown and not any("N1" in t or "N3" in t for t in shown)
    assert all(b.startswith(a) for a, b in zip(shown, shown[1:]))  # a label still arriving is not shown either
    # a model that labels its lines anyway (a provider model may) is still read


def test_unlabelled_keeps_plain_prose_and_a_line_written_twice_goes():
    assert unlabelled("A red kite flies.") == "A red kite flies."
    assert unlabelled("N1: A red kite flies.\n**N2**: Grass is green.") == "A red kite flies.\nGrass is green."
    fake_twice = "N1: Three orange kayaks are on the shore.\nN1: Three orange kayaks are on the shore."
    from assistant.compose.caption import clean_caption
    assert clean_caption(unlabelled(fake_twice)) == ["Three orange kayaks are on the shore."]


def test_a_copied_example_sentence_of_no_note_goes_without_a_patch_call(fake, fake_spec):
    # the small model copies a sentence of the prompt's example; it carries no note
    first = ("N1: Three orange kayaks are on the shore.\nN2: This is possibly a lake.\n"
             "N3: Fir trees stand behind the kayaks.\nN4: A green field is below the kites.")
    fake.enqueue([first])  # a patch call would find the queue empty and fail
    draft = compose(CaptionTask(notes=NOTES), fake_spec)
    assert "kites" not in draft.text and draft.check.ok and draft.attempts == 1
    assert [(c.how, c.before) for c in draft.changes] == [("removed", "A green field is below the kites.")]


def test_a_patch_answer_that_talks_about_the_task_is_refused(fake, fake_spec):
    first = "N1: Three orange kayaks are on the shore.\nN2: This is possibly a lake."
    # the small model answers about the task: its words are no caption sentence
    patch = "N3: Fir trees stand behind the kayaks; the note says fir trees, the draft does not."
    fake.enqueue([first, patch])
    draft = compose(CaptionTask(notes=NOTES), fake_spec)
    assert "note" not in draft.text and "draft" not in draft.text
    assert draft.kept_verbatim == ["n3"] and draft.check.ok


def test_task_talk_is_told_from_a_note_that_says_the_same_words():
    from assistant.compose.caption import talks_about_the_task
    obs = CaptionTask(notes=NOTES).observations()
    assert talks_about_the_task("The note contradicts this by saying orange.", obs)
    assert talks_about_the_task("Three kayaks are orange. Change nothing else.", obs)
    assert not talks_about_the_task("Three orange kayaks are on the shore.", obs)
    signed = CaptionTask(notes="a sign reads 'read the note'").observations()
    assert not talks_about_the_task("A sign reads 'read the note'.", signed)


def test_a_pasted_terse_note_gets_its_articles_and_still_counts_as_verbatim(fake, fake_spec):
    notes = "3 kayaks on shore, orange\nlamp post at corner of pier w/ rope"
    first = "N1: Three orange kayaks are on the shore."
    fake.enqueue([first, "N2: Something else entirely."])  # the patch answer carries nothing
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.text.endswith("at the corner of the pier with rope."), draft.text
    assert draft.kept_verbatim == ["n2"] and draft.check.ok


def test_a_heading_written_before_its_line_with_a_comma_goes_where_the_sentence_names_it(fake, fake_spec):
    notes = "Kite: a close-up view of a red kite with a long tail\nBeach: a wide sandy beach"
    first = "N1: Kite, a close-up view of a red kite with a long tail.\nN2: The beach is wide and sandy."
    fake.enqueue([first])
    draft = compose(CaptionTask(notes=notes), fake_spec)
    # the heading goes; the view, a fragment, gets its verb without a call
    assert draft.text == "A close-up view shows a red kite with a long tail. The beach is wide and sandy."
    assert "Kite," not in draft.text and draft.check.ok and draft.attempts == 1


def test_articles_are_not_added_to_a_pasted_note_where_the_check_would_read_it_otherwise(monkeypatch):
    from assistant.compose import fallback
    [note] = CaptionTask(notes="lamp post at corner of pier").observations()
    assert fallback.pasted(note) == "Lamp post at the corner of the pier."
    # where the check reads the note otherwise with them (seen: "with no clouds in the background"
    # lost its negation to the check), the note goes in as typed

    class Unmet:
        def unmet(self):
            return {"n1"}
    monkeypatch.setattr(fallback, "check_draft", lambda notes, text: Unmet())
    assert fallback.pasted(note) == "Lamp post at corner of pier."


@pytest.mark.parametrize("answer", [
    "1: Three orange kayaks are on the shore.\n2: A lake lies behind them.",
    "N1) Three orange kayaks are on the shore.\nN2] A lake lies behind them.",
    "N1 Three orange kayaks are on the shore.\nN2 A lake lies behind them.",
    "n1: Three orange kayaks are on the shore.\nN 2: A lake lies behind them.",
    "**N1:** Three orange kayaks are on the shore.\n**N2:** A lake lies behind them.",
    "N1: Three orange kayaks are on the shore. N2: A lake lies behind them.",
])
def test_a_label_however_the_model_writes_it_never_reaches_the_caption(answer):
    from assistant.compose.caption import shown_draft, unlabelled  # noqa: PLC0415

    expected = "Three orange kayaks are on the shore. A lake lies behind them."
    assert " ".join(unlabelled(answer).split()) == expected
    assert shown_draft(answer) == expected


def test_words_that_look_like_a_label_in_plain_prose_stay():
    from assistant.compose.caption import unlabelled  # noqa: PLC0415

    for text in ("N95 masks lie on a table.\nA red bus waits.", "3 people walk on the left.\nA red bus waits."):
        assert unlabelled(text) == text


def test_a_note_whose_own_line_the_draft_wrote_costs_no_patch_call(fake, fake_spec):
    """Asked again for a note its line already tried, the 1.5B model writes the same line: the
    note goes in the annotator's words at once, without the second call."""
    notes = "3 kayaks on shore, orange\nmaybe a lake\nfir trees behind kayaks, tallest bent by wind"
    fake.enqueue(["N1: Three orange kayaks are on the shore.\nN2: This is possibly a lake.\n"
                  "N3: Fir trees stand behind the kayaks."])  # a patch call would find the queue empty and fail
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.attempts == 1 and draft.repairs == 0 and draft.kept_verbatim == ["n3"]
    assert draft.text == ("Three orange kayaks are on the shore. This is possibly a lake. "
                          "Fir trees behind kayaks, tallest bent by wind.")
    assert draft.check.dropped == []


def test_a_note_the_draft_wrote_no_line_for_still_gets_a_patch_call(fake, fake_spec):
    notes = "3 kayaks on shore, orange\nmaybe a lake\nred flag on pole, torn at the edge"
    fake.enqueue(["N1: Three orange kayaks are on the shore.\nN2: This is possibly a lake.",
                  "N3: A red flag on the pole is torn at the edge."])
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert draft.attempts == 2 and draft.kept_verbatim == [] and draft.check.ok
    assert "N3: write one sentence" in fake.calls[1]["messages"][-1]["content"]
    assert draft.text.endswith("A red flag on the pole is torn at the edge.")


def test_a_line_counts_as_the_notes_own_only_with_half_of_its_words_under_its_label():
    from assistant.compose.patching import drafted_notes  # noqa: PLC0415
    from assistant.notes import Observation  # noqa: PLC0415

    asked = [Observation(id="n1", text="3 kayaks on shore, orange"), Observation(id="n2", text="red flag on pole, torn"),
             Observation(id="n4", text="gull w/ grey wings")]
    answer = ("N1: Three orange kayaks are on the shore.\n"
              "N2: Three kayaks lie on the sand.\n"  # under n2's label, but another note's words
              "N3: A gull has grey wings.")  # n4's words, under the third label: the labels count the notes asked
    assert drafted_notes(answer, asked) == {"n1", "n4"}
    assert drafted_notes("Three orange kayaks are on the shore.", asked) == set()  # no labels, no lines
