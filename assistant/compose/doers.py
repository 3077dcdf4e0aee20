"""Who may do what a terse note's later participle says: "Cyclist riding bike, wearing helmet." The
helmet is the cyclist's, since a bike wears nothing; "Man walking dog, wearing collar." may be the dog's.
A later participle after an object's comma is the subject's only where the subject is a living thing
(a person or an animal the lexicon's categories name, a name of the notes, a pronoun of a person), the
object names no living thing, no likeness of one ("doll", "poster") and no name, and the verb is one
only a living thing does ("wearing", "holding", "smiling"). `participle_verbs` asks it."""

from __future__ import annotations

from assistant import lexicon
from assistant.compose import fragments, typed

#: verbs only a living thing does: after an object's comma, their participle is the living subject's
DOER_VERBS = frozenset("wear hold carry ride smile grin laugh talk speak chat look gaze stare watch glance peer "
                       "walk jog eat drink play read pose wave point push pull hug kiss sing dance kick throw "
                       "catch drive cook write wield grip grasp clutch dress".split())
#: doings a held thing may do too ("a sign reading STOP", "a flag waving", "a radio playing jazz", "an arrow
#: pointing left"): after an object's comma, whose they are is unsure
HELD_THING_VERBS = frozenset("read wave play point look talk speak chat sing dance".split())
#: verbs whose -ing form says what a lifeless thing shows ("a sign reading OPEN") but what a living one does
#: ("a woman reading a book": "is reading", not "reads")
DONE_BY_THE_LIVING = frozenset({"read"})
#: pronouns of a living thing, and those of a person that take no article
_LIVING_PRONOUNS = frozenset("he she they someone somebody everyone everybody anyone anybody".split())


def living(subject: str, names: frozenset[str] | None, *, doer_nouns: bool = False) -> bool:
    """Whether `subject` (a noun phrase) names a living thing: its head noun (before any place
    phrase) a member of a living category ("cyclist", "puppies"), its first word a name of the
    notes, or a pronoun of a person; with `doer_nouns`, a noun of one who does a thing too
    ("skater", "florist"; not a likeness: "poster")."""
    words = subject.split()
    if not words:
        return False
    if words[0].lower() in _LIVING_PRONOUNS or a_name(subject, names):
        return True
    head = next((k for k, w in enumerate(words) if k and w.lower() in fragments.PHRASE_START), len(words))
    last = words[head - 1].lower().strip(",.")
    return lexicon.names_living([last]) or doer_nouns and _doer_noun(last) and \
        last not in lexicon.load().representations


#: people a lexicon's categories leave out, named by who they are to someone ("her brother", "their friends")
_KIN = frozenset("brother sister son daughter father mother dad mom mum husband wife parent sibling twin grandmother "
                 "grandfather grandma grandpa grandson granddaughter aunt uncle cousin niece nephew friend partner "
                 "neighbor neighbour boyfriend girlfriend bride groom".split())


def a_person_or_animal(phrase: str) -> bool:
    """Whether a noun phrase without its determiner ("brother", "little sister", "dogs") names one who
    does things: a living thing (`living`, with nouns of doers: "teacher") or a person named by kin."""
    last = phrase.split()[-1] if phrase.split() else ""
    return living(phrase, None, doer_nouns=True) or last in _KIN or last.removesuffix("s") in _KIN


def a_name(subject: str, names: frozenset[str] | None) -> bool:
    """Whether `subject` opens with a name: one of the notes' names, or, where the notes are known, the whole
    subject one capitalised word the dictionary does not know and no plural ("Anja"; not "Nikes")."""
    first = subject.split(" ", 1)[0]
    return first[:1].isupper() and first in (names or ()) or names is not None and subject == first and \
        first.isalpha() and first[:1].isupper() and not first.lower().endswith("s") and not lexicon.known_word(first.lower())


def lifeless(phrase: str) -> bool:
    """Whether an object's phrase ("a bike", "leather gloves") names nothing that may do a thing: no
    member of a living category, no likeness of one, no word with a capital (a name), no noun of a
    doer ("surfer", "artist", "vendor": a person the lexicon does not list)."""
    for u in typed.units(phrase):
        word = u.lower
        if u.text[:1].isupper() or word in lexicon.load().representations or lexicon.names_living([word]):
            return False
        if _doer_noun(word):
            return False
    return True


def _doer_noun(word: str) -> bool:
    """A noun of one who does a thing: a verb's "-er"/"-or" ("surfer", "skaters", "vendor") or an "-ist"/"-ian"
    ("artist", "musician"). A material or a colour is none ("leather", "silver")."""
    word = word.removesuffix("s") if word.endswith(("ers", "ors", "ists", "ians")) else word
    if word in lexicon.load().materials or word in lexicon.load().colors:
        return False
    if word.endswith(("ist", "ian")) and len(word) > 5:
        return True
    stem = word[:-2]
    return word.endswith(("er", "or")) and len(stem) > 2 and any(
        lexicon.is_verb_base(s) for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


def done_by_a_doer(word: str) -> bool:
    """Whether the participle `word` says what only a living thing does ("wearing", "holding", "dressed")."""
    return bool(set(lexicon.verb_lemmas(word)) & DOER_VERBS)


def done_by_the_holder(word: str) -> bool:
    """Whether the participle `word`, after an object's comma, says what only the living subject does, not the
    thing it holds ("wearing", "smiling"; not "reading", "waving", "playing")."""
    return bool(set(lexicon.verb_lemmas(word)) & (DOER_VERBS - HELD_THING_VERBS))
