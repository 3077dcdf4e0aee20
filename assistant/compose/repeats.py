"""Repeated facts out of a caption without a model call: of two sentences that say the same
thing (the style check's `repeat`: most of one's content words are in the other), one goes,
or its new phrases move into the other ("... on the white ground." + "This is a white floor
with the cannon in the middle of it." -> "... on the white ground, in the middle of it.").

Repeats come from the notes themselves (IIW's object notes describe the same thing under two
objects, and the model writes a sentence for each), from a patch sentence next to the draft's
own wording of the same note, and from a note put in verbatim beside the model's sentence
that carried most of it. The check decides: a change is kept only where every note the
caption carried is still carried, no new problem appears, no word of the notes leaves the
caption (the check is lenient with "either side" or a count said elsewhere) and the caption
reads no worse (no more fragments or headings, fewer repeats).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant import lexicon
from assistant.check import prose
from assistant.check.word_forms import only_verb
from assistant.compose.fragments import DETERMINERS, PHRASE_START, plural_noun
from assistant.compose.models import SentenceChange
from assistant.compose.sentences import (about_another, before_sentence, not_worse, note_words_lost, says_nothing_new,
                                        word_count)
from assistant.notes import Observation
from assistant.text import tokenize

MERGED_MAX_WORDS = prose.LONG_WORDS
"""A merge that would make a sentence longer than this is not made: a long sentence is a
style remark of its own."""

#: words that start a phrase a sentence can take on at its end ("..., in the middle of the floor")
PREPOSITIONS = frozenset("in on at under over above below behind beside near next into onto from against along "
                          "across through between among inside outside atop beneath underneath by with without "
                          "toward towards around".split())


def merge_repeats(sentences: list[str], observations: list[Observation], changes: list[SentenceChange],
                  max_notes: int) -> list[str]:
    """Each repeat, while there is one the check lets go: the repeating sentence dropped, or the
    one it repeats, or the one's new phrases moved into the other."""
    if len(observations) > max_notes:
        return sentences
    for _ in range(len(sentences)):  # each round takes one sentence out, or ends
        found = _one_change(sentences, observations)
        if found is None:
            break
        sentences, change = found
        changes.append(change)
    return sentences


def _one_change(sentences: list[str], observations: list[Observation]) -> tuple[list[str], SentenceChange] | None:
    before = _style(sentences)
    for later, earlier in _pairs(sentences):
        for trial, change in _candidates(sentences, later, earlier):
            style = _style(trial)
            if style[0] <= before[0] and style[1] < before[1] and not note_words_lost(trial, sentences, observations) \
                    and not_worse(trial, sentences, observations):
                return trial, change
    return None


def _pairs(sentences: list[str]) -> list[tuple[int, int]]:
    """The style check's repeats, but none whose later sentence names another thing ("A second
    woman walks a dog."). An earlier "there is another rider" is the rider a later "A rider ..." says
    again: the style check counts that pair, and so it is mended here."""
    return [(i, j) for i, j in enumerate(prose.repeated(sentences)) if j is not None and j != i
            and not about_another(sentences[i])]


def _style(sentences: list[str]) -> tuple[int, int]:
    """Fragments, headings and comma splices, and repeats, of a caption: a merge that runs two clauses together
    with a comma ("In her hand, she holds a cup, she grips cup in her hand, while ...") mends no repeat."""
    figures = prose.figures(" ".join(sentences))
    return figures.fragments + figures.labels + figures.splices, figures.repeats


def _candidates(sentences: list[str], later: int, earlier: int) -> Iterator[tuple[list[str], SentenceChange]]:
    """Ways out of one repeat, the least change first: drop the later sentence, drop the earlier
    one, move the later one's new phrases into the earlier one, or the other way round (the
    merged sentence stands where the earlier one did)."""
    reason = "it said again what another sentence of the caption says"
    for gone, kept in ((later, earlier), (earlier, later)):
        trial = sentences[:gone] + sentences[gone + 1:]
        yield trial, SentenceChange(before=sentences[gone], after="", how="removed", reason=reason)
    for gone, kept in ((later, earlier), (earlier, later)):
        merged = _merged(sentences[kept], sentences[gone]) or joined_lists(sentences[kept], sentences[gone]) or \
            richer_phrase(sentences[kept], sentences[gone]) or opening_moved(sentences[gone], sentences[kept])
        if merged is None:
            continue
        trial = list(sentences)
        trial[earlier] = merged
        del trial[later]
        yield trial, SentenceChange(before=f"{sentences[earlier]} {sentences[later]}", after=merged, how="patch",
                                    reason=reason + ": the two are now one sentence")


def _merged(kept: str, gone: str) -> str | None:
    """`kept` with the phrases of `gone` that say something `kept` does not, at its end; None
    where the two are about different things (a phrase would move to another object), where
    `gone` has no such phrase, or where the result would be long."""
    head, other = subject(kept), subject(gone)
    if not head or not head & other:
        return None
    phrases = new_phrases(gone, kept)
    if not phrases:
        return None
    merged = kept.rstrip().rstrip(".!?") + ", " + ", ".join(phrases) + "."
    return merged if word_count(merged) <= MERGED_MAX_WORDS else None


# an opening phrase that says how or where the picture shows it: "Captured in a close-up, eye-level shot,"
_OPENING_RE = re.compile(r"^(?:[a-z]+ed\s+)?(?:" + "|".join(sorted(PREPOSITIONS - {"with", "without", "by"} | {"during"}))
                         + r")\s[^.;:]+,\s+\S", re.I)


def opening_moved(gone: str, kept: str) -> str | None:
    """`gone`'s opening phrase before `kept`, where the rest of `gone` is what `kept` says again
    with more ("Captured in a close-up shot, a fox stands in a forest." + "A fox stands in a forest,
    its ears pricked up." -> "Captured in a close-up shot, a fox stands in a forest, its ears pricked
    up."); None where `gone` opens otherwise, `kept` opens with a phrase of its own, or the result is long."""
    gone, kept = gone.strip(), kept.strip()
    if not _OPENING_RE.match(gone) or _OPENING_RE.match(kept):
        return None
    commas = [i for i, c in enumerate(gone) if c == ","]
    # the longest opening whose rest `kept` says again: "Captured in a close-up, eye-level shot," whole
    cut = next((i for i in reversed(commas) if prose.said_again(gone[i + 1:], kept)), None)
    if cut is None:
        return None
    merged = before_sentence(gone[:cut], kept)
    first = kept.split()[0]
    if merged.endswith(kept) and not first.isupper() and plural_noun(first.lower()):
        merged = merged[:-len(kept)] + first.lower() + kept[len(first):]  # "During winter, children play ..."
    elif merged.endswith(kept):
        return None  # "Bob", "Mount Fuji": a name keeps its capital, but a capital word mid-sentence may not be one
    return merged if word_count(merged) <= MERGED_MAX_WORDS else None


_HAS_RE = re.compile(r"^(.+?)\s+(has|have|holds|shows|includes)\s+(.+?)[.!]?$", re.I)
_ITEM_SPLIT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:a|an|the|some|two|three|four|five|\d+)\s)", re.I)


# an "and" inside a with/of phrase ("a silo with a green door and a red roof") may join that
# phrase's nouns or the list's: split there, a part could become another thing's
_AMBIGUOUS_AND_RE = re.compile(r"\b(?:with|of|in|on|from|for|near|behind)\s[^,]*?\s+and\s+(?=(?:a|an|the|some|two|three|four|five|\d+)\s)",
                               re.I)
_NOT_AN_ITEM_RE = re.compile(r"^(?:but|which|that|who|where|while|and|or)\b", re.I)


def joined_lists(kept: str, gone: str) -> str | None:
    """Two sentences that give one thing the same verb and a list each ("A white house with a
    brown roof has a chimney, a solar panel and a row of windows." + "A white house has a roof
    window with black frames, a solar panel and a chimney."), as one: `kept` with the items of
    `gone` it lacks at the end of its list, each item whole (so no phrase changes its noun).
    None where the subjects differ (`gone`'s has a word `kept`'s lacks), the verbs differ, or
    `gone` has no item of its own."""
    a, b = _HAS_RE.match(kept.strip()), _HAS_RE.match(gone.strip())
    if not a or not b or a.group(2).lower() != b.group(2).lower():
        return None
    mine = set().union(*(lexicon.lemmas(t.lower) for t in tokenize(a.group(1))))
    if not all(lexicon.lemmas(t.lower) & mine for t in tokenize(b.group(1)) if t.lower not in _DETERMINERS):
        return None
    if any(_AMBIGUOUS_AND_RE.search(x.group(3)) for x in (a, b)):
        return None  # "a silo with a green door and a red roof": whose roof the list cannot tell
    items = [i.strip() for i in _ITEM_SPLIT_RE.split(a.group(3)) if i.strip()]
    extra = [i.strip() for i in _ITEM_SPLIT_RE.split(b.group(3))
             if i.strip() and not says_nothing_new(i.strip(), [a.group(3)])]
    if not extra or len(items) + len(extra) < 2:
        return None
    every = items + extra
    if any(_NOT_AN_ITEM_RE.match(i) for i in every):
        return None  # "but no garage", "which is blue": a clause, not a thing the list can hold
    merged = f"{a.group(1)} {a.group(2)} {', '.join(every[:-1])}, and {every[-1]}."
    return merged if word_count(merged) <= MERGED_MAX_WORDS else None


def new_phrases(sentence: str, other: str) -> list[str]:
    """The phrases of `sentence` that start with a preposition and hold a content word `other`
    lacks (by lemma), each running to the next comma or the sentence's end, through phrases
    that add nothing themselves ("in the middle" + "of the floor"). Only a phrase of the whole
    sentence moves, one after a comma or right after its verb ("..., in the middle"): a phrase
    after a noun is that noun's ("a roof window with black frames"), and at the end of another
    sentence it would be another noun's; nor a phrase cut off inside a noun phrase at a comma
    ("with an old, brown roof")."""
    have = set().union(*(lexicon.lemmas(t.lower) for t in tokenize(other)))
    stop = lexicon.load().stop
    tokens = tokenize(sentence)
    out: list[str] = []
    start = None
    for k, t in enumerate(tokens):
        comma = k and any(c in sentence[tokens[k - 1].end:t.start] for c in ",;:")
        if comma and start is not None:
            out.append(sentence[tokens[start].start:tokens[k - 1].end])
            start = None
        if start is None and t.lower in PREPOSITIONS and _holds_new(tokens[k:], sentence, have, stop) and (
                comma or (k and tokens[k - 1].lower in _FINITE | _PLACED)):
            start = k
    if start is not None:
        out.append(sentence[tokens[start].start:tokens[-1].end])
    return [p for p in out if not _ends_inside_noun_phrase(p)]


#: participles after which a phrase is the sentence's ("is placed in the middle")
_PLACED = frozenset("placed located seen shown set standing sitting hanging lying parked attached".split())


def _ends_inside_noun_phrase(phrase: str) -> bool:
    """"with an old" (cut at the comma of "with an old, brown roof"): its last word is a
    determiner or a word that can only be an adjective, so the noun it describes is left behind."""
    last = tokenize(phrase)[-1].lower
    return last in _DETERMINERS or (lexicon.can_be_adjective(last) and not lexicon.can_be_noun(last))


_DETERMINERS = frozenset("a an the this that these those some its their his her my our your".split())


def _holds_new(tokens, sentence: str, have: set[str], stop: frozenset[str]) -> bool:
    """Whether the phrase starting at tokens[0] holds a content word not in `have`, before the
    next comma or the next preposition."""
    for k, t in enumerate(tokens):
        if k and (t.lower in PREPOSITIONS or any(c in sentence[tokens[k - 1].end:t.start] for c in ",;:")):
            return False
        if t.lower not in stop and t.text[:1].isalnum() and not lexicon.lemmas(t.lower) & have:
            return True
    return False


_OPENERS = frozenset("there here this that it is are was were has have a an the".split())
_FINITE = frozenset("is are was were has have had stands stand sits sit hangs hang lies lie".split())


def subject(sentence: str) -> frozenset[str]:
    """The lemmas of the head noun of a sentence's subject: the last word before its verb, a
    preposition or a comma, after an opening "There is", "This is", "It has" ("A white pillar
    with lights stands" -> pillar; "There is a white floor with ..." -> floor)."""
    tokens = tokenize(sentence)
    k = 0
    while k < len(tokens) and tokens[k].lower in _OPENERS:
        k += 1
    head = None
    for n in range(k, len(tokens)):
        t = tokens[n]
        if n > k and (t.lower in PREPOSITIONS or t.lower in _FINITE
                      or any(c in sentence[tokens[n - 1].end:t.start] for c in ",;:")):
            break
        head = t
    return lexicon.lemmas(head.lower) if head is not None and head.text[:1].isalnum() else frozenset()


def richer_phrase(kept: str, gone: str) -> str | None:
    """`kept` with its noun phrase for a thing replaced by `gone`'s fuller one, where that is all
    `gone` adds ("... on a red wooden board ..." + "There is a red painted wooden board with text
    "SONG"." -> "... on a red painted wooden board ..."): `gone`'s new words all stand in the
    modifiers of one noun that `kept` names once, and `kept`'s modifiers of it are among them.
    None otherwise (the caller drops `gone` only where the check finds nothing lost)."""
    stop = lexicon.load().stop
    theirs, mine = tokenize(kept), tokenize(gone)
    have = {t.lower for t in theirs}
    new = [i for i, t in enumerate(mine) if t.text[:1].isalpha() and t.lower not in stop and t.lower not in have]
    if not new:
        return None
    run = _modifier_run(mine, new[0], stop)
    if run is None or any(i not in range(*run) for i in new) or not _modifiers(mine[run[0]:run[1] - 1]):
        return None
    head = mine[run[1] - 1].lower
    at = [i for i, t in enumerate(theirs) if t.lower == head]
    if len(at) != 1:
        return None
    start, after = _run_start(theirs, at[0], stop), at[0] + 1
    if after < len(theirs) and _noun_after(theirs[after].lower) or \
            start > 0 and theirs[start - 1].lower not in DETERMINERS | PHRASE_START:
        return None  # "the dog bed": a modifier there, not the dog; "They watch": a verb, not the watch
    ours = {t.lower for t in theirs[start:at[0] + 1]}
    if not ours <= {t.lower for t in mine[run[0]:run[1]]} or \
            any(t.lower in have and t.lower not in ours for t in mine[run[0]:run[1]]):
        return None  # "The sign reads open door": "sign" is another word of `kept`, not the door's
    phrase = gone[mine[run[0]].start:mine[run[1] - 1].end]
    if "," in phrase or run[0] > 0 and mine[run[0] - 1].lower not in DETERMINERS | PHRASE_START:
        return None  # "During winter, children ...": "winter" is no modifier of the children
    return kept[:theirs[start].start] + phrase + kept[theirs[at[0]].end:]


def _noun_after(word: str) -> bool:
    """A noun after another that makes it its modifier ("dog bed"), not a verb ("dog sits")."""
    return lexicon.can_be_noun(word) and not only_verb(word) and not (word.endswith("s") and lexicon.can_be_verb(word))


def _modifiers(tokens) -> bool:
    """Whether words before a noun are only its modifiers, to be given to it in another sentence:
    no hedge or negation ("maybe", "no": they belong to the fact, not the thing), no number (the
    other sentence counts it its own way) and no verb of the present ("chases", "reads")."""
    lex = lexicon.load()
    hedges = lex.note_hedges | lex.draft_hedges | lex.quantity_hedges | lex.negations
    return not any(t.lower in hedges or lexicon.number_value(t.lower) is not None
                   or t.lower.endswith("s") and not t.lower.endswith("ss") and lexicon.can_be_verb(t.lower)
                   for t in tokens)


def _modifier_run(tokens, i: int, stop: frozenset[str]) -> tuple[int, int] | None:
    """The run of words around word i with no function word or mark in it ("red painted wooden
    board"), as (start, end), when it ends in a noun after i; None for a run of one word."""
    start, end = _run_start(tokens, i, stop), i + 1
    while end < len(tokens) and tokens[end].text[:1].isalpha() and tokens[end].lower not in stop:
        end += 1
    return (start, end) if end - start > 1 and end - 1 > i else None


def _run_start(tokens, i: int, stop: frozenset[str]) -> int:
    """Where the run of words with no function word or mark in it that ends at word i starts."""
    while i > 0 and tokens[i - 1].text[:1].isalpha() and tokens[i - 1].lower not in stop:
        i -= 1
    return i
