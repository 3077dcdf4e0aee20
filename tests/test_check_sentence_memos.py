"""What the checker remembers by a sentence's text (a window's match, the sentences holding a
note's units, where a unit is said, a sentence's numbers, the words naming a thing, the words
copied from notes) gives the same report in a draft whose sentences stand elsewhere (invented
notes and drafts)."""

from __future__ import annotations

import importlib
import pkgutil

import assistant.check
from assistant import lexicon
from assistant import text as text_module
from assistant.check import check_draft
from assistant.check.binding import sentence_phrases
from assistant.check.naming import draft_words_naming
from assistant.check.matching import match_window
from assistant.check.words import Draft, note_key
from assistant.notes import split_notes

NOTES = ("red bus on the left\nmaybe 3 dogs, not on a leash\na woman with a yellow umbrella near the bus\n"
         'sign reads "OPEN 24 HOURS"\ntwenty one pigeons on the roof\na man wearing a red hat walks a dog\n'
         "a bench next to the stone fountain\ncat on the table\nlamp left of the door")
SENTENCES = ["A red bus is on the left.", "Perhaps three dogs run without a leash.",
             "A woman with a yellow umbrella stands near the bus.", 'A sign reads "MAYBE OPEN".',
             "Twenty one pigeons sit on the roof.", "Three dogs are on a leash.", "A red bus is on the right.",
             'A shop sign reads "OPEN 24 HOURS", maybe.', "A woman holds a yellow umbrella.",
             "A dog walks a man.", "He wears a red hat.", "A woman wearing a red hat walks a dog.",
             "A tall lamp is placed next to the stone fountain", "of the park, a bench.",
             "A table is on the cat.", "A cat sits beside a table.", "The door is left of the lamp."]


def _drafts() -> list[str]:
    n = len(SENTENCES)
    return ["\n\n".join(SENTENCES[12:14])] + [" ".join(SENTENCES[(first + k * step) % n] for k in range(size))
            for first, step, size in ((0, 1, 5), (3, 2, 6), (8, 1, 4), (5, 4, 7), (2, 7, 3), (1, 1, 9), (9, 1, 6),
                                      (12, 1, 3), (13, 3, 5), (10, 5, 4), (11, 1, 6), (14, 1, 3), (16, 6, 8))]


def _forget_everything() -> None:
    """Clear every cache of the checker's modules and of `assistant.text` (the notes' keys with them)."""
    modules = [importlib.import_module(f"assistant.check.{m.name}") for m in pkgutil.iter_modules(assistant.check.__path__)]
    for module in [*modules, text_module]:
        for value in vars(module).values():
            for fn in (value, getattr(value, "__func__", None)):
                if callable(getattr(fn, "cache_clear", None)):
                    fn.cache_clear()
    Draft.cached.cache_clear()


def test_a_report_read_cold_is_the_one_read_after_other_drafts():
    notes = split_notes(NOTES)
    cold = []
    for d in _drafts():
        _forget_everything()
        cold.append(check_draft(notes, d).model_dump())
    _forget_everything()
    warm = [check_draft(notes, d).model_dump() for d in reversed(_drafts())][::-1]
    assert warm == cold
    assert any(not r["ok"] for r in cold) and any(f["status"] == "kept" for r in cold for f in r["facts"])


def test_a_window_s_match_is_each_caller_s_own():
    draft = Draft.parse("Two dogs run. A red bus is on the right.")
    key = note_key("3 dogs by a red bus on the left")
    first = match_window(key, draft, 0, 2)
    first.missing.append("changed")
    first.flipped.append("changed")
    again = match_window(key, draft, 0, 2)
    assert "changed" not in again.missing and "changed" not in again.flipped
    assert again.window == (0, 2) and match_window(key, Draft.parse("A cat. " + draft.text), 1, 3).window == (1, 3)


def test_the_words_naming_a_thing_are_the_draft_s_own():
    text = "A bus waits. Two buses and a coach pass a van."
    said = {w.lower for ps in sentence_phrases(text) for p in ps for w in (p.head, *p.nouns)}
    assert draft_words_naming("bus", text) == {w for w in said if w == "bus" or lexicon.same_word(w, "bus")}
    assert {"bus", "buses"} <= draft_words_naming("bus", text) and "van" not in draft_words_naming("bus", text)
    assert draft_words_naming("bus", "A van waits.") == frozenset()


def test_a_worn_thing_of_he_is_the_draft_s_own_man():
    from assistant.check.worn import draft_worn

    alone = draft_worn("A man sits. He wears a red hat.")
    assert [o.head.lower for w in alone for o in w.owners] == ["man"]
    assert not draft_worn("A woman sits. He wears a red hat.")  # "he" stands for no thing of this draft
    assert [o.head.lower for w in draft_worn("A dog runs. A man sits. He wears a red hat.") for o in w.owners] == ["man"]


def test_a_remembered_reading_holds_the_next_draft_s_own_words():
    from assistant.check.binding import Phrase
    from assistant.check.sentence_memo import remembered

    calls = []

    def read(text: str, s: int):  # the sentence's first phrase, its last word, a phrase made of them, a count
        calls.append(text)
        ws, ps = Draft.cached(text).sentence_words(s), sentence_phrases(text)[s]
        return ps[0], (ws[-1], Phrase(head=ws[-1], attrs=[ws[0]]), len(ws))

    first = "A grey cat sleeps on a red mat."
    later = "A dog barks. " + first
    cold = remembered(read, first, 0)
    warm = remembered(read, later, 1)
    assert calls == [first]  # read once, built again for the later draft
    ws, ps = Draft.cached(later).sentence_words(1), sentence_phrases(later)[1]
    assert warm[0] is ps[0] and warm[1][0] is ws[-1] and warm[1][1].head is ws[-1] and warm[1][1].attrs[0] is ws[0]
    assert warm[1][2] == cold[1][2] and warm[1][0].tok.start == cold[1][0].tok.start + len("A dog barks. ")
    remembered(read, "A cat. " + "A dog barks. ", 1)  # another sentence: read
    assert len(calls) == 2


def test_the_last_word_before_a_stop_is_found_from_the_chunk_s_end():
    from assistant.text import last_word_before_stop, sentences

    expected = {"Mr.": "Mr", "He met Mr.": "Mr", "He met Mr.\n": "Mr", 'It says "OPEN."': "OPEN", "a word...": "word..",
                "e.g.": "e.g", "x y z!": "z", "Mr.\n\n": None, "no stop": None, "a .": None, "": None, "   ": None}
    assert {c: (m.group(1) if (m := last_word_before_stop(c)) else None) for c in expected} == expected
    assert [s.text for s in sentences("Dr. Smith waves. A dog barks.")] == ["Dr. Smith waves.", "A dog barks."]
