"""Instructions in rewrite notes: literal edits and style instructions.

Edit notes ("replace X with Y", "remove X", "add X", "Y, not X", "X -> Y") are checked as
edits: the new content must be present and the old content gone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from assistant import lexicon
from assistant.check import matching
from assistant.check.numbers import fmt_number
from assistant.check.report import FactCheck, Status
from assistant.check.words import Draft, Key, Word, matches, note_key, note_words
from assistant.notes import Observation, flag_taxonomy
from assistant.text import quoted, tokenize

_STYLE_FLAGS = ("conciseness", "verbosity", "tone", "formatting", "grammar")
_STYLE_EXTRA = frozenset({"shorten", "shorter", "longer", "long", "simplify", "simpler", "clearer", "tighten"})

_LEAD = r"^(?:please\s+|you\s+should\s+|should\s+)?"
_EDIT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("replace", re.compile(_LEAD + r"(?:replace|change|swap|substitute|switch)\s+(?P<old>.+?)\s+(?:with|by|to|for|into)\s+(?P<new>.+)$", re.I | re.S)),
    ("remove", re.compile(_LEAD + r"(?:remove|delete|drop|cut|omit|strip|get\s+rid\s+of|leave\s+out|take\s+out)\s+(?P<old>.+)$", re.I | re.S)),
    ("add", re.compile(_LEAD + r"(?:add|include|insert|mention|state|say|note)\s+(?:that\s+)?(?P<new>.+)$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<old>.+?)\s*(?:->|→|=>|⇒)\s*(?P<new>.+)$", re.S)),
    ("replace", re.compile(r"^not\s+(?P<old>.+?),?\s+but\s+(?P<new>.+)$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<new>.+?)\s*\(\s*not\s+(?P<old>[^)]+)\)\s*$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<new>.+?),\s*not\s+(?P<old>[^,;]+?)\.?$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<new>.+?)\s+instead\s+of\s+(?P<old>.+)$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<old>.+?)\s+should\s+(?:be|say|read)\s+(?P<new>.+)$", re.I | re.S)),
    ("modify", re.compile(_LEAD + r"(?:modify|rephrase|reword|rewrite|fix|correct|adjust|update|edit|clarify)\b(?P<old>.*)$", re.I | re.S)),
]
_EDIT_META_RE = re.compile(
    r"\b(?:the\s+)?(?:information|info|details?|part|claim|sentence|mention|statement)s?\s+(?:about|of|on|regarding|that)\s+"
    r"|\s+(?:from|to|in|into)\s+the\s+(?:summary|response|answer|text|output)\b",
    re.I,
)


@dataclass(frozen=True)
class Edit:
    """An edit instruction parsed into its old and new sides (meta words removed)."""

    kind: Literal["replace", "remove", "add", "modify"]
    old: str = ""
    new: str = ""


@lru_cache(maxsize=4096)
def parse_edit(text: str) -> Edit | None:
    """The edit a note asks for, or None when the note is not an edit instruction."""
    for kind, pattern in _EDIT_PATTERNS:
        m = pattern.match(text.strip())
        if m:
            groups = m.groupdict()
            old = _EDIT_META_RE.sub(" ", groups.get("old") or "").strip(" .")
            new = _EDIT_META_RE.sub(" ", groups.get("new") or "").strip(" .")
            return Edit(kind=kind, old=old, new=new)  # type: ignore[arg-type]
    return None


@lru_cache(maxsize=1)
def _style_cues() -> frozenset[str]:
    cues: set[str] = set(_STYLE_EXTRA)
    for fid in _STYLE_FLAGS:
        cues.update(c for c in flag_taxonomy()[fid].cues if " " not in c)
    return frozenset(cues - {"remove", "delete", "drop", "cut", "fix", "list", "code", "table", "paragraph"})


@lru_cache(maxsize=4096)
def is_style(text: str) -> bool:
    words = {w.lower for w in tokenize(text)}
    return bool(words & _style_cues()) and not quoted(text) and not any(lexicon.number_value(w) is not None for w in words)


@dataclass
class EditVerdict:
    """An edit note's verdict, the text that counts as support, and the words it corrects."""

    fact: FactCheck
    support: str
    forbidden: set[str]


def check_edit(obs: Observation, edit: Edit, draft: Draft, original: str | None) -> EditVerdict:
    base = dict(id=obs.id, text=obs.text, hedged=obs.hedged)
    new_key = note_key(edit.new, meta=True, lenient=edit.kind == "replace") if edit.new else Key()
    old_key = note_key(edit.old, meta=True) if edit.old else Key()
    new_units = {r for u in new_key.words() for r in lexicon.key(u)} | {fmt_number(n) for n in new_key.numbers}
    old_only = [u for u in old_key.words() if not (lexicon.key(u) & new_units)]
    old_only += [fmt_number(n) for n in old_key.numbers if n not in new_key.numbers]
    if edit.kind == "modify" or (new_key.empty() and not old_only):
        return EditVerdict(FactCheck(**base, status="kept", kind="edit", checked=False,
                                     evidence="edit instruction names nothing the checker can verify; review the diff"),
                           "", set())

    problems: list[str] = []
    sentences_used: list[int] = []
    hedge_kept = True
    if not new_key.empty():
        m = matching.best_match(new_key, draft, want_hedge=obs.hedged)
        problems += [f"missing {x}" for x in m.missing] + m.flipped
        sentences_used = list(range(*m.window)) if not m.missing else []
        hedge_kept = m.hedged
    if edit.kind == "remove":
        problem = removal_problem(edit.old, old_only, draft, original)
        if problem == UNVERIFIABLE:
            return EditVerdict(FactCheck(**base, status="kept", kind="edit", checked=False,
                                         evidence="names nothing found in the original to remove; review the diff"),
                               "", set())
        problems += [problem] if problem else []
    else:
        still = still_present(old_only, draft)
        if still:
            problems.append("still present: " + ", ".join(still))
    status: Status = "dropped" if problems else "kept"
    if status == "kept" and obs.hedged and sentences_used and not hedge_kept:
        status = "hedge_lost"
    evidence = "; ".join(problems) if problems else f"{edit.kind} applied" + (
        f": {sentences_text(draft, sentences_used)}" if sentences_used else ""
    )
    forbid = set(old_only) if edit.kind != "remove" else set()
    fact = FactCheck(**base, status=status, kind="edit", evidence=evidence, missing=list(problems),
                     sentences=sentences_used)
    return EditVerdict(fact, edit.new, forbid)


def sentences_text(draft: Draft, sents: list[int]) -> str:
    text = draft.text[draft.sents[sents[0]].start : draft.sents[sents[-1]].end]
    return text if len(text) <= 200 else text[:199] + "…"


UNVERIFIABLE = "unverifiable"
# "the name of England's training squad": says what kind of content to remove, not which words
_DESCRIBED_RE = re.compile(
    r"^(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:(?:first|last|full|exact|specific)\s+)?"
    r"(?:names?|titles?|dates?|years?|locations?|places?|numbers?|ages?|details?|figures?)\s+(?:of|for)\s+", re.I)
# "remove Wright being the St Johnstone manager": Wright is the topic, the claim is the rest
_CLAIM_RE = re.compile(r"^(?P<topic>.+?)\s+(?:being|is|was|are|were|as)\s+(?P<claim>.+)$", re.I | re.S)


def removal_problem(old: str, old_units: list[str], draft: Draft, original: str | None) -> str | None:
    """What is wrong with a "remove X" edit, or None when it was applied.

    A unit counts as removed when the draft asserts it fewer times than the original did, so
    a word that also occurs elsewhere ("manager" of another club) does not block the check.
    For "X being Y" only the claim Y has to go, and all of it: dropping the topic X while
    the claim stays ("the St Johnstone manager will...") removes the wrong words. Otherwise
    most of X has to go.
    """
    before = Draft.parse(original) if original is not None else None

    def remaining(units: list[str]) -> tuple[list[str], list[str]]:
        candidates = [u for u in units if original is None or in_text(u, original)]
        if before is None:
            return candidates, still_present(candidates, draft)
        return candidates, [u for u in candidates if asserted(u, draft) >= asserted(u, before)]

    if _DESCRIBED_RE.match(old) and not quoted(old) and not any(w.number is not None for w in note_words(old)):
        # "the name of England's training squad" describes what to remove without quoting it:
        # the words named are the context, not the target. All that can be checked is that
        # something was removed at all.
        if before is not None and not removed_any(before, draft):
            return "nothing was removed from the original"
        return UNVERIFIABLE
    m = _CLAIM_RE.match(old)
    if m:
        claim_units = [u for u in old_units if u in set(note_key(m.group("claim"), meta=True).words())]
        candidates, still = remaining(claim_units)
        if candidates:
            return "claim still present: " + ", ".join(still) if still else None
    candidates, still = remaining(old_units)
    if not candidates:
        return UNVERIFIABLE
    return "still present: " + ", ".join(still) if len(still) * 2 > len(candidates) else None


def removed_any(before: Draft, after: Draft) -> bool:
    def content(d: Draft) -> Counter:
        return Counter(w.lower for w in d.words if not w.is_stop)

    return bool(content(before) - content(after))


def in_text(unit: str, text: str) -> bool:
    return any(matches(unit, w) or w.number is not None and fmt_number(w.number) == unit for w in note_words(text))


def asserted(unit: str, draft: Draft) -> int:
    """How often the draft asserts `unit` (negated mentions do not count)."""
    framing = lexicon.load().framing

    def asserts(w: Word) -> bool:
        if w.number is not None:
            return fmt_number(w.number) == unit or w.lower == unit
        return w.lower == unit or (not w.is_stop and w.lower not in framing and lexicon.same_word(unit, w.lower))

    return sum(1 for i, w in enumerate(draft.words) if asserts(w) and i not in draft.negated)


def still_present(units: list[str], draft: Draft) -> list[str]:
    """The units an edit should have removed that the draft still asserts (not negated)."""
    return [u for u in units if asserted(u, draft)]
