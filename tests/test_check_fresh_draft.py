"""The first check of a new draft reads remembered pieces of its sentences: each piece equals what was
worked out for the whole text before (invented captions and notes)."""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.check import check_draft, prose, said_twice
from assistant.check.binding import sentence_phrases
from assistant.check.naming import draft_words_naming, sentence_phrase_words
from assistant.check.words import Draft, Word
from assistant.notes import split_notes
from assistant.text import Sentence, sentences

#: prose's list-marker pattern, as written there (a change there is a change here)
_MARKER_RE = re.compile(r"^[ \t]*(?:[-*•]+|\d+[.)])[ \t]+|\*\*|__", re.M)

CAPTIONS = [
    ["A red kite flies over a green field.", "A red kite flies over a green field.", "Clouds drift by."],
    ["A golden fox stands in a forest.", "A golden fox stands in a forest, its ears pricked up.", "It is calm."],
    ["Tall white towers with grey roofs line the quay.", "Tall yellow towers with brown roofs line the quay."],
    ["A lamp hangs in the upper left corner of the hall.", "A lamp hangs on the right side of the hall."],
    ["Boats rest on the sand.", "More boats rest on the sand near the pier.", "Boats rest on the wet sand."],
    ["A man rides a bike.", "A MAN RIDES A BIKE.", "A man rides a blue bike down a lane.", "Dogs bark."],
    ["Close-up view of a mug.", "A close-up view shows a mug on a desk.", "A mug sits on a desk."],
]


def test_repeats_read_pair_by_pair_are_the_index_s():
    found = []
    for caption in CAPTIONS:
        for k in range(len(caption)):
            texts = caption[k:] + caption[:k]
            assert said_twice.repeated_by_pairs(texts) == said_twice.repeated_by_index(texts), texts
            found += [r for r in said_twice.repeated_by_pairs(texts) if r is not None]
    assert found  # the captions do repeat: the test compares answers, not only Nones
    assert prose.repeated(CAPTIONS[0]) == [None, 0, None] and prose.repeated(CAPTIONS[1])[1] == 0


def test_list_markers_tried_at_line_starts_are_those_found_anywhere():
    texts = ["- a red cup\n- a blue bowl", "Intro:\n  1. first\n2) second\n\n* third", "No markers - none here.",
             "A **bold** word\n- and a line", "snake_case __init__ name", "x\n\t•\tbullet", "\n-\n- x"]
    for text in texts:
        assert prose.list_markers(text) == [(m.start(), m.group(0).strip()) for m in _MARKER_RE.finditer(text)]


def _old_parse_index(draft: Draft) -> tuple[dict, dict, frozenset]:
    by_root: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for i, w in enumerate(draft.words):
        for r in lexicon.roots(w.lower):
            by_root.setdefault(r, []).append(i)
        for r in lexicon.key(w.lower):
            by_key.setdefault(r, []).append(i)
    return by_root, by_key, frozenset(draft.sent_of[i] for i, w in enumerate(draft.words) if w.hedge)


def test_a_parse_from_remembered_sentences_is_the_word_by_word_one():
    body = 'The sign says "maybe OPEN" today. A cat perhaps sleeps on a mat. Two dogs run left.'
    for text in (body, "Intro. " + body, body.replace(". ", ".  ")):
        draft = Draft.parse(text)
        by_root, by_key, hedged = _old_parse_index(draft)
        assert draft._by_root == by_root and draft._by_key == by_key and draft.hedged == hedged
        for w in draft.words:
            assert text[w.tok.start:w.tok.end] == w.tok.text and isinstance(w, Word)
    quoted = Draft.parse(body)
    assert [w.hedge for w in quoted.words if w.lower == "maybe"] == [False]  # inside the quotation marks
    assert quoted.hedged == frozenset({1}) and quoted.where("dog") == tuple(i for i, w in enumerate(quoted.words)
                                                                          if w.lower == "dogs")


def test_a_split_sentence_equals_one_made_field_by_field():
    text = "A cat sits.  Dr. Brown waves. \n\nThe end"
    assert sentences(text) == [Sentence("A cat sits.", 0, 11), Sentence("Dr. Brown waves.", 13, 29),
                                      Sentence("The end", 32, 39)]


def test_sentence_phrase_words_are_the_phrases_words_and_kept_for_the_next_draft():
    first, second = "A red bus waits by a tall lamp post. Two dogs sleep.", "Two dogs sleep. A red bus waits by a tall lamp post."
    for text in (first, second):
        assert sentence_phrase_words(text) == tuple(frozenset(w.lower for p in ps for w in (p.head, *p.nouns))
                                                    for ps in sentence_phrases(text))
    assert sentence_phrase_words(first)[0] is sentence_phrase_words(second)[1]
    assert draft_words_naming("dog", second) == {"dogs"}


def test_a_first_check_equals_the_check_after_others():
    notes = split_notes("red bus on the left\n- two dogs asleep\nmaybe rain")
    drafts = ["A red bus is on the left. Two dogs sleep. It may rain.",
              "Two dogs sleep. A red bus is on the left. It may rain.",
              "It may rain. Two dogs sleep. A red bus is on the right."]
    first = [check_draft(notes, d).model_dump() for d in drafts]
    again = [check_draft(notes, d.replace(". ", ".  ")).model_dump() for d in drafts]
    for a, b in zip(first, again):  # the same reports but for the offsets of the wider spaces
        assert re.sub(r"'(start|end)': \d+", "", str(a)) == re.sub(r"'(start|end)': \d+", "", str(b))
    assert not first[2]["ok"] and first[0]["facts"][0]["status"] == "kept"
