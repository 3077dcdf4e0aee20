"""What "it" and "they" stand for in a caption: "A craft piece is made of twigs. It is brown." says
the craft piece is brown. The phrase reading (binding.py) leaves such attributes on no thing, so a
colour another note gives its own thing could move onto the craft piece unseen (attributes.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.check.binding import LISTED_KINDS, Phrase, attr_kind, is_noun, sentence_phrases
from assistant.check.words import Draft, Word

_PRONOUN_LINK = re.compile(r"^(?:it|they)\s+(?:is|are|was|were|looks|look|appears|appear|seems|seem)\s+"
                           r"(?:(?:also|all|mostly|partly|very)\s+)?", re.I)


@lru_cache(maxsize=256)
def pronoun_phrases(text: str) -> tuple[Phrase, ...]:
    """The attributes a sentence says of "it" or "they" ("It is brown and round."), given to the
    thing the sentence before names first (past other such sentences): the phrase reading leaves
    them on no thing. Only colours, materials and sizes listed right after the link word, none
    standing before a noun of its own ("it is brown wood")."""
    draft = Draft.cached(text)
    found = sentence_phrases(text)
    out = []
    links = [_PRONOUN_LINK.match(sent.text) for sent in draft.sents]  # each sentence's, read once
    for s in range(1, len(draft.sents)):
        m = links[s]
        back = s - 1
        while back > 0 and links[back]:
            back -= 1
        if m is None or not found[back]:
            continue
        at = draft.sents[s].start + m.end()
        ws = [w for w in draft.sentence_words(s) if w.tok.start >= at]
        attrs: list[Word] = []
        for k, w in enumerate(ws):
            if w.lower in ("and", "or") and attrs:
                continue
            nxt = ws[k + 1] if k + 1 < len(ws) else None
            gap = text[w.tok.end : nxt.tok.start] if nxt else "."
            if attr_kind(w.lower) not in LISTED_KINDS or nxt is not None and not gap.strip() and is_noun(nxt) and not nxt.is_stop \
                    and attr_kind(nxt.lower) is None:
                break
            attrs.append(w)
            if gap.strip() not in ("", ",", "+", "&"):
                break
        if attrs:
            owner = found[back][0]
            out.append(Phrase(head=owner.head, attrs=attrs, nouns=list(owner.nouns)))
    return tuple(out)
