"""A verb the model wrote after a singular subject in its plural form, and a look it named without its
article: "The vase, with its handles, boast smooth, pale green glaze." -> "The vase, with its handles,
boasts a smooth, pale green glaze." Tried on a sentence the figure reads as a fragment; kept only where
the figure then reads a sentence (`fragments.unwritten`)."""

from __future__ import annotations

from lemminflect import getInflection

from assistant import lexicon
from assistant.compose import fragments, typed
from assistant.compose.sentences import terminated
from assistant.text import indefinite_article, tokenize

#: nouns of how a thing looks, which the model names after describing words listed with commas ("boasts a
#: delicate, light purple hue"); each is counted ("a hue"), so a bare one lacks its article
LOOK_NOUNS = frozenset("hue shade tone tint colour color texture pattern finish sheen glow glaze look appearance "
                       "design surface silhouette contrast".split())


#: words that open a clause or join a list after a comma, never the subject's verb (", while two spoons rest")
_JOINS = frozenset("while whereas and or but as which where who that".split())


def agreed(fragment: str) -> str | None:
    """`fragment` with the verb after its singular subject (and the subject's aside) in its -s form, and "a"/"an"
    before a look's describing words listed with commas; None where neither applies or the figure still reads
    a fragment."""
    text = fragment.strip()
    subject = text.split(",", 1)[0]
    us = typed.units(text)
    for k in range(1, len(us) - 1):
        if not (us[k].comma_before and k > 1 or typed.noun_word(us[k - 1]) and us[k - 1].end <= len(subject)) or \
                us[k].lower in fragments.PHRASE_START | _JOINS or us[k - 1].lower.endswith(("ing", "ed")):
            continue  # "The man standing near the door": "near" no verb, "standing" no subject's noun
        verb = _agreed_verb(us[k].lower, subject)
        if verb is None or verb != us[k].lower and not us[k].comma_before and lexicon.can_be_noun(us[k].lower):
            continue  # "The old man walked": a noun after its describing word is the subject's own, no "mans"
        rest = _articled_object(text[us[k].end:])
        whole = terminated(f"{text[:us[k].start]}{verb}{rest}")
        return whole if whole != terminated(text) and not fragments.unwritten(whole) else None  # the first verb only
    return None


def _agreed_verb(word: str, subject: str) -> str | None:
    """`word` as the verb of `subject`: its -s form after a singular subject opened by "the" or a possessive
    ("The vase ... boast" -> "boasts"), or as written where it already agrees; None where it is no verb."""
    if word.endswith("s") and lexicon.can_be_verb(word) and not lexicon.is_verb_base(word):
        return word
    if not lexicon.is_verb_base(word) or word.endswith(("ed", "ing")) or fragments.be_for(subject) != "is" or \
            word in getInflection(word, "VBD"):
        return None  # "The lamp, tall, cast a light.": a past tense as likely ("cast", "set", "spread")
    first = subject.split()[0].lower()
    if first not in ("the", "this", "that", "its", "his", "her", "their") and not first.endswith("'s"):
        return None
    return (getInflection(word, "VBZ") or (word + "s",))[0]


def _articled_object(rest: str) -> str:
    """" delicate, light purple hue" -> " a delicate, light purple hue": describing words listed with commas
    before a look noun (`LOOK_NOUNS`) that ends the sentence or its phrase get "a"/"an"; else `rest` as it was."""
    words = tokenize(rest)
    at = next((k for k, t in enumerate(words) if not typed.attribute(t.lower, strict=False)), None)
    if at is None or at == 0 or words[at].lower not in LOOK_NOUNS or "," not in rest[:words[at].start] or \
            words[0].lower in fragments.DETERMINERS:
        return rest
    start = words[0].start
    return f"{rest[:start]}{indefinite_article(words[0].lower)} {rest[start:]}"
