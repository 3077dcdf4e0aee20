"""Where a long sentence may be cut without a model, and the pieces it is cut into: a comma splice,
a clause break ("; ", ", and ", " and " before a clause), a list of things, the things a subject has
("It also has ..."), a participle's phrase, a relative clause on a noun phrase. `polish.split_long`
keeps a cut only where the check gets no worse."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from assistant import lexicon
from assistant.check import clauses, commas
from assistant.check.word_forms import only_verb
from assistant.compose.fragments import PHRASE_START, as_sentence, be_for, pronoun_be
from assistant.compose.has_lists import has_a_verb, has_list_breaks
from assistant.compose.lists import ITEM_OPENERS, shared_predicate
from assistant.compose.repeats import PREPOSITIONS
from assistant.compose.sentences import terminated, word_count
from assistant.text import tokenize


_CLAUSE_BREAK_RE = re.compile(r"(?:;\s+|,\s+(?:and|while|whereas)\s+|,\s+(?=but\s))", re.I)
# "a red car parked beside it, a big glass wall with white pillars, a white roof ...": a list of
# things, cut between two of them when no clause break is left
_LIST_BREAK_RE = re.compile(rf",\s+(?={ITEM_OPENERS}\s)", re.I)


def _and_clauses(sentence: str) -> list[re.Match]:
    """" and " with no comma before it, where what follows is a clause of its own ("A bus waits on
    the left and two people stand at the stop"): a clause break as good as ", and "."""
    # and a verb before it: "A, B, the nets and the flags are on the beach" is a list's shared verb, not a clause
    # the clause read to the next "and" or comma: a second clause after it ("... and also a bin is beside
    # it") is no reason to keep the first one whole
    return [m for m in re.finditer(r"(?<!,)\s+and\s+", sentence)
            if commas.is_clause(_CLAUSE_END_RE.split(sentence[m.end():].rstrip(".!?"), maxsplit=1)[0], relatives=True)
            and has_a_verb(sentence[:m.start()])]


_CLAUSE_END_RE = re.compile(r",\s+|\s+and\s+")


def _while_clauses(sentence: str) -> list[re.Match]:
    """" while " with no comma before it, where a clause follows ("... on its head while there are
    clothes on the body", "... while the statue stands on a box"): a clause break as ", while ". The
    words before it may be a noun phrase or a view ("A close-up view of a toy with ..."), which
    `complete_fragments` then writes as a sentence; where it cannot, the cut is not made."""
    return [m for m in re.finditer(r"(?<!,)(?<!\ba)(?<!\bthe)\s+while\s+", sentence)  # "for a while": a noun
            if commas.is_clause(_CLAUSE_END_RE.split(sentence[m.end():].rstrip(".!?"), maxsplit=1)[0], relatives=True)
            and (has_a_verb(sentence[:m.start()]) or as_sentence(terminated(sentence[:m.start()])) is not None)]


# ", surrounded by shrubs", ", covered with moss": a participle's phrase on what the sentence is about
_PARTICIPLE_BREAK_RE = re.compile(r",\s+(?=(\w+)\s+(?:by|with|in|on|at|under|over|along|around)\b)")


def _participle_breaks(sentence: str) -> list[tuple[int, int, str]]:
    """A participle's phrase after a comma (", surrounded by green shrubs"), cut off as a sentence
    of its own about the same thing ("It is surrounded by green shrubs."), "It is" or "They are"
    by the number of the thing (`fragments.pronoun_be`)."""
    out = []
    for m in _PARTICIPLE_BREAK_RE.finditer(sentence):
        word = m.group(1).lower()
        if word.endswith(("ed", "en")) and clauses.participle_after_noun(word) and (subject := pronoun_be(sentence[:m.start()])):
            out.append((m.start(), m.end(), subject + " "))
    return out


# " and holding a sword", " and wearing the hat": a second participle of what an earlier one is said of
_AND_ING_RE = re.compile(r"(?<!,)\s+and\s+(?=([a-z]{3,}ing)\s+(?:a|an|the|his|her|its|their|some|on|in|at|with|by|"
                         r"under|over|from|into|onto|toward|towards)\b)", re.I)


def _and_ing_breaks(sentence: str) -> list[tuple[int, int, str]]:
    """" and holding a sword in his left hand" after "... standing on a base ...": the second
    participle cut off as a sentence of its own about the same thing ("It is holding a sword ..."),
    "It is" or "They are" by the number of the thing (`fragments.pronoun_be`). Only after an -ing
    participle earlier in the sentence: "... and clothing on the floor" is a list's last thing."""
    out = []
    for m in _AND_ING_RE.finditer(sentence):
        before = sentence[:m.start()]
        last = list(_ING_RE.finditer(before))[-1:]
        # "Two dogs sleeping on a rug, a cat sitting on a chair and looking ...": the nearest participle is
        # another thing's, after a comma; "It"/"They" would say it of the first
        if lexicon.can_be_verb(m.group(1).lower()) and last and "," not in before[:last[0].start()] \
                and (subject := _thing_pronoun_be(before)):
            out.append((m.start(), m.end(), subject + " "))
    return out


def _thing_pronoun_be(before: str) -> str | None:
    """`pronoun_be` for what `before` is about, None for a person ("A tall man ...": no "It is")."""
    words = []
    for t in tokenize(before):
        if t.lower in PREPOSITIONS | {"of", "with"} or not t.text[:1].isalpha():
            break
        words.append(t.lower)
    if lexicon.names_member("person", words) or {"person", "people"} & set(words):
        return None
    return pronoun_be(before)


# " and has unclear text", " and is on the floor": the subject's second verb
_AND_VERB_RE = re.compile(r"(?<!,)\s+and\s+(?=(is|are|has|have|was|were)\s)", re.I)
_SINGULAR_VERBS = frozenset("is has was".split())


def _and_verb_breaks(sentence: str) -> list[tuple[int, int, str]]:
    """" and has unclear yellow text ..." after a clause ("A sign ... is in the shape of a triangle
    ..."): the subject's second verb cut off with "It" or "They" for the subject, by its number
    (`fragments.pronoun_be`), where that number agrees with the verb."""
    out = []
    for m in _AND_VERB_RE.finditer(sentence):
        before = sentence[:m.start()]
        subject = _thing_pronoun_be(before) if clauses.has_verb(tokenize(before), before) else None
        if subject is not None and (subject == "It is") == (m.group(1).lower() in _SINGULAR_VERBS):
            out.append((m.start(), m.end(), subject.split()[0] + " "))
    return out


# ", with a background of tall palm trees": the scene behind, said after the main thing
_BACKGROUND_RE = re.compile(r",?\s+(?:with|against)\s+(?:a\s+|the\s+)?background\s+of\s+", re.I)


def _background_breaks(sentence: str) -> list[tuple[int, int, str]]:
    """", with a background of tall palm trees, buildings and lights" cut off as a sentence of
    its own: "In the background, there are tall palm trees, ...", by the number of what follows
    (`fragments.be_for`)."""
    out = []
    for m in _BACKGROUND_RE.finditer(sentence):
        be = be_for(sentence[m.end():].rstrip(".!?"))
        if be is not None and has_a_verb(sentence[:m.start()]):
            out.append((m.start(), m.end(), f"In the background, there {be} "))
    return out


def _breaks(sentence: str, has: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    """(start, end, words to put before what follows) of the cuts where a long sentence may be
    split, the better kind first: a comma splice, a clause break ("; ", ", and ", ", while ",
    ", but ", " and " before a clause), a list of things (", a ..."), the things a subject has
    (`has`: `has_list_breaks(sentence)`, said again with "It also has"), a participle's phrase
    (", surrounded by ..."), a second participle or verb of the subject (" and holding ...", " and
    has ..."), a background said last, a relative clause on a noun phrase. One kind at a time: the caller
    stops at the first kind that gives a cut, and the later kinds cost a reading each."""
    yield [(at, at + 1 + len(sentence[at + 1:]) - len(sentence[at + 1:].lstrip()), "")
           for at in commas.splices(sentence)]
    # ", and" before a verb joins the subject's second verb ("... of oak, and is placed ..."): no break;
    # nor where the words before it have no verb and the words after it do ("A man wearing a hat, a coat,
    # and shoes sits ..."): that verb is all of theirs (two verbless pieces of terse notes may be cut)
    clause = [m.span() + ("",) for m in _CLAUSE_BREAK_RE.finditer(sentence)
              if not m.group().lower().rstrip().endswith("and")
              or not _verb_first(sentence[m.end():]) and not _ends_a_series(sentence[:m.start()])
              and not _shared_verb(sentence[:m.start()], sentence[m.end():])] + \
        [m.span() + ("",) for m in _and_clauses(sentence) + _while_clauses(sentence)]
    yield [c for c in clause if c[0] not in {h[0] for h in has}]  # ", and a brown hill" ends a list, not a clause
    # a list of things cut as one ("..., a red car parked beside it, a glass wall ...") before "It also has"
    yield [m.span() + ("",) for m in _LIST_BREAK_RE.finditer(sentence)
           if not _worn_list(sentence[:m.start()]) and not _place_first(sentence[:m.start()])]
    yield has
    yield _participle_breaks(sentence) + _and_ing_breaks(sentence) + _and_verb_breaks(sentence) + \
        _background_breaks(sentence)
    yield _relative_breaks(sentence)


# " that is attached ...", ", which are on the left": a relative clause on the noun phrase before it
_RELATIVE_RE = re.compile(r",?\s+(?:that|which|who)\s+(?=(is|are|was|were|has|have)\s)", re.I)
# the noun phrase a relative clause is on: a determiner and up to four words, none of them a verb
# or a preposition ("the metal chain", "a small wooden pole", "two red cars")
_ANTECEDENT_RE = re.compile(r"\b(a|an|the|some|two|three|four|five|six|seven|eight|nine|ten|\d+)((?:\s+[\w'-]+){1,4})$",
                            re.I)


def _relative_breaks(sentence: str) -> list[tuple[int, int, str]]:
    """A relative clause on a noun phrase (" on the metal chain that is attached to a pole"), cut off
    as a sentence of its own about that phrase ("The metal chain is attached to a pole."): a long
    sentence with no clause or list break may still have these."""
    out = []
    for m in _RELATIVE_RE.finditer(sentence):
        head = _ANTECEDENT_RE.search(sentence[:m.start()])
        if head is None or not (words := head.group(2).split()) or \
                any(w.lower() in PHRASE_START or only_verb(w.lower()) or w.lower() in clauses.FINITE for w in words):
            continue
        plural = m.group(1).lower() in ("are", "were", "have")
        if plural != (words[-1].lower().endswith("s") or head.group(1).lower() not in ("a", "an", "the", "some")):
            continue  # "the road which are behind": the clause is on another noun ("objects on the road")
        determiner = head.group(1).lower()
        subject = "The" if determiner in ("a", "an", "the", "some") else f"The {determiner}"
        out.append((m.start(), m.end(), f"{subject} {' '.join(words)} "))
    return out


def _shared_verb(before: str, after: str) -> bool:
    """Whether the verb after a cut is the subject's before it: the words before have none, the
    words after it have one ("A person holding a toy with wings, ears, and white fangs is wearing ...")."""
    return not has_a_verb(before) and has_a_verb(after)


def _worn_list(before: str) -> bool:
    """Whether a list of things after `before` is what a participle before it takes ("A woman wearing a
    white shirt, a grey apron, ..."): no finite verb yet, and an -ing word. Cut there, the things
    after the cut lose their owner ("A grey apron ..." on its own)."""
    return bool(_ING_RE.search(before)) and not clauses.has_verb(tokenize(before), before)


_ING_RE = re.compile(r"\b[a-z]{3,}ing\b", re.I)


def _place_first(before: str) -> bool:
    """Whether `before` is only a place typed first ("In the top left corner of the frame"): what follows
    its comma is the thing there, no second item of a list; cut there, the place is left a fragment."""
    words = before.split()
    return "," not in before and bool(words) and words[0].lower() in PREPOSITIONS and \
        not clauses.has_verb(tokenize(before), before)


def _ends_a_series(before: str) -> bool:
    """Whether the ", and" after `before` ends a series of short items ("lights in orange, blue,
    yellow, green, and pink"): two or more items of one or two words each before it. Cut there,
    the last item is left alone as a fragment ("Pink with wires shining at night.")."""
    items = [item.split() for item in before.rsplit(",", 2)[1:]]  # the last two items: a list may run to thousands
    # "apples, pears, and plums, and a woman ...": that series ended with its own "and"
    return len(items) >= 2 and all(1 <= len(item) <= 2 for item in items[-2:]) and items[-1][0].lower() not in ("and", "or")


def _verb_first(text: str) -> bool:
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in clauses.FINITE or only_verb(first)


def split_run_on(sentence: str, limit: int = 40) -> list[str]:
    """A sentence over `limit` words cut at the clause breaks nearest its middle (`_breaks`: a
    comma splice, "; ", ", and ", ", while ", ", but ", " and " before a clause), recursively:
    polish without a model call. Without one, a list of things is cut between two items
    (", a ..."), else a participle's phrase is made a sentence (", surrounded by trees" -> "It is
    surrounded by trees."). A sentence with none of these is returned whole."""
    words = word_count(sentence)
    if words <= limit:
        return [sentence]
    if shared := shared_predicate(sentence, limit):  # before an "and" that looks like a clause's: it is a list's
        return shared  # not cut again: a cut between its things would leave the first without the verb
    best = None
    # each side's words counted from the sentence's tokens, not tokenized again per cut: a list of
    # hundreds of things (at the notes' size limit) has hundreds of cuts
    tokens = tokenize(sentence)
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    has = has_list_breaks(sentence)  # read once: the cuts, and what a later piece says again
    for breaks in _breaks(sentence, has):
        for start, end, before in breaks:
            n_left = bisect_right(ends, start)
            n_right = word_count(before) + len(tokens) - bisect_left(starts, end)
            if n_left >= 6 and n_right >= 6:
                score = abs(n_left - n_right)
                if best is None or score < best[0]:
                    best = (score, sentence[:start], before + sentence[end:])
        if best is not None:
            break
    if best is None:
        return [sentence]
    _, left, right = best
    # only where "has" is the verb: after "with" the list may be the scene's things, not the subject's
    also = _ALSO_HAS_RE.match(sentence)
    prefix = also.group(0) if also else next((b for _, _, b in has if b), "") if _HAS_VERB_RE.match(sentence) else ""
    if prefix and right.strip() and not right.startswith(prefix) and not clauses.has_verb(tokenize(right), right):
        right = prefix + right.strip()[0].lower() + right.strip()[1:]  # "X has A, B" cut anywhere: B is had too
    return split_run_on(terminated(left), limit) + split_run_on(terminated(right), limit)


# a sentence of the things a subject has, after a first cut (`has_list_breaks`)
_ALSO_HAS_RE = re.compile(r"^(?:It also has|They also have) ")
_HAS_VERB_RE = re.compile(r"^(?:(?!\bwith\b).)*?\s(?:has|have)\s", re.I)  # "has" before any "with"


def split_splices(sentence: str) -> list[str]:
    """A sentence that runs two sentences together with a bare comma, as those sentences: a comma
    splice ("The bench is green, two dogs sleep under it." -> "The bench is green. Two dogs sleep
    under it."), or a noun phrase with no verb before a clause ("A bench in the park, a dog sleeps
    under it." -> "A bench in the park. A dog sleeps under it.", which `complete_fragments` then
    writes as a sentence)."""
    cuts = commas.splices(sentence)
    head = commas.verbless_head(sentence)
    cuts = sorted(set(cuts) | ({head} if head is not None else set()))
    if not cuts:
        return [sentence]
    bounds = [0] + [c + 1 for c in cuts]
    ends = cuts + [len(sentence)]
    return [terminated(sentence[a:b]) for a, b in zip(bounds, ends)]
