"""A describing word the note puts before its thing that no sentence naming the thing says any more
(issue 23): "dangling keys on brass hook beside door" drafted "Keys are on a brass hook beside the
door.", "weathered wooden fence" drafted "A wooden fence". The content match keeps a note with three
quarters of its words, so one describing word could go unseen; colours, sizes and materials are
judged already (`attributes.attribute_dropped`), this reads the others: a state ("dangling",
"smiling"), a condition ("weathered", "rusty"), a look ("ornate"). A look (check tier): another word
of the draft may say it ("worn" for "weathered").
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import Phrase, attr_kind, label_end, note_phrases, window_sentences
from assistant.check.sides_lost import about, is_thing
from assistant.check.words import Draft, Word, note_words

#: Words before a thing that count, compare or point, and describe nothing of the thing itself.
_NO_TRAITS = frozenset("other another various several many few more most some same different similar certain main "
                       "single entire whole additional second third first last next final visible possible apparent "
                       "real actual usual typical overall particular specific own such numerous multiple distinct "
                       "separate individual assorted".split())
_JUDGED = frozenset({"colour", "size", "material", "number"})


def trait_lost(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The evidence when a describing word before one of the note's things is said by no sentence that
    names the thing (nor one that goes on about it with a pronoun), where a carrying sentence names it."""
    described = _described(note_text)
    if not described or not sentences:
        return None
    window = window_sentences(note_text, draft, sentences)
    for head, traits in described:
        naming, telling = about(head, draft)
        if not any(s in window for s in naming):
            continue
        for trait in traits:
            if trait.endswith("ing") and draft.where(trait) and not any(_of_the_living(draft, i)
                                                                        for i in draft.where(trait)):
                continue  # "bowling gutter" beside "bowling lane": a kind of things, said of the gutter's kin
            if not any(draft.sent_of[i] in telling for i in draft.where(trait)):
                return f"the note calls the {head} {trait}; the sentences that name the {head} do not"
    return None


@lru_cache(maxsize=4096)
def _described(note_text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The note's things with the describing words typed right before them ("dangling keys", "weathered
    wooden fence": weathered), none judged elsewhere; a pure function of the note."""
    ws = note_words(note_text)
    end = label_end(note_text)
    out = []
    for p in note_phrases(note_text):
        if not is_thing(p) or p.head.tok.start < end:
            continue  # a heading's "Lift operating buttons:" names the note's subject; the body describes it
        first = min((p.head, *p.attrs, *p.nouns), key=lambda w: w.tok.start)
        k = next(i for i, w in enumerate(ws) if w.tok.start == first.tok.start)
        traits = [a.lower for a in p.attrs if a.tok.start < p.head.tok.start and attr_kind(a.lower) == "other"
                  and _trait(a)]
        while k > 0 and _trait(ws[k - 1]) and not _apart(note_text, ws[k - 1], ws[k]):
            k -= 1
            traits.append(ws[k].lower)
        if k > 0 and not ws[k - 1].is_stop and not _apart(note_text, ws[k - 1], ws[k]):
            continue  # "storefront bearing name": a doing with its object, not a word of the name
        if traits:
            out.append((_thing(p).lower, tuple(dict.fromkeys(traits))))
    return tuple(out)


def _thing(p: Phrase) -> Word:
    """The phrase's thing: its head, or the noun before a head that is its verb ("toddler reaches", which a
    terse note's phrase reading takes for one noun)."""
    head = p.head
    if p.nouns and head.lower.endswith("s") and lexicon.can_be_verb(head.lower):
        return p.nouns[-1]
    return head


def _of_the_living(draft: Draft, i: int) -> bool:
    """The -ing word at flat index `i` is a state of a person or an animal typed after it ("a smiling boy"):
    said of that one, not of a kind of things."""
    return i + 1 < len(draft.words) and draft.sent_of[i + 1] == draft.sent_of[i] \
        and lexicon.names_living([draft.words[i + 1].lower])


def _apart(text: str, a: Word, b: Word) -> bool:
    return bool(text[a.tok.end:b.tok.start].strip())


def _trait(w: Word) -> bool:
    """A describing word: an adjective or a participle, not a count, a side, a colour, size or material."""
    low = w.lower
    if (w.is_stop or w.direction or low in lexicon.load().directions or w.color or w.number is not None or w.negation or w.hedge or low in _NO_TRAITS
            or attr_kind(low) in _JUDGED or not low.isalpha()):
        return False
    if lexicon.can_be_noun(low) and lexicon.can_be_verb(low):
        return False  # "waste container", "bearing": a noun of a compound or a doing as often
    return lexicon.can_be_adjective(low) or low.endswith(("ed", "ing")) and lexicon.can_be_verb(low)
