"""What a check no longer works out again for every draft (speed28, issue 23) gives what it gave:
a moved token, a draft's shots read sentence by sentence, the supplied words' lookups remembered
by the texts they are read from, and each sentence's first reasons remembered on them (invented
notes and drafts)."""

from __future__ import annotations

import pytest

from assistant.check import check_draft, framing, unsupported
from assistant.check.words import note_words
from assistant.notes import split_notes
from assistant.text import Token
from tests.test_check_sentence_memos import _forget_everything


def test_a_moved_token_is_the_token_made_there():
    moved = Token("Lamp", 4, 8).moved(10)
    assert moved == Token("Lamp", 14, 18) and hash(moved) == hash(Token("Lamp", 14, 18))
    with pytest.raises(AttributeError):  # still frozen
        moved.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("text", [
    "An eye-level view of a kettle. A spoon lies beside it.",
    "A kettle on a stove. The photo is taken from above, close up.",
    'A sign reads "WIDE ANGLE". A medium shot of a cyclist!',
    "Close. Up the hill a wide shot shows a barn.",
    "A cat sleeps. Eye level with the cat, a bowl.",
    "A close\n\nup of a cat's ear.",  # a line break may end a sentence inside a form: the whole text is read
    "Overhead lamps.\nA bird's-eye view of the hall.",
])
def test_a_drafts_shots_read_by_sentence_are_the_whole_texts(text):
    assert framing.draft_shots(text) == framing.shots(text)


def test_the_support_is_remembered_by_what_its_words_are_read_from():
    words = note_words("red kettle on the stove")
    first = unsupported.supplied(words, (("red kettle on the stove", "red kettle on the stove"),))
    assert unsupported.supplied(list(words), (("red kettle on the stove", "red kettle on the stove"),)) is first
    other = unsupported.supplied(note_words("blue kettle"), (("blue kettle", "blue kettle"),))
    assert other is not first and "blue" in other.roots and "blue" not in first.roots


NOTES = "replace Tuesday with Wednesday\nthe meeting is in the town hall"
ORIGINAL = "The council meets on Tuesday in the town hall. Residents may speak."
SHARED = "The council meets on Tuesday in the town hall."


@pytest.mark.parametrize("as_facts", [False, True])
def test_a_sentences_reasons_read_cold_are_the_ones_read_after_other_drafts(as_facts):
    """Guard (passes before the change too): one sentence in drafts whose corrected words and notes differ."""
    notes = split_notes(NOTES)
    drafts = [f"{SHARED} Residents may speak.", f"Residents may speak. {SHARED}", SHARED,
              "The council meets on Wednesday in the town hall. Dogs may speak."]
    reads = [(d, o) for d in drafts for o in (ORIGINAL, None)]
    cold = []
    for d, original in reads:
        _forget_everything()
        cold.append(check_draft(notes, d, original=original, as_facts=as_facts).model_dump())
    warm = [check_draft(notes, d, original=original, as_facts=as_facts).model_dump() for d, original in reads]
    assert warm == cold
    assert any(u["reason"].startswith("corrected") for r in cold for u in r["unsupported"]) != as_facts
