"""Words the verb finder (assistant/check/clauses.py) must not take for a sentence's finite verb,
though lemminflect lists them as verbs: where they stand makes them a participle or a name.

- an absolute phrase: a comma part that opens on a possessive and its noun, then an -ed form
  ("..., her face turned towards the castle", "..., its tail curled around its paws"): the noun's
  state, described as a caption describes, not a past tense;
- an -ed form right before a bare singular noun that ends its phrase ("on a brick patterned
  wall", "a hand painted sign"): the noun's modifier; a past tense would take an object with an
  article ("The man painted the wall."); so is one that opens a comma part before a describing
  word or a noun ("..., arched evergreen bushes, ...");
- an abbreviation in capitals ("LED", "TV") is a name, never a verb ("led"), and an -s word right
  after one is the noun it modifies ("LED screens", "TV stands"), unless it is the verb by its
  place (`verb_after_abbreviation`: "A DJ plays music.", "NASA launches a rocket.") or a verb a
  description says of a thing ("The TV shows a film.").

Fragments that slipped through on these (development captions, docs/EVAL.md 2026-12-06): a
caption's past tense is rare, its participles common, so where both readings fit the participle
is read and the sentence may be a fragment.
"""

from __future__ import annotations

from assistant import lexicon
from assistant.check.endings import PREPOSITIONS
from assistant.check.word_forms import DETERMINERS, SINGULAR_DETERMINERS, only_participle, participle_after_noun, past_participle
from assistant.check.word_forms import past_tense
from assistant.check.word_forms import plural
from assistant.text import Token

#: possessive determiners that open an absolute phrase ("..., her face turned ...")
POSSESSIVES = frozenset("his her its their".split())


def absolute(lowers: list[str], start: int, i: int) -> bool:
    """Whether the -ed word at i follows the noun of an absolute phrase: its clause opens after a
    comma (`start` > 0) on a possessive, and one to three describing or noun words lead to it."""
    between = lowers[start + 1:i]
    return start > 0 and lowers[start] in POSSESSIVES and 1 <= len(between) <= 3 and lowers[i].endswith("ed") and \
        all(lexicon.can_be_noun(w) or lexicon.can_be_adjective(w) or w.endswith("ly") for w in between)


def modifies_next(tokens: list[Token], text: str, i: int) -> bool:
    """Whether the -ed word at i modifies the bare singular noun after it, which ends its phrase:
    the end, a punctuation mark, a preposition or "and" follows the noun ("a golden brick
    patterned wall."); not a name ("visited Paris"), a count, a colour, or a word that may be an
    adverb or an adjective ("gathered outside", "turned yellow"). Or it opens a listed thing
    (`_opens_item`)."""
    if not tokens[i].lower.endswith("ed") or i + 1 >= len(tokens) or text[tokens[i].end:tokens[i + 1].start].strip():
        return False
    noun = tokens[i + 1]
    lex = lexicon.load()
    if _opens_item(tokens, text, i):
        return True
    if after_subject(tokens, text, i):
        return False  # "He played football.", "The man opened fire.": the subject's past tense and its object
    if not noun.text.islower() or not lexicon.can_be_noun(noun.lower) or plural(noun.lower) or \
            lexicon.can_be_adverb(noun.lower) or lexicon.can_be_adjective(noun.lower) or noun.lower in lex.colors or \
            lexicon.number_value(noun.lower) is not None or noun.lower in lex.stop:
        return False
    if i + 2 >= len(tokens):
        return True
    after = tokens[i + 2]
    return bool(text[noun.end:after.start].strip()) or after.lower in PREPOSITIONS or after.lower in ("and", "or")


#: pronouns that are a clause's subject: an -ed word right after one is its past tense
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())


def after_subject(tokens: list[Token], text: str, i: int) -> bool:
    """Whether the -ed word at i, a past tense, follows its clause's subject: a subject pronoun,
    or a noun phrase that a determiner opens at the sentence's start, with no preposition or join
    in it ("The cat watched television."; not "on a stone tiled wall", where the noun phrase is a
    preposition's, nor "..., a brick patterned wall, ...", a listed thing). After a noun phrase a
    verb of placement or state stays a modifier ("A hand painted sign."): its past tense would take
    an object with an article ("The man painted the wall.")."""
    lowers = [t.lower for t in tokens[:i]]
    if not i or not past_tense(tokens[i].lower) or text[tokens[i - 1].end:tokens[i].start].strip():
        return False
    if lowers[-1] in SUBJECT_PRONOUNS:
        return True
    if participle_after_noun(tokens[i].lower):
        return False  # "A hand painted sign.": a verb of placement or state, before a bare noun, describes it
    phrase_ok = all(not text[tokens[k - 1].end:tokens[k].start].strip() for k in range(1, i))
    return phrase_ok and len(lowers) >= 2 and lowers[0] in DETERMINERS and lexicon.can_be_noun(lowers[-1]) and \
        not any(w in PREPOSITIONS or w in ("and", "or", "with") for w in lowers)



def _opens_item(tokens: list[Token], text: str, i: int) -> bool:
    """Whether the -ed word at i, a past participle, opens a comma part before a describing word or a
    noun ("..., arched evergreen bushes, ...", "On the left, parked cars line the street."): the
    modifier of the thing that part names; a past tense there would have no subject."""
    nxt = tokens[i + 1]
    lex = lexicon.load()
    return i > 0 and "," in text[tokens[i - 1].end:tokens[i].start] and past_participle(tokens[i].lower) and \
        nxt.text.islower() and nxt.lower not in lex.stop and not lexicon.can_be_adverb(nxt.lower) and \
        (lexicon.can_be_adjective(nxt.lower) or lexicon.can_be_noun(nxt.lower) or nxt.lower in lex.colors)


def abbreviation(token: Token, text: str) -> bool:
    """A word of two or more letters all in capitals, in a sentence not all in capitals ("LED",
    "TV"): a name or an abbreviation, never a verb."""
    if token.text[:1].islower():
        return False  # most words: a lower-case letter is no capital (the rule below says the same)
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and any(c.islower() for c in text)


def after_abbreviation(tokens: list[Token], text: str, i: int, opens: frozenset[str]) -> bool:
    """Whether word i is the noun an abbreviation right before it modifies ("LED screens in a row",
    "the TV stands"): the abbreviation opens its noun phrase (first, or after a word of `opens`:
    a determiner, a count) and word i may be a noun."""
    if i < 1 or not abbreviation(tokens[i - 1], text) or text[tokens[i - 1].end:tokens[i].start].strip():
        return False
    before = tokens[i - 2].lower if i >= 2 else ""
    opening = i == 1 or before in opens or lexicon.number_value(before) is not None or \
        bool(text[tokens[i - 2].end:tokens[i - 1].start].strip())
    return opening and lexicon.can_be_noun(tokens[i].lower) and not verb_after_abbreviation(tokens, text, i)


def verb_after_abbreviation(tokens: list[Token], text: str, i: int) -> bool:
    """Whether the -s word at i, right after an abbreviation, is its present-tense verb whatever
    the verb ("An SUV drives down the road.", "NASA launches a rocket."): after a determiner of one
    thing the -s word cannot be the plural noun ("a DJ plays"); before an object, a count, or a
    bare noun or describing word, no plural noun ends a noun phrase ("the TV plays a cartoon",
    "the DJ plays music": a plural seldom modifies a next noun). Before a place or the end the noun
    reading stays ("LED screens in a row"), but for the sentence's only verb (clauses.py)."""
    w = tokens[i].lower
    if i < 1 or not abbreviation(tokens[i - 1], text) or text[tokens[i - 1].end:tokens[i].start].strip() or \
            not (w.endswith("s") and not w.endswith("ss") and lexicon.can_be_verb(w)):
        return False
    before = tokens[i - 2].lower if i >= 2 and not text[tokens[i - 2].end:tokens[i - 1].start].strip() else ""
    if before in SINGULAR_DETERMINERS:
        return True
    if i + 1 >= len(tokens) or text[tokens[i].end:tokens[i + 1].start].strip():
        return False
    nxt = tokens[i + 1]
    lex = lexicon.load()
    if nxt.lower in OBJECT_OPENERS or (lexicon.number_value(nxt.lower) or 0) > 1:
        return True
    return nxt.text.islower() and nxt.lower not in lex.stop and nxt.lower not in PREPOSITIONS and \
        not nxt.lower.endswith(("ing", "ed")) and (lexicon.can_be_noun(nxt.lower) or lexicon.can_be_adjective(nxt.lower))


#: words that open a verb's object: "NASA launches a rocket"
OBJECT_OPENERS = frozenset("a an the this these those its their his her some several".split())


#: after an -ed word that may be a past tense or an adjective ("mixed", "lined"), these make it the
#: participle of a noun: "soil mixed with stones", "a path lined by trees" (a caption's past tense is rare)
MEANS = frozenset({"with", "by"})


#: words after which a past participle's phrase goes on (a place, an agent, a manner): "a car
#: parked on a floor", "a wall covered with ivy", "a man dressed in black"
PARTICIPLE_NEXT = frozenset("in on at under over above below behind beside near into onto from against along across "
                             "through between among inside outside atop beneath underneath with by to toward towards "
                             "up down off around together".split())


def participle_follows(lowers: list[str], text: str, tokens: list[Token], i: int, start: int) -> bool:
    """Whether the -ed word at i, after a noun, is a participle: a place or an agent follows it,
    or the sentence ends there ("A yellow car parked on a grey floor.", "two rocks stacked"), not
    an object ("The man parked the car."). A caption describes in the present: its past tense
    is rare, its participle after a noun common. `start` is where word i's clause starts (after
    its last comma)."""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    # after a comma it is an aside on the noun before ("on the wall, switched off"), no verb of it
    # ("a trunk, partly hidden by leaves": an adverb may stand between the comma and it, unless
    # a word that may be the verb follows the aside: "the sign, partly faded, reads OPEN")
    aside = i > 0 and "," in text[tokens[i - 1].end:tokens[i].start] or i > 1 and lowers[i - 1].endswith("ly") and \
        "," in text[tokens[i - 2].end:tokens[i - 1].start] and not verb_after_aside(lowers, text, tokens, i) \
        or absolute(lowers, start, i)  # "..., its tail curled around its paws"
    return (not nxt or nxt in PARTICIPLE_NEXT or text[tokens[i].end:].lstrip()[:1] in (",", ";")) and (
        aside or participle_after_noun(lowers[i]) or nxt in MEANS and not verb_after_aside(lowers, text, tokens, i))
    # "two lands separated by a river"; not "the garden, lovingly tended by the owner, blooms"


def verb_after_aside(lowers: list[str], text: str, tokens: list[Token], i: int) -> bool:
    """Whether the word after the comma that closes the aside word i is in may be a verb."""
    k = next((k for k in range(i + 1, len(tokens)) if "," in text[tokens[k - 1].end:tokens[k].start]), None)
    # "Foreground dominated by a woman, wearing a hat.": a participle there describes, no verb
    return k is not None and lexicon.can_be_verb(lowers[k]) and lowers[k] not in PREPOSITIONS | DETERMINERS | {"and", "or"} \
        and not lowers[k].endswith("ing") and not only_participle(lowers[k]) and not _describes_after_comma(lowers, text, tokens, k)


def _describes_after_comma(lowers: list[str], text: str, tokens: list[Token], k: int) -> bool:
    """Whether word k, after an aside's comma, opens a listed thing or a participle's agent, no verb: "..., black
    mesh and round lamps" (a colour or a describing word right before a noun), "..., flanked by lamps"."""
    if k + 1 >= len(lowers):
        return False
    w, nxt = lowers[k], lowers[k + 1]
    if w.endswith("ed") and nxt in ("by", "with"):
        return True
    return (w in lexicon.load().colors or lexicon.can_be_adjective(w) and not w.endswith("s")) and \
        (lexicon.can_be_noun(nxt) or not lexicon.known_word(nxt)) and not text[tokens[k].end:tokens[k + 1].start].strip()


#: words after a participle that name who did it or whence it is seen: "photographed from above", "lit by lamps"
AGENT_OR_VIEW = frozenset("by with from".split())


def in_with_phrase(lowers: list[str], start: int, i: int, finite: frozenset[str]) -> bool:
    """Whether word i stands in a "with"/"without" phrase of its clause, no finite verb between
    ("A door with its frame painted blue"): what follows "with" is a thing and its state. `finite`:
    the forms of be, have and the modals (clauses.FINITE)."""
    opened = max((k for k in range(start, i) if lowers[k] in ("with", "without")), default=None)
    return opened is not None and not any(w in finite for w in lowers[opened + 1:i])
