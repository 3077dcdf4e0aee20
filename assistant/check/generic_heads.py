"""Generic head nouns in a rewrite (issue 23: rewordings in plain everyday words). A writer who
rewords an article's summary often puts a general noun where the original had none or named the
thing otherwise: "a play-off game" for "a play-off", "the men's doubles match" for "the doubles",
"the RHI scheme", "the same property" for the flat, "the club" for Sunderland. After a word the
text already backs, or after "the" (pointing back), such a noun names the thing said, no new one.
It must be able to stand for a thing the original or the notes name: after an owner ("Smith's
company") it is a new thing of theirs, and a noun whose kinds the lexicon knows ("the building")
needs one of them named (a house, a hotel; not "a car"). Rewrites only: in a caption "a wooden
building" brings in a building."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.report import Span
from assistant.check.words import Draft, words

#: Nouns that say only what kind of thing is meant: an event, an organisation, a place, a thing.
GENERIC = frozenset({"game", "games", "match", "matches", "event", "events", "contest", "competition", "scheme",
                     "schemes", "programme", "programmes", "program", "project", "plan", "system", "service", "club",
                     "side", "company", "firm", "group", "organisation", "organization", "body", "area", "place",
                     "property", "site", "building", "section", "part", "item", "thing", "things", "version"})
_POINTING = frozenset({"the", "its", "their", "his", "her", "this", "that", "these", "those", "same"})


def generic_heads(spans: list[Span], draft: Draft, support: str) -> list[Span]:
    """`spans` without the check-tier ones that are one generic noun after a word no span holds
    (a supported modifier: "play-off game") or after a pointing word ("the same property"), where
    `support` (the original and the notes) names a thing it can stand for."""
    flagged = {i for u in spans for i, w in enumerate(draft.words) if u.start <= w.tok.start < u.end}
    named = {r for w in words(support) for r in lexicon.roots(w.lower)}
    return [u for u in spans if not (u.tier == "check" and _generic_after_backed(u, draft, flagged, named))]


def _generic_after_backed(u: Span, draft: Draft, flagged: set[int], named: set[str]) -> bool:
    inside = [i for i, w in enumerate(draft.words) if u.start <= w.tok.start < u.end]
    if len(inside) != 1 or draft.words[inside[0]].lower not in GENERIC:
        return False
    kinds = lexicon.kinds_named(draft.words[inside[0]].lower)
    if kinds and not kinds & named:
        return False  # "the building" where only a car is named
    i = inside[0]
    if not i or draft.sent_of[i - 1] != draft.sent_of[i]:
        return False
    before = draft.words[i - 1]
    if draft.text[before.tok.end:draft.words[i].tok.start].strip(" -"):
        return False  # a comma or a full stop between: no modifier of it
    if before.lower.endswith(("'s", "’s")):
        return False  # an owner: "Smith's company" is a thing of Smith's, no other name for him
    return before.lower in _POINTING or not (before.is_stop or i - 1 in flagged or before.number is not None)
