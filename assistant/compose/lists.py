"""A long sentence whose subject is a list of things sharing one verb, cut into sentences that
each say the verb (`splits.split_run_on` tries it first): cut as a plain list, the first things
were left without a verb. No model call. The things a subject has are cut in has_lists.py."""

from __future__ import annotations

import re

from assistant.check import clauses
from assistant.compose.sentences import terminated, word_count
from assistant.text import tokenize

# the items of a list subject: "A, B, C and D": cut at each comma, and at "and" before an item
_ITEM_CUT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:a|an|some|two|three|four|five|six|several|many)\s)", re.I)
#: words that open a listed thing ("a", "two", "several"), as `polish`'s list breaks read them
ITEM_OPENERS = r"(?:a|an|some|two|three|four|five|six|seven|eight|nine|ten|several|many)"
_ITEM_RE = re.compile(rf"^{ITEM_OPENERS}\s", re.I)
# a plural verb group the whole list shares: "are all placed on the bed", "sit on the shelf"
_SHARED_WORDS = 8
_PLURAL_VERB_RE = re.compile(r"^(?:are|were|have|sit|stand|lie|hang|rest|line|fill|cover|is|was)\b", re.I)
# a list of four things or more takes a plural verb, whatever the model wrote ("a bed, ... and a blanket is on it")
_AGREED = {"is": "are", "was": "were"}


def shared_predicate(sentence: str, limit: int) -> list[str] | None:
    """A long sentence whose subject is a list of things and whose verb they share ("A bed with a
    grey headboard, a white mattress protector, two grey pillows, two yellow pillows and a blanket
    are all placed on the bed."), as two or more sentences that each say the verb of some of the
    things, two at least ("A bed with a grey headboard, a white mattress protector and two grey
    pillows are all placed on the bed. Two yellow pillows and a blanket are all placed on the
    bed."): cut as a list, the last things took the verb and the first were left without one."""
    tokens = tokenize(sentence)
    # the first plural verb: a noun-or-verb word inside the list ("black hands") is no verb here
    verb = next((v for v in clauses.verbs(tokens, sentence) if _PLURAL_VERB_RE.match(sentence[tokens[v].start:])), None)
    if verb is None:
        return None
    subject, predicate = sentence[:tokens[verb].start].strip(), sentence[tokens[verb].start:].strip()
    if word_count(predicate) > _SHARED_WORDS:
        return None  # said again for each group, a long one makes the caption longer, not easier
    verb_word = predicate.split()[0]
    predicate = _AGREED.get(verb_word.lower(), verb_word) + predicate[len(verb_word):]
    items = [i.strip() for i in _ITEM_CUT_RE.split(subject) if i.strip()]
    if len(items) < 4 or not all(_ITEM_RE.match(i) for i in items[1:]):
        return None
    sizes = [word_count(i) for i in items]
    # as few groups as fit the limit, of about the same length, two things each at least
    count = min(max(2, -(-sum(sizes) // max(limit - word_count(predicate), 1))), len(items) // 2)
    groups: list[list[str]] = [[]]
    for k, item in enumerate(items):
        left = len(items) - k
        if len(groups) < count and len(groups[-1]) >= 2 and left >= 2 and \
                sum(map(word_count, groups[-1])) + sizes[k] / 2 > sum(sizes) / count:
            groups.append([])
        groups[-1].append(item)
    if len(groups) < 2:
        return None
    return [terminated(", ".join(g[:-1]) + " and " + g[-1] + " " + predicate) for g in groups]
