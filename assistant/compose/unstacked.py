"""Sentences that say their subject twice, with two verbs, said once: "The roof is a white roof is on the
pillars." -> "A white roof is on the pillars.", and the model's "There is a wide shot shows a harbour." -> "A
wide shot shows a harbour." (the caption prompt's "There is" put before a sentence that has its verb). No model
call; each change kept only where the check finds every note still carried (`polish.OneSentenceAtATime`)."""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.check import clauses, prose
from assistant.check.missed_verbs import collective_verb, verb_after_aside
from assistant.check.word_forms import past_participle, past_tense, plural
from assistant.check.endings import PREPOSITIONS
from assistant.compose.models import SentenceChange
from assistant.compose.polish import REPEATS_MAX_NOTES, OneSentenceAtATime
from assistant.compose.sentences import names_label, terminated
from assistant.notes import Observation
from assistant.text import tokenize

# "The pillars are two cement pillars are on either side ...": a note's heading made the subject
# of a sentence that has its own subject and verb
_STACKED_RE = re.compile(r"^(?:the\s+|this\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:is|are)\s+(?=(?:a|an|the|some|\d+|"
                         r"one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s)", re.I)


def unstacked(sentence: str) -> str | None:
    """A sentence that says its subject twice, with two verbs ("The roof is a white roof is on
    the pillars."), without the first subject and verb ("A white roof is on the pillars."),
    where what is left is a sentence that names that subject; None otherwise."""
    placed = _PLACE_THERE_RE.match(sentence)  # "Among them, there is a plate of figs, neatly stacked, draws the eye."
    if placed and placed.group(1).split(" ", 1)[0].lower() in PREPOSITIONS | {"among", "amid", "beyond", "around"}:
        rest = _there_unstacked(as_typed := sentence[placed.end():])  # its first letter as typed: "a bowl", "Mount Fuji"
        whole = None if rest is None else f"{placed.group(1)}, {as_typed[:1]}{rest[1:]}"
        return None if whole is None or prose.has_fragment(whole) else whole  # the figure reads the place too
    m = _STACKED_RE.match(sentence)
    if not m:
        return None
    rest = sentence[m.end():]
    if m.group(1).lower() == "there":  # "There is a high-angle, full shot captures ...": the phrase has its own verb
        return _there_unstacked(rest)
    if not names_label(m.group(1), rest) or prose.has_fragment(rest):
        return None
    # its own verb, in its first clause, after its subject: not one of a relative clause ("a tall
    # lamp that is black"), of another clause ("a stop sign; there is a pole", "a wooden table and
    # it has a lamp") or of another subject ("the room where she sits")
    first = re.split(r"[;,:]|\b(?:and|but|or|while|where|when)\b", rest, maxsplit=1, flags=re.I)[0]
    words = [t.lower for t in tokenize(first)]
    main = any(w in _MAIN_VERBS and k > 0 and words[k - 1] not in _NOT_SUBJECTS for k, w in enumerate(words))
    return terminated(rest) if main else None


def _there_unstacked(rest: str) -> str | None:
    """The rest of "There is <rest>" as the sentence, where the rest is one with its own main verb in
    its first clause ("a wide shot captures a dog"; not "a dog, which sits ...", "a cup and a saucer sits ...")."""
    tokens = tokenize(rest)
    grouped = collective_verb(rest) if (aside := _verb_after_aside(rest, tokens)) is None else aside
    first = next(iter(clauses.verbs(tokens, rest)), grouped)  # "a pair of speakers command attention"
    if first is None or not (clauses.has_main_verb(tokens, rest) or first == grouped) or prose.has_fragment(rest) or \
            {t.lower for t in tokens[:first]} & _JOINS_BEFORE_VERB:
        return None
    verb, before = tokens[first].lower, tokens[first - 1].lower if first else ""
    # "two lamps light the hall": a plural's base form, though not one that is its past forms too after a lifeless
    # thing ("two plates set on the table"); "a backdrop blurred expanse of snow": a past form describes as often
    if not (verb.endswith("s") and not verb.endswith("ss") or verb in ("are", "have") or lexicon.is_verb_base(verb)
            and not verb.endswith(("ed", "ing")) and (not (past_tense(verb) and past_participle(verb)) or lexicon.names_living([before]))
            and plural(before) and lexicon.can_be_noun(before)):
        return None
    lowers = [t.lower for t in tokens[:first]]
    if any(w in _SECOND_SUBJECT and k and lowers[k - 1] not in PREPOSITIONS for k, w in enumerate(lowers)):
        return None  # "a path the hiker follows", "a box of tools he uses": the verb is another subject's
    return terminated(rest[:1].upper() + rest[1:])


def _verb_after_aside(rest: str, tokens: list) -> int | None:
    """The -s verb that opens the last comma part of "a second dog, lighter shade of brown, mirrors the first"
    (`missed_verbs.verb_after_aside` reads it), or None."""
    capital = rest[:1].upper() + rest[1:]
    if not verb_after_aside(capital):
        return None
    after_comma = [k for k in range(1, len(tokens)) if "," in rest[tokens[k - 1].end:tokens[k].start]]
    return after_comma[-1] if after_comma and tokens[after_comma[-1]].lower.endswith("s") else None


_PLACE_THERE_RE = re.compile(r"^([A-Z][^,]{2,40}), there (?:is|are) ")
#: words that open a second subject inside the phrase, where not after a preposition ("a view of the lake shows")
_SECOND_SUBJECT = frozenset("a an the this that these those his her its their my our your he she it they we i you as".split())
_JOINS_BEFORE_VERB = frozenset("and or but while which that who where when with".split())
_MAIN_VERBS = frozenset("is are has have stands stand sits sit hangs hang lies lie".split())
_NOT_SUBJECTS = frozenset("that which who whom where when there it he she they we i you".split())


def unstack_subjects(sentences: list[str], observations: list[Observation],
                     changes: list[SentenceChange]) -> list[str]:
    """Sentences whose subject is said twice, with two verbs, said once (`unstacked`), where
    the check finds every note still carried: the model's grammar slip, mended without a call."""
    if len(observations) > REPEATS_MAX_NOTES:
        return sentences
    judge = None
    for i in reversed(range(len(sentences))):
        whole = unstacked(sentences[i])
        if whole is None:
            continue
        judge = judge or OneSentenceAtATime(sentences, observations)
        trial = sentences[:i] + [whole] + sentences[i + 1:]
        if judge.not_worse(trial, sentences, i):
            changes.append(SentenceChange(before=sentences[i], after=whole, how="patch",
                                          reason="the subject was said twice, with two verbs"))
            sentences = trial
    return sentences
