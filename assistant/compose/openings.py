"""A sentence that is only a participle's phrase of the view or the time ("Captured at eye-level on a sunny
day."), joined to the sentence after it as its opening ("Captured at eye-level on a sunny day, a bulldog
stands ..."): the model's full stop where a comma belongs. No model call; kept only where the check finds
every note still carried and no more problems."""

from __future__ import annotations

from assistant import lexicon
from assistant.check import prose
from assistant.check.word_forms import past_or_participle
from assistant.compose.fragments import DETERMINERS
from assistant.compose.models import SentenceChange
from assistant.compose.sentences import not_worse, terminated, word_count
from assistant.notes import Observation
from assistant.text import tokenize

#: a joined sentence over this many words is left as two: a long opening makes a long sentence
JOINED_WORDS = 40
#: verbs that say how the picture was taken or is seen ("Captured at eye-level", "Seen from above"): their phrase
#: opens any sentence; another participle ("Tied to a post.") describes a thing the next subject would take over
_VIEW_VERBS = frozenset("capture take shoot photograph snap film see view picture record".split())


def opening_joined(phrase: str, sentence: str) -> str | None:
    """`phrase` (a participle's phrase with no verb, a fragment) and `sentence` (opened by a determiner, no
    fragment) as one sentence, the phrase its opening; None where either is not of that shape."""
    words = tokenize(phrase)
    after = tokenize(sentence)
    if len(words) < 2 or not after or after[0].lower not in DETERMINERS or "," in phrase:
        return None
    first = words[0].lower
    if not phrase[:1].isalpha() or first.endswith("ing") or not past_or_participle(first) or \
            not set(lexicon.verb_lemmas(first)) & _VIEW_VERBS or not prose.has_fragment(phrase) or \
            prose.has_fragment(sentence) or word_count(phrase) + word_count(sentence) > JOINED_WORDS:
        return None
    opened = after[0].text.lower() if after[0].lower in DETERMINERS and after[0].text != "I" else after[0].text
    whole = terminated(f"{phrase.rstrip().rstrip('.!')}, {opened}{sentence[after[0].end:]}")
    return None if prose.has_fragment(whole) else whole


def join_openings(sentences: list[str], observations: list[Observation],
                  changes: list[SentenceChange]) -> list[str]:
    """Each lone opening phrase joined to the sentence after it (`opening_joined`), last first, where the
    check loses no note and finds no more problems."""
    for i in reversed(range(len(sentences) - 1)):
        whole = opening_joined(sentences[i], sentences[i + 1])
        if whole is None:
            continue
        trial = sentences[:i] + [whole] + sentences[i + 2:]
        if not_worse(trial, sentences, observations):
            changes.append(SentenceChange(before=f"{sentences[i]} {sentences[i + 1]}", after=whole, how="patch",
                                          reason="an opening phrase stood alone as a sentence"))
            sentences = trial
    return sentences
