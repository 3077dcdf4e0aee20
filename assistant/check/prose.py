"""Prose figures of a caption, computed without a model: is it written, or the notes pasted?

Style, never facts: what is found here is shown to the annotator as remarks to smooth, and
no verdict of the check depends on it.

- fragment: a sentence with no verb ("Gray clouds.", "A red light and a black tire with a
  green metal rim."): no form of be/have, no modal, no word that can only be a verb, and no
  noun-or-verb word ("stands", "hangs") where a verb stands (after a noun, before a
  preposition, a determiner or the end);
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

from assistant import lexicon
from assistant.text import Token, sentences, tokenize, unfinished, word_runs

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
REPEAT_SHARE = 0.75
"""A sentence with this share of its content words in another sentence repeats it."""

StyleKind = Literal["fragment", "repeat", "label", "long", "length", "pasted"]


class StyleRemark(BaseModel):
    """How a caption reads, not what it says: for the annotator to smooth; never a fact problem."""

    model_config = ConfigDict(extra="forbid")
    kind: StyleKind
    """fragment, repeat, label (a leaked heading or list marker), long (one sentence), length
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

    @property
    def clean(self) -> bool:
        """No fragment, no repeat, no leaked label."""
        return not (self.fragments or self.repeats or self.labels)

    @property
    def polished(self) -> bool:
        return self.mean_words <= MEAN_WORDS and self.max_words <= LONG_WORDS


@dataclass(frozen=True)
class _Sentence:
    text: str
    start: int
    end: int
    words: int
    fragment: bool
    label: str | None
    repeats: int | None
    copied: int


def remarks(text: str, notes: tuple[str, ...] | list[str] = ()) -> list[StyleRemark]:
    """The style remarks on `text`, a caption written from `notes` (each note's text)."""
    return list(_remarks(text, tuple(notes)))


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
            out.append(StyleRemark(kind="fragment", detail="no verb, or a verb with nothing after it: a fragment, "
                                   "not a sentence", **where))
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
    marked = _list_marker_lines(text)
    parsed = [s for s in sentences(text) if tokenize(s.text)]
    keys = [_content_keys(s.text) for s in parsed]
    repeats = _repeats(keys, [s.text for s in parsed])
    out = []
    for i, s in enumerate(parsed):
        tokens = tokenize(s.text)
        lowers = [t.lower for t in tokens]
        label = _label(s.text, tokens) or next((m for pos, m in marked if s.start <= pos < s.end), None)
        body = tokens[len(tokenize(label)) if label else 0:]
        out.append(_Sentence(
            text=s.text, start=s.start, end=s.end, words=len(tokens),
            fragment=bool(body) and (not _has_verb(body, s.text) or unfinished(s.text)),
            label=label, repeats=repeats[i], copied=_copied(lowers, runs),
        ))
    return tuple(out)


# ---------------------------------------------------------------- fragments

_FINITE = frozenset(
    "is are was were be been being am 's 're 'm has have had having do does did can could will would may might "
    "must shall should isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't can't cannot "
    "couldn't won't wouldn't shouldn't".split())
_CONTRACTED = re.compile(r"^(?:it|there|that|here|he|she|what|who|they|we|you|i)'(?:s|re|m|ve|ll|d)$")
_DETERMINERS = frozenset(
    "a an the this that these those my your his her its our their some any each every no another both either "
    "neither several many few much more most all other one's".split())
# where a verb stands: before a preposition, a determiner, an adverb of place, or the end
_AFTER_VERB = frozenset(
    "in on at under over above below behind beside near next into onto from to against along across through "
    "up down out off around between among inside outside atop beneath underneath with by toward towards "
    "a an the this that these those its their his her some two three four several".split())


#: present-tense verbs a description says of a thing that are nouns too, but as nouns they rarely
#: stand after a noun ("a view shows", "the ribbon reads", "a lamp hangs"): the verb, wherever
#: it stands in its clause, even after a "with" or "of" phrase
_DESCRIBING_VERBS = frozenset("shows reads looks seems appears comes goes sits lies hangs stands rests leans faces "
                              "gleams shines points extends stretches leads covers".split())


def _clause_start(tokens: list[Token], text: str, i: int) -> int:
    """The first word of the clause word i is in: after the last comma or semicolon before it
    ("On the right side, the ribbon reads ...": its preposition is not the subject's)."""
    for k in range(i, 0, -1):
        if any(c in text[tokens[k - 1].end:tokens[k].start] for c in ",;"):
            return k
    return 0


def _has_verb(tokens: list[Token], text: str) -> bool:
    lowers = [t.lower for t in tokens]
    for i, w in enumerate(lowers):
        if w in _FINITE or _CONTRACTED.match(w):
            return True
        if w.endswith("ing"):
            continue  # a participle ("a bee sitting on it", "a calming sky") is no finite verb
        if _only_verb(w) and (not w.endswith("ed") or i and _after_noun(lowers[i - 1])):
            return True  # "sits", "stood"; "a car parked there", not "a painted wall"
        # a clause ends after it: the end, a preposition or a determiner, or punctuation ("reads: ...")
        if i and (lowers[i - 1] in _SUBJECTS or lowers[i - 1] in ("this", "that") and _clause_start(tokens, text, i) == i - 1
                  and w.endswith("s")) and lexicon.can_be_verb(w):
            return True  # "they show signs of age"
        if w in _DESCRIBING_VERBS and _after_noun(lowers[i - 1]) and lowers[i - 1] not in _PREPOSITIONS and \
                _clause_start(tokens, text, i) < i - 1 and (i + 1 < len(lowers) or not _PREPOSITIONS & set(lowers[:i])):
            return True  # "the bow of the boat comes to a point", "a view shows furniture"; not "rows of music stands"
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        # an object or a place follows: a preposition, a determiner, a number, an adverb, a quote (at
        # the end, or before a comma, it is the last noun of a list: "with tire markings, dry leaves")
        ends = (nxt in _AFTER_VERB or not nxt and _simple_subject(lowers[:i], text[:tokens[i].start]) or lexicon.number_value(nxt) is not None or lexicon.can_be_adverb(nxt)
                or text[tokens[i].end:].lstrip()[:1] in (':', '"', '“'))
        # the subject ends before its verb: after a preposition ("leaves below flowers", "plants
        # with a bee") a noun-or-verb word is the object's noun
        start = _clause_start(tokens, text, i)
        if start < i and ends and _after_noun(lowers[i - 1]) and not _PREPOSITIONS & set(lowers[start:i]) and (
                _maybe_verb(w) or lexicon.can_be_verb(w) and _plural(lowers[i - 1]) and w not in lexicon.load().directions):
            return True
    return False


def may_have_verb(text: str) -> bool:
    """Whether a word of `text` may be its verb though `fragment` found none: a present-tense
    -s word that may be a noun or a verb, after a noun (not a preposition) and before a
    preposition or a determiner ("A man in a coat waits at the corner"; the rule for fragments
    passes over it after "in"); never right after "and" ("dried grass and trees above": a noun
    phrase starts there). An -ed word there is a participle as often as not ("a ring
    attached to it"), and "a bowl of fruits on ..." has no verb."""
    lowers = [t.lower for t in tokenize(text)]
    return any(i + 1 < len(lowers) and lowers[i + 1] in _AFTER_VERB and lowers[i - 1] not in _PREPOSITIONS | _JOINS
               and _after_noun(lowers[i - 1]) and w.endswith("s") and _maybe_verb(w)
               for i, w in enumerate(lowers) if i)


#: after these a noun phrase starts: "grass and trees above" has no verb "trees"
_JOINS = frozenset(["and", "or"])


@lru_cache(maxsize=65536)
def _only_verb(word: str) -> bool:
    """A word lemminflect knows only as a verb ("sits", "parked", "wearing")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415  (lexicon already loads it)

    found = getAllLemmas(word)
    return ("VERB" in found or "AUX" in found) and not ({"NOUN", "ADJ", "PROPN", "ADV", "ADP"} & found.keys())


def _maybe_verb(word: str) -> bool:
    """An inflected word that may be a verb or a noun: "stands", "lights", "sitting", "painted"."""
    return word.endswith(("s", "ing", "ed")) and not word.endswith("ss") and lexicon.can_be_verb(word)


_PLURAL_PRONOUNS = frozenset("they we you i both".split())
_PREPOSITIONS = frozenset("of with in on at under over above below behind beside near into onto from against along "
                          "across through between among inside outside atop beneath underneath by".split())
_SUBJECTS = frozenset("they we you i he she it".split())


def _simple_subject(before: list[str], text: str) -> bool:
    """The words before a sentence's last word are one plain noun phrase ("a red bus waits"), not a
    list or a "with" phrase whose last noun it would be."""
    return "," not in text and not {"with", "and", "of", "or"} & set(before)


@lru_cache(maxsize=65536)
def _plural(word: str) -> bool:
    """A plural noun ("cats", "geese") or pronoun: a base-form verb may follow ("two geese fly")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415

    return word in _PLURAL_PRONOUNS or any(lemma != word for lemma in getAllLemmas(word).get("NOUN", ()))


def _after_noun(prev: str) -> bool:
    """Whether the word before may end a noun phrase (a subject), not modify the next word."""
    if prev in _SUBJECTS or prev in ("there", "here", "which", "that", "who"):
        return True  # "there stands a bin"
    return not (prev in _DETERMINERS or lexicon.number_value(prev) is not None or prev in lexicon.load().colors
                or lexicon.can_be_adjective(prev) and not lexicon.can_be_verb(prev) or prev.endswith("'s"))


# ---------------------------------------------------------------- labels and list markers

_HEADING_RE = re.compile(r"^([^\W\d][\w'-]*(?: [\w'-]+){0,3}):\s+(?![\"“'‘])")
_MARKER_RE = re.compile(r"^[ \t]*(?:[-*•]+|\d+[.)])[ \t]+|\*\*|__", re.M)


def _label(sentence: str, tokens: list[Token]) -> str | None:
    """A leading "label:" heading whose words hold no verb ("The sign reads: ..." is prose)."""
    m = _HEADING_RE.match(sentence)
    if not m or _has_verb(tokenize(m.group(1)), m.group(1)):
        return None
    return m.group(0).strip()


def _list_marker_lines(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0).strip()) for m in _MARKER_RE.finditer(text)]


# ---------------------------------------------------------------- repeats


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset[str]:
    return lexicon.lemmas(word.removesuffix("'s"))


#: words of place the stop list leaves out ("on either side", "next to", "between"): a sentence
#: that puts a thing somewhere the other sentence does not says something new
_PLACE_WORDS = frozenset("side sides either beside besides next near nearby between among across along around "
                         "beyond".split())


def _content_keys(text: str) -> list[frozenset[str]]:
    stop = lexicon.load().stop
    return [_word_keys(t.lower) for t in tokenize(text)
            if (t.lower not in stop or t.lower in _PLACE_WORDS) and t.text[:1].isalnum()]


def repeated(texts: list[str]) -> list[int | None]:
    """For each of a caption's sentences, the earlier sentence it repeats (the `repeat`
    remark's rule), or None."""
    return _repeats([_content_keys(t) for t in texts], texts)


def _repeats(keys: list[list[frozenset[str]]], texts: list[str]) -> list[int | None]:
    """For each sentence, the earlier sentence that already says it (or says it word for word).
    Sentences are found through an index of their lemmas, so a caption of hundreds of
    sentences costs its words, not the square of its sentences."""
    index: dict[str, set[int]] = {}
    seen: dict[str, int] = {}
    out: list[int | None] = []
    for i, mine in enumerate(keys):
        exact = seen.setdefault(texts[i].lower(), i)
        found = exact if exact != i else None
        mine = list(dict.fromkeys(mine))  # "car" three times in a sentence is one word it shares
        if found is None and len(mine) >= 3:
            hits: dict[int, int] = {}
            for k in mine:
                for j in set().union(*(index.get(lemma, ()) for lemma in k)):
                    hits[j] = hits.get(j, 0) + 1
            found = min((j for j, n in hits.items() if n >= REPEAT_SHARE * len(mine)), default=None)
        out.append(found)
        for k in mine:
            for lemma in k:
                index.setdefault(lemma, set()).add(i)
    return out


# ---------------------------------------------------------------- words copied in a row


@lru_cache(maxsize=64)
def _note_runs(notes: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of COPY_RUN words in a row in any note."""
    return frozenset(run for note in notes for run in word_runs(note, COPY_RUN))


def _copied(lowers: list[str], runs: frozenset[tuple[str, ...]]) -> int:
    """How many of the sentence's words sit in a run copied from a note."""
    covered = [False] * len(lowers)
    for k in range(len(lowers) - COPY_RUN + 1):
        if tuple(lowers[k:k + COPY_RUN]) in runs:
            covered[k:k + COPY_RUN] = [True] * COPY_RUN
    return sum(covered)
