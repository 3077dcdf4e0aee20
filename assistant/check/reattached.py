"""What a thing has, said of the sentence's subject instead.

A note's participle of having ("featuring", "bearing", "displaying") right after a thing
says what that thing has: "bride, adorned in floor-length white gown, featuring high collar + lace
overlay" gives the collar to the gown. A draft that makes it a verb joined by "and" to the sentence's
own ("The bride is ..., adorned in the floor-length white gown, and features high collar and lace
overlay") gives it to the sentence's subject, the bride: every word is there, so the content match and
the phrases pass it. A look (check tier): the note's participle may have meant the subject too.
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import (Phrase, first_object, note_phrases, same_head, sentence_phrases,
                                     window_sentences)
from assistant.check.words import Draft, note_words
from assistant.check.worn import first_word

#: Verbs that say what a thing has or shows: their participle after a thing is that thing's. Not
#: "sporting", "boasting", "revealing": after clothes they are as often the wearer's ("man in a blue
#: jacket, sporting a thick beard").
_HAVING = frozenset({"feature", "bear", "display", "showcase", "contain"})
_REACH = 4  # words between the verb and the thing it has ("features a tall, narrow collar")


def _lemma(low: str) -> str | None:
    return next((v for v in lexicon.verb_lemmas(low) if v in _HAVING), None)


@lru_cache(maxsize=4096)
def _had(note_text: str) -> tuple[tuple[Phrase, str, Phrase], ...]:
    """The note's (thing, verb, what it has) where the participle stands right after a thing that is
    not the note's subject ("gown, featuring high collar"; not "bride featuring ...")."""
    subject = first_object(note_text)
    found = note_phrases(note_text)
    out = []
    for w in note_words(note_text):
        verb = _lemma(w.lower) if w.lower.endswith("ing") else None
        owner = next((p for p in reversed(found) if p.head.tok.end <= w.tok.start), None) if verb else None
        had = next((p for p in found if p.head.tok.start >= w.tok.end), None) if owner else None
        if had is None or subject is None or same_head(owner.head, subject.head) or lexicon.names_living([owner.head.lower]) \
                or note_text[owner.head.tok.end:w.tok.start].strip() not in ("", ",") or _placed_by(note_text, owner):
            continue
        out.append((owner, verb, had))
    return tuple(out)


#: participles before "in" that put clothes on the one named before ("adorned in a gown, featuring ...")
_DRESSED = frozenset("adorned dressed clad wrapped draped".split())
_DETERMINERS = frozenset("a an the its his her their this that".split())


def _placed_by(note_text: str, owner: Phrase) -> bool:
    """Whether `owner` is where something else is ("truck parked by house, bearing logo", "bottle in
    bucket, displaying label"): after a preposition, the participle past its comma is as likely the
    subject's; only clothes put on with "in" ("adorned in gown, featuring collar") are the owner's."""
    before = [t.lower() for t in note_text[:first_word(owner).tok.start].split()]
    while before and before[-1] in _DETERMINERS:
        before.pop()
    if not before or before[-1] not in lexicon.load().stop:
        return False
    return not (before[-1] == "in" and len(before) > 1 and before[-2] in _DRESSED)


def given_to_subject(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The note's "Y, featuring Z" carried by a sentence whose subject, the note's subject and not Y,
    "... and features Z"."""
    had = _had(note_text) if sentences else ()
    subject = first_object(note_text) if had else None
    for owner, verb, thing in had:
        for s in window_sentences(note_text, draft, sentences):
            found = sentence_phrases(draft.text)[s]
            if not found or not subject.names(found[0].head) or owner.names(found[0].head):
                continue
            sw = draft.sentence_words(s)
            for k in range(len(sw) - 1):
                if sw[k].lower == "and" and sw[k + 1].lower.endswith("s") and _lemma(sw[k + 1].lower) == verb \
                        and any(thing.names(w) for w in sw[k + 2:k + 2 + _REACH]):
                    return (f"the note has the {owner.head.tok.text} {verb} the {thing.head.tok.text}; the draft's "
                            f"'and {sw[k + 1].tok.text}' says it of the {found[0].head.tok.text}")
    return None
