"""Fragments in two shapes annotators type, made sentences without the model (`fragments.as_sentence`
tries them): an attribute typed after its noun with more after it ("Heron grey with long, curved
neck." -> "The heron is grey with a long, curved neck."), and a place typed first with no comma
or article ("In distance row of hills." -> "In the distance, there is a row of hills."). Each
returns None where it cannot tell where the noun or the place ends."""

from __future__ import annotations

from dataclasses import dataclass

from assistant import lexicon
from assistant.check import clauses
from assistant.check.word_forms import HAVING_VERBS, only_participle, past_or_participle
from assistant.compose import fragments
from assistant.compose.sentences import terminated
from assistant.text import ARTICLES, indefinite_article, quotation_spans, tokenize

#: nouns that name a part of the picture: a place phrase ends after them ("in distance", "in foreground")
_SCENE_PLACES = frozenset("distance foreground background middle center centre".split())
#: words that say how light or strong a colour is, nouns too ("pale", "light"): before a colour they are its
_SHADES = frozenset("pale light dark bright deep soft pastel dull".split())
#: where a noun phrase or a list of attributes may go on after a comma
LIST_WORDS = frozenset({"and"})
#: words that open a place's phrase
_PLACE_OPENERS = fragments.PHRASE_START | {"toward", "towards", "around", "beyond", "opposite", "past"}


@dataclass(frozen=True)
class Unit:
    """A word, with the words a hyphen joins to it ("dark-grey", "brown-skinned")."""

    text: str
    start: int
    end: int
    comma_before: bool

    @property
    def lower(self) -> str:
        return self.text.lower()


def units(text: str) -> list[Unit]:
    out: list[Unit] = []
    for t in tokenize(text):
        gap = text[out[-1].end:t.start] if out else ""
        if out and gap == "-":
            last = out[-1]
            out[-1] = Unit(text[last.start:t.end], last.start, t.end, last.comma_before)
        else:
            out.append(Unit(t.text, t.start, t.end, "," in gap))
    return out


def attribute(word: str, strict: bool = True) -> bool:
    """Whether `word` says what a thing is like: a colour, an adjective ("tall"; `strict`: one that
    is no noun, so "light" and "calm" are not), a word in -ible/-able ("visible"), or a compound
    of them ("dark-grey", "brown-skinned")."""
    w = word.lower()
    colors = lexicon.load().colors
    if w in colors:
        return True
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        return len(parts) > 1 and all(p in colors or lexicon.can_be_adjective(p) or p.endswith("ed") for p in parts)
    if w.endswith(("ible", "able")) and len(w) > 5:  # "visible": adjectives the dictionary may lack
        return True
    return lexicon.can_be_adjective(w) and not (strict and lexicon.can_be_noun(w))


def _adverb(word: str) -> bool:
    return word.endswith("ly") and lexicon.can_be_adverb(word)


def noun_word(unit: Unit) -> bool:
    w = unit.lower.removesuffix("'s").removesuffix("’s")
    return "-" not in w and lexicon.can_be_noun(w) and w not in lexicon.load().colors


def subject_after_the(phrase: str, names: frozenset[str] | None) -> tuple[str, str] | None:
    """A terse note's noun phrase as a sentence's subject, opened by "The" ("Kettle" -> "The kettle";
    a name such as "McLaren" or one of the notes' `names` keeps its capital), and "is"/"are" for it.
    A name's possessive takes no "The" ("Mary's hat" stays; "Card's hue" -> "The card's hue"). None
    where its number is unsaid (`fragments.be_for`) or it opens on a pronoun ("It off": no "The it")."""
    first_word = phrase.split(" ", 1)[0]
    if first_word.lower() in fragments.NO_THERE_OPENERS:
        return None
    name = first_word[1:] != first_word[1:].lower() or names is not None and first_word in names
    stem = first_word[:-2] if first_word.endswith(("'s", "’s")) else None
    if stem and stem[:1].isupper() and (name or names is not None and stem in names or not lexicon.known_word(stem.lower())):
        subject = phrase
    else:
        phrase = phrase if name else phrase[:1].lower() + phrase[1:]
        subject = f"The {phrase}"
    be = fragments.be_for(phrase)
    return None if be is None else (subject, be)


def attribute_predicate(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Heron grey with long, curved neck." -> "The heron is grey with a long, curved neck.": a
    noun phrase of plain words, then its attributes (a colour, or an adjective that is no noun,
    first: an adjective after a noun starts what is said of it; "partially visible"), then
    nothing or a preposition's phrase, which gets its articles. None for a count or a
    determiner before the noun ("2 mugs white": which of them is unsaid), a noun the same in both
    numbers, a quote, or anything else after the attributes. `names`: as `fragments.there_is`
    takes them (a first word one of them keeps its capital: "The Ford truck is white.")."""
    text = fragment.strip().rstrip(".!")
    us = units(text)
    if len(us) < 2 or '"' in text or "“" in text:
        return None
    at = _predicate_start(us)
    if at is None:
        return None
    noun_phrase = us[:at]
    last = noun_phrase[-1].lower
    if len(noun_phrase) > 1 and last.endswith("s") and last[:-1] in HAVING_VERBS | {"feature", "show", "display"}:
        return None  # "Cottage features green.": a verb of having and its object as likely as a compound
    if any(u.lower in fragments.PHRASE_START or u.lower in ("and", "or") or not u.text.replace("'", "").replace(
            "’", "").replace("-", "").isalpha() for u in noun_phrase):
        return None
    if any(u.comma_before and not attribute(noun_phrase[k - 1].lower, strict=False)
           for k, u in enumerate(noun_phrase) if k):
        return None  # "Chair, table white": a list, not one thing
    k = at
    while k < len(us) and (attribute(us[k].lower, strict=False) or _adverb(us[k].lower) or us[k].lower in LIST_WORDS):
        k += 1
    if k == at or us[k - 1].lower in LIST_WORDS or k < len(us) and (us[k].lower not in fragments.PHRASE_START
                                                                      or us[k].comma_before):
        return None  # "Statue minimalist, and shows ...": a verb after the attributes is the model's to place
    first = noun_phrase[0].lower
    if first in fragments.DETERMINERS - ARTICLES or lexicon.number_value(first) is not None:
        return None
    start = noun_phrase[1].start if first in ARTICLES else noun_phrase[0].start
    if start >= noun_phrase[-1].end:
        return None
    subject = subject_after_the(text[start:noun_phrase[-1].end], names)
    if subject is None:
        return None
    phrase, be = subject
    said = text[us[at].start:us[k - 1].end]
    tail = f" {articled(text[us[k].start:])}" if k < len(us) else ""
    return f"{phrase} {be} {said}{tail}."


#: adjectives that are nouns too, read as adjectives before "of" ("planters full of flowers")
_OF_ADJECTIVES = frozenset("full empty".split())


def _predicate_start(us: list[Unit]) -> int | None:
    """Where what is said of the noun starts: the first attribute that is no noun (or an adverb in
    -ly before an attribute) right after a noun, or after a noun and a place word ("sky overhead")."""
    for i in range(1, len(us)):
        u = us[i]
        starts = attribute(u.lower) or _adverb(u.lower) and i + 1 < len(us) and attribute(us[i + 1].lower, strict=False) \
            or u.lower in _OF_ADJECTIVES and i + 1 < len(us) and us[i + 1].lower == "of" or _paired(us, i)
        if not starts or u.comma_before:
            continue
        before = i - 1
        if us[before].lower in fragments.PLACE_WORDS and before > 0:
            before -= 1
        if us[before].lower in _SHADES and u.lower in lexicon.load().colors and before > 0 and \
                noun_word(us[before - 1]) and not us[before].comma_before:
            return before  # "Barn pale blue": the shade is the colour's, not the noun's ("The barn pale is blue")
        if noun_word(us[before]) and (not us[before].comma_before or before == 0):
            return i
    return None


def _paired(us: list[Unit], i: int) -> bool:
    """A describing word that may be a noun too, joined by "and"/"or" to one that is only describing
    ("clock oval and black", "mirror circular and silver"): the pair says what the noun before is like."""
    return lexicon.can_be_adjective(us[i].lower) and i + 2 < len(us) and us[i + 1].lower in ("and", "or") and \
        not us[i + 1].comma_before and attribute(us[i + 2].lower) and (i + 3 == len(us) or us[i + 3].comma_before)


def articled(phrase: str, with_a: bool = True) -> str:
    """A terse preposition's phrase with its articles: "a" after "with" before a singular noun
    ("with hint of green" -> "with a hint of green"), and after a place preposition before a
    singular noun a describing word opens (`_described_first`: "in semi-circular pattern" -> "in a
    semi-circular pattern"); "the" after a place preposition before a bare noun (`restore.with_articles`:
    "near shore" -> "near the shore", "in middle of floor"). Without `with_a` a "with" phrase stays as
    typed ("adorned with lace": "a" there would make a mass noun one thing)."""
    from assistant.compose.fallback import PLACE_PREPOSITIONS  # noqa: PLC0415 - compose.fallback imports this module's users
    from assistant.compose.restore import bare_in, with_articles  # noqa: PLC0415

    us = units(phrase)
    for k in reversed(range(len(us) - 1)):  # from the end, so the offsets before stay right
        after = us[k + 1:]
        if us[k].lower == "with" and with_a and takes_a(after) or \
                us[k].lower in PLACE_PREPOSITIONS - {"of"} and _described_first(after) and takes_a(after) and \
                not (us[k].lower in ("in", "into") and bare_in(_head_of(after))):  # "rendered in black ink"
            phrase = f"{phrase[:us[k + 1].start]}{indefinite_article(us[k + 1].lower)} {phrase[us[k + 1].start:]}"
    return with_articles(phrase, PLACE_PREPOSITIONS - {"of"})  # "a host of clouds mixed in": its noun is unsure


#: describing words that pick out one thing the picture has only one of ("the main hall", "the same
#: row", "the opposite side"): "the" stays before them, as before a direction ("the far end")
_UNIQUE = frozenset("main central entire whole same only opposite other next last inner outer".split())
#: nouns for a part of a thing or of the picture ("the left side", "the far end"): "the" stays
_PART_NOUNS = frozenset("side end edge corner half part tip rear front back top bottom middle center centre".split())
#: what a picture has one of ("in the blue sky", "on the muddy ground")
_ONE_IN_VIEW = frozenset("sky sun moon horizon ground".split())


def _described_first(us: list[Unit]) -> bool:
    """Whether a place preposition's noun phrase opens with a word that describes its noun (an
    adjective, a colour, a participle: "semi-circular pattern", "wooden stove", "neat row"): a
    terse note says what the thing is like where it first names it, so it is "a" thing, not "the"
    one a bare noun after a place preposition is ("near shore" -> "near the shore"). Not a
    direction, an ordinal, a superlative, a word that picks out one (`_UNIQUE`) or an -ing word
    ("the vending machine": a compound as often), nor a part's noun or what a picture has one of:
    "the far end", "the second floor", "the highest shelf", "the main hall", "the blue sky"."""
    if len(us) < 2 or us[0].comma_before:
        return False
    first = us[0].lower
    lex = lexicon.load()
    if first in lex.directions or first in _UNIQUE or lexicon.ordinal_value(first) is not None or first.endswith("ing") or \
            first.endswith("est") and lexicon.can_be_adjective(first) or \
            not (attribute(first, strict=False) or past_or_participle(first) or _described_compound(first)):
        return False
    head = next((u for u in reversed(us) if not u.comma_before), us[-1])
    for u in us[1:]:
        if u.lower in fragments.PHRASE_START or u.lower in ("and", "or") or u.comma_before:
            break
        head = u
    return head.lower not in _PART_NOUNS | _ONE_IN_VIEW and head.lower not in lex.directions


def _described_compound(word: str) -> bool:
    """A hyphenated word whose last part describes ("semi-circular", "moss-covered")."""
    last = word.rsplit("-", 1)[-1]
    return "-" in word and bool(last) and (attribute(last, strict=False) or past_or_participle(last))


def _head_of(us: list[Unit]) -> str:
    """The last word of the noun phrase `us` opens, before a comma, a preposition or "and"/"or"."""
    head = us[0]
    for u in us[1:]:
        if u.lower in fragments.PHRASE_START or u.lower in ("and", "or") or u.comma_before:
            break
        head = u
    return head.lower


def takes_a(us: list[Unit]) -> bool:
    """Whether the noun phrase `us` opens needs "a": a bare singular countable noun ("long, curved
    neck"), not a plural, a mass noun, a colour, a count or a determined one."""
    first = us[0].lower
    if first in fragments.DETERMINERS or lexicon.number_value(first) is not None or first.endswith(("'s", "’s")):
        return False
    head = us[0]
    for u in us[1:]:
        if u.lower in fragments.PHRASE_START or u.lower in ("and", "or") or u.comma_before and not attribute(
                head.lower, strict=False):
            break
        head = u
    w = head.lower
    return (lexicon.can_be_noun(w) and w not in fragments.UNCOUNTED and w not in lexicon.load().colors
            and not fragments.plural_noun(w))


def place_first(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """A place typed first, then what is there: "In distance row of hills." -> "In the distance,
    there is a row of hills."; "Beside gate tall lamp." -> "Beside the gate, there is a tall lamp.";
    "Behind wall, trees partially visible." -> "Behind the wall, the trees are partially visible.".
    The place is a preposition's phrase (or "left of", or "Overhead," and its comma) that ends at a
    comma, a determiner or a count, after a part of the picture ("distance", "foreground"), or where
    an attribute that is no noun follows its noun; it gets its articles. None where that end is
    unsure ("Behind barn field lawn.") or what follows is not mended."""
    from assistant.compose.fallback import PLACE_PREPOSITIONS  # noqa: PLC0415
    from assistant.compose.restore import with_articles  # noqa: PLC0415

    us = units(fragment)
    if len(us) < 3:
        return None
    words = [u.lower for u in us]
    if words[0] in fragments.PLACE_WORDS and us[1].comma_before:
        end = 1
    elif words[0] in ("further", "farther") and us[2].comma_before and len(us) > 3:
        end = 2  # "Further back, group of people ...": how far, then where
    elif words[0] in fragments.PHRASE_START or words[0] in ("left", "right") and words[1] == "of" or \
            words[0] in fragments.TO_PLACES and words[1] == "to":  # "Adjacent to the sauce, ..."
        end = _place_end(us, fragment)
    else:
        return None
    quoted = end is not None and end < len(us) and _quote_opens(fragment, us[end - 1], us[end])
    if end is None or words[end - 1] in fragments.DETERMINERS | _PLACE_OPENERS | {"and", "or"} and not (
            quoted and end == 2 and words[1] in _DEMONSTRATIVES) and not (  # 'Below this "175 HP" ...': "this" is the place
            end < len(us) and us[end].comma_before and words[end - 1] in _OBJECT_PRONOUNS):  # "Beside her, ..."
        return None
    place = fragment[:us[end - 1].end]
    if clauses.has_verb(tokenize(place), place) or _ends_no_place(us[:end]):
        return None
    from assistant.compose.participle_verbs import participles_as_verbs  # noqa: PLC0415 - it builds on this module

    typed_thing = fragment[us[end - 1].end:].lstrip(" ,")
    thing = terminated(typed_thing)
    # "Right of frame, tree trunk, adding depth." -> "..., the tree trunk adds depth.": its participle made its verb
    for make in (quote_is, lambda f: participles_as_verbs(f, names, single=True), fragments.be_before_participle, lambda f: attribute_predicate(f, names),
                 lambda f: fragments.there_is(f, names)):
        made = make(thing)
        if made is not None and not fragments.unwritten(made):
            break
    else:
        return None
    head = made.split(" ", 1)[0]
    if head in ("There", "The") or head.lower() in fragments.DETERMINERS | fragments.STARTERS or \
            typed_thing[:1].islower() and head.lower() == typed_thing.split(" ", 1)[0].lower():  # "..., trees line the road"
        made = made[:1].lower() + made[1:]
    return f"{with_articles(place, PLACE_PREPOSITIONS | {'toward', 'towards', 'to'})}, {made}"


def quote_is(thing: str) -> str | None:
    """A quoted text then how or where it is written ('"175 HP" written in white letters.',
    '"EXIT" in green.') with "is" after the quotation; None for anything else."""
    spans = quotation_spans(thing)
    if not spans or spans[0][0] != 0:
        return None
    rest = thing[spans[0][1]:].strip()
    first = rest.split(" ", 1)[0].lower()
    if not (only_participle(first) or first.endswith("ed") and past_or_participle(first) or first in _PLACE_OPENERS):
        return None
    return f"{thing[:spans[0][1]]} is {rest}"


def _ends_no_place(place: list[Unit]) -> bool:
    """A possessive ("In shop's", the owner of what follows) or a verb's bare form after a noun
    ("Behind the sheds stand": the verb of a sentence typed with its subject last) ends no place.
    The noun before the verb is plural, as the bare verb needs: "Near the bus stop", "In the car
    park" are compounds, whose first noun is singular."""
    last = place[-1].lower
    return last.endswith(("'s", "’s")) or len(place) > 2 and lexicon.is_verb_base(last) and noun_word(place[-2]) \
        and place[-2].lower not in _PLACE_OPENERS | fragments.DETERMINERS and fragments.plural_noun(place[-2].lower)


#: pronouns a place may end on before its comma ("Adjacent to her, girl ...": no determiner of what follows)
_OBJECT_PRONOUNS = frozenset("her him it them".split())
#: words that stand for a thing named before ("below this"): a place's object where a quote follows
_DEMONSTRATIVES = frozenset({"this", "that"})


def _quote_opens(text: str, before: Unit, unit: Unit) -> bool:
    """Whether a quotation mark stands between two words: a quoted text opens what follows."""
    return any(q in text[before.end:unit.start] for q in "\"“")


def _place_end(us: list[Unit], text: str) -> int | None:
    """Where a place typed first ends (the index of the first word after it), or None. A quoted
    text ends it ('Below the sign "OPEN" painted in red': what the sign bears, no attribute)."""
    for i in range(2, min(len(us), 9)):
        u, before = us[i], us[i - 1]
        if _quote_opens(text, before, u):
            return i
        if u.comma_before and before.text[:1].isupper() and before.lower not in lexicon.load().colors:
            if u.text[:1].isupper() and i + 1 < len(us) and us[i + 1].comma_before:
                continue  # "Near Paris, France, ...": a name's region after it is the place's own
            return i  # "Behind the silver Civic, ...": a name ends the place, though a dictionary reads it as describing
        if u.comma_before and (_describing(us[1:i]) or _adjectives_listed(us[i - 2], before, us[i:])):
            continue  # "Under grey, overcast sky, ...": the comma lists the adjectives of the place's own noun
        if u.comma_before and (attribute(before.lower, strict=False) or past_or_participle(before.lower)) and \
                not noun_word(before):
            return None  # "Beside the gate old bench with worn, grey slats": the comma lists a thing's adjectives
        if u.comma_before or u.lower in ("a", "an", "some") or lexicon.number_value(u.lower) is not None:
            return i
        if before.lower in _SCENE_PLACES and u.lower not in _PLACE_OPENERS | {"and", "of", "or"}:
            return i
        if us[1].lower in fragments.DETERMINERS and all(attribute(w.lower, strict=False) and w.lower not in
                                                         lexicon.load().directions for w in us[2:i + 1]):
            continue  # "In a detailed close-up shot, ...": the describing words after the place's article are its noun's
        if not u.text[:1].isupper() and attribute(u.lower) and (noun_word(before) or attribute(before.lower, strict=False)):
            # "toward left small red tractor": the adjectives before the attribute are the thing's,
            # past the one word the last preposition needs
            k = i
            while k - 1 >= 1 and attribute(us[k - 1].lower, strict=False) and \
                    us[k - 1].lower not in lexicon.load().directions and \
                    us[k - 2].lower not in _PLACE_OPENERS | fragments.DETERMINERS:
                k -= 1
            return k if noun_word(us[k - 1]) or us[k - 1].lower in lexicon.load().directions else None
    return None


#: endings of words that are adjectives first, though a dictionary also lists a noun ("radiant", "vibrant")
_ADJECTIVE_ENDINGS = ("ant", "ent", "ful", "ous", "ive", "ic", "ish", "less", "al", "y")


def adjective_first(word: str) -> bool:
    """A describing word, or one a dictionary also lists as a noun but whose ending says it describes
    first ("radiant", "vibrant"; "corner" is a noun: "In a corner, ...")."""
    return attribute(word) or attribute(word, strict=False) and word.endswith(_ADJECTIVE_ENDINGS)


def _adjectives_listed(opener: Unit, before: Unit, after: list[Unit]) -> bool:
    """A word that may describe or name a thing ("radiant", "cold"), right after "a" or the
    preposition, before a comma and another describing word, then a noun ("On a radiant, sunny
    day", "Under a vibrant, blue sky"): the comma lists the adjectives of one noun, so the place runs on
    past it ("On a radiant" is no place). After "the" the word is as likely the noun ("On the plain,
    tall grass")."""
    return opener.lower not in fragments.DETERMINERS - {"a", "an"} and adjective_first(before.lower) and \
        before.lower not in lexicon.load().directions and len(after) > 1 and attribute(after[0].lower, strict=False) and \
        noun_word(after[1])


def _describing(words: list[Unit]) -> bool:
    """Whether the words after a place's preposition are only attributes, perhaps after an article
    ("grey", "a pale, "): a comma after them lists the next adjective of the same noun."""
    rest = words[1:] if words and words[0].lower in ARTICLES else words
    # the word before the comma no noun ("In the corner, some boxes": the place ends there)
    return bool(rest) and (not noun_word(rest[-1]) or rest[-1].lower in _SHADES) and all(
        attribute(u.lower, strict=False) and u.lower not in lexicon.load().directions for u in rest)


#: verbs of what a thing or a picture shows, which a terse note puts after a bare noun ("Building features ...")
_SHOWING_VERBS = frozenset("features shows displays".split())


def the_before_subject(fragment: str) -> str | None:
    """"Building features white trim and tall doors." -> "The building features white trim and
    tall doors.": a terse note's bare singular noun, then a verb of showing and what it shows,
    gets its article back; with "the" the noun is the subject and the -s word its verb. None for a
    plural, a name, a word that may describe ("Main shows ..."), or too little after the verb to be
    its object ("Building features white.": a compound and an attribute as likely)."""
    us = units(fragment.strip().rstrip(".!"))
    if len(us) < 4 or us[1].lower not in _SHOWING_VERBS or us[1].comma_before or us[2].comma_before:
        return None
    first = us[0]
    word = first.lower
    if first.text[1:] != word[1:] or word in fragments.DETERMINERS or lexicon.number_value(word) is not None or \
            not noun_word(first) or lexicon.can_be_adjective(word) or fragments.plural_noun(word) or \
            word in fragments.UNCOUNTED:
        return None
    if not any(noun_word(u) and not attribute(u.lower, strict=False) for u in us[2:]):
        return None
    return terminated(f"The {word}{fragment.strip()[first.end:]}")

