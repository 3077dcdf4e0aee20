"""A terse note's subject that a possessive opens ("Its exterior stark black", "Card's orange hue
striking"), given "is"/"are" before what is said of it, without the model (`fragments.as_sentence`
tries it)."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.word_forms import past_or_participle
from assistant.compose import doers, fragments, passives, typed
from assistant.compose.sentences import terminated


def _adverb(word: str) -> bool:
    return word.endswith("ly") and lexicon.can_be_adverb(word)


def _said_last(words: list) -> bool:
    """The last part after an aside is only what the subject is like ("..., clearly visible"): adverbs,
    then one describing word, to the end; "is" goes before it ("Car's plate, reading "X", clearly
    visible." -> "The car's plate, reading "X", is clearly visible.")."""
    k = 0
    while k < len(words) - 1 and _adverb(words[k].lower):
        k += 1
    return k == len(words) - 1 and typed.attribute(words[k].lower) and not words[k].comma_before


#: possessive determiners that open a subject ("Its exterior stark black")
OWNERS = frozenset("its his her their my our your".split())


def owned_predicate(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Its exterior stark black, contrasted by a silver mirror." -> "Its exterior is stark black,
    contrasted by a silver mirror.", "Her brown hair, styled with bangs, held by a headband." ->
    "Her brown hair, styled with bangs, is held by a headband.": a subject a possessive opens ("its",
    "her", "the card's"), then its attributes (or an aside between commas and a participle), with
    nothing after them but a participle's or a "with" phrase after a comma. None for any other
    shape, or a subject whose number is unsaid."""
    us = typed.units(fragment.strip().rstrip(".!"))
    if len(us) < 3 or not (us[0].lower in OWNERS or us[0].lower.endswith(("'s", "’s")) and len(us[0].lower) > 3):
        return None
    k = 1
    while k < len(us) and not us[k].comma_before and (typed.noun_word(us[k]) or typed.attribute(us[k].lower, strict=False)) \
            and k + 1 < len(us) and not (k > 1 and typed.attribute(us[k].lower, strict=False) and (
                us[k + 1].comma_before or us[k + 1].lower in typed.LIST_WORDS or not typed.noun_word(us[k + 1]))):
        k += 1  # "Its exterior", "Her brown hair", "Card's orange hue"; "Her smile broad and ...": "broad" is said of it
    if k == 1 and not us[0].lower.endswith(("'s", "’s")) or k >= len(us) or not typed.noun_word(us[k - 1]):
        return None
    text = fragment.strip().rstrip(".!")
    if us[0].lower not in OWNERS and (names is None or us[0].text.removesuffix("'s").removesuffix("’s") not in names):
        text = f"The {text[:1].lower()}{text[1:]}"  # "Card's orange hue" -> "The card's orange hue"
        us = typed.units(text)
        k += 1
    subject = text[:us[k - 1].end]
    be = fragments.be_for(subject)
    if be is None:
        return None
    rest = us[k:]
    if rest[0].comma_before:  # an aside, then the participle that says what the subject is
        close = next((j for j in range(1, len(rest)) if rest[j].comma_before), None)
        if close is None or not (close <= 5 and past_or_participle(rest[close].lower) and not any(
                u.lower in fragments.PHRASE_START for u in rest[:close]) or _said_last(rest[close:])):
            return None
        word, after = rest[close].lower, rest[close + 1].lower if close + 1 < len(rest) else ""
        if not word.endswith("ing") and not _said_last(rest[close:]) and \
                not passives.passive_participle(word, after, doers.living(subject, names), places=True):
            return None  # "His hands, clasped together, rested on the table.": a past tense, no "are rested"
        at = rest[close].start
        return terminated(f"{text[:at]}{be} {text[at:]}")
    j = 0
    def said(j: int) -> bool:  # "broad and welcoming": an -ing word joined to an attribute is one too
        w = rest[j].lower
        return typed.attribute(w, strict=False) or j > 1 and rest[j - 1].lower in typed.LIST_WORDS and w.endswith("ing")

    while j < len(rest) and not (j and rest[j].comma_before) and (
            said(j) or _adverb(rest[j].lower) or rest[j].lower in typed.LIST_WORDS):
        j += 1
    if j == 0 or rest[j - 1].lower in typed.LIST_WORDS or not said(j - 1):
        return None
    if j < len(rest):  # after a comma only a participle's phrase or a "with" phrase: "..., contrasted by ..."
        first = rest[j].lower
        if not rest[j].comma_before or not (first == "with" or past_or_participle(first) or
                                            first.endswith("ing") and lexicon.can_be_verb(first)):
            return None
    at = rest[0].start
    return terminated(f"{subject} {be} {text[at:]}")
