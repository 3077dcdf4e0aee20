"""Prose figures of a caption, computed without a model: is it written, or the notes pasted?

Style, never facts: what is found here is shown to the annotator as remarks to smooth, and
no verdict of the check depends on it.

- fragment: a sentence with no verb ("Gray clouds.", "A red light and a black tire with a
  green metal rim."): no form of be/have, no modal, no word that can only be a verb, and no
  noun-or-verb word ("stands", "hangs") where a verb stands (after a noun, before a
  preposition, a determiner or the end); or whose only verbs are those of its relative or
  subordinate clauses ("A wooden base on which the tent is placed."), or of a participle after
  its noun ("A yellow car parked on a grey floor."); or that ends where its clause cannot
  ("The sofa is placed.", "A bowl with."); or a noun phrase with no verb of its own, a comma and
  more ("A wall with a window, some plants sit on the sill.");
- splice: two clauses, each with its subject and finite verb, joined by a bare comma ("The
  bench is green, two dogs sleep under it."): two sentences run together;
- shorthand: a note's shorthand pasted into prose: a lone L or R for left or right, "~",
  "x3", "+" between words, "w/" (quoted text is left alone);
- repeat: a sentence whose content words another sentence of the caption already has (three
  in four, by lemma), or says word for word;
- label: a note's heading or list marker leaked into the prose ("Ford f-100 ranger truck: A
  white ...", "- ", "* ", "1. ", "**");
- long: a sentence over 40 words; length: sentences over 25 words on average;
- copied: the share of a sentence's words that sit in a run of four or more words copied
  from one note in a row. A caption whose sentences are nearly all copied (`pasted`) is the
  notes, not prose made from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.check.clauses import has_main_verb, has_verb
from assistant.check.endings import dangling
from assistant.check.missed_verbs import main_verb_typed_tersely
from assistant.check.said_twice import REPEAT_SHARE, repeated, said_again  # noqa: F401 (prose's own names)
from assistant.check.commas import splices, verbless_head
from assistant.shorthand import find as find_shorthand
from assistant.text import ARTICLES, has_words, sentences, tokenize

LONG_WORDS = 40
"""A sentence over this many words is long (polished prose: none over 40)."""
MEAN_WORDS = 25
"""Sentences over this many words on average make a caption hard to read."""
COPY_RUN = 4
"""Words in a row, copied from one note, that count as copied."""
PASTED_SHARE = 0.9
"""A sentence with this share of its words in copied runs is a note pasted."""
PASTED_CAPTION = 0.8
"""A caption with this share of its sentences pasted is the notes, not prose."""

StyleKind = Literal["fragment", "splice", "shorthand", "repeat", "label", "long", "length", "pasted"]


class StyleRemark(BaseModel):
    """How a caption reads, not what it says: for the annotator to smooth; never a fact problem."""

    model_config = ConfigDict(extra="forbid")
    kind: StyleKind
    """fragment, splice (two sentences joined by a comma), shorthand (L/R, "~", "x3", "+", "w/" pasted from the notes), repeat, label (a
    leaked heading or list marker), long (one sentence), length
    (the mean), pasted (the caption is the notes as typed)."""
    text: str = ""
    """The sentence concerned ("" for a remark on the whole caption)."""
    start: int | None = None
    """Offset of the sentence in the draft (None for a remark on the whole caption)."""
    end: int | None = None
    detail: str = ""
    """What to smooth, in one line."""


@dataclass(frozen=True)
class ProseFigures:
    """The figures an evaluation reports for one text."""

    sentences: int
    mean_words: float
    max_words: int
    fragments: int
    repeats: int
    labels: int
    copied_share: float
    """Share of the caption's words in runs of COPY_RUN or more words copied from one note."""
    pasted_sentences: int
    """Sentences with PASTED_SHARE of their words copied."""
    shorthand: int = 0
    """Sentences with a note's shorthand pasted (L/R, "~", "x3", "+", "w/")."""
    splices: int = 0
    """Sentences that run two sentences together with a bare comma (a comma splice)."""

    @property
    def clean(self) -> bool:
        """No fragment, no comma splice, no shorthand, no repeat, no leaked label."""
        return not (self.fragments or self.splices or self.shorthand or self.repeats or self.labels)

    @property
    def polished(self) -> bool:
        return self.mean_words <= MEAN_WORDS and self.max_words <= LONG_WORDS


@dataclass(frozen=True)
class _Reading:
    """What a sentence's own words decide, whatever text it stands in."""

    words: int
    fragment: bool
    unfinished: bool
    """It ends where its clause cannot ("The sofa is placed.")."""
    headless: bool
    """A noun phrase with no verb, a comma and more ("A bench in the park, a dog sits under it.")."""
    splice: bool
    shorthand: tuple[str, ...]
    lowers: tuple[str, ...]


@dataclass(frozen=True)
class _Sentence(_Reading):
    """A sentence's reading where it stands in a text: its place, label, the sentence it repeats and
    the words it copies from a note."""

    text: str
    start: int
    end: int
    label: str | None
    repeats: int | None
    copied: int


def remarks(text: str, notes: tuple[str, ...] | list[str] = ()) -> list[StyleRemark]:
    """The style remarks on `text`, a caption written from `notes` (each note's text)."""
    return list(_remarks(text, tuple(notes)))


def has_fragment(text: str) -> bool:
    """Whether a sentence of `text` reads as a fragment (a "fragment" remark): what compose's mends ask."""
    return any(r.kind == "fragment" for r in _remarks(text, ()))


def figures(text: str, notes: tuple[str, ...] | list[str] = ()) -> ProseFigures:
    sents = _analyse(text, tuple(notes))
    lengths = [s.words for s in sents] or [0]
    total = sum(lengths)
    return ProseFigures(
        sentences=len(sents),
        mean_words=round(total / len(lengths), 1),
        max_words=max(lengths),
        fragments=sum(s.fragment for s in sents),
        repeats=sum(s.repeats is not None for s in sents),
        labels=sum(s.label is not None for s in sents),
        copied_share=round(sum(s.copied for s in sents) / total, 4) if total else 0.0,
        pasted_sentences=sum(_pasted(s) for s in sents),
        shorthand=sum(bool(s.shorthand) for s in sents),
        splices=sum(s.splice for s in sents),
    )


@lru_cache(maxsize=1024)
def _remarks(text: str, notes: tuple[str, ...]) -> tuple[StyleRemark, ...]:
    sents = _analyse(text, notes)
    out: list[StyleRemark] = []
    for s in sents:
        where = {"text": s.text, "start": s.start, "end": s.end}
        if s.label is not None:
            out.append(StyleRemark(kind="label", detail=f"starts with {s.label!r}, a heading or list marker, "
                                   "not prose", **where))
        if s.fragment:
            detail = ("it stops where its clause cannot end: finish it" if s.unfinished else
                      "a noun phrase with no verb, then a comma and more: give the phrase its own sentence"
                      if s.headless else
                      "no main verb (only a relative clause's or a participle's, or none): a fragment, not a sentence")
            out.append(StyleRemark(kind="fragment", detail=detail, **where))
        if s.splice:
            out.append(StyleRemark(kind="splice", detail="two sentences joined by a comma: split them, or join them "
                                   "with 'and'", **where))
        if s.shorthand:
            out.append(StyleRemark(kind="shorthand", detail="note shorthand pasted (" + ", ".join(s.shorthand)
                                   + "): write it out", **where))
        if s.repeats is not None:
            out.append(StyleRemark(kind="repeat", detail=f"says again what sentence {s.repeats + 1} says", **where))
        if s.words > LONG_WORDS:
            out.append(StyleRemark(kind="long", detail=f"{s.words} words: split it", **where))
    if sents:
        mean = sum(s.words for s in sents) / len(sents)
        if mean > MEAN_WORDS:
            out.append(StyleRemark(kind="length", detail=f"{mean:.0f} words a sentence on average: aim for "
                                   f"{MEAN_WORDS} or fewer"))
        pasted = sum(_pasted(s) for s in sents)
        if len(sents) > 1 and pasted >= PASTED_CAPTION * len(sents):
            out.append(StyleRemark(kind="pasted", detail=f"{pasted} of {len(sents)} sentences are notes copied word "
                                   "for word: the caption reads as the notes"))
    return tuple(out)


def _pasted(s: _Sentence) -> bool:
    return s.words >= COPY_RUN and s.copied >= PASTED_SHARE * s.words


@lru_cache(maxsize=256)
def _analyse(text: str, notes: tuple[str, ...]) -> tuple[_Sentence, ...]:
    runs = _note_runs(notes)
    marked = list_markers(text)
    parsed = [s for s in sentences(text) if has_words(s.text)]
    repeats = repeated([s.text for s in parsed])
    out = []
    for i, s in enumerate(parsed):
        label = _label(s.text)
        if label is None and marked:
            label = next((m for pos, m in marked if s.start <= pos < s.end), None)
        r = _reading(s.text, label)
        out.append(_placed(r, text=s.text, start=s.start, end=s.end, label=label, repeats=repeats[i],
                           copied=_copied(r.lowers, runs)))
    return tuple(out)


def _placed(reading: _Reading, **where) -> _Sentence:
    """`_Sentence(**vars(reading), **where)`, its fields set at once (a frozen dataclass's `__init__` sets them one
    guarded call each, thirteen a sentence): the same fields, so an equal and equally hashed sentence."""
    sentence = object.__new__(_Sentence)
    sentence.__dict__.update(vars(reading), **where)
    return sentence


@lru_cache(maxsize=8192)
def _reading(sentence: str, label: str | None) -> _Reading:
    """A sentence read after its `label`, remembered by both: a pure function of the two strings
    (the lexicon is loaded once), and most sentences of a draft come back in the next check
    (compose's repair trials and final text, an annotator's edit of one sentence)."""
    tokens = tokenize(sentence)
    body = tokens[len(tokenize(label)) if label else 0:]
    cut = bool(body) and dangling(sentence)
    rest = sentence[body[0].start:] if body else ""
    headless = bool(body) and not cut and verbless_head(rest) is not None
    return _Reading(
        words=len(tokens),
        fragment=bool(body) and (cut or headless or not has_main_verb(body, sentence) and not main_verb_typed_tersely(rest)),
        unfinished=cut, headless=headless, splice=bool(body) and bool(splices(rest)), shorthand=shorthand(sentence),
        lowers=tuple(t.lower for t in tokens),
    )


# ---------------------------------------------------------------- shorthand

def shorthand(sentence: str) -> tuple[str, ...]:
    """The note shorthand in `sentence` outside quotation marks ("a cup L", "~10 people",
    "chairs x3", "blue + white", "bowl w/ fruit"): what `shorthand.find` reads, the same forms
    compose writes out."""
    return find_shorthand(sentence)


# ---------------------------------------------------------------- labels and list markers

_HEADING_RE = re.compile(r"^([^\W\d][\w'-]*(?: [\w'-]+){0,3}):\s+(?![\"“'‘])")
_MARKER_RE = re.compile(r"^[ \t]*(?:[-*•]+|\d+[.)])[ \t]+|\*\*|__", re.M)


@lru_cache(maxsize=8192)
def _label(sentence: str) -> str | None:
    """A leading "label:" heading whose words hold no verb ("The sign reads: ..." is prose)."""
    m = _HEADING_RE.match(sentence)
    if not m or has_verb(tokenize(m.group(1)), m.group(1)):
        return None
    return m.group(0).strip()


def list_markers(text: str) -> list[tuple[int, str]]:
    """Where a list marker or a '**' / '__' stands in `text`, and the marker."""
    if "**" not in text and "__" not in text:  # then only a line's start can hold a marker: try those alone
        return [(m.start(), m.group(0).strip()) for at in _line_starts(text) if (m := _MARKER_RE.match(text, at))]
    return [(m.start(), m.group(0).strip()) for m in _MARKER_RE.finditer(text)]


def _line_starts(text: str) -> list[int]:
    """Where each line of `text` starts: where `_MARKER_RE`'s `^` (multi-line) may match, one line's match never
    running into the next ("[ \\t]" and the marker holds no line break)."""
    return [0] + [m.end() for m in _NEWLINE_RE.finditer(text)]


_NEWLINE_RE = re.compile(r"\n")


# ---------------------------------------------------------------- words copied in a row


@lru_cache(maxsize=64)
def _note_runs(notes: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of COPY_RUN words in a row in any note, articles left out."""
    runs = set()
    for note in notes:
        bare = [t.lower for t in tokenize(note) if t.lower not in ARTICLES]
        runs.update(tuple(bare[k:k + COPY_RUN]) for k in range(len(bare) - COPY_RUN + 1))
    return frozenset(runs)


@lru_cache(maxsize=8192)
def _copied(lowers: tuple[str, ...], runs: frozenset[tuple[str, ...]]) -> int:
    """How many of the sentence's words sit in a run copied from a note: runs are matched with
    the articles left out, and an article inside or opening a copied run counts as copied with it
    (remembered: a pure function of the sentence's words and the notes' runs)."""
    at = [k for k, w in enumerate(lowers) if w not in ARTICLES]
    bare = [lowers[k] for k in at]
    covered = [False] * len(lowers)
    for k in range(len(bare) - COPY_RUN + 1):
        if tuple(bare[k:k + COPY_RUN]) in runs:
            for j in range(at[k], at[k + COPY_RUN - 1] + 1):
                covered[j] = True
    for k in range(len(lowers) - 2, -1, -1):  # the article that opens a copied run: "A white Ford truck ..."
        if lowers[k] in ARTICLES and covered[k + 1]:
            covered[k] = True
    return sum(covered)
