"""Deterministic fact check of a draft against the notes (no LLM).

For every observation: is its key content carried into the draft (kept), missing or altered
(dropped), or carried but stated as certain when the note was hedged (hedge_lost)? Then:
which content in the draft has no support in the notes (or, for rewrites, in the kept part
of the original response)? Every problem is reported with evidence; nothing is hidden.

Key content of an observation:
- critical units, all required: quoted text, numbers (digits or words), colours, directions
  (left/right, top/bottom, ...), names, and the polarity of negated words;
- content words (nouns, verbs, adjectives after dropping function words), matched by lemma,
  derivation ("rainy" ~ "rain") or synonym group; most of them are required.

Edit notes in rewrites ("replace X with Y", "remove X", "add X", "Y, not X", "X -> Y")
are checked as edits: the new content must be present and the old content gone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant import lexicon
from assistant.notes import Observation, flag_taxonomy
from assistant.text import Sentence, Token, fold, in_spans, quotation_spans, quoted, sentences, tokenize

Status = Literal["kept", "dropped", "hedge_lost"]
ObsKind = Literal["fact", "edit", "style"]

_MAX_WINDOW = 3  # a fact may be spread over up to three consecutive sentences
# A note's content words must also lie close together: within this many words per key unit
# (at least _MIN_SPAN), so a run-on sentence listing everything cannot carry a note by
# scattered mentions.
_SPAN_PER_UNIT = 4
_MIN_SPAN = 25
_SCATTERED = "(scattered)"
_NEGATION_REACH = 4  # a negation cue governs this many following tokens
_STYLE_FLAGS = ("conciseness", "verbosity", "tone", "formatting", "grammar")
_STYLE_EXTRA = frozenset({"shorten", "shorter", "longer", "long", "simplify", "simpler", "clearer", "tighten"})


class FactCheck(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    text: str
    status: Status
    evidence: str
    kind: ObsKind = "fact"
    checked: bool = True
    hedged: bool = False
    missing: list[str] = []
    sentences: list[int] = []


class Span(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    start: int
    end: int
    reason: str = "no support in the notes"


class SentenceProvenance(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    start: int
    end: int
    notes: list[str]


class CheckReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ok: bool
    facts: list[FactCheck]
    dropped: list[str]
    hedges_lost: list[str]
    unsupported: list[Span]
    sentences: list[SentenceProvenance] = []
    lexicon_version: str = ""

    def problem_count(self) -> int:
        return len(self.dropped) + len(self.hedges_lost) + len(self.unsupported)

    def contract(self) -> dict:
        """The `check` object of the CLI's JSON contract (plus extra keys)."""
        return self.model_dump()


# --------------------------------------------------------------------------- analysis


@dataclass
class _Word:
    """A token with the features the checker compares."""

    tok: Token
    lower: str
    is_stop: bool
    number: float | None
    color: str | None
    direction: str | None
    is_name: bool
    negation: bool
    hedge: bool


@dataclass
class _Key:
    """What an observation (or one side of an edit) requires of a draft."""

    quotes: list[str] = field(default_factory=list)
    numbers: list[float] = field(default_factory=list)
    colors: list[str] = field(default_factory=list)
    directions: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)
    negated: set[str] = field(default_factory=set)
    # The new side of an edit often carries attribution ("policy says 3 months"): its
    # critical units stay mandatory, half of its content words are enough.
    lenient: bool = False

    def empty(self) -> bool:
        return not (self.quotes or self.numbers or self.colors or self.directions or self.names or self.content)

    def words(self) -> list[str]:
        return self.colors + self.directions + self.names + self.content


def _words(text: str, offset: int = 0, *, meta: bool = False) -> list[_Word]:
    lex = lexicon.load()
    tokens = tokenize(text, offset)
    out: list[_Word] = []
    for i, tok in enumerate(tokens):
        low = tok.lower
        quantity_hedge = lexicon.is_quantity_hedge(tokens, i)
        out.append(
            _Word(
                tok=tok,
                lower=low,
                is_stop=low in lex.stop or (meta and low in lex.meta),
                number=lexicon.number_value(low),
                color=lex.colors.get(low),
                direction=lex.directions.get(low),
                is_name=_looks_like_name(tok, i, text, offset, meta=meta),
                negation=low in lex.negations or low.endswith("n't"),
                hedge=low in lex.draft_hedges and (low not in lex.quantity_hedges or quantity_hedge)
                or low in ("~", "?"),
            )
        )
    return out


def _looks_like_name(tok: Token, i: int, text: str, offset: int, *, meta: bool = False) -> bool:
    word = tok.text
    if not word[:1].isupper() or len(word) < 2:
        return False
    if meta and word.isupper() and word.isalpha() and len(word) <= 5:
        return True  # "Remove the information about US": in an instruction, capitals name something
    lex = lexicon.load()
    low = tok.lower
    if low in lex.stop or low in lex.meta or low in lex.framing or lex.numbers.get(low) is not None:
        return False
    if word.isupper() and len(word) >= 2:
        return True  # acronyms: BBC, NASA
    before = text[: tok.start - offset].rstrip()
    return i > 0 and not before.endswith((".", "!", "?", ":", "\n", '"', "“")) and bool(before)


def _combine_numbers(words: list[_Word]) -> list[float]:
    """Values of the numbers in a word list, joining 'twenty one' and 'two hundred'."""
    values: list[float] = []
    current: float | None = None
    current_spelled = False
    for w in words:
        if w.number is None:
            if current is not None and w.lower != "and":
                values.append(current)
                current = None
            continue
        v = w.number
        spelled = not w.lower[:1].isdigit()
        multiplier = v in (100.0, 1000.0, 1_000_000.0, 1_000_000_000.0)
        if current is None or not spelled or (not current_spelled and not multiplier):
            # digits never combine: "2223 0229" are two numbers, "twenty one" is one
            if current is not None:
                values.append(current)
            current, current_spelled = v, spelled
            continue
        if multiplier and current < v:
            current *= v
        elif current >= 20 and current % 10 == 0 and v < 10 and current < 100:
            current += v
        elif current >= 100 and v < current:
            current += v
        else:
            values.append(current)
            current = v
    if current is not None:
        values.append(current)
    return values


def _negated_indices(words: list[_Word], text: str, offset: int) -> set[int]:
    """Indices of words governed by a negation cue (same clause, within reach)."""
    out: set[int] = set()
    for i, w in enumerate(words):
        if not w.negation:
            continue
        for j in range(i + 1, min(len(words), i + 1 + _NEGATION_REACH)):
            between = text[w.tok.end - offset : words[j].tok.start - offset]
            if re.search(r"[,;:.!?]|\bbut\b", between):
                break
            out.add(j)
    return out


def _key(text: str, *, meta: bool = False, skip_hedges: bool = True) -> _Key:
    lex = lexicon.load()
    words = _words(text, meta=meta)
    key = _Key(quotes=[fold(q) for q in quoted(text)])
    key.numbers = _combine_numbers(words)
    negated = _negated_indices(words, text, 0)
    quoted_words = {fold(w) for q in key.quotes for w in q.split()}
    for i, w in enumerate(words):
        if w.number is not None or w.negation or (skip_hedges and (w.hedge or w.lower in lex.note_hedges)):
            continue
        if w.lower in quoted_words:
            continue  # checked as a whole quote
        unit = None
        if w.color:
            key.colors.append(w.color)
            unit = w.color
        elif w.direction:
            key.directions.append(w.direction)
            unit = w.direction
        elif w.is_name:
            key.names.append(w.lower.removesuffix("'s"))
            unit = w.lower.removesuffix("'s")
        elif not w.is_stop and w.lower not in lex.framing and len(w.lower) > 1:
            key.content.append(w.lower)
            unit = w.lower
        if unit is not None and i in negated:
            key.negated.add(unit)
    key.content = list(dict.fromkeys(key.content))
    return key


# --------------------------------------------------------------------------- edits

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


@dataclass
class _Edit:
    kind: Literal["replace", "remove", "add", "modify"]
    old: str = ""
    new: str = ""


def _parse_edit(text: str) -> _Edit | None:
    for kind, pattern in _EDIT_PATTERNS:
        m = pattern.match(text.strip())
        if m:
            groups = m.groupdict()
            old = _EDIT_META_RE.sub(" ", groups.get("old") or "").strip(" .")
            new = _EDIT_META_RE.sub(" ", groups.get("new") or "").strip(" .")
            return _Edit(kind=kind, old=old, new=new)  # type: ignore[arg-type]
    return None


@lru_cache(maxsize=1)
def _style_cues() -> frozenset[str]:
    cues: set[str] = set(_STYLE_EXTRA)
    for fid in _STYLE_FLAGS:
        cues.update(c for c in flag_taxonomy()[fid].cues if " " not in c)
    return frozenset(cues - {"remove", "delete", "drop", "cut", "fix", "list", "code", "table", "paragraph"})


def _is_style(text: str) -> bool:
    words = {w.lower for w in tokenize(text)}
    return bool(words & _style_cues()) and not quoted(text) and not any(lexicon.number_value(w) is not None for w in words)


# --------------------------------------------------------------------------- the draft


@dataclass
class _Draft:
    text: str
    sents: list[Sentence]
    words: list[list[_Word]]  # per sentence
    negated: list[set[int]]  # per sentence

    @classmethod
    def parse(cls, text: str) -> "_Draft":
        sents = sentences(text) or [Sentence(text, 0, len(text))]
        words = [_words(s.text, s.start) for s in sents]
        # words inside quotation marks are reported text ("OBJECTS ... APPEAR"), never a hedge
        inside = quotation_spans(text)
        for w in (w for ws in words for w in ws if w.hedge):
            if in_spans(w.tok.start, inside):
                w.hedge = False
        negated = [_negated_indices(w, s.text, s.start) for w, s in zip(words, sents)]
        return cls(text, sents, words, negated)


@dataclass
class _Match:
    window: tuple[int, int]
    missing: list[str]
    flipped: list[str]
    content_hits: int
    hedged: bool

    def score(self, want_hedge: bool) -> tuple[int, int, int, int]:
        # fewer missing critical units first, then (for a hedged note) a window that keeps a
        # hedge, then more content, then smaller windows
        return (-len(self.missing) - len(self.flipped), int(want_hedge and self.hedged), self.content_hits,
                -(self.window[1] - self.window[0]))


def _required(n: int, lenient: bool = False) -> int:
    if lenient:
        return math.ceil(0.5 * n)
    return n if n <= 2 else math.ceil(0.75 * n)


def _match_window(key: _Key, draft: _Draft, lo: int, hi: int) -> _Match:
    words = [w for s in range(lo, hi) for w in draft.words[s]]
    negated = {id(draft.words[s][i]) for s in range(lo, hi) for i in draft.negated[s]}
    missing: list[str] = []
    flipped: list[str] = []
    values = set(_combine_numbers(words))
    if any(w.lower in ("a", "an", "lone", "single", "sole") for w in words):
        values.add(1.0)
    for n in key.numbers:
        if n not in values:
            missing.append(_fmt_number(n))
    colors = {w.color for w in words if w.color}
    directions = {w.direction for w in words if w.direction}
    for c in key.colors:
        if c not in colors:
            missing.append(c)
    for d in key.directions:
        if d not in directions:
            missing.append(d)
    for name in key.names:
        if not any(w.lower.removesuffix("'s") == name for w in words):
            missing.append(name)
    critical = set(key.colors + key.directions)
    found: set[str] = set()
    content = set(key.content)
    at: list[tuple[int, str]] = []  # positions of the content units, for the proximity rule
    for unit in key.words():
        where = [i for i, w in enumerate(words) if unit in (w.color, w.direction)] if unit in critical else [
            i for i, w in enumerate(words) if _matches(unit, w)]
        if not where:
            continue
        found.add(unit)
        if unit in content:
            at += [(i, unit) for i in where]
        polarity = [id(words[i]) in negated for i in where]
        if unit in key.negated and not any(polarity):
            flipped.append(f"'{unit}' is no longer negated")
        elif unit not in key.negated and any(polarity):
            # any, not all: a larger window must not hide "is not painted" behind a second,
            # unnegated mention of the same word in the next sentence
            flipped.append(f"'{unit}' is negated in the draft")
    span = max(_MIN_SPAN, _SPAN_PER_UNIT * len(key.words()))
    # a window no longer than the span holds every found unit within it: no need to slide
    hits = _closest_hits(at, span) if len(words) > span else sum(1 for u in key.content if u in found)
    if hits < _required(len(key.content), key.lenient):
        missing.extend([u for u in key.content if u not in found] or [_SCATTERED])
    # The hedge must sit in a sentence that carries this note's own content: in "The road
    # is wet. A red bus is here, possibly." the "possibly" belongs to the bus, not the road.
    return _Match((lo, hi), missing, flipped, hits, _window_hedged(key, draft, lo, hi))


def _closest_hits(at: list[tuple[int, str]], span: int) -> int:
    """The most distinct units found within `span` consecutive words. In a long run-on
    sentence, "small green plants" early on and "the edges of the house" 30 words later do
    not carry "small green plants at the edge of the house" together."""
    at.sort()
    best, lo, count = 0, 0, {}
    for pos, unit in at:
        count[unit] = count.get(unit, 0) + 1
        while at[lo][0] <= pos - span:
            gone = at[lo][1]
            count[gone] -= 1
            if not count[gone]:
                del count[gone]
            lo += 1
        best = max(best, len(count))
    return best


def _window_hedged(key: _Key, draft: _Draft, lo: int, hi: int) -> bool:
    """A hedge word sits in a sentence holding at least half of the note's matched units (the
    most any one sentence of the window holds). Counting matches is the costly part of a
    window, so it is skipped where the window has no hedge word at all."""
    with_hedge = [s for s in range(lo, hi) if any(w.hedge for w in draft.words[s])]
    if not with_hedge:
        return False
    units = key.words()
    per_sentence = {s: sum(any(_matches(u, w) for w in draft.words[s]) for u in units) for s in range(lo, hi)}
    need = max(1, math.ceil(max(per_sentence.values(), default=0) / 2))
    return any(per_sentence[s] >= need for s in with_hedge)


def _matches(unit: str, w: _Word) -> bool:
    """A draft word carries a note's unit: same word, lemma, derivation or synonym."""
    return w.lower == unit or lexicon.same_word(unit, w.lower)


def _quote_carried(q: str, window_text: str) -> bool:
    """Quoted text must come through verbatim: as a quote, or unquoted but not altered."""
    quotes = [fold(x) for x in quoted(window_text)]
    if q in quotes:
        return True
    if re.search(r'["“”]' + re.escape(q) + r'["“”]', fold(window_text)):
        return True  # verbatim in quote marks, though an unclosed quote elsewhere broke the pairing
    if any(q in x for x in quotes):
        return False  # quoted with words added: "EXIT" became "EXIT NOW"
    return re.search(r"(?<!\w)" + re.escape(q) + r"(?!\w)", fold(window_text)) is not None


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _best_match(key: _Key, draft: _Draft, want_hedge: bool = False) -> _Match:
    # Quoted text is exact and distinctive: it may stand anywhere in the draft (a long quote
    # may span more sentences than a window holds), so it is checked once, not per window.
    quotes_missing = [f'"{q}"' for q in key.quotes if not _quote_carried(q, draft.text)]
    best: _Match | None = None
    n = len(draft.sents)
    for size in range(1, min(_MAX_WINDOW, n) + 1):
        for lo in range(0, n - size + 1):
            m = _match_window(key, draft, lo, lo + size)
            if best is None or m.score(want_hedge) > best.score(want_hedge):
                best = m
        if best is not None and not best.missing and not best.flipped and (best.hedged or not want_hedge):
            break  # the smallest window that carries everything (and the hedge, if wanted)
    assert best is not None
    best.missing[:0] = quotes_missing
    return best


def _window_text(draft: _Draft, m: _Match, limit: int = 200) -> str:
    lo, hi = m.window
    text = draft.text[draft.sents[lo].start : draft.sents[hi - 1].end]
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- the check


def check_draft(observations: list[Observation], draft: str, *, original: str | None = None) -> CheckReport:
    """Check `draft` against the notes' observations; `original` makes it a rewrite check."""
    lex = lexicon.load()
    parsed = _Draft.parse(draft)
    facts: list[FactCheck] = []
    forbidden: dict[str, str] = {}  # corrected word -> note id
    support_words: list[_Word] = []
    sentence_notes: list[list[str]] = [[] for _ in parsed.sents]

    for obs in observations:
        fact, new_text, old_forbidden = _check_observation(obs, parsed, original)
        facts.append(fact)
        support_words += _words(new_text, meta=fact.kind == "edit")
        for word in old_forbidden:
            forbidden.setdefault(word, obs.id)
        if fact.status != "dropped":
            for s in fact.sentences:
                sentence_notes[s].append(obs.id)

    # Corrected words stop being forbidden where another note states them as fact.
    stated = {r for w in support_words if not w.is_stop for r in lexicon.key(w.lower)}
    forbidden = {w: nid for w, nid in forbidden.items() if not lexicon.key(w) & stated}
    if original:
        support_words += [w for w in _words(original) if w.lower not in forbidden]
    unsupported = _unsupported(parsed, support_words, forbidden)
    unsupported += _surplus(parsed, support_words, sentence_notes, observations, unsupported)
    unsupported.sort(key=lambda u: u.start)

    dropped = [f.id for f in facts if f.status == "dropped"]
    hedges_lost = [f.id for f in facts if f.status == "hedge_lost"]
    provenance = [
        SentenceProvenance(text=s.text, start=s.start, end=s.end, notes=notes)
        for s, notes in zip(parsed.sents, sentence_notes)
    ]
    return CheckReport(
        ok=not (dropped or hedges_lost or unsupported),
        facts=facts,
        dropped=dropped,
        hedges_lost=hedges_lost,
        unsupported=unsupported,
        sentences=provenance,
        lexicon_version=lex.version,
    )


def _check_observation(obs: Observation, draft: _Draft, original: str | None) -> tuple[FactCheck, str, set[str]]:
    """Returns the verdict, the text that counts as support, and the words the note corrects."""
    edit = _parse_edit(obs.text)
    base = dict(id=obs.id, text=obs.text, hedged=obs.hedged)
    if edit is None and original is not None and _is_style(obs.text):
        return (
            FactCheck(**base, status="kept", kind="style", checked=False,
                      evidence="style instruction: not checked automatically; review the diff"),
            "",
            set(),
        )
    if edit is None:
        return _check_fact(obs, _key(obs.text), draft, base), obs.text, set()

    new_key = _key(edit.new, meta=True) if edit.new else _Key()
    new_key.lenient = edit.kind == "replace"
    old_key = _key(edit.old, meta=True) if edit.old else _Key()
    new_units = {r for u in new_key.words() for r in lexicon.key(u)} | {_fmt_number(n) for n in new_key.numbers}
    old_only = [u for u in old_key.words() if not (lexicon.key(u) & new_units)]
    old_only += [_fmt_number(n) for n in old_key.numbers if n not in new_key.numbers]
    if edit.kind == "modify" or (new_key.empty() and not old_only):
        return (
            FactCheck(**base, status="kept", kind="edit", checked=False,
                      evidence="edit instruction names nothing the checker can verify; review the diff"),
            "",
            set(),
        )

    problems: list[str] = []
    sentences_used: list[int] = []
    hedge_kept = True
    if not new_key.empty():
        m = _best_match(new_key, draft, want_hedge=obs.hedged)
        problems += [f"missing {x}" for x in m.missing] + m.flipped
        sentences_used = list(range(*m.window)) if not m.missing else []
        hedge_kept = m.hedged
    if edit.kind == "remove":
        problem = _removal_problem(edit.old, old_only, draft, original)
        if problem == _UNVERIFIABLE:
            return (
                FactCheck(**base, status="kept", kind="edit", checked=False,
                          evidence="names nothing found in the original to remove; review the diff"),
                "",
                set(),
            )
        problems += [problem] if problem else []
    else:
        still = _still_present(old_only, draft)
        if still:
            problems.append("still present: " + ", ".join(still))
    status: Status = "dropped" if problems else "kept"
    if status == "kept" and obs.hedged and sentences_used and not hedge_kept:
        status = "hedge_lost"
    evidence = "; ".join(problems) if problems else f"{edit.kind} applied" + (
        f": {_sentences_text(draft, sentences_used)}" if sentences_used else ""
    )
    forbid = set(old_only) if edit.kind != "remove" else set()
    fact = FactCheck(**base, status=status, kind="edit", evidence=evidence,
                     missing=[p for p in problems], sentences=sentences_used)
    return fact, edit.new, forbid


def _check_fact(obs: Observation, key: _Key, draft: _Draft, base: dict) -> FactCheck:
    if key.empty():
        return FactCheck(**base, status="kept", checked=False, evidence="nothing checkable in this note")
    m = _best_match(key, draft, want_hedge=obs.hedged)
    window = list(range(*m.window))
    if m.missing or m.flipped:
        parts = []
        absent = [x for x in m.missing if x != _SCATTERED]
        if absent:
            parts.append("not found: " + ", ".join(absent))
        if _SCATTERED in m.missing:
            parts.append("its words appear only far apart, not stated together")
        parts += m.flipped
        near = _window_text(draft, m) if m.content_hits else ""
        return FactCheck(**base, status="dropped", evidence="; ".join(parts) + (f" (nearest: {near!r})" if near else ""),
                         missing=m.missing + m.flipped)
    if obs.hedged and not m.hedged:
        cues = ", ".join(obs.hedge_cues)
        return FactCheck(**base, status="hedge_lost", sentences=window,
                         evidence=f"the note is hedged ({cues}) but the draft states it as certain: {_window_text(draft, m)!r}")
    return FactCheck(**base, status="kept", sentences=window, evidence=_window_text(draft, m))


def _sentences_text(draft: _Draft, sents: list[int]) -> str:
    text = draft.text[draft.sents[sents[0]].start : draft.sents[sents[-1]].end]
    return text if len(text) <= 200 else text[:199] + "…"


_UNVERIFIABLE = "unverifiable"
# "the name of England's training squad": says what kind of content to remove, not which words
_DESCRIBED_RE = re.compile(
    r"^(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:(?:first|last|full|exact|specific)\s+)?"
    r"(?:names?|titles?|dates?|years?|locations?|places?|numbers?|ages?|details?|figures?)\s+(?:of|for)\s+", re.I)
# "remove Wright being the St Johnstone manager": Wright is the topic, the claim is the rest
_CLAIM_RE = re.compile(r"^(?P<topic>.+?)\s+(?:being|is|was|are|were|as)\s+(?P<claim>.+)$", re.I | re.S)


def _removal_problem(old: str, old_units: list[str], draft: _Draft, original: str | None) -> str | None:
    """What is wrong with a "remove X" edit, or None when it was applied.

    A unit counts as removed when the draft asserts it fewer times than the original did, so
    a word that also occurs elsewhere ("manager" of another club) does not block the check.
    For "X being Y" only the claim Y has to go, and all of it: dropping the topic X while
    the claim stays ("the St Johnstone manager will...") removes the wrong words. Otherwise
    most of X has to go.
    """
    before = _Draft.parse(original) if original is not None else None

    def remaining(units: list[str]) -> tuple[list[str], list[str]]:
        candidates = [u for u in units if original is None or _in_text(u, original)]
        if before is None:
            return candidates, _still_present(candidates, draft)
        return candidates, [u for u in candidates if _asserted(u, draft) >= _asserted(u, before)]

    if _DESCRIBED_RE.match(old) and not quoted(old) and not any(w.number is not None for w in _words(old)):
        # "the name of England's training squad" describes what to remove without quoting it:
        # the words named are the context, not the target. All that can be checked is that
        # something was removed at all.
        if before is not None and not _removed_any(before, draft):
            return "nothing was removed from the original"
        return _UNVERIFIABLE
    m = _CLAIM_RE.match(old)
    if m:
        claim_units = [u for u in old_units if u in set(_key(m.group("claim"), meta=True).words())]
        candidates, still = remaining(claim_units)
        if candidates:
            return "claim still present: " + ", ".join(still) if still else None
    candidates, still = remaining(old_units)
    if not candidates:
        return _UNVERIFIABLE
    return "still present: " + ", ".join(still) if len(still) * 2 > len(candidates) else None


def _removed_any(before: _Draft, after: _Draft) -> bool:
    def content(d: _Draft) -> Counter:
        return Counter(w.lower for ws in d.words for w in ws if not w.is_stop)

    return bool(content(before) - content(after))


def _in_text(unit: str, text: str) -> bool:
    return any(_matches(unit, w) or w.number is not None and _fmt_number(w.number) == unit for w in _words(text))


def _asserted(unit: str, draft: _Draft) -> int:
    """How often the draft asserts `unit` (negated mentions do not count)."""
    framing = lexicon.load().framing

    def asserts(w: _Word) -> bool:
        if w.number is not None:
            return _fmt_number(w.number) == unit or w.lower == unit
        return w.lower == unit or (not w.is_stop and w.lower not in framing and lexicon.same_word(unit, w.lower))

    return sum(1 for s, words in enumerate(draft.words) for i, w in enumerate(words)
               if asserts(w) and i not in draft.negated[s])


def _still_present(units: list[str], draft: _Draft) -> list[str]:
    """The units an edit should have removed that the draft still asserts (not negated)."""
    return [u for u in units if _asserted(u, draft)]


def _unsupported(draft: _Draft, support: list[_Word], forbidden: dict[str, str]) -> list[Span]:
    lex = lexicon.load()
    roots: set[str] = set()
    numbers = set(_combine_numbers(support)) | {1.0}
    for w in support:
        if w.number is None and not w.is_stop:
            roots |= lexicon.roots(w.lower)
    spans: list[Span] = []
    for s, words in enumerate(draft.words):
        values = _combine_numbers(words)
        current: list[tuple[_Word, str]] = []
        for i, w in enumerate(words):
            reason = _unsupported_reason(w, i in draft.negated[s], roots, numbers, values, forbidden, lex)
            if reason is None:
                if w.is_stop or w.hedge or w.negation:
                    continue  # function words may sit inside an unsupported span
                _flush(current, draft.text, spans)
                current = []
                continue
            current.append((w, reason))
        _flush(current, draft.text, spans)
    return spans


def _unsupported_reason(w, negated, roots, numbers, values, forbidden, lex) -> str | None:
    low = w.lower
    if w.number is not None:
        corrected = forbidden.get(_fmt_number(w.number))
        if corrected and not negated:
            return f"corrected by {corrected}"
        spelled = not low[0].isdigit()
        if w.number in numbers or spelled and any(v in numbers for v in values if w.number <= v):
            return None
        return "number not in the notes"
    if w.is_stop or w.hedge or w.negation or low in lex.framing or len(low) < 2 or low in ("~", "?"):
        return None
    keys = lexicon.key(low)
    for word, nid in forbidden.items():
        if not negated and (low == word or lexicon.roots(low) & lexicon.roots(word)):
            return f"corrected by {nid}"
    if keys & roots:
        return None
    if len(low) >= 3 and any(len(r) > len(low) + 2 and (r.endswith(low) or r.startswith(low)) for r in roots):
        return None  # part of a compound the notes use: "light" of "daylight"
    return "no support in the notes"


def _surplus(draft: _Draft, support: list[_Word], sentence_notes: list[list[str]],
             observations: list[Observation], already: list[Span]) -> list[Span]:
    """Directions and negations the draft states more often than the notes do.

    A swap ("left" -> "right") is invisible to a note whose window still holds another
    "left", and an added "not" may govern only function words ("are not on either side");
    counted over the whole text both always show: one "right" or one negation too many.
    The surplus is marked where no note of that sentence has the word, else the latest.
    """
    allowed: dict[str, int] = {}
    for w in support:
        for unit in _counted(w):
            allowed[unit] = allowed.get(unit, 0) + 1
    note_units = {o.id: {u for w in _words(o.text) for u in _counted(w)} for o in observations}
    taken = [(u.start, u.end) for u in already]
    found: dict[str, list[tuple[int, _Word]]] = {}
    for s, words in enumerate(draft.words):
        for i, w in enumerate(words):
            for unit in _counted(w, negated=i in draft.negated[s]):
                found.setdefault(unit, []).append((s, w))
    spans: list[Span] = []
    for unit, where in found.items():
        surplus = len(where) - allowed.get(unit, 0)
        if surplus <= 0:
            continue
        ranked = sorted(where, key=lambda sw: (any(unit in note_units.get(n, ()) for n in sentence_notes[sw[0]]),
                                               -sw[1].tok.start))
        label = "a negation" if unit == _NEGATION else f"'{unit}'"
        for _, w in ranked[:surplus]:
            if not any(a <= w.tok.start < b for a, b in taken):
                spans.append(Span(text=w.tok.text, start=w.tok.start, end=w.tok.end,
                                  reason=f"{label} appears {len(where)} times in the draft, "
                                  f"{allowed.get(unit, 0)} in the notes"))
    return spans


_NEGATION = "<negation>"


def _counted(w: _Word, negated: bool = False) -> list[str]:
    """The units of a word that the draft may not state more often than the notes."""
    if w.negation:
        return [_NEGATION]
    return [w.direction] if w.direction and not negated else []


def _flush(current: list[tuple[_Word, str]], text: str, spans: list[Span]) -> None:
    if not current:
        return
    start, end = current[0][0].tok.start, current[-1][0].tok.end
    reasons = list(dict.fromkeys(r for _, r in current))
    spans.append(Span(text=text[start:end], start=start, end=end, reason="; ".join(reasons)))
