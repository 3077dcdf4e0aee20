"""Clauses of a sentence, read without a model: has it a finite verb, and is one its main
clause's? The prose figures (assistant/check/prose.py) call a sentence without one a fragment.

- a verb: a form of be/have, a modal, a word that can only be a verb, or a noun-or-verb word
  ("stands", "hangs") where a verb stands (after a noun, before a preposition, a determiner or
  the end);
- a main verb: one that no relative or subordinate clause takes ("A wooden base on which the
  tent is placed." has none), and no participle after its noun ("A yellow car parked on a grey
  floor.");
- a cut end (assistant/check/endings.py): a sentence that stops where its clause cannot ("The sofa is
  placed.", "A bowl with.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant import lexicon
from assistant.check.word_forms import PLURAL_NOUNS, having_verb_of_plural, maybe_verb, noun_after_determiner, only_participle, only_verb, thing_noun
from assistant.check.word_forms import DETERMINERS as _DETERMINERS
from assistant.check.word_forms import SINGULAR_DETERMINERS as _SINGULAR_DETERMINERS
from assistant.check.word_forms import participle_after_noun, plural, verb_after_singular, verb_before_described_plural
from assistant.check.endings import NEEDS_PLACE, PREPOSITIONS as _PREPOSITIONS
from assistant.check.subjects import base_of_joined, joined_subject, object_her, plural_subject, shift_from_to
from assistant.check.participles import AGENT_OR_VIEW, MEANS, PARTICIPLE_NEXT, POSSESSIVES, abbreviation, absolute
from assistant.check.participles import after_abbreviation, in_with_phrase, modifies_next, participle_follows, verb_after_abbreviation
from assistant.text import Token, in_spans, quotation_spans, tokenize

FINITE = frozenset(
    "is are was were be been being am 's 're 'm has have had having do does did can could will would may might "
    "must shall should isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't can't cannot "
    "couldn't won't wouldn't shouldn't".split())
_CONTRACTED = re.compile(r"^(?:it|there|that|here|he|she|what|who|they|we|you|i)'(?:s|re|m|ve|ll|d)$")
# where a verb stands: before a preposition, a determiner, an adverb of place, or the end
_AFTER_VERB = frozenset(
    "in on at under over above below behind beside near next into onto from to against along across through "
    "up down out off around between among inside outside atop beneath underneath with by toward towards "
    "a an the this that these those its their his her some two three four several".split())


#: describing verbs whose noun reading a count before them keeps ("two ski runs", "three tall spans")
_COUNTED_NOUNS = frozenset("runs flows rises curves winds spans surrounds features displays".split())
#: present-tense verbs a description says of a thing that are nouns too, but as nouns they rarely
#: stand after a noun ("a view shows", "the ribbon reads", "a lamp hangs"): the verb, wherever
#: it stands in its clause, even after a "with" or "of" phrase
_DESCRIBING_VERBS = frozenset("shows reads looks seems appears comes goes sits lies hangs stands rests leans faces "
                              "gleams shines points extends stretches leads covers".split()) | _COUNTED_NOUNS


def _clause_start(tokens: list[Token], text: str, i: int) -> int:
    """The first word of the clause word i is in: after the last comma or semicolon before it
    ("On the right side, the ribbon reads ...": its preposition is not the subject's)."""
    for k in range(i, 0, -1):
        if any(c in text[tokens[k - 1].end:tokens[k].start] for c in ",;"):
            return k
    return 0


def _after_aside(tokens: list[Token], text: str, lowers: list[str], i: int) -> bool:
    """Whether word i, right after the comma that closes an aside a participle opens, is the
    subject's verb: "The flag, loosely tied to the pole, waves." ("tied" is the aside's); a plural's base form
    too, never a listed noun ("The towers, adorned with spires, reach skyward")."""
    if not i or "," not in text[tokens[i - 1].end:tokens[i].start] or lowers[i].endswith("ing") and not lexicon.is_verb_base(lowers[i]):
        return False  # "The bench, weathered by rain, adding charm.": an -ing form is a participle, no finite verb
    k = _clause_start(tokens, text, i - 1)
    base = 0 < k and plural(lowers[k - 1]) and lexicon.can_be_verb(lowers[i]) and not lowers[i].endswith(("s", "ed", "ing"))
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    # a verb's object or its end follows; before a place it is as often a listed noun ("..., trees behind it")
    if not (base or (maybe_verb(lowers[i]) or only_verb(lowers[i])) and (
            only_verb(lowers[i]) or lowers[i] in _DESCRIBING_VERBS or not nxt or nxt in _OBJECT_OPENERS or i + 2 == len(lowers)
            and lowers[i].endswith("s") and thing_noun(nxt) or lexicon.can_be_adverb(nxt) and nxt not in _PREPOSITIONS)):
        return False
    # "A red car, parked on a street, captured from a low angle.": a second participle, before its agent or its
    # view, describes the noun as the aside's does. Before a place or a path it is the past tense of a subject a
    # determiner or a pronoun opens ("The climbers, roped together, moved up the slope."), unless a verb of
    # placement ("A note, written in ink, pinned to a board."; "Paper, written in ink, affixed to the wall.")
    subject = lowers[0] in _DETERMINERS or lowers[0] in _SUBJECTS
    if lowers[i].endswith("ed") and (nxt in AGENT_OR_VIEW or not nxt and participle_after_noun(lowers[i]) or
                                     nxt in PARTICIPLE_NEXT and not (subject and not participle_after_noun(lowers[i]))):
        return False
    first = k + 1 if lowers[k].endswith("ly") and k + 1 < i else k
    # or an absolute phrase ("A small dog, its tail raised, stands by the gate."), or an -ing form and its
    # object ("A statue, holding a book, stands ..."; "sitting areas" is a listed noun)
    opened = lowers[first].endswith(("ed", "en")) or lowers[k] in POSSESSIVES and absolute(lowers, k, i - 1) \
        or lowers[first].endswith("ing") and first + 1 < i and lowers[first + 1] in _OBJECT_OPENERS
    return 0 < k and _clause_start(tokens, text, k - 1) == 0 and opened \
        and lowers[i] not in _PREPOSITIONS | _DETERMINERS | _JOINS


def _bears_text(quotation: str) -> bool:
    """Whether a quotation is text a thing bears ("LE MANS", "Welcome home", "24h"), by a capital
    or a digit, not a word of the sentence in scare quotes ("smiles")."""
    return any(c.isupper() or c.isdigit() for c in quotation)


def has_verb(tokens: list[Token], text: str) -> bool:
    return next(verbs(tokens, text), None) is not None


def verbs(tokens: list[Token], text: str) -> Iterator[int]:
    """The positions of the words that are finite verbs, in order. A quotation's words are none:
    'The text "LE MANS" on the box.' has no verb ("mans"); but a quotation all in lower case is
    the sentence's own words in scare quotes ('The dog "smiles" at the camera.'), read as the rest.
    An adverb between a subject and its verb ("The house also features ...", "The towers mostly
    rise ...") is read past: the verb is where it would stand without it."""
    kept = [i for i in range(len(tokens)) if not _adverb_before_verb(tokens, text, i)]
    if len(kept) < len(tokens):
        yield from (kept[k] for k in _verbs([tokens[i] for i in kept], text))
    else:
        yield from _verbs(tokens, text)


#: adverbs that stand between a subject and its verb ("the house also features"); any -ly adverb
#: that is no adjective does too ("the river slowly winds")
_MID_ADVERBS = frozenset("also still often always usually sometimes never".split())


def _adverb_before_verb(tokens: list[Token], text: str, i: int) -> bool:
    """Whether word i is an adverb between a word that may end a subject and a present-tense or
    base verb form, with no punctuation around it; an -ed or -ing form after it is left to the
    participle rules ("trees partly hidden"), and a word that may be an attribute is none ("The
    walls mostly white.")."""
    if not 0 < i < len(tokens) - 1:
        return False
    w, prev, nxt = tokens[i].lower, tokens[i - 1].lower, tokens[i + 1].lower
    adverb = w in _MID_ADVERBS or w.endswith("ly") and lexicon.can_be_adverb(w) and not lexicon.can_be_adjective(w)
    return adverb and not text[tokens[i - 1].end:tokens[i].start].strip() and \
        not text[tokens[i].end:tokens[i + 1].start].strip() and prev[:1].isalpha() and \
        prev not in _PREPOSITIONS | _JOINS | _DETERMINERS and _after_noun(prev) and \
        not nxt.endswith(("ed", "ing")) and lexicon.can_be_verb(nxt) and nxt not in lexicon.load().colors and \
        not lexicon.can_be_adjective(nxt)  # "The walls mostly white.": an attribute, no verb


def _verbs(tokens: list[Token], text: str) -> Iterator[int]:
    lowers = [t.lower for t in tokens]
    found = False
    held = None  # an -s word after a determiner and an abbreviation, read as its noun: the verb if no other is found
    for i in _verb_positions(tokens, text, lowers):
        if i < 0:
            held = -i - 1 if held is None else held
            continue
        found = True
        yield i
    if not found and held is not None:
        yield held  # "The BMW parks beside the curb.": the sentence's only verb candidate; not "6 LED screens in a row"


def _verb_positions(tokens: list[Token], text: str, lowers: list[str]) -> Iterator[int]:
    """The finite verbs' positions, and -(i + 1) for an -s word `after_abbreviation` reads as its
    noun after a determiner ("the BMW parks", "the LED screens"), which may still be the verb."""
    quoted = [(a, b) for a, b in quotation_spans(text) if _bears_text(text[a:b])]
    for i, w in enumerate(lowers):
        if quoted and in_spans(tokens[i].start, quoted) or abbreviation(tokens[i], text):
            continue  # "LED" is no "led"
        if verb_after_abbreviation(tokens, text, i):
            yield i  # "An SUV drives down the road.", "NASA launches a rocket."
            continue
        if w not in _DESCRIBING_VERBS and after_abbreviation(tokens, text, i, _DETERMINERS):
            if i >= 2 and lowers[i - 2] in _DETERMINERS and w.endswith("s") and lexicon.can_be_verb(w):
                yield -i - 1
            continue  # "LED screens in a row": the abbreviation's noun
        if modifies_next(tokens, text, i):
            continue  # "on a brick patterned wall": the noun's modifier
        if w in FINITE or _CONTRACTED.match(w) or _after_aside(tokens, text, lowers, i):
            yield i
            continue
        if w.endswith("ing"):
            continue  # a participle ("a bee sitting on it", "a calming sky") is no finite verb
        if only_verb(w) and only_participle(w):
            continue  # "hidden", "written", "seen": never a finite verb ("Drummer back, partly hidden.")
        if w.endswith("ed") and in_with_phrase(lowers, _clause_start(tokens, text, i), i, FINITE) and participle_after_noun(w):
            continue  # "a wall with its top painted green": the participle of a "with" phrase, no finite verb
        if only_verb(w) and (not w.endswith("ed") or i and _after_noun(lowers[i - 1]) and lowers[i - 1] not in _PREPOSITIONS):
            if not (w.endswith("ed") and participle_follows(lowers, text, tokens, i, _clause_start(tokens, text, i))):
                yield i  # "sits", "stood"; "the man parked the car", not "a painted wall"
            continue  # "a car parked on a floor": a participle after its noun, no finite verb
        # a clause ends after it: the end, a preposition or a determiner, or punctuation ("reads: ...")
        if i and (lowers[i - 1] in _SUBJECTS or lowers[i - 1] in ("this", "that") and _clause_start(tokens, text, i) == i - 1
                  and w.endswith("s")) and lexicon.can_be_verb(w):
            yield i  # "they show signs of age"
            continue
        if w in _DESCRIBING_VERBS and _after_noun(lowers[i - 1]) and lowers[i - 1] not in _PREPOSITIONS and \
                _clause_start(tokens, text, i) < i - 1 and (i + 1 < len(lowers) or not _PREPOSITIONS & set(lowers[:i])) \
                and not (w in _COUNTED_NOUNS and counted_head(lowers, _clause_start(tokens, text, i), i)):
            yield i  # "the bow of the boat comes to a point", "a view shows furniture"; not "rows of music stands"
            continue
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if i >= 2 and lowers[0] in _PREPOSITIONS and w + "s" in _DESCRIBING_VERBS and _after_noun(lowers[i - 1]) and (
                nxt in _PLURAL_QUANTIFIERS or (lexicon.number_value(nxt) or 0) > 1 or nxt == "a" and
                lowers[i + 2:i + 3] in (["few"], ["couple"])) and "," not in text[:tokens[i].start]:
            yield i  # "Behind the fence stand two horses", "... stand a few horses": a place first, then the verb
            continue  # before its plural subject
        start = _clause_start(tokens, text, i)
        # an object or a place follows: a preposition, a determiner, a number, an adverb, a quote (at
        # the end, or before a comma, it is the last noun of a list: "with tire markings, dry leaves";
        # the last clause after a subordinate one is its own: "Although it is raining, people walk.")
        ends = (nxt in _AFTER_VERB or not nxt and _simple_subject(lowers[:i], text[:tokens[i].start], lowers[start:i])
                or not nxt and start == 0 and base_of_joined(lowers, start, i)  # "Cups and saucers stand."
                or lexicon.number_value(nxt) is not None or lexicon.can_be_adverb(nxt)
                or text[tokens[i].end:].lstrip()[:1] in (':', '"', '“'))
        # the subject ends before its verb: after a preposition ("leaves below flowers", "plants
        # with a bee") a noun-or-verb word is the object's noun
        verb_form = maybe_verb(w) or lexicon.can_be_verb(w) and plural(lowers[i - 1]) and w not in lexicon.load().directions \
            and w not in lexicon.load().colors \
            or w + "s" in _DESCRIBING_VERBS and joined_subject(lowers[start:i]) \
            or base_of_joined(lowers, start, i)
        # "Its eyes brown.": a colour after a plural is its attribute; "The books and the block stand on ...": two
        # things joined by "and" are a plural subject of a describing verb ("a bench and a lamp post" stays a noun)
        if start < i and ends and _after_noun(lowers[i - 1]) and not _PREPOSITIONS & set(lowers[start:i]) and verb_form \
                and not counted_head(lowers, start, i) and not (w.endswith("ed") and nxt in MEANS):
            yield i
        elif start < i and (nxt in _OBJECT_OPENERS or (lexicon.number_value(nxt) or 0) > 1) and verb_form \
                and not text[tokens[i].end:tokens[i + 1].start].strip() \
                and (_after_noun(lowers[i - 1]) or noun_after_determiner(lowers, i) or object_her(lowers, i)) and lowers[i - 1] not in _PREPOSITIONS | _JOINS \
                and not counted_head(lowers, start, i) and not compound_head(lowers, i):
            yield i  # "a woman in a white shirt holds a dustpan": after a noun, before its object
        elif start < i and shift_from_to(lowers, start, i) and verb_form:
            yield i  # "The colour of the sky shifts from blue to orange": a change over a range, the subject's verb
        elif start < i and (nxt in _PATH_WORDS or w in _LINKING) and lexicon.can_be_verb(w) \
                and (plural_subject(lowers[start:i]) or joined_subject(lowers[start:i])) \
                and _after_noun(lowers[i - 1]) and not w.endswith(("s", "ed", "ing")) and lowers[i - 1] not in _PREPOSITIONS | _JOINS:
            yield i  # "the stripes of the flag curve around": a plural subject's base form, before its path
        elif start < i and ((having_verb_of_plural(lowers, i) or verb_after_singular(lowers, start, i)) and not _PREPOSITIONS & set(
                lowers[start:i]) or verb_before_described_plural(lowers, start, i)) and _after_noun(lowers[i - 1]) and not counted_head(lowers, start, i):
            yield i  # "Buildings feature white trim", "A small boy holds red balloons", "A boy in a cap holds red balloons"


#: words of a path or a motion, which follow a verb ("curve around", "gleam off"), not a place's compound noun
#: verbs that link a subject to what it is or becomes ("the leaves of the tree turn yellow")
_LINKING = frozenset("turn look seem appear become remain stay grow".split())
_PATH_WORDS = frozenset("around across along through over off from into onto toward towards past up down away out".split())


#: words that open an object: a noun-or-verb word right before one is a verb even after a
#: preposition's noun ("a flag with a white star covers the wall"), since no noun phrase goes on
#: into an article ("sunflower plants on the ground" goes on into a preposition: a noun still);
#: after a comma the article opens a list's next item ("coffee mugs, a lamp"), no object
_OBJECT_OPENERS = frozenset("a an the this these those its their his her some several few many".split())


#: words that count more than one thing: a verb after them agrees with a plural noun
_PLURAL_QUANTIFIERS = frozenset("several many few both these those multiple various numerous".split())


def counted_head(lowers: list[str], start: int, i: int) -> bool:
    """Whether the -s word at i is the plural noun a count opens its clause for: "Two grey throw
    pillows", "Several stone benches": after "two" only a plural subject takes a verb, and none
    stands before it, so the -s word is the noun the count counts, not a verb ("The man throws")."""
    first = lowers[start]
    number = lexicon.number_value(first)
    counted = first in _PLURAL_QUANTIFIERS or number is not None and number > 1
    return counted and lowers[i].endswith("s") and not any(plural(w) for w in lowers[start + 1:i])


def may_have_verb(text: str) -> bool:
    """Whether a word of `text` may be its verb though `fragment` found none: a present-tense
    -s word that may be a noun or a verb, after a noun (not a preposition) and before a
    preposition or a determiner ("A man in a coat waits at the corner"; the rule for fragments
    passes over it after "in"); never right after "and" ("dried grass and trees above": a noun
    phrase starts there) nor right after "that"/"which"/"who" (a relative clause's verb). An -ed
    word there is a participle as often as not ("a ring attached to it"), and "a bowl of fruits
    on ..." has no verb; nor has a word that ends a compound by its position (`compound_head`:
    "glass windows"), nor the noun a count before it counts (`counted_head` from any count on:
    "with five light grey square patterns"). After a verbless phrase and a comma
    (`verbless_head`) only that phrase is read: what follows is a clause or a noun phrase."""
    from assistant.check.commas import verbless_head  # noqa: PLC0415 - commas reads this module

    head = verbless_head(text)
    read = text if head is None else text[:head]
    tokens = tokenize(read)
    lowers = [t.lower for t in tokens]
    if _bare_subject_verb(tokens):
        return True
    # a comma after the word ends a list's item ("two grey throw pillows, two yellow pillows"): no verb's object follows
    return any(i + 1 < len(lowers) and lowers[i + 1] in _AFTER_VERB and lowers[i - 1] not in _PREPOSITIONS | _JOINS | _RELATIVES
               and "," not in read[tokens[i].end:tokens[i + 1].start]
               and _after_noun(lowers[i - 1]) and w.endswith("s") and maybe_verb(w) and not compound_head(lowers, i)
               and not _counted(lowers, i) and not _described(lowers, i) for i, w in enumerate(lowers) if i)


def _bare_subject_verb(tokens: list) -> bool:
    """A terse sentence's bare noun, then an -s word that may be a verb, then a name or a describing
    word ("Photo shows Palazzo ...", "Building features white trim ..."): the subject and its verb as
    likely as a compound noun, so no "There is" goes before it."""
    if len(tokens) < 3 or tokens[0].lower in _DETERMINERS or not lexicon.can_be_noun(tokens[0].lower):
        return False
    verb, after = tokens[1].lower, tokens[2]
    return verb.endswith("s") and maybe_verb(verb) and (
        after.text[:1].isupper() or after.lower in lexicon.load().colors
        or lexicon.can_be_adjective(after.lower) and not lexicon.can_be_noun(after.lower))


def _described(lowers: list[str], i: int) -> bool:
    """Whether the word at i follows an -ed form that describes it ("small dried stems below"), or is
    that form's object: not a verb. Unless the -ed form ends a relative clause ("the man who painted
    walks ..."), where the next word is the main verb."""
    prev = lowers[i - 1]
    return prev.endswith("ed") and lexicon.can_be_verb(prev) and not lexicon.can_be_noun(prev) and \
        (i < 2 or lowers[i - 2] not in _RELATIVES)


def _counted(lowers: list[str], i: int) -> bool:
    """`counted_head` from the nearest count before the -s word at i with no plural between
    (read back from i: a long list stays linear), in one run of modifiers: a preposition, a join
    or a determiner between ends the count's phrase ("A 2 year old girl with a kite runs ...":
    "runs" is the girl's verb, not what "2" counts)."""
    for k in range(i - 1, -1, -1):
        if counted_head(lowers, k, i):
            return True
        if plural(lowers[k]) or lowers[k] in _PREPOSITIONS | _JOINS | _RELATIVES | _SINGULAR_DETERMINERS \
                or lowers[k] in ("the", "his", "her", "its", "their") or not lowers[k][:1].isalnum():
            return False
    return False


#: a verb right after one of these is its relative clause's ("a pole that stands on the ground"),
#: never the main verb a fragment lacks
_RELATIVES = frozenset(["that", "which", "who"])


def compound_head(lowers: list[str], i: int) -> bool:
    """Whether the noun-or-verb -s word at i ends a noun phrase by its position, not starts a verb:
    after a material ("glass windows", "metal handles": a noun used as a modifier), or after a
    bare singular noun in the "of" phrase of a part or a group ("a bunch of sunflower plants":
    what a bunch is of is plural or a mass, so "sunflower" modifies the next word), or after a
    determiner and an -ed word ("some carved shapes": the -ed word modifies it). A verb that
    describes a thing ("the glass shines") stays a verb."""
    w, prev = lowers[i], lowers[i - 1]
    if w in _DESCRIBING_VERBS:
        return False
    if prev in lexicon.load().materials:
        return i < 2 or lowers[i - 2] not in _SINGULAR_DETERMINERS
    if i > 1 and prev.endswith("ed") and not lexicon.can_be_noun(prev) and (
            lowers[i - 2] in _DETERMINERS or lexicon.number_value(lowers[i - 2]) is not None):
        return True  # "some carved shapes": after a determiner an -ed word is no verb but the noun's modifier
    opened = max((k for k in range(i) if lowers[k] in _PREPOSITIONS | _JOINS), default=-1)
    phrase = lowers[opened + 1:i]
    bare = not _DETERMINERS & set(phrase) and not any(lexicon.number_value(x) is not None for x in phrase)
    return opened > 0 and lowers[opened] == "of" and lowers[opened - 1] in lexicon.load().partitives and bare and \
        not plural(prev)


#: words that open a clause that is not the sentence's main one: its verb is the clause's
#: ("A wooden base on which the tent is placed." has no main verb)
SUBORDINATORS = frozenset("which who whom whose where when while whereas because although though whenever wherever "
                           "unless until".split())
#: words that may stand between the words of one verb group ("is neatly placed", "is not parked")
_IN_VERB_GROUP = frozenset("not n't never also still just neatly partly fully".split())


def has_main_verb(tokens: list[Token], text: str) -> bool:
    """Whether a finite verb of the sentence is its main clause's: each subordinate or relative
    clause ("which", "who", "where", "that is ...") takes the first verb group after its opening
    word, so "A base on which the tent is placed." has none left over, and "A dog that is brown
    sits on the grass." has "sits". The verbs `verbs` finds are few and sure; a sentence where
    a subordinate clause takes them all is a fragment only if no other word may be its verb
    (`_loose_verb`: "The floor on which the column rests is grey.", "The head, which has a
    neck, rests on a disc.")."""
    lowers = [t.lower for t in tokens]
    groups: list[list[int]] = []  # [first, last] word of each verb group
    for i in verbs(tokens, text):
        if groups and lowers[groups[-1][1]] in FINITE and lowers[i] not in _TENSED and \
                all(w in _IN_VERB_GROUP or w.endswith("ly") for w in lowers[groups[-1][1] + 1:i]):
            groups[-1][1] = i  # the same verb group: "can be", "has been", "is not"
        else:
            groups.append([i, i])
    pending, after, taken = 0, 0, set()
    for first, last in groups:
        pending += sum(w in SUBORDINATORS for w in lowers[after:first])
        pending += first > after and lowers[first - 1] == "that"  # "a lamp that is black"
        if not pending:
            return True
        pending -= 1  # this group is a subordinate clause's
        taken.update(range(first, last + 1))
        after = last + 1
    if not groups:
        return False
    group_starts = {first for first, _ in groups}
    return any(_loose_verb(lowers, i, group_starts) for i in range(1, len(lowers)) if i not in taken)


#: finite forms that start a verb group of their own ("rests is": two clauses' verbs)
_TENSED = frozenset("is are was were am 's 're 'm has does do did".split())
_SINGULAR_TENSED = frozenset("is was has does".split())
#: words after which no verb stands: a noun phrase goes on ("rows of music stands", "and trees")
_NO_VERB_AFTER = frozenset("of with and or for".split())


def _loose_verb(lowers: list[str], i: int, group_starts: set[int]) -> bool:
    """Whether the word at i may be a verb `verbs` passed over: a present-tense -s word after a
    noun or an adverb ("the water below shows"), or a base form after a plural noun ("the cars
    approach"). Right before a verb group it is that group's subject ("clothes are placed")
    unless the number says otherwise ("the column rests is grey")."""
    w, prev = lowers[i], lowers[i - 1]
    if prev in _NO_VERB_AFTER or prev in SUBORDINATORS or not lexicon.can_be_verb(w) or not _after_noun(prev):
        return False
    if i + 1 in group_starts and not (w.endswith("s") and lowers[i + 1] in _SINGULAR_TENSED or plural(prev)):
        return False
    if w.endswith("s") and not w.endswith("ss"):
        return True
    return plural(prev) and not w.endswith(("ed", "ing")) and prev not in _PREPOSITIONS


def participle(sentence: str) -> int | None:
    """Where the participle after its noun starts, in a sentence with no main verb but that one
    ("A yellow car parked on a grey floor."): "is"/"are" before it makes the sentence."""
    tokens = tokenize(sentence)
    lowers = [t.lower for t in tokens]
    if has_main_verb(tokens, sentence):
        return None
    for i, w in enumerate(lowers):
        # "fixed", "mounted": adjectives too ("a fixed price"), but after a noun and before a place a participle
        if i and w.endswith("ed") and (only_verb(w) or w in _PLACED) and _after_noun(lowers[i - 1]) and lexicon.can_be_noun(lowers[i - 1]) and \
                lowers[i - 1] not in SUBORDINATORS | {"that", "there", "here"} and \
                participle_follows(lowers, sentence, tokens, i, _clause_start(tokens, sentence, i)):
            return tokens[i].start
    return None


#: participles of where a thing was put, which may be adjectives too ("a fixed price")
_PLACED = NEEDS_PLACE | {"attached", "hung", "tied", "glued", "nailed", "pinned", "stuck"}


#: after these a noun phrase starts: "grass and trees above" has no verb "trees"
_JOINS = frozenset(["and", "or"])


_SUBJECTS = frozenset("they we you i he she it".split())


def _simple_subject(before: list[str], text: str, clause: list[str]) -> bool:
    """The words before a sentence's last word are one plain noun phrase ("a red bus waits"), not a
    list or a "with" phrase whose last noun it would be; or, after a subordinate clause and its
    comma, the last clause's words are ("Although it is raining, people walk.")."""
    if "," not in text:
        return not {"with", "and", "of", "or"} & set(before)
    return bool(before) and before[0] in SUBORDINATORS and bool(clause) and not {"with", "and", "of", "or"} & set(clause)


def _after_noun(prev: str) -> bool:
    """Whether the word before may end a noun phrase (a subject), not modify the next word."""
    if prev in _SUBJECTS or prev in ("there", "here", "which", "that", "who"):
        return True  # "there stands a bin"
    return not (prev in _DETERMINERS or lexicon.number_value(prev) is not None or prev in lexicon.load().colors
                or lexicon.can_be_adjective(prev) and not lexicon.can_be_verb(prev) or prev.endswith("'s")
                # "dry leaves on the ground": a word the dictionary knows, but never as a noun, ends no subject
                or lexicon.can_be_adjective(prev) and lexicon.known_word(prev) and not lexicon.can_be_noun(prev)
                # "behind leaning grates on ...": a participle that is never a noun describes the next word
                or prev.endswith("ing") and lexicon.known_word(prev) and not lexicon.can_be_noun(prev))
