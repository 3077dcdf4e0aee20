"""The draft's words that name a thing: each sentence's phrase heads and nouns, and those of them that
name what a note's word names (`binding.same_head`), read by sentence, for every note of a check."""

from __future__ import annotations

from functools import lru_cache

from assistant.check.binding import phrase_shape, same_lower
from assistant.check.words import Draft, read_sentence


@lru_cache(maxsize=4096)
def draft_words_naming(low: str, draft_text: str) -> frozenset[str]:
    """The heads and nouns of the draft's phrases that name what `low` names (`same_head`), each word compared once."""
    return frozenset().union(*[_words_naming(low, said) for said in sentence_phrase_words(draft_text)])


@lru_cache(maxsize=16384)
def _words_naming(low: str, named: frozenset[str]) -> frozenset[str]:
    """`draft_words_naming` by one sentence's phrase words (the next draft mostly names the same things)."""
    return frozenset(w for w in named if same_lower(w, low))


@lru_cache(maxsize=256)
def sentence_phrase_words(text: str) -> tuple[frozenset[str], ...]:
    """Each sentence's phrase heads and nouns, lower-cased (`sentence_phrases`' words, by their shape)."""
    draft = Draft.cached(text)
    return tuple(_shape_words(sent.text, draft.hedges(s))
                 for s, sent in enumerate(draft.sents))


@lru_cache(maxsize=8192)
def _shape_words(sentence: str, hedges: tuple[bool, ...]) -> frozenset[str]:
    """A sentence's phrase heads and nouns, lower-cased, remembered by what its shape is (`phrase_shape`):
    a draft's words are copies of `read_sentence`'s with the same lower-cased forms. The next draft that
    keeps the sentence gets the same set, which the caches keyed by it (`_words_naming`) find at once."""
    ws = read_sentence(sentence)[0]
    return frozenset(ws[k].lower for head, _, nouns in phrase_shape(sentence, hedges) for k in (head, *nouns))
