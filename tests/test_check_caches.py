"""The checker's caches change no verdict: a report is the same whatever was checked before it
(invented notes and drafts; bench/check_fingerprint.py checks the labelled sets the same way)."""

from __future__ import annotations

from assistant.check import check_draft, prose
from assistant.check.binding import first_object, note_phrases
from assistant.notes import split_notes

NOTES = "red bus on the left\na woman with a yellow umbrella\n2 dogs near the kerb"
DRAFTS = [
    "A red bus is on the left. A woman holds a yellow umbrella. Two dogs are near the kerb.",
    "A blue bus is on the right. A woman holds a red umbrella. Three dogs sit by a lamp post.",
    "A red bus is on the left. A man holds a yellow umbrella.",
]


def test_a_report_is_the_same_before_and_after_other_checks():
    notes = split_notes(NOTES)
    first = [check_draft(notes, d).model_dump() for d in DRAFTS]
    other = split_notes("a green tram\nno people visible")
    for d in DRAFTS:
        check_draft(other, d)
    assert [check_draft(notes, d).model_dump() for d in reversed(DRAFTS)] == first[::-1]


def test_support_follows_the_notes_not_an_earlier_check():
    draft = "A red car waits by a tall tree."
    with_car = check_draft(split_notes("a red car\na tall tree"), draft)
    without = check_draft(split_notes("a red bus\na tall tree"), draft)
    assert not [u.text for u in with_car.unsupported if "car" in u.text]
    assert [u.text for u in without.unsupported if "car" in u.text]


def test_first_object_is_the_phrase_the_note_phrases_hold():
    note = "a row of tall trees behind a white fence"
    assert any(p is first_object(note) for p in note_phrases(note))


def test_a_sentence_read_before_reads_the_same_in_another_text():
    # "2) Man walks to the shop." is a list item at a line's start (its number a marker) and a
    # sentence mid-line (its number counts "walks": a fragment); a splice and a repeat besides
    texts = ["A dog sleeps.\n2) Man walks to the shop.", "A dog sleeps. 2) Man walks to the shop.",
             "Menu: A red bus on the left. The bus is red, the sky is grey. A red bus is on the left."]
    notes = ("a red bus on the left",)
    expected = [prose.remarks(t, notes) for t in texts]  # sentences of this test alone: each read here first
    assert [r.kind for r in expected[0]] == ["label"] and [r.kind for r in expected[1]] == ["fragment"]
    assert {r.kind for r in expected[2]} >= {"label", "splice", "repeat"}
    for t in texts:  # every sentence now read once
        prose.remarks(t, ())
    assert [prose.remarks(t, notes) for t in reversed(texts)] == expected[::-1]


def test_a_sentence_parsed_before_gives_the_same_words_at_another_offset():
    from assistant.check.negation import negated_indices
    from assistant.check.words import Draft, words
    from assistant.text import quotation_spans, sentences

    # a name mid-sentence, a negation, a hedge inside and outside quotation marks, a glued scale
    shared = 'Mr Okafor does not hold the "maybe" sign. The fee is maybe £5m.'
    texts = [shared, f"A dog sleeps. {shared}", f'A sign reads "NO DOGS". {shared} No cars pass.']
    for text in texts:
        expected, negated = [], set()
        for sent in sentences(text):
            ws = words(sent.text, sent.start)
            negated |= {len(expected) + i for i in negated_indices(ws, sent.text, sent.start)}
            expected += ws
        parsed = Draft.parse(text)
        for w in expected:  # as parse does: quoted words are no hedge
            w.hedge = w.hedge and not any(a <= w.tok.start < b for a, b in quotation_spans(text))
        assert parsed.words == expected and parsed.negated == negated
        assert any(w.is_name for w in parsed.words) and negated and any(w.hedge for w in parsed.words)


def test_a_sentence_s_phrases_are_its_own_words_in_every_draft():
    from assistant.check.binding import phrases, sentence_phrases
    from assistant.check.words import Draft

    shared = 'A maybe red bus with a "maybe" sign waits, and a brown, wooden bench stands by it.'
    texts = [shared, f"Two tall trees stand. {shared}", f'A sign reads "A maybe red bus". {shared}']
    for text in texts:
        draft = Draft.cached(text)
        got = sentence_phrases(text)
        for s in range(len(draft.sents)):
            want = phrases(draft.sentence_words(s), text, 0)
            assert [(p.head, p.attrs, p.nouns) for p in got[s]] == [(p.head, p.attrs, p.nouns) for p in want]
            # the draft's own words, not copies
            assert all(any(p.head is w for w in draft.sentence_words(s)) for p in got[s])
        assert len(got[-1]) >= 3


def test_the_words_naming_a_thing_follow_the_draft():
    from assistant import lexicon
    from assistant.check.binding import draft_phrases
    from assistant.check.naming import draft_words_naming
    from assistant.check.words import Draft

    drafts = ["A red bus waits. Two dogs sleep.", "Two dogs sleep. A red bus waits.", "A red coach waits. A cat sleeps."]
    for text in drafts * 2:
        heads = {w.lower for p in draft_phrases(Draft.cached(text)) for w in (p.head, *p.nouns)}
        for low in ("bus", "dog", "cat"):
            assert draft_words_naming(low, text) == {w for w in heads if w == low or lexicon.same_word(w, low)}
    assert draft_words_naming("dog", drafts[1]) == {"dogs"} and not draft_words_naming("dog", drafts[2])


def test_sentences_remembered_are_each_caller_s_own_list():
    from assistant.text import has_words, sentences, tokenize

    text = 'A sign reads "OPEN. Come in." Mr. Li waits. ... ?'
    first = sentences(text)
    first.append(first[0])  # a caller's change stays in its list
    assert sentences(text) == first[:-1] and len(sentences(text)) == 4
    assert [has_words(s.text) for s in sentences(text)] == [bool(tokenize(s.text)) for s in sentences(text)] \
        == [True, True, False, True]  # "?" is a token (a hedge mark), "..." none
