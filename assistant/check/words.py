"""The analysis every rule family shares: words with their features, a note's key units, and
the parsed draft with its word indexes.

A note's analysis is cached by its text (the same notes are checked against draft after
draft); the draft is parsed once per check and indexed by lemma, derivational root and
synonym key, so finding a note's unit is a dictionary lookup, not a scan of every word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, fields
from functools import lru_cache

from assistant import lexicon
from assistant.check import word_senses as senses
from assistant.check.negation import negated_indices
from assistant.check.note_forms import closed_compounds, kind_carried, owner_of_name, spelled_out_acronym
from assistant.check.camera_view import SCENE_WORDS, in_camera_view
from assistant.check.kind_guesses import guessed_kinds
from assistant.check.numbers import combine_numbers, counted_things, paired_things
from assistant.text import Sentence, Token, fold, in_spans, quotation_spans, quoted, sentences, tokenize


@dataclass(slots=True)
class Word:
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


def words(text: str, offset: int = 0, *, meta: bool = False, phrase_hedges: bool = True, note: bool = False) -> list[Word]:
    """`text`'s words with their features; words of a hedge phrase ("not sure") are hedges,
    never a negation or content."""
    tokens = tokenize(text, offset)
    lowers = [t.lower for t in tokens]
    in_phrase = {i for r in lexicon.hedge_phrases(lowers) for i in r} if phrase_hedges else set()
    framed = _framing_compounds(text, offset, tokens)
    furthest = senses.furthest_sides(lowers) | senses.not_places(lowers) | senses.joined_into_a_word(text, offset, tokens)
    out: list[Word] = []
    viewer = senses.viewer_sides(lowers)  # "closest to the camera": the foreground
    for i, tok in enumerate(tokens):
        low = lowers[i]
        f = _features(low)
        phrase = i in in_phrase
        name = _looks_like_name(tok, i, text, offset, meta=meta, note=note)
        out.append(
            Word(
                tok=tok,
                lower=low,
                is_stop=f.stop or (meta and f.meta) or i in framed and i - 1 in framed or i in furthest,
                number=None if phrase else f.number if f.number is not None else senses.scale_suffix(text, offset, tokens, i),
                color=f.color,
                # "all over": throughout; "close-up": a view, not "near" and "up"
                direction=None if low == "over" and i and lowers[i - 1] == "all" or i in framed or i in furthest
                else viewer.get(i, f.direction),
                is_name=name,
                negation=not phrase and f.negation,
                # a capitalised hedge word inside a sentence is a name: "since May's election"
                hedge=phrase or not name and f.hedge and (not f.quantity_hedge or lexicon.is_quantity_hedge(tokens, i))
                and not senses.amount_noun(lowers, i),
            )
        )
    return out


def _framing_compounds(text: str, offset: int, tokens: list) -> set[int]:
    """Indices of the words of a hyphenated framing or partitive word ("close-up"): they say no
    direction ("close" as "near", "up") of their own, and the word after the hyphen is no
    content: "close-up" says what "close" does, which a note must give (a close-up no note
    gives is a framing the writer added)."""
    lex = lexicon.load()
    out: set[int] = set()
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if text[a.end - offset:b.start - offset] == "-" and (
                (whole := f"{a.lower}-{b.lower}") in lex.framing or whole in lex.partitives):
            out |= {i, i + 1}
    return out


@dataclass(frozen=True, slots=True)
class _Features:
    """What a word is, from the word alone (cached: drafts repeat their words)."""

    stop: bool
    meta: bool
    number: float | None
    color: str | None
    direction: str | None
    negation: bool
    hedge: bool
    quantity_hedge: bool


_CONTRACTION_RE = re.compile(r"(?:'|’)(?:s|re|ve|ll|d|m)$")


def _contracted(low: str) -> str:
    """The word before a possessive or a verb's contraction ("they're" -> "they"), else ""."""
    return _CONTRACTION_RE.sub("", low) if _CONTRACTION_RE.search(low) else ""


@lru_cache(maxsize=65536)
def _features(low: str) -> _Features:
    lex = lexicon.load()
    return _Features(
        # "an area's", "everyone's": a function word's possessive is one too, and so is its contraction
        # with a verb ("they're", "we've", "you'll", "he'd")
        stop=low in lex.stop or _contracted(low) in lex.stop,
        meta=low in lex.meta,
        number=lexicon.number_value(low),
        color=lex.colors.get(low),
        direction=lex.directions.get(low),
        negation=low in lex.negations or low.endswith("n't"),
        hedge=low in lex.draft_hedges or low in ("~", "?"),
        quantity_hedge=low in lex.quantity_hedges,
    )


@lru_cache(maxsize=4096)
def note_words(text: str, meta: bool = False) -> tuple[Word, ...]:
    """Cached words of a note (never mutated: a draft's words are parsed afresh)."""
    return tuple(words(text, meta=meta, note=True))


@lru_cache(maxsize=4096)
def negated_starts(note_text: str) -> frozenset[int]:
    """Offsets of the note's words a negation governs ("no clouds": the clouds)."""
    ws = note_words(note_text)
    return frozenset(ws[i].tok.start for i in negated_indices(ws, note_text, 0))


def _looks_like_name(tok: Token, i: int, text: str, offset: int, *, meta: bool = False, note: bool = False) -> bool:
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
    if meta and not lexicon.can_be_adjective(low) and "'" not in word:
        return True  # one side of an edit is a fragment: "with Moreton" begins with the name
    before = text[: tok.start - offset].rstrip()
    if note and re.search(r"\b(?:a|an)$", before, re.I) and lexicon.known_word(low) \
            and not re.match(r"\s+[A-Z]", text[tok.end - offset:]):  # "A Little Taste of Italy": a title
        return False  # a note's "A Hen with a white tail": a name takes no "a"; a dictionary word after it is a thing
    return i > 0 and not before.endswith((".", "!", "?", ":", "\n", '"', "“")) and bool(before)


@dataclass
class Key:
    """What an observation (or one side of an edit) requires of a draft."""

    quotes: list[str] = field(default_factory=list)
    numbers: list[float] = field(default_factory=list)
    counted: tuple[tuple[float, str], ...] = ()  # (2, "dogs") of "2 dogs": the number counts that thing
    paired: tuple[tuple[float, str], ...] = ()  # (2, "boots") of "a pair of boots": its plural alone says the two
    guessed: frozenset[str] = frozenset()  # "bird" of "bird on wire, sparrow?": its guessed member names it
    colors: list[str] = field(default_factory=list)
    directions: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    # the names as written together ("Jeremy Corbyn" is one run): a run partly in the draft
    # names the same one shorter
    name_runs: list[list[str]] = field(default_factory=list)
    content: list[str] = field(default_factory=list)
    negated: set[str] = field(default_factory=set)
    # The new side of an edit often carries attribution ("policy says 3 months"): its
    # critical units stay mandatory, half of its content words are enough.
    lenient: bool = False
    # a colour of the note -> the note's things whose own kind carries it ("green" of "green
    # trees"): the thing named in the draft carries the colour
    implied: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # two neighbouring words of the note written as one ("streetlamp" of "street lamp")
    compounds: frozenset[str] = frozenset()

    _memo: dict[str, dict] = field(default_factory=dict, init=False, compare=False, repr=False)

    def memo(self, kind: str) -> dict:
        """What a rule remembers of this key by the draft's text it read (`matching`): a key is never
        changed once made; `dataclasses.replace` makes a new one, with its own empty memo."""
        found = self._memo.setdefault(kind, {})
        if len(found) > 4096:
            found.clear()
        return found

    def empty(self) -> bool:
        return not (self.quotes or self.numbers or self.colors or self.directions or self.names or self.content)

    def words(self) -> list[str]:
        return self.colors + self.directions + self.names + self.content


@lru_cache(maxsize=4096)
def note_key(text: str, meta: bool = False, lenient: bool = False) -> Key:
    """The key units of a note (cached: treat the result as read-only)."""
    lex = lexicon.load()
    ws = list(note_words(text, meta))
    key = Key(quotes=[fold(q) for q in quoted(text)], lenient=lenient)
    key.numbers = combine_numbers(ws)
    key.counted = counted_things(ws)
    key.paired = paired_things(ws)
    key.guessed = guessed_kinds(ws, text)
    negated = negated_indices(ws, text, 0)
    quoted_words = {fold(w) for q in key.quotes for w in q.split()}
    last_capital = -2
    for i, w in enumerate(ws):
        if w.number is not None or w.negation or w.hedge or w.lower in lex.note_hedges:
            continue
        if spelled_out_acronym(ws, i, text):
            continue  # "Food Standards Agency (FSA)": either form carries the note
        if meta and owner_of_name(ws, i):
            continue  # "UK's Food Standards Agency": the agency is named; whose it is qualifies the name
        if w.lower.rstrip(".") in lex.honorifics and i + 1 < len(ws) and ws[i + 1].is_name:
            continue  # "Mr. Okafor": the name says who; the title is no word the text must write
        if w.lower in quoted_words:
            continue  # checked as a whole quote
        unit = None
        if w.color:
            key.colors.append(w.color)
            unit = w.color
        elif w.lower not in SCENE_WORDS and in_camera_view(ws, i, text):
            continue  # "a close-up looking-down view", "a medium-shot view": how the photo was taken
        elif w.direction:
            key.directions.append(w.direction)
            unit = w.direction
        elif w.is_name:
            unit = w.lower.removesuffix("'s")
            key.names.append(unit)
        elif not w.is_stop and w.lower not in lex.framing and len(w.lower) > 1:
            key.content.append(w.lower)
            unit = w.lower
        if unit is not None and i in negated:
            key.negated.add(unit)
        if unit is not None and w.tok.text[:1].isupper() and not w.color and not w.direction:
            if i - 1 == last_capital and key.name_runs:
                key.name_runs[-1].append(unit)
            else:
                key.name_runs.append([unit])
        if w.tok.text[:1].isupper():
            last_capital = i
    key.content = list(dict.fromkeys(key.content))
    key.implied = kind_carried(ws)
    key.compounds = closed_compounds(ws)
    return key


@lru_cache(maxsize=8192)
def read_sentence(sentence: str) -> tuple[tuple[Word, ...], frozenset[int]]:
    """A sentence's words at offset 0 and the ones a negation governs, remembered by its text (the
    features read only its own text, relative to its start; the next draft keeps most sentences)."""
    ws = words(sentence)
    return tuple(ws), frozenset(negated_indices(ws, sentence, 0))


@lru_cache(maxsize=8192)
def _sentence_index(sentence: str) -> tuple[tuple[int, ...], tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], tuple,
                                            tuple[bool, ...]]:
    """What `Draft.parse` reads of a sentence's words (`read_sentence`), by their place in it: the hedge
    words, each word's roots and synonym keys (`lexicon.roots`, `lexicon.key`) word by word in order, and
    each word's fields (`_moved_words`) and hedge flags (`Draft.hedges`). A pure function of the sentence's text: its words are, and the
    lexicon is loaded once."""
    ws = read_sentence(sentence)[0]
    rest = [f.name for f in fields(Word)][1:]  # every field after the token
    return (tuple(k for k, w in enumerate(ws) if w.hedge), tuple((r, k) for k, w in enumerate(ws) for r in lexicon.roots(w.lower)),
            tuple((r, k) for k, w in enumerate(ws) for r in lexicon.key(w.lower)),
            tuple((w.tok.text, w.tok.start, w.tok.end, tuple(getattr(w, f) for f in rest)) for w in ws),
            tuple(w.hedge for w in ws))


def _moved_words(specs: tuple, offset: int) -> list[Word]:
    """A sentence's words `offset` characters on, as new Words and Tokens (the remembered words are never
    handed out): `Word(tok.moved(offset), ...)` for each, the token's fields set at once (`Token.moved`)."""
    out = []
    for text, start, end, rest in specs:
        tok = _new(Token)
        fields_ = tok.__dict__
        fields_["text"], fields_["start"], fields_["end"] = text, start + offset, end + offset
        out.append(Word(tok, *rest))
    return out


_new = object.__new__


@lru_cache(maxsize=16384)
def says_any(sentence: str, lowers: frozenset[str]) -> bool:
    """Whether the sentence has one of these words (lower-cased), remembered by its text (`read_sentence`)."""
    return any(w.lower in lowers for w in read_sentence(sentence)[0])


def matches(unit: str, w: Word) -> bool:
    """A draft word carries a note's unit: same word, lemma, derivation or synonym."""
    return w.lower == unit or lexicon.same_word(unit, w.lower)


@dataclass
class Draft:
    """The draft: sentences, their words (flat, with the sentence each belongs to), the
    words under a negation, and lookups by lemma, root and synonym key."""

    text: str
    sents: list[Sentence]
    words: list[Word]
    first: list[int]  # flat index of each sentence's first word, plus the total at the end
    sent_of: list[int]
    negated: set[int]
    _by_root: dict[str, list[int]] = field(default_factory=dict)
    _by_key: dict[str, list[int]] = field(default_factory=dict)
    _where: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _numbers: dict[tuple[int, int], frozenset[float]] = field(default_factory=dict)
    _saying: dict[str, frozenset[int]] | None = None
    _saying_at: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _said: dict[tuple[int, int], tuple] = field(default_factory=dict)
    _cleared: tuple[int, ...] = ()  # the words whose hedge `parse` cleared (inside quotation marks)
    hedged: frozenset[int] = frozenset()
    """The sentences with a hedge word outside quotation marks."""

    @classmethod
    def parse(cls, text: str) -> "Draft":
        sents = sentences(text) or [Sentence(text, 0, len(text))]
        inside = quotation_spans(text)
        flat: list[Word] = []
        first: list[int] = []
        sent_of: list[int] = []
        negated: set[int] = set()
        cleared: list[int] = []
        hedged: set[int] = set()
        by_root: dict[str, list[int]] = {}
        by_key: dict[str, list[int]] = {}
        for s, sent in enumerate(sents):
            denied = read_sentence(sent.text)[1]
            hedges, roots, keys, specs, _ = _sentence_index(sent.text)
            ws = _moved_words(specs, sent.start)
            base = len(flat)
            for k in hedges:
                # words inside quotation marks are reported text ("OBJECTS ... APPEAR"), never a hedge
                if in_spans(ws[k].tok.start, inside):
                    ws[k].hedge = False
                    cleared.append(base + k)
                else:
                    hedged.add(s)
            first.append(base)
            negated |= {base + i for i in denied}
            flat += ws
            sent_of += [s] * len(ws)
            for r, k in roots:
                by_root.setdefault(r, []).append(base + k)
            for r, k in keys:
                by_key.setdefault(r, []).append(base + k)
        first.append(len(flat))
        return cls(text, sents, flat, first, sent_of, negated, by_root, by_key, hedged=frozenset(hedged),
                   _cleared=tuple(cleared))

    @staticmethod
    @lru_cache(maxsize=512)
    def cached(text: str) -> "Draft":
        """`parse`, remembered by text: compose checks the same draft several times (first
        draft, each repair trial, the final text) and a rewrite check reads the original once
        per note. A parsed draft is never changed afterwards (its lookups only fill in)."""
        return Draft.parse(text)

    def sentence_words(self, s: int) -> list[Word]:
        return self.words[self.first[s] : self.first[s + 1]]

    def hedges(self, s: int) -> tuple[bool, ...]:
        """Sentence s's words' hedge flags: the sentence's own (`read_sentence`) where `parse` cleared none."""
        return _sentence_index(self.sents[s].text)[4] if not self._cleared else tuple(w.hedge for w in self.sentence_words(s))

    def said(self, lo: int, hi: int) -> tuple:
        """What sentences lo..hi-1 are made of: their texts and their words' hedge flags (a hedge
        inside the whole text's quotation marks is cleared), the key of what is remembered of them."""
        found = self._said.get((lo, hi))
        if found is None:  # the flags are the sentences' own (`read_sentence`) but for those `parse` cleared
            a, b = self.first[lo], self.first[hi]
            found = self._said[(lo, hi)] = (tuple(self.sents[s].text for s in range(lo, hi)),
                                            tuple(i - a for i in self._cleared if a <= i < b) if self._cleared else ())
        return found

    def where(self, unit: str) -> tuple[int, ...]:
        """Flat indices of the words that carry `unit` (see `matches`)."""
        found = self._where.get(unit)
        if found is None:
            hits: set[int] = set()
            for r in lexicon.key(unit):
                hits.update(self._by_root.get(r, ()))
            for r in lexicon.roots(unit):
                hits.update(self._by_key.get(r, ()))
            hits.update(i for i in self._by_root.get(unit, ()) if self.words[i].lower == unit)
            found = self._where[unit] = tuple(sorted(hits))
        return found

    def sentences_saying(self, value: str) -> frozenset[int]:
        """The sentences with a word whose colour or direction is `value` (every note with a colour
        or a place asks, so the words are read once)."""
        if self._saying is None:
            saying: dict[str, list[int]] = {}
            for i, w in enumerate(self.words):
                for said in {w.color, w.direction} - {None}:
                    saying.setdefault(said, []).append(i)
            self._saying_at = {said: tuple(at) for said, at in saying.items()}
            self._saying = {said: frozenset(self.sent_of[i] for i in at) for said, at in saying.items()}
        return self._saying.get(value, frozenset())

    def saying(self, value: str, a: int, b: int) -> list[int]:
        """Flat indices a..b-1 of the words whose colour or direction is `value`, in order."""
        self.sentences_saying(value)  # reads the words once
        at = self._saying_at.get(value, ())
        return list(at[bisect_left(at, a):bisect_left(at, b)])

    def numbers(self, lo: int, hi: int) -> frozenset[float]:
        """The numbers stated in sentences lo..hi-1 ("a" and "single" count as one)."""
        cached = self._numbers.get((lo, hi))
        if cached is None:
            cached = self._numbers[(lo, hi)] = _sentence_numbers(self.sents[lo].text) if hi == lo + 1 else \
                _numbers_in(self.words[self.first[lo] : self.first[hi]])
        return cached


@lru_cache(maxsize=8192)
def _sentence_numbers(sentence: str) -> frozenset[float]:
    """`_numbers_in` one sentence, remembered by its text: they read its words' values and the
    distances between them, never where the sentence stands."""
    return _numbers_in(read_sentence(sentence)[0])


def _numbers_in(ws: "list[Word] | tuple[Word, ...]") -> frozenset[float]:
    values = set(combine_numbers(ws))
    # "£25m" also states the "25m" a note writes without the sign (metres or millions)
    values |= {ws[k - 1].number for k in range(1, len(ws)) if senses.glued_scale(ws[k - 1], ws[k])}
    if any(w.lower in ("a", "an", "lone", "single", "sole") for w in ws):
        values.add(1.0)
    from assistant.check.number_forms import date_days  # noqa: PLC0415 (it reads Words)

    values |= date_days(ws)  # "the fourth of July" states the 4 of a note's "4 July"
    return frozenset(values)

