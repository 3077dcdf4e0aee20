"""A caption's sentences that say again what an earlier one says (prose's "repeat" remark, compose's cuts).

A sentence repeats an earlier one when it says it word for word, or when three in four of its content words
(by lemma) are the earlier one's, or it says the earlier one's words in one run and more; two sentences alike
in words that describe two things (other colours, counts or places in the picture) say no fact twice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.text import tokenize

REPEAT_SHARE = 0.75
"""A sentence with this share of its content words in another sentence repeats it."""


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset[str]:
    return lexicon.lemmas(word.removesuffix("'s"))


#: words of place the stop list leaves out ("on either side", "next to", "between"): a sentence
#: that puts a thing somewhere the other sentence does not says something new
_PLACE_WORDS = frozenset("side sides either beside besides next near nearby between among across along around "
                         "beyond".split())


#: words of the camera's framing ("A close-up view shows ..."): two sentences that open alike on them
#: say no fact twice by it
_FRAMING_WORDS = frozenset("close closeup medium wide view views shot shots shows show captures captured depicts "
                           "angle perspective".split())
#: a framing word's first part and its second: "close-up", "eye-level", "eye level"
_FRAMING_PAIRS = {"up": "close", "level": "eye"}


@lru_cache(maxsize=8192)
def _content_keys(text: str) -> tuple[frozenset[str], ...]:
    """A sentence's content words' lemma sets (remembered by the sentence, as `_reading` is)."""
    stop = lexicon.load().stop
    tokens = tokenize(text)
    return tuple(_word_keys(t.lower) for k, t in enumerate(tokens)
                 if (t.lower not in stop or t.lower in _PLACE_WORDS) and t.text[:1].isalnum()
                 and t.lower not in _FRAMING_WORDS and not _framing_pair(tokens, k))


def _framing_pair(tokens: list, k: int) -> bool:
    """Whether token k is half of a framing pair ("close-up", "eye-level")."""
    word = tokens[k].lower
    if word in _FRAMING_PAIRS:
        return k > 0 and tokens[k - 1].lower == _FRAMING_PAIRS[word]
    return k + 1 < len(tokens) and _FRAMING_PAIRS.get(tokens[k + 1].lower) == word and word != "close"


def repeated(texts: list[str]) -> list[int | None]:
    """For each of a caption's sentences, the earlier sentence it repeats (the `repeat`
    remark's rule), or None."""
    return repeated_by_pairs(texts) if len(texts) <= BY_PAIRS else repeated_by_index(texts)


def repeated_by_index(texts: list[str]) -> list[int | None]:
    """`repeated` through an index of the sentences' lemmas: a text of hundreds of sentences costs its words."""
    return _repeats([_content_keys(t) for t in texts], texts)


def _repeats(keys: list[tuple[frozenset[str], ...]], texts: list[str]) -> list[int | None]:
    """For each sentence, the earlier sentence that already says it (or says it word for word),
    or whose words it says again with more of its own ("A golden fox stands in a forest." and
    then "A golden fox stands in a forest, its ears pricked up."): either way one fact is said twice.
    Sentences are found through an index of their lemmas, so a caption of hundreds of
    sentences costs its words, not the square of its sentences (a short text asks its pairs instead,
    `repeated_by_pairs`)."""
    index: dict[str, set[int]] = {}
    seen: dict[str, int] = {}
    sizes: list[int] = []  # each sentence's distinct content words
    out: list[int | None] = []
    for i, mine in enumerate(keys):
        exact = seen.setdefault(texts[i].lower(), i)
        found = exact if exact != i else None
        mine = list(dict.fromkeys(mine))  # "car" three times in a sentence is one word it shares
        sizes.append(len(mine))
        if found is None and len(mine) >= 3:
            hits: dict[int, int] = {}
            for k in mine:
                for j in set().union(*(index.get(lemma, ()) for lemma in k)):
                    hits[j] = hits.get(j, 0) + 1
            found = min((j for j, n in hits.items() if (n >= REPEAT_SHARE * len(mine) or sizes[j] >= 3 and
                                                         n >= REPEAT_SHARE * sizes[j] and _said_again(keys[j], keys[i]))
                         and not _other_thing(texts[i], texts[j])), default=None)
        out.append(found)
        for k in mine:
            for lemma in k:
                index.setdefault(lemma, set()).add(i)
    return out


#: texts of up to this many sentences are read pair by pair (`repeated_by_pairs`): at most 2,016 remembered
#: pairs, where the index costs every lemma of every word of a new text again
BY_PAIRS = 64


def repeated_by_pairs(texts: list[str]) -> list[int | None]:
    """`_repeats`, sentence by sentence: the first earlier sentence it says word for word, else the first
    earlier one `_repeats_pair` finds (for a sentence of three content words or more). The same answer as the
    index: a sentence j the index hits for sentence i is one whose words share a lemma with i's, and which
    j is taken is decided by j's and i's texts alone, so each pair is remembered by the two texts."""
    seen: dict[str, int] = {}
    out: list[int | None] = []
    for i, text in enumerate(texts):
        exact = seen.setdefault(text.lower(), i)
        if exact != i:
            out.append(exact)
        elif len(_distinct_keys(text)) >= 3:
            out.append(next((j for j in range(i) if _repeats_pair(texts[j], text)), None))
        else:
            out.append(None)
    return out


@lru_cache(maxsize=8192)
def _distinct_keys(text: str) -> tuple[frozenset[str], ...]:
    """A sentence's content words' lemma sets, each once ("car" three times in a sentence is one word)."""
    return tuple(dict.fromkeys(_content_keys(text)))


@lru_cache(maxsize=65536)
def _repeats_pair(earlier: str, later: str) -> bool:
    """Whether sentence `later` says again what `earlier` says (`_repeats`'s test of one pair): enough of its
    content words (or of the earlier one's, said in one run) share a lemma with the earlier sentence's,
    and the two do not describe two things. A pure function of the two texts (the lexicon is loaded once)."""
    mine, theirs = _distinct_keys(later), _distinct_keys(earlier)
    lemmas = frozenset().union(*theirs)
    shared = sum(1 for k in mine if not lemmas.isdisjoint(k))
    return bool(shared) and (shared >= REPEAT_SHARE * len(mine) or len(theirs) >= 3 and shared >= REPEAT_SHARE
                             * len(theirs) and _said_again(_content_keys(earlier), _content_keys(later))) \
        and not _other_thing(later, earlier)


def said_again(earlier: str, later: str) -> bool:
    """Whether the sentence `later` says the sentence `earlier`'s content words in one run (`_said_again`)."""
    return _said_again(_content_keys(earlier), _content_keys(later))


def _said_again(earlier: tuple[frozenset[str], ...], later: tuple[frozenset[str], ...]) -> bool:
    """Whether `later` says `earlier`'s content words in one run, in their order, and then more: "A
    golden fox stands in a forest." and "A golden fox stands in a forest, its ears pricked up."
    (words shared by chance with a long sentence are scattered through it)."""
    best = 0
    for start in range(len(later)):
        for first in range(len(earlier)):  # the earlier sentence's run may begin past its opening words
            run = 0
            while first + run < len(earlier) and start + run < len(later) and earlier[first + run] & later[start + run]:
                run += 1
            best = max(best, run)
    return best >= max(3, REPEAT_SHARE * len(earlier))


def _other_thing(a: str, b: str) -> bool:
    """Whether two sentences alike in words describe two things: each gives a colour, a count or a
    place in the picture the other does not ("Tall white buildings with gray roofs ..." and "Tall
    yellow buildings with brown roofs ..."; "The sketch in the upper left corner holds a staff." and
    "The sketch on the right side holds a staff."), or the later one names a further thing ("more
    trees", "another trail", "the other side"). Two buildings described alike say no fact twice."""
    if _FURTHER_RE.search(a) and not _FURTHER_RE.search(b):
        return True  # "more trees are lit up", "another white trail": a further thing of a kind already named
    mine, theirs = _values(a), _values(b)
    if bool(mine - theirs) and bool(theirs - mine):
        return True
    # "in the upper left corner" and "on the right side": two places on one axis of the picture
    here, there = _places(a), _places(b)
    return any(here[axis] and there[axis] and here[axis] != there[axis] for axis in range(len(_AXES)))


# words that name a further thing of a kind already named ("another trail", "the other side", "more trees")
_FURTHER_RE = re.compile(r"\b(?:another|other|more)\s+(?!than\b)\w", re.I)


#: the axes of the picture and the words that place a thing on each (not against another thing, as "above"
#: or "atop" do)
_AXES = ({"left": "left", "leftmost": "left", "right": "right", "rightmost": "right"},
         {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom"},
         {"foreground": "foreground", "background": "background"})
#: words before "left" that make it a verb ("has left his bike")
_LEFT_VERB = frozenset("has have had was were is are be been being just".split())


@lru_cache(maxsize=65536)
def _places(text: str) -> tuple[frozenset[str], ...]:
    """The places in the picture a sentence gives, on each axis."""
    tokens = tokenize(text)
    return tuple(frozenset(axis[t.lower] for k, t in enumerate(tokens) if t.lower in axis
                           and not (t.lower == "left" and k and tokens[k - 1].lower in _LEFT_VERB)) for axis in _AXES)


@lru_cache(maxsize=65536)
def _values(text: str) -> frozenset[str]:
    """The colours (by canonical name) and counts a sentence gives."""
    lex = lexicon.load()
    out = set()
    for t in tokenize(text):
        if t.lower in lex.colors:
            out.add(lex.colors[t.lower])
        elif (n := lexicon.number_value(t.lower)) is not None:
            out.add(str(n))
    return frozenset(out)
