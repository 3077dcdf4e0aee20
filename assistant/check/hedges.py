"""Hedges: a hedged note ("maybe rain", "not sure, rain") must stay hedged in the draft.

The hedge words and phrases are data (prompts/hedges.toml, read by assistant.lexicon); a
phrase hedge's words are never content to find, so a draft that drops "not sure" loses the
hedge (hedge_lost), not a fact.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.check.report import Span

if TYPE_CHECKING:
    from assistant.check.words import Draft, Key, Word


def window_hedged(key: "Key", draft: "Draft", lo: int, hi: int) -> bool:
    """A hedge sits in a sentence holding at least half of the note's matched units (the most
    any one sentence of the window holds). In "The road is wet. A red bus is here, possibly."
    the "possibly" belongs to the bus, not the road. A number is a unit too: "almost 300" has
    no word to place."""
    with_hedge = [s for s in range(lo, hi) if s in draft.hedged]
    if not with_hedge:
        return False
    per_sentence = dict.fromkeys(range(lo, hi), 0)
    for unit in key.words():
        for s in {draft.sent_of[i] for i in draft.where(unit)}:
            if lo <= s < hi:
                per_sentence[s] += 1
    for n in key.numbers:
        for s in range(lo, hi):
            per_sentence[s] += n in draft.numbers(s, s + 1)
    need = max(1, math.ceil(max(per_sentence.values(), default=0) / 2))
    return any(per_sentence[s] >= need for s in with_hedge)


def lost_hedge_evidence(cues: tuple[str, ...], carried: str) -> str:
    return f"the note is hedged ({', '.join(cues)}) but the draft states it as certain: {carried!r}"


def added(draft: "Draft", sentence_notes: list[list[str]], hedged: set[str],
          texts: dict[str, str] | None = None) -> list[Span]:
    """Doubt no note gives: a hedge ("This may be a view of white stones") in a sentence that
    carries notes, or follows one that does, none of them hedged. Every word is supported, so nothing else shows it; the
    caption now leaves open what the annotator stated. Check tier: a hedge added is no
    difference in a value, and a writer may hedge what was said elsewhere. A word a carried note
    writes itself (TEXTS: note id -> text) is the note's, not a doubt added: "suggesting" is a hedge
    in a draft but no cue that hedges a note, so "a stand, suggesting indoor use" kept word for word
    would be called a doubt the note does not give."""
    spans: list[Span] = []
    carried = {n for notes in sentence_notes for n in notes}
    for s, notes in enumerate(sentence_notes):
        if not notes and s and not hedged - carried:
            # a sentence that carries no note goes on about the one before ("This may be a
            # throw pillow."), unless a hedged note is carried nowhere: the doubt may be its own
            notes = sentence_notes[s - 1]
        if not notes or any(n in hedged for n in notes):
            continue
        ws = [w for w in draft.sentence_words(s) if w.hedge and not _noun_look(draft, w)]
        own = _words_of(tuple((texts or {}).get(n, "") for n in notes)) if ws else frozenset()
        ws = [w for w in ws if w.lower not in own]
        if ws:
            start, end = ws[0].tok.start, ws[-1].tok.end
            spans.append(Span(text=draft.text[start:end], start=start, end=end, tier="check",
                              reason="a doubt no note gives: the notes this sentence carries are not hedged"))
    return spans


@lru_cache(maxsize=1024)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for t in texts for w in re.findall(r"[A-Za-z]+", t))


# not "this" and "that": "This looks to be a bench", "a bench that looks new" are doubts
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "same"})


def _noun_look(draft: "Draft", w: "Word") -> bool:
    """"look" as a noun ("a cozy, rustic look", "gives the room its look,"): the look of a
    thing, no doubt about it. Told by a determiner just before it, or a clause that ends on
    it; "looks old" and "looks like" stay hedges."""
    if w.lower not in ("look", "looks"):
        return False
    ws = draft.words
    i = next(k for k, x in enumerate(ws) if x.tok.start == w.tok.start)
    after = draft.text[w.tok.end : ws[i + 1].tok.start] if i + 1 < len(ws) else "."
    return (i > 0 and ws[i - 1].lower in _DETERMINERS) or any(c in ",;:.!?)" for c in after)
