"""A reading of one draft sentence, remembered by the sentence's text for the next draft.

Rules read a draft sentence into tuples of its own words and phrases (the relations it states,
the actions, the place after its subject): objects of one parse of one draft, at that draft's
offsets. A reading that looks at nothing but the sentence (its words, its phrases, the text
between them) is the same wherever the sentence stands, so it is kept as positions (the k-th
word, the k-th phrase of `sentence_phrases`) and built again from the next draft's own words
and phrases: compose's next draft, or an annotator's edit, keeps most sentences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from assistant.check.binding import Phrase, sentence_phrases
from assistant.check.words import Draft, Word

_KEPT = 8192  # readings remembered per rule; all are forgotten when there are more


class _Foreign(Exception):
    """The reading holds a word of another sentence: it is not the sentence's alone."""


def remembered(read: Callable[[str, int], Any], text: str, s: int, more: Any = None) -> Any:
    """`read(text, s)`, remembered by sentence s's text, its words' hedge flags (quotation marks
    elsewhere in the text clear a hedge) and `more` (anything else the reading looks at outside the
    sentence); a reading that holds another sentence's word is not remembered."""
    draft = Draft.cached(text)
    memo = _MEMOS.setdefault(read, {})
    key = (draft.said(s, s + 1), more)
    shape = memo.get(key)
    ws, ps = draft.sentence_words(s), sentence_phrases(text)[s]
    if shape is not None:
        return _built(shape, ws, ps)
    found = read(text, s)
    try:
        shape = _shape(found, {id(w): k for k, w in enumerate(ws)}, {id(p): k for k, p in enumerate(ps)})
    except _Foreign:
        return found
    if len(memo) >= _KEPT:
        memo.clear()
    memo[key] = shape
    return found


_MEMOS: dict[Callable, dict] = {}


def by_sentences(kind: str, key: tuple, compute: Callable[[], Any]) -> Any:
    """`compute()`, remembered under `kind` by `key`: the caller's promise is that the key holds all
    it reads of the draft (the sentences as `Draft.said` gives them) and that the value holds no word
    of the draft (a note's own words, strings, numbers)."""
    memo = _BY_SENTENCES.setdefault(kind, {})
    found = memo.get(key, _NONE)
    if found is _NONE:
        if len(memo) >= _KEPT:
            memo.clear()
        found = memo[key] = compute()
    return found


_BY_SENTENCES: dict[str, dict] = {}
_NONE = object()


def _shape(x: Any, words: dict[int, int], phrases: dict[int, int]) -> Any:
    if isinstance(x, tuple):
        return ("t", tuple(_shape(y, words, phrases) for y in x))
    if isinstance(x, Word):
        if id(x) not in words:
            raise _Foreign
        return ("w", words[id(x)])
    if isinstance(x, Phrase):
        if id(x) in phrases:
            return ("p", phrases[id(x)])
        return ("P", _shape(x.head, words, phrases), tuple(_shape(w, words, phrases) for w in x.attrs),
                tuple(_shape(w, words, phrases) for w in x.nouns))
    if dataclasses.is_dataclass(x) and not isinstance(x, type):  # a rule's own record of words and phrases
        return ("d", type(x), tuple((f.name, _shape(getattr(x, f.name), words, phrases)) for f in dataclasses.fields(x)))
    if x is None or isinstance(x, (str, int, float)):
        return ("v", x)
    raise _Foreign  # a value of another kind: not read here


def _built(shape: Any, ws: list[Word], ps: tuple[Phrase, ...]) -> Any:
    kind = shape[0]  # read by place: a star-unpacking made a list at every node
    if kind == "w":
        return ws[shape[1]]
    if kind == "p":
        return ps[shape[1]]
    if kind == "t":
        return tuple([_built(y, ws, ps) for y in shape[1]])
    if kind == "d":
        return shape[1](**{name: _built(f, ws, ps) for name, f in shape[2]})
    if kind == "P":
        return Phrase(head=_built(shape[1], ws, ps), attrs=[_built(w, ws, ps) for w in shape[2]],
                      nouns=[_built(w, ws, ps) for w in shape[3]])
    return shape[1]
