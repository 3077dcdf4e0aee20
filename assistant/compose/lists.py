"""Long list sentences cut without a model call: a list subject sharing one verb, cut into
sentences that each say the verb (`polish.split_run_on` tries it first: cut as a plain list, the
first things were left without a verb), and the things a subject has after "with" or "has", cut
with "It also has" (`has_list_breaks`)."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection, getLemma

from assistant import lexicon
from assistant.check import clauses
from assistant.check.word_forms import only_verb
from assistant.compose.fragments import pronoun_be
from assistant.compose.sentences import terminated, word_count
from assistant.text import in_spans, quotation_spans, tokenize

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


# "... with black borders, the black text ..., and a brown hill": the things a subject has, listed
_HAS_LIST_RE = re.compile(r"\s(?:with|has|have)\s", re.I)
# a comma before each thing, or "and" before one that opens with a determiner or is a plural noun
# ('"FRAGILE" and "THIS SIDE UP"' is one thing, the words)
_HAS_ITEM_RE = re.compile(rf"(?:,\s+(?:and\s+)?(?=[\"“])|(?:,\s+(?:and\s+)?|\s+and\s+)"
                          rf"(?:(?=(?:{ITEM_OPENERS}|the|its|their)\s)|(?=([a-z]+s)\b)))", re.I)


def has_list_breaks(sentence: str) -> list[tuple[int, int, str]]:
    """The cuts between the things a list after "with" or "has" names ("A view of a mirror with
    black borders, the text "STOP" at the bottom, and a hill in it"), the rest said again with
    "It also has" or "They also have" by the number of the subject ("... with black borders. It also
    has the text "STOP" at the bottom, and a hill in it."). Only where no verb comes before the
    "with" (or the verb is "has" itself) and the subject is no person: "It" does not stand for a
    man, nor for the subject of another verb ("A man walks with a dog, a cat ...")."""
    quotes = quotation_spans(sentence)
    cue = next((m for m in _HAS_LIST_RE.finditer(sentence) if not in_spans(m.start(), quotes)), None)
    if cue is None:
        return []
    # "There is a lego set in a box with ...": the thing "there is" introduces is the subject
    subject = re.sub(r"^there\s+(?:is|are)\s+", "", sentence[:cue.start()].strip(), flags=re.I)
    words = [t.lower for t in tokenize(subject) if t.lower != "also"]
    again = words in (["it"], ["they"])  # the rest of a list cut before, said again
    if not again and (not words or clauses.may_have_verb(subject) or
                      any(lexicon.names_member(c, words) for c in ("person", "people"))):
        return []
    # the list runs to the end: a verb after it is the sentence's ("A, B with C, D and E are on the beach")
    tokens = tokenize(sentence)
    rest = [t.lower for t in tokens if t.start >= cue.end() and not in_spans(t.start, quotes)]
    if any(w in clauses.FINITE or (only_verb(w) and not _participle(w)) for w in rest) or \
            any(tokens[v].start >= cue.end() for v in clauses.verbs(tokens, sentence)):
        return []  # "A shed with a tin roof and a blue door stands on the left"
    plural = words == ["they"] or (words != ["it"] and pronoun_be(subject) == "They are")
    if words != ["it"] and not plural and pronoun_be(subject) is None:
        return []
    again = "They also have " if plural else "It also has "
    return [(m.start(), m.end(), again) for m in _HAS_ITEM_RE.finditer(sentence, cue.end())
            if (m.group(1) is None or _plural_noun(m.group(1)))
            and not in_spans(m.start(), quotes) and sentence.count("(", 0, m.start()) <= sentence.count(")", 0, m.start())]


def _participle(word: str) -> bool:
    """"scattered", "torn", "hanging": a participle, which a listed thing may carry ("a torn corner")."""
    return word.endswith("ing") or any(word in getInflection(lemma, "VBN")
                                       for lemma in getAllLemmas(word).get("VERB", ()))


def _plural_noun(word: str) -> bool:
    """A plural noun ("reflections", "vehicles", "cups"): a listed thing with no article, not an
    adjective of the thing before ("a red, white and blue flag"). lemminflect's rules give the
    singular of a word its dictionary lacks ("reflections")."""
    low = word.lower()
    found = getAllLemmas(low)
    return "ADJ" not in found and "ADV" not in found and getLemma(low, upos="NOUN")[0] != low
