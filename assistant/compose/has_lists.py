"""The things a subject has, listed after "with" or "has" ("A view of a mirror with black
borders, the text "STOP" at the bottom, and a hill in it"): where a long sentence of them may be
cut, the rest said again with "It also has" / "They also have". Polish (polish.py) cuts there
when no clause or list break is left."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection, getLemma

from assistant import lexicon
from assistant.check import clauses
from assistant.check.word_forms import only_verb
from assistant.compose.fragments import pronoun_be
from assistant.compose.lists import ITEM_OPENERS
from assistant.text import in_spans, quotation_spans, tokenize


def has_a_verb(text: str) -> bool:
    """Whether `text` has a finite verb ("is waiting", "drifted") or a noun-or-verb word read as
    one ("waits"): `may_have_verb` alone reads only the second."""
    return clauses.has_verb(tokenize(text), text) or clauses.may_have_verb(text)


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
    restated = words in (["it"], ["they"])  # the rest of a list cut before, said again
    if not restated and (not words or has_a_verb(subject) or _names_someone(words, sentence)):
        return []
    # "A dog in a garden with tall trees, ...": the "with" list is the place's, not the subject's
    if cue.group().strip().lower() == "with" and _PLACE_WORDS & {t.lower for t in tokenize(subject.rsplit(",", 1)[-1])}:
        return []
    # the list runs to the end: a verb after it is the sentence's ("A, B with C, D and E are on the beach")
    tokens = tokenize(sentence)
    rest = [t.lower for t in tokens if t.start >= cue.end() and not in_spans(t.start, quotes)]
    if any((w in clauses.FINITE and w not in _NON_FINITE) or (only_verb(w) and not _participle(w)) for w in rest) or \
            any(tokens[i].start >= cue.end() and tokens[i].lower not in _NON_FINITE
                for i in clauses.verbs(tokens, sentence)):  # "..., and a ribbon stands on it"
        return []
    if restated:
        plural = words == ["they"]
    elif (be := pronoun_be(subject)) is None:
        return []
    else:
        plural = be == "They are"
    prefix = "They also have " if plural else "It also has "
    return [(m.start(), m.end(), prefix) for m in _HAS_ITEM_RE.finditer(sentence, cue.end())
            if (m.group(1) is None or _plural_noun(m.group(1)))
            and not in_spans(m.start(), quotes) and sentence.count("(", 0, m.start()) <= sentence.count(")", 0, m.start())]


#: forms of be/have that are participles, which a listed thing may carry ("a sleeve having a sticker")
_NON_FINITE = frozenset("having being been".split())
#: prepositions of a place phrase ("in a garden", "near the window"), after which "with" may be the place's
_PLACE_WORDS = frozenset("in on at under over above below behind beside near inside outside atop beneath underneath "
                         "against along across between among by".split())
#: words for a person that are no member of the lexicon's "person" category: the category's own names
_SOMEONE = frozenset("person persons people individual individuals human humans someone somebody".split())
#: a thing of a sex: a sentence that says "his" or "her" is about someone, whatever the noun ("a chef")
_HIS_HER = frozenset("he she him his her hers himself herself".split())


def _names_someone(subject_words: list[str], sentence: str) -> bool:
    """Whether the subject is a person: "It" cannot stand for it ("A person ..., the watch on her wrist",
    "A soldier in a green uniform": someone in clothes, or wearing them)."""
    dressed = "wearing" in subject_words or "in" in subject_words and \
        lexicon.names_member("clothing", subject_words[subject_words.index("in") + 1:])
    return any(lexicon.names_member(c, subject_words) for c in ("person", "people")) or dressed or \
        bool(_SOMEONE & set(subject_words)) or any(t.lower in _HIS_HER for t in tokenize(sentence))


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
