"""Dropped notes said another way (issue 23): a quote written word by word, a colour or place the
thing's own kind carries. Each rule has a look-alike where the note is really lost and the alarm
stays. Every example is invented."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def _fact(report, nid="n1"):
    return next(f for f in report.facts if f.id == nid)


# ------------------------------------------------------------------ a quote written word by word


def test_a_quote_written_word_by_word_carries_the_note():
    """'"STOP" "HERE" and "NOW"' is the note's "STOP HERE NOW", each word quoted apart."""
    report = _caption('Sign: a red sign with the words "STOP HERE NOW" in white letters.',
                      'A red sign says "STOP" "HERE" and "Now" in white letters.')
    assert _fact(report).status == "kept", _fact(report).evidence


def test_a_quote_written_word_by_word_with_commas_carries_the_note():
    report = _caption('Board: a board reads "FRESH BREAD DAILY".',
                      'A board reads "FRESH", "BREAD", "DAILY".')
    assert _fact(report).status == "kept", _fact(report).evidence


def test_a_quote_with_a_word_lost_or_changed_stays_dropped():
    """Look-alikes: a word of the quote is missing, changed, or the words are out of order."""
    notes = 'Sign: a red sign with the words "STOP HERE NOW" in white letters.'
    for draft in ('A red sign says "STOP" and "NOW" in white letters.',
                  'A red sign says "STOP" "THERE" "NOW" in white letters.',
                  'A red sign says "NOW" "STOP" "HERE" in white letters.'):
        assert _fact(_caption(notes, draft)).status == "dropped", draft
