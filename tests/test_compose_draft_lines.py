"""The first draft as one line per note without labels: each line given its note by position and
shared words (`compose/draft_lines.py`), a title before the first sentence dropped. Every model
answer is scripted; the notes are invented."""

import json
import re

from assistant.compose import TextDelta, compose, compose_events
from assistant.kinds.caption import CaptionTask
from assistant.notes import Observation

NOTES = "3 kayaks on shore, orange\nmaybe a lake\nfir trees behind kayaks"
LINES = "Three orange kayaks are on the shore.\nThis is possibly a lake.\nFir trees stand behind the kayaks."


def _asked(*texts: str) -> list[Observation]:
    return [Observation(id=f"n{i + 1}", text=t) for i, t in enumerate(texts)]


def test_the_notes_go_as_a_json_list_and_lines_without_labels_are_the_caption(fake, fake_spec):
    fake.chunk_size = 1
    fake.enqueue([LINES])  # a patch call would find the queue empty and fail
    events = list(compose_events(CaptionTask(notes=NOTES), fake_spec))
    draft = events[-1].draft
    assert draft.text == " ".join(LINES.splitlines())
    assert draft.check.ok and draft.attempts == 1 and draft.warnings == []
    user = fake.calls[0]["messages"][-1]["content"]
    block = re.search(r"<notes_json>\s*(.*?)\s*</notes_json>", user, re.S).group(1)
    assert json.loads(block) == ["3 kayaks on shore, orange", "maybe a lake", "fir trees behind kayaks"]
    assert "N1" not in user and "N1:" not in fake.calls[0]["messages"][0]["content"]
    shown = [e.text for e in events if isinstance(e, TextDelta)]
    assert all(b.startswith(a) for a, b in zip(shown, shown[1:]))


def test_a_note_whose_unlabelled_line_was_written_costs_no_patch_call(fake, fake_spec):
    notes = "3 kayaks on shore, orange\nmaybe a lake\nfir trees behind kayaks, tallest bent by wind"
    fake.enqueue([LINES])  # the third line leaves out "tallest bent by wind": the note goes in as typed
    draft = compose(CaptionTask(notes=notes), fake_spec)
    assert len(fake.calls) == 1 and draft.warnings == [] and draft.kept_verbatim == ["n3"]
    assert draft.text.endswith("Fir trees behind kayaks, tallest bent by wind.")


def test_a_skipped_note_moves_no_later_line_onto_it_and_gets_its_patch_call(fake, fake_spec):
    notes = "3 kayaks on shore, orange\nred flag on pole, torn at the edge\nfir trees behind kayaks"
    fake.enqueue(["Three orange kayaks are on the shore.\nFir trees stand behind the kayaks.",
                  "N2: A red flag on the pole is torn at the edge."])
    draft = compose(CaptionTask(notes=notes), fake_spec)
    patch = fake.calls[1]["messages"][-1]["content"]
    assert "N2: write one sentence" in patch and "N3:" not in patch
    assert draft.check.ok and draft.kept_verbatim == []
    assert draft.text.split(". ")[1].startswith("A red flag")  # in its note's place


def test_a_title_before_the_first_sentence_goes(fake, fake_spec):
    for title in ("Orange Kayaks by a Lake", "**Caption:**", "Here is the caption:"):
        fake.enqueue([f"{title}\n{LINES}"])
        draft = compose(CaptionTask(notes=NOTES), fake_spec)
        assert draft.text == " ".join(LINES.splitlines()), title
        assert draft.attempts == 1


def test_lines_go_where_their_notes_stand_among_notes_written_as_sentences(fake, fake_spec):
    notes = "3 kayaks on shore, orange\nA small wooden dock reaches into the lake.\nfir trees behind kayaks"
    fake.chunk_size = 3
    fake.enqueue(["Three orange kayaks are on the shore.\nFir trees stand behind the kayaks."])
    events = list(compose_events(CaptionTask(notes=notes), fake_spec))
    draft = events[-1].draft
    assert draft.text == ("Three orange kayaks are on the shore. A small wooden dock reaches into the lake. "
                          "Fir trees stand behind the kayaks.")
    shown = [e.text for e in events if isinstance(e, TextDelta)]
    assert all(b.startswith(a) for a, b in zip(shown, shown[1:])) and shown[-1] == draft.text


def test_each_line_gets_its_note_by_position_verified_by_its_words():
    from assistant.compose.draft_lines import line_notes  # noqa: PLC0415

    asked = _asked("3 kayaks on shore, orange", "maybe a lake", "fir trees behind kayaks", "gull w/ grey wings")
    # in order: by position
    assert line_notes(LINES.splitlines() + ["A gull has grey wings."], asked) == {0: 0, 1: 1, 2: 2, 3: 3}
    # the lake skipped: the fir line is the fir note's, the gull line the gull's
    assert line_notes(["Three orange kayaks are on the shore.", "Fir trees stand behind the kayaks.",
                       "A gull has grey wings."], asked) == {0: 0, 1: 2, 2: 3}
    # a sentence in other words at its note's place, whose note no other line states, is that note's
    assert line_notes(["Three orange kayaks are on the shore.", "Water may lie beyond.",
                       "Fir trees stand behind the kayaks.", "A gull has grey wings."], asked) == {0: 0, 1: 1, 2: 2, 3: 3}
    # a note written later than its place is still its line's
    assert line_notes(["Three orange kayaks are on the shore.", "Fir trees stand behind the kayaks.",
                       "This is possibly a lake.", "A gull has grey wings."], asked) == {0: 0, 1: 2, 2: 1, 3: 3}
    # a line of no note (the prompt's example copied) takes no note's place
    assert line_notes(["Three orange kayaks are on the shore.", "This is possibly a lake.",
                       "Two kites fly at the top left.", "Fir trees stand behind the kayaks.",
                       "A gull has grey wings."], asked) == {0: 0, 1: 1, 3: 2, 4: 3}


def test_a_labelled_answer_keeps_its_labels_from_its_first_label_on():
    from assistant.compose.draft_lines import labelled_answer  # noqa: PLC0415

    asked = _asked("3 kayaks on shore, orange", "maybe a lake")
    answer = "Kayaks\nN1: Three orange kayaks are on the shore.\nN2: This is possibly a lake."
    assert labelled_answer(answer, asked) == answer.split("\n", 1)[1]
    assert labelled_answer("Three orange kayaks are on the shore.\nThis is possibly a lake.", asked) == (
        "N1: Three orange kayaks are on the shore.\nN2: This is possibly a lake.")
    # still arriving: the last line may be growing, so only the complete ones are labelled
    assert labelled_answer("Three orange kayaks are on the shore.\nThis is poss", asked, complete=False) == (
        "N1: Three orange kayaks are on the shore.\n")
