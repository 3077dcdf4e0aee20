"""Verbs the fragment rule may pass over, read before a fragment is mended without the model.

`clauses.may_have_verb` reads an -s word as a possible verb before a preposition or a determiner.
A terse sentence drops the article of its object too: "Paper bears inscription "OPEN".", "Medium shot
at eye level captures enchanting castle.", "Coins cast faint shadow on ...". There the fragment rule
finds no verb, and a mend wrote "There is the paper bears inscription ..." or "There is a medium
shot at eye level captures ...". Where a word may be such a verb, no "There is" and no "is" go in
(`polish.fragment_mend`)."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.endings import PREPOSITIONS
from assistant.check.word_forms import maybe_verb, plural
from assistant.text import in_spans, quotation_spans, tokenize

#: words that count or open a noun phrase: an -s word right after them is its noun ("two cartoon images")
_OPENERS = frozenset("a an the this that these those his her its their my our your some several many few both "
                     "each every all most other".split())
#: words after which an -s word goes on a noun phrase, never a verb ("rows of music stands", "grass and trees")
_NO_VERB_AFTER = PREPOSITIONS | frozenset("and or & + nor".split())


def object_after_verb(fragment: str) -> bool:
    """Whether a word of a part of the fragment (between commas: "Right of chair, crate holds
    life preserver") may be its verb before a bare object (`_object_after_verb`)."""
    return any(_object_after_verb(part) for part in fragment.split(","))


def _object_after_verb(text: str) -> bool:
    """Whether a word of `text` may be its verb before a bare object: an -s
    word that may be a verb, or a plural's base form ("coins cast"), after a noun and before a word
    that only describes, a colour, a name, a quote or a noun ("Paper bears inscription", "Shot
    captures enchanting castle", "Ambulance boasts white body"). Not an -s word a count or a
    plural quantifier makes a noun ("2 cartoon images"), nor one after a preposition or "and"."""
    quotes = quotation_spans(text)
    tokens = [t for t in tokenize(text) if not in_spans(t.start, quotes)]  # 'Text "I Support Books"': the sign's words
    lowers = [t.lower for t in tokens]
    counted = bool(lowers) and (lowers[0] in ("several", "many", "few", "both", "these", "those", "all", "most")
                                or (lexicon.number_value(lowers[0]) or 1) > 1)
    for i in range(1, len(lowers) - 1):
        w, prev = lowers[i], lowers[i - 1]
        if _in_phrase(text, tokens, lowers, i):
            continue  # "Gray fence with green plants + rail track": a preposition's or a list's noun, no subject
        unknown = not lexicon.known_word(prev)  # "streetlights": a compound the dictionary lacks
        if prev in _NO_VERB_AFTER | _OPENERS or not (lexicon.can_be_noun(prev) or unknown) or prev in lexicon.load().colors \
                or len(prev) < 2 or prev.endswith(("'s", "’s")) or not tokens[i - 1].text.islower() and i > 1 \
                or lexicon.number_value(prev) is not None or text[tokens[i - 1].end:tokens[i].start].strip():
            continue  # "car's license", "Texas state", "three houses": no subject's end
        many = plural(prev) or unknown and prev.endswith("s") and not prev.endswith("ss")
        verb = w.endswith("s") and not w.endswith("ss") and maybe_verb(w) and not counted or \
            many and lexicon.is_verb_base(w) and not lexicon.can_be_adjective(w) and w not in lexicon.load().materials
        if verb and _opens_object(text, tokens, i + 1):
            return True
    return False


#: words of a subject's own place, which may stand between it and its verb ("one on right wields ...")
_OWN_PLACE = frozenset("the left right far foreground background distance center centre middle front back".split())


def _in_phrase(text: str, tokens: list, lowers: list[str], i: int) -> bool:
    """Whether word i follows a preposition, "w/", a join or a "+" in its part: the noun of that
    phrase or list, not the subject's verb; a place of a side or a part of the picture is the
    subject's own ("Robot in foreground boasts ...", "one on right wields ...")."""
    for j in range(i):
        if lowers[j] in _NO_VERB_AFTER | {"w"} and not (lowers[j] in PREPOSITIONS and j + 1 < i and
                                                          all(w in _OWN_PLACE for w in lowers[j + 1:i])):
            return True
    return "+" in text[:tokens[i].start] or "&" in text[:tokens[i].start]


def _opens_object(text: str, tokens: list, k: int) -> bool:
    """Whether word k may open a verb's object with no article: a quote, a name, a count, a noun,
    or a describing word or a colour before more of the phrase ("white body", "enchanting castle");
    not a preposition or a join, and not a describing word at the end or before "and" or a comma:
    that is an attribute after its noun ("Lights white.", "Lamps bright and round.")."""
    word, low = tokens[k].text, tokens[k].lower
    if any(c in text[tokens[k - 1].end:tokens[k].start] for c in "+&"):
        return False  # "metal spears + spear": a list goes on
    if word[:1] in "\"“":
        return True
    if low in _NO_VERB_AFTER or low in _OPENERS or not word[:1].isalnum():
        return False
    if word[:1].isupper() or lexicon.number_value(low) is not None:
        return True
    describing = low in lexicon.load().colors or lexicon.can_be_adjective(low)
    if not describing:
        return lexicon.can_be_noun(low)
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return bool(after) and after[:1].isalnum() and after not in _NO_VERB_AFTER and \
        "," not in text[tokens[k].end:tokens[k + 1].start]
