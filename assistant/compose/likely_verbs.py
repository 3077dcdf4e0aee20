"""A fragment's missing "is" or "are", put where the model reads the sentence as likeliest.

The small embedded model leaves out the verb of a terse note's sentence in ever new shapes ("The
cat's fur predominantly ginger, with ...", "The backdrop blurred blend of ...", "The feline facing
the right side ..."). The rules before this (`polish.complete_fragments`) mend the shapes they
know; where a sentence is still a fragment, this writes the few sentences that differ from it by
one "is"/"are" (or "is a") at each place a subject may end, and asks the model which it finds
likeliest (`llm.log_likelihoods`: it reads them, it writes nothing). The winner must beat the
sentence as it was, be no fragment, and keep every note as the check reads it (`polish.mend_each`);
else the sentence stays. Only a model that runs here can score; with any other the sentence stays.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from assistant import llm
from assistant.check import prose
from assistant.compose.models import SentenceChange
from assistant.compose.polish import mend_each
from assistant.notes import Observation

log = logging.getLogger(__name__)

#: Places a subject may end at are looked for among a sentence's first words (and after later commas).
FIRST_WORDS = 8
#: Places tried in a sentence at most (its first words, then the ends of its asides).
MAX_PLACES = 12
#: Words kept after the last place in the first, cheaper round (every candidate is cut there).
WORDS_AFTER = 4
#: Fragments a caption may have scored: each costs the model a read of some 10 short sentences.
MAX_FRAGMENTS = 4

# A subject does not end on these ("the | is ...", "of | is ..."), nor before a verb already there.
_NO_END = frozenset("""a an the this that these those its his her their our your my some any each every no
of in on at with without by for from to into onto over under near beside behind between among through
and or but nor as while where which who whose that than is are was were be been being has have had""".split())
_VERB_NEXT = frozenset("is are was were has have had can could may might will would stands sits".split())
_NO_START = _VERB_NEXT | frozenset("and or but nor".split())
_DETERMINER_NEXT = _NO_END | frozenset("one two three four five six seven eight nine ten several many few".split())


def insert_be(sentence: str, log_likelihoods: Callable[[list[str]], list[float] | None]) -> str | None:
    """The sentence with "is"/"are" (or "is a") where `log_likelihoods` finds it likeliest, when that
    beats the sentence as it was; else None. Places: after each of the first words that may end a
    subject, and after each later comma (an aside's end: "Another plane, painted gray, | parked ...")."""
    words = sentence.split()
    if len(words) < 3 or _verb_after_aside(words):  # "Ginger cat." has one place ("Ginger is a cat.")
        return None
    places = [i for i in range(1, len(words)) if _may_end_subject(words, i)][:MAX_PLACES]
    if not places:
        return None
    end = min(len(words), places[-1] + WORDS_AFTER)
    # after a comma, without it: "The tail, | mix of ..." reads "The tail is a mix of ..."; an aside's end (a comma
    # before it) also with it: "Another plane, painted gray, | parked ..." ("..., painted gray, is parked ...")
    first = [(i, be, drop) for i in places for be in ("is", "are") for drop in (True, False)[:1 + _aside_end(words, i)]]
    scores = log_likelihoods([_with(words, i, be, end, drop) for i, be, drop in first])
    if scores is None:
        return None
    best = sorted(range(len(first)), key=scores.__getitem__, reverse=True)[:2]  # the two likeliest places or forms
    candidates = []
    for i, be, drop in (first[k] for k in best):
        variants = [be]
        if be == "is" and bare_word(words[i]) not in _DETERMINER_NEXT:
            variants.append("is an" if bare_word(words[i])[:1] in tuple("aeiou") else "is a")
        candidates += [c for c in (_with(words, i, v, len(words), drop) for v in variants) if c not in candidates]
    scores = log_likelihoods([sentence, *candidates])
    if scores is None or max(scores[1:]) <= scores[0]:
        return None
    return candidates[max(range(len(candidates)), key=lambda k: scores[k + 1])]


def _may_end_subject(words: list[str], i: int) -> bool:
    """Whether a subject may end before word `i`: among the first words or after a comma, never after an
    article, a preposition or a possessive ("the cat's | fur"), never before a verb there or a conjunction
    ("the cat | and dog"), never inside a quotation or parentheses (a sign's words are quoted as written)."""
    before, word = words[i - 1], words[i]
    return ((i <= FIRST_WORDS or before.endswith(",")) and bare_word(before) not in _NO_END
            and bare_word(word) not in _NO_START and not before.endswith((":", ";", "—", "–", "-"))
            and not re.search(r"['’]s\W*$|s['’]\W*$", before) and re.match(r"[\w\"']", word) is not None
            and not _inside_quotes(words[:i]))


def _inside_quotes(words: list[str]) -> bool:
    text = " ".join(words)
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("(") > text.count(")")


def _aside_end(words: list[str], i: int) -> bool:
    """Whether the comma before word `i` may close an aside (an earlier comma opened it), so that it is kept
    beside the form without it; a sentence's first comma never stands between a subject and its verb."""
    return words[i - 1].endswith(",") and any(w.endswith(",") for w in words[:i - 1])


def _verb_after_aside(words: list[str]) -> bool:
    """An -s word after an aside's comma and before a particle, a preposition or an article: "The beach,
    a stretch of sand, | stretches out ...", the sentence's verb that the fragment figure reads as a plural."""
    return any(words[i - 1].endswith(",") and re.fullmatch(r"[a-z]+[^s']s", words[i]) and bare_word(words[i + 1]) in _AFTER_VERB
               for i in range(2, len(words) - 1))


_AFTER_VERB = frozenset("""out up down off away back over along across around through into onto in on at to toward
towards from by with above below beneath under behind beside near past the a an its their his her""".split())


def bare_word(word: str) -> str:
    """A word without the punctuation around it, in lower case ("“Fish,”" -> "fish")."""
    return word.strip(".,;:!?\"'()“”‘’").lower()


def _with(words: list[str], i: int, be: str, end: int, drop: bool = True) -> str:
    """The words up to `end` with `be` before word `i`; with `drop`, a comma before it goes ("The tail,
    mix of ..." -> "The tail is a mix of ...")."""
    left = words[:i]
    if drop and left[-1].endswith(","):
        left = left[:-1] + [left[-1][:-1]] if left[-1] != "," else left[:-1]  # "A cat , sleeping": no double space
    return " ".join(left + be.split() + words[i:end])


def with_likely_verbs(sentences: list[str], observations: list[Observation], changes: list[SentenceChange],
                      spec: llm.ModelSpec, warnings: list[str] | None = None) -> list[str]:
    """`insert_be` on each sentence the prose figures call a fragment, where `spec`'s model can score
    and the check finds every note still carried."""
    fragments = [s for s in sentences if prose.has_fragment(s)][:MAX_FRAGMENTS]
    if not fragments:
        return sentences

    def scores(texts: list[str]) -> list[float] | None:
        try:
            return llm.log_likelihoods(texts, spec)
        except Exception as e:  # the sentence stays as it is; nothing the annotator typed depends on this
            log.warning("scoring failed: %s", e)
            if warnings is not None and not any(w.startswith("a fragment was left") for w in warnings):
                warnings.append(f"a fragment was left as it is: the model could not score its mends ({e})")
            return None

    def mend(sentence: str) -> str | None:
        if sentence not in fragments:
            return None
        whole = insert_be(sentence, scores)
        return whole if whole is not None and not prose.has_fragment(whole) else None

    return mend_each(sentences, observations, changes, mend, "a fragment given the verb the model found likeliest",
                     every_note=True)
