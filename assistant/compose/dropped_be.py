"""The "is"/"are" a terse note drops at a clause's start, put back without the model: after a
subject pronoun before its -ing verb or its place ("He wearing a cap." -> "He is wearing a cap."),
and after a possessive's noun phrase before its place ("His arm at his side." -> "His arm is at his
side."). `fragments.as_sentence` tries it first."""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.compose import fragments, passives
from assistant.compose.sentences import terminated
from assistant.compose.typed import Unit, attribute, noun_word, units


#: subject pronouns, with the form of "be" each takes
PRONOUN_BE = {"he": "is", "she": "is", "it": "is", "they": "are", "we": "are"}
#: possessive determiners that open a thing's noun phrase ("his right arm")
_POSSESSIVES = frozenset("his her its their".split())
#: prepositions of place a terse note puts right after its noun ("his arm at his side")
_PLACE_AFTER = frozenset("at on in under over above below behind beside near against across along inside "
                         "outside around".split())
#: words that name a part of a group, as its subject ("Some standing, while others seated"), with "are"
GROUP_BE = {w: "are" for w in "some others many several most both few".split()}
#: where a clause of a terse note starts: the sentence's start, or after a comma and "and"/"but"/"while"
_CLAUSE_START_RE = re.compile(r"(?:^|,\s+(?:and\s+|but\s+|while\s+|whereas\s+)?)", re.I)


def be_inserted(fragment: str) -> str | None:
    """"is"/"are" put back where a terse note drops it at a clause's start: between a subject
    pronoun and its -ing verb ("He wearing a cap." -> "He is wearing a cap.") or its place ("They
    on the grass." -> "They are on the grass."), and between a
    possessive's noun phrase and its place ("His arm at his side." -> "His arm is at his side.").
    Every clause of the fragment gets it ("His arm at his side, and he leaning forward."); None
    where no clause takes it."""
    out, at, changed = [], 0, False
    for m in _CLAUSE_START_RE.finditer(fragment):
        if m.end() < at or (m.start() == m.end() and m.start() != 0):
            continue
        clause = fragment[m.end():]
        us = units(clause)
        insert = _be_in_clause(us, opens=m.end() == 0)
        if insert is None:
            continue
        pos, be = insert
        where = m.end() + pos
        out.append(fragment[at:where] + be + " ")
        at, changed = where, True
    return terminated("".join(out) + fragment[at:]) if changed else None


#: what "at" may give that is a time, not a place ("He at 5pm", "It at night"); a time takes no article after it
#: ("at night": `restore.with_articles`)
TIMES = frozenset("night noon midnight dusk dawn sunset sunrise daybreak twilight".split())


def _time_after(preposition: str, word: str) -> bool:
    return word[:1].isdigit() or preposition == "at" and word in TIMES


#: what opens an -ing verb's object or place right after it ("resting on", "holding a")
_AFTER_DOING = _PLACE_AFTER | frozenset("a an the his her its their to towards toward into onto".split())


def _doing_after_noun(us: list[Unit], k: int) -> bool:
    """Whether unit k, after a possessive's noun, is that noun's -ing verb: a verb form in -ing
    right after a noun and before a place or an object's determiner ("hands resting on",
    "hair covering the ears"), or a bare object of a verb of having, showing or doing ("rear facing
    viewer"); not a compound's noun ("ceiling lighting fixtures")."""
    from assistant.compose import doers, participle_verbs  # noqa: PLC0415 - both build on this module

    w = us[k].lower
    if not (w.endswith("ing") and lexicon.can_be_verb(w) and noun_word(us[k - 1]) and k + 1 < len(us) and
            not us[k + 1].comma_before) or w in lexicon.load().ing_nouns and us[k + 1].lower in _PLACE_AFTER and \
            not doers.a_person_or_animal(" ".join(u.lower for u in us[1:k])):
        return False  # "Its ceiling lighting on the left": a thing (`ing_nouns`) and its place, "lighting is on";
    # "Her brother painting in the garage": a person's doing, "is painting"
    # "Its rear facing viewer": a bare object after a verb of having, showing or doing, no compound's first word
    return us[k + 1].lower in _AFTER_DOING or w not in participle_verbs.COMPOUND_FIRST and noun_word(us[k + 1]) and \
        bool(set(lexicon.verb_lemmas(w)) & (participle_verbs.STATE_VERBS | doers.DOER_VERBS))


def _be_in_clause(us: list[Unit], opens: bool = True) -> tuple[int, str] | None:
    """Where "is"/"are" goes in a clause that opens as `be_inserted` reads it, and which; None."""
    if len(us) < 2 or us[1].comma_before:
        return None
    first = us[0].lower
    if first in GROUP_BE and not us[1].comma_before and us[1].lower.endswith("ed") and passives.by_the_lexicon(us[1].lower):
        return us[1].start, "are"  # "others seated on the bench": a participle of placement or state, not a doing
    if first in PRONOUN_BE or first in GROUP_BE:  # "He wearing a cap", "They on a patch of grass": a place after a pronoun is said of it
        verb = us[1].lower
        # "He in a green coat": "in" says what he wears as often ("is" or "stands" is the model's to choose)
        # and only where the sentence opens: "Wooden piece behind toy, and it on the left" keeps its verbless first part
        placed = opens and verb in _PLACE_AFTER - {"in"} and len(us) > 2 and us[2].lower not in ("and", "or") \
            and not _time_after(verb, us[2].lower)
        # "It mostly blue with silver trim": an adverb and a colour or a describing word after the pronoun
        described = opens and verb.endswith("ly") and lexicon.can_be_adverb(verb) and len(us) > 2 and not us[2].comma_before \
            and (us[2].lower in lexicon.load().colors or lexicon.can_be_adjective(us[2].lower) and not lexicon.can_be_noun(us[2].lower))
        return (us[1].start, PRONOUN_BE.get(first, "are")) if verb.endswith("ing") and lexicon.can_be_verb(verb) or placed or described else None
    if first not in _POSSESSIVES:
        return None
    for k in range(1, min(len(us), 5)):
        if us[k].comma_before:
            return None
        # "Her hands resting on the table": the -ing word is its verb where the sentence opens; after a comma
        # it is an absolute phrase ("..., its front end facing the street")
        if opens and k > 1 and _doing_after_noun(us, k):
            be = fragments.be_for(" ".join(u.text for u in us[1:k]))
            return (us[k].start, be) if be is not None else None
        if us[k].lower in _PLACE_AFTER and k > 1 and us[k - 1].lower.endswith("ing") and lexicon.can_be_verb(us[k - 1].lower) \
                and us[k - 1].lower not in lexicon.load().ing_nouns:
            return None  # ", its shell resting on the ground": an absolute phrase, no "its shell resting is on"; "its painting" a thing
        if us[k].lower in _PLACE_AFTER and k > 1 and noun_word(us[k - 1]):
            phrase = " ".join(u.text for u in us[1:k])
            be = fragments.be_for(phrase)
            return (us[k].start, be) if be is not None else None
        if not (noun_word(us[k]) or attribute(us[k].lower, strict=False)):
            return None
    return None
