"""A fragment made a sentence without the model, with the fewest words added: "is"/"are" before
a participle or an attribute after its noun (`typed.attribute_predicate`), "It is" before a lone
adjective, "There is" before a noun phrase, a place typed first set off (`typed.place_first`). Each returns None where it cannot tell; `polish.complete_fragments` keeps a result
only where the check finds every note still carried."""

from __future__ import annotations

import itertools
import re

from assistant import lexicon
from assistant.check import clauses, commas, missed_verbs, prose, word_forms
from assistant.compose import passives
from assistant.compose.sentences import LABEL_RE, terminated
from assistant.notes import Observation
from assistant.text import in_spans, indefinite_article, quotation_spans, tokenize

_CLAUSE_END_WORDS = frozenset("w with of in on at under over above below behind beside near into onto from against "
                              "along across through between among inside outside atop beneath underneath by for "
                              "that which who where while around toward towards beyond amid alongside opposite throughout".split())


def as_sentence(fragment: str, names: frozenset[str] | None = None, model_mends: bool = True) -> str | None:
    """A fragment made a sentence with the fewest words added, or None: "is"/"are" before a
    participle after its noun ("A car parked on a floor." -> "A car is parked on a floor."), before
    a colour or an adjective after its noun ("Espresso machine silver." -> "The espresso machine is
    silver."), "It is" before a lone adjective ("Overcast." -> "It is overcast."), or "There
    is"/"There are" before a noun phrase (`there_is`); a verb left dangling at the end ("A bowl
    with pears is placed.") goes first. Only a candidate that is no fragment itself."""
    if not prose.has_fragment(fragment):
        return None  # a sentence already
    from assistant.compose import dropped_be, hedged, joined, mixtures, owned, participle_verbs, placed_verbs, predicates, shot_views, tails, typed  # noqa: PLC0415 - they build on this module

    if _hedged(fragment):
        # "Maybe parked", "Dog likely a labrador": the hedge must stay on its fact, the model's to say; "is" after a
        # pronoun at the start moves no hedge ("He wearing hat that maybe has flaps." -> "He is wearing ..."), nor a
        # verb made of the participle the hedge stands before ("Man possibly wearing hat, holding cup": "possibly wears")
        for make in (lambda f: participle_verbs.participles_as_verbs(f, names), dropped_be.be_inserted,
                     lambda f: hedged.hedged_sentence(f, names), lambda f: participle_verbs.participles_as_verbs(f, names, single=True)):
            whole = make(fragment)  # "Maybe home office." -> "Maybe there is a home office." (the hedge as typed)
            if whole is not None and not unwritten(whole):
                return whole
        return None

    if missed_verbs.object_after_verb(fragment) or placed_verbs.verb_after_place(fragment) is not None:
        # "Paper bears inscription ...", "Man in coat walks dog": its verb is there, only an article
        whole = typed.the_before_subject(fragment) or predicates.article_before_subject(fragment) or \
            predicates.lead_phrase_kept(fragment, names)
        return None if whole is None or unwritten(whole) else whole
    head = commas.verbless_head(fragment)
    if head is not None:  # "A bench in the park, a dog sleeps under it.": the phrase a sentence, the clause its own
        first, rest = as_sentence(terminated(fragment[:head]), names), terminated(fragment[head + 1:])
        if not commas.is_clause(rest):  # another noun phrase: "..., three windows with old papers."
            rest = there_is(rest, names)
        return f"{first} {rest}" if first is not None and rest is not None and not unwritten(rest) else None
    if not re.search(r"\b(?:which|where|whom|who|that)\b", fragment, re.I):  # "on which cats are placed" has its place
        cut = _DANGLING_TAIL_RE.sub("", fragment.strip())  # its full stop goes with the tail: put back
        fragment = terminated(cut) if cut else fragment

    # "The sandals, featuring ..., adorned with ...": the participles made its verbs, before "There is" lists them
    for make in (lambda f: participle_verbs.participles_as_verbs(f, names), dropped_be.be_inserted, typed.the_before_subject, lambda f: shot_views.view_shows(f, names), lambda f: typed.place_first(f, names), lambda f: joined.clauses_joined(f, names), be_before_participle,
                 *((lambda f: tails.head_mended(f, names), lambda f: tails.be_after_asides(f, names), tails.be_before_attribute,
                   tails.be_before_colour) if model_mends else ()),
                 lambda f: typed.attribute_predicate(f, names), lambda f: predicates.placed_predicate(f, names),
                 lambda f: predicates.name_described(f, names), lambda f: predicates.lead_phrase_kept(f, names),
                 lambda f: predicates.be_placed(f, names), lambda f: predicates.with_has(f, names),
                 lambda f: owned.owned_predicate(f, names), lambda f: mixtures.kind_predicate(f, names), it_is,
                 lambda f: predicates.parts_joined(f, names), lambda f: predicates.side_placed(f, names),
                 lambda f: hedged.hedged_tail(f, names), lambda f: there_is(f, names),
                 lambda f: participle_verbs.participles_as_verbs(f, names, single=True)):
        whole = make(fragment)
        if whole is not None and not unwritten(whole):
            return whole
    return None


def unwritten(sentence: str) -> bool:
    """A fragment still, or two sentences run together with a comma ("There is a bench, a dog sleeps
    under it.")."""
    return any(r.kind in ("fragment", "splice") for r in prose.remarks(sentence))


def _hedged(fragment: str) -> bool:
    """Whether a hedge stands in `fragment` before its first comma, where a mend would write words
    around it: a hedge word ("Dog likely a labrador."), a hedge phrase ("not sure") or a hedged
    quantity ("about 6 people"). One in an aside after a comma stays on its fact as written ("A
    bowl with pears, possibly four, is placed." -> "There is a bowl with pears, possibly four.")."""
    tokens = tokenize(fragment.split(",")[0])
    words = [t.lower for t in tokens]
    return (any(w in lexicon.load().note_hedges for w in words) or bool(lexicon.hedge_phrases(words))
            or any(lexicon.is_quantity_hedge(tokens, i) for i in range(len(tokens))))


# "A bowl with pears is placed.", "A red awning is.": a verb with its place or complement cut off;
# without it the rest is a noun phrase ("There is a bowl with pears.")
_DANGLING_TAIL_RE = re.compile(r",?\s+(?:is|are)(?:\s+(?:placed|located|positioned|situated|set|mounted))?\s*[.!]?$",
                               re.I)


def be_for(noun_phrase: str) -> str | None:
    """"is" or "are" for a noun phrase, by the number `there_is` gives it; None where its number
    is unsaid ("Sheep", "Police": singular or plural alike)."""
    if _number_unsaid(noun_phrase):
        return None
    # "Those two cars parked ...": a phrase "There is" may not open still has its number
    there = there_is(noun_phrase, english=False)
    return "are" if there is not None and there.startswith("There are") else "is"


def pronoun_be(phrase: str) -> str | None:
    """"It is" or "They are" for what `phrase` (a noun phrase, or a clause) is about, by the
    number `there_is` gives its first noun; None where that number is unsaid ("Sheep ...")."""
    be = be_for(phrase)
    return None if be is None else "They are" if be == "are" else "It is"


def _number_unsaid(noun_phrase: str) -> bool:
    """A noun the same in both numbers ("sheep", "police", `clauses.PLURAL_NOUNS`) with no
    article or number before it to say which."""
    words = [t.lower for t in tokenize(noun_phrase) if t.text[:1].isalnum()]
    return bool(words) and any(w in clauses.PLURAL_NOUNS for w in words) and not (
        words[0] in ("a", "an") or lexicon.number_value(words[0]) is not None)


def be_before_participle(fragment: str) -> str | None:
    """"A yellow car with silver mirrors parked on a grey floor." -> "... is parked on ...": the
    participle after its noun (`clauses.participle`) made the main verb."""
    at = clauses.participle(fragment)
    if at is None or "," in fragment[:at] or not passives.passive_at(fragment, at):  # "The old man walked by ..."
        return None
    be = be_for(fragment[:at])
    if be is None:
        return None
    subject = fragment[:at]
    if bare_singular(subject):  # "Car parked on ..." -> "The car is parked on ...", not "Car is parked on ..."
        from assistant.compose import typed  # noqa: PLC0415 - typed builds on this module

        made = typed.subject_after_the(subject.strip(), None)
        subject = f"{made[0]} " if made is not None else subject
    return f"{subject}{be} {fragment[at:]}"


def bare_singular(phrase: str) -> bool:
    """A noun phrase a terse note typed without its article: no determiner, count, possessive or name
    first, and its last word a singular noun that takes one ("car", "cream-colored van"; not "grass",
    "cars", "Saab")."""
    words = phrase.split()
    if not words or words[0][1:] != words[0][1:].lower() or not words[0][:1].isalpha():
        return False
    first, last = words[0].lower(), words[-1].lower()
    return first not in DETERMINERS and lexicon.number_value(first) is None and not first.endswith(("'s", "’s")) and \
        first not in NO_THERE_OPENERS and lexicon.can_be_noun(last) and not plural_noun(last) and \
        last not in UNCOUNTED and last not in clauses.PLURAL_NOUNS and lexicon.known_word(first)


def it_is(fragment: str) -> str | None:
    """"Overcast." -> "It is overcast.": a lone adjective (or two joined by "and") that says how
    the whole scene is."""
    words = [t.lower for t in tokenize(fragment)]
    adjectives = [w for w in words if w != "and"]
    # one word may be a noun too ("overcast"); a colour alone says nothing of the scene
    if not adjectives or len(adjectives) > 2 or any(not lexicon.can_be_adjective(w) or w in lexicon.load().colors
                                                    for w in adjectives):
        return None
    text = fragment.strip()
    return terminated(f"It is {text[:1].lower()}{text[1:]}")


#: adverbs that place a note in a sequence, never a thing: "Finally a red sign." -> "Finally, there is a red sign."
_SEQUENCE_ADVERBS = frozenset("finally lastly then also additionally".split())  # not "next" ("next to")
#: words after "a" that count more than one ("a few chairs", "a dozen eggs")
_MANY_AFTER_A = frozenset("few dozen couple lot hundred thousand great good number".split())
#: count words that take "a" and the verb the phrase they open takes ("a single tree", "a pair of shoes", "a dozen eggs")
_ARTICLED_COUNTS = {"single": "is", "pair": "is", "dozen": "are", "couple": "are"}


def there_is(fragment: str, names: frozenset[str] | None = None, *, english: bool = True,
             known: bool = False) -> str | None:
    """A verbless noun phrase as a sentence: "There is" or "There are" by its head noun (the
    last word before a preposition or comma), "There are" for a list ("a cup and a plate").
    None for what is no noun phrase (a quote, a heading, a lone adjective: "Overcast.").
    `names`: the words the notes write with a capital inside a note (`note_names`); the first
    word keeps its capital only if it is one of them ("There is a cafe counter", "There is a Ford
    truck" when a note says "a white Ford"). Without them, a word the dictionary does not
    know is taken for a name. `english=False` skips the refusals of what no "There is" may open
    ("those", "each", a predicate's attribute): `be_for` wants only the number. A thing already known
    ("the lighting") is refused unless `known` (`shot_views.view_shows` keeps only the phrase: "shows the plate")."""
    from assistant.compose import participle_verbs  # noqa: PLC0415 - it builds on this module

    text = fragment.strip()
    tokens = tokenize(text)
    if not tokens or not text[:1].isalnum() or LABEL_RE.match(text):
        return None  # a "label:" heading before a description is no noun phrase ("There is furniture: A ...")
    if english and len(tokens) > 1 and tokens[0].lower in _SEQUENCE_ADVERBS:  # "Finally a red sign." (a list's last item)
        rest = there_is(text[tokens[0].end:].lstrip(" ,"), names, known=known)
        return None if rest is None else f"{tokens[0].text}, {rest[:1].lower()}{rest[1:]}"
    head: list[str] = []
    quoted: list[str] = []  # the head's words inside quotation marks: the sign's text, not the noun
    quotes = quotation_spans(text)
    end = 0  # where the last word of the head ends
    for t in tokens:
        gap = text[end:t.start]
        if t.lower in _CLAUSE_END_WORDS or head and any(c in gap for c in ";:(") or head and "," in gap and not (
                _listed_adjectives(head) and (_listed_adjectives([t.lower]) or lexicon.can_be_noun(t.lower)
                                              or word_forms.past_or_participle(t.lower))):  # "Narrow, raised strip"
            break
        if head and participle_verbs.participle_after_noun(head[-1], t.lower):
            break  # "Trees lining the road": the noun before the participle is the head ("There are trees ...")
        head.append(t.lower)
        if in_spans(t.start, quotes):
            quoted.append(t.lower)
        end = t.end
    words = [w for w in head if w[:1].isalnum()]
    if not words or len(words) == 1 and lexicon.can_be_adjective(words[0]) and not _noun_before_place(words[0], head, tokens) \
            or _number_unsaid(" ".join(words)):
        return None  # "Sheep in a field.": one or more is the model's to say
    if english and (words[0] in NO_THERE_OPENERS | _PERSON_PRONOUNS or words[0] in KNOWN_OPENERS and not known
                    or _verb_first(words) or done_to([t.lower for t in tokens[:2]])
                    or all(w in DETERMINERS for w in words) or _attribute_at_end(text)
                    or _verb_after_place(text)
                    or words[1:2] in (["a"], ["an"], ["the"]) and words[0] not in DETERMINERS  # "visible a red sign": no noun phrase
                    or side_first(words) is not None or words[0] in TO_PLACES and words[1:2] == ["to"]):
        return None  # "There is an it ...", "There is each label", "There is some": no English; "Fence ... blue": a predicate
        # "There is a left tan shed": a side of the picture is a place (`predicates.side_placed`), no attribute;
        # "There is an adjacent to the sauce, ...": a place typed first (`typed.place_first`)
    if len(words) > 1 and words[0] not in DETERMINERS and lexicon.number_value(words[0]) is None and \
            lexicon.can_be_adjective(words[-1]) and lexicon.can_be_noun(words[-2]) and \
            words[-2] not in lexicon.load().colors and not plural_noun(words[-1]) and words[-1] not in PLACE_WORDS:
        return None  # "Sky clear.": an attribute after a bare noun, or a compound ("Street light."); unsure which
    count = lexicon.number_value(words[0])
    nouns = [w for w in words if w not in quoted] or words  # 'Text "TICKETS" in lights': the text is one
    k = len(nouns) - 1
    # "neon light reflections falling on the wall": the noun before a participle is the head
    while k > 0 and ((nouns[k].endswith(("ing", "ed")) or word_forms.only_participle(nouns[k])) and lexicon.can_be_verb(nouns[k]) and (
            not lexicon.can_be_noun(nouns[k]) or plural_noun(nouns[k - 1])) or _adverb(nouns[k])):
        k -= 1  # "cups generously topped", "words written": no head either ("There is a cups ...", "a words")
    last = nouns[k]
    # "a cup and a plate", "trees and grass": a list; "a beige and white ceiling": one thing
    joins = [k for k, w in enumerate(head) if w in ("and", "+")]
    plural = (any(k + 1 < len(head) and (head[k + 1] in DETERMINERS or lexicon.number_value(head[k + 1]) is not None)
                  or any(plural_noun(w) for w in head[:k]) for k in joins)
              or (count is not None and count != 1) or plural_noun(last))
    first = tokens[0].text
    if len(tokens) > 1 and participle_verbs.name_doing(first, tokens[1].lower, names):
        return None  # "Rose wearing a cap": a name's doing (`participles_as_verbs`), no "There is a Rose wearing ..."
    # "A white balcony" -> "There is a white balcony"; a name or an acronym keeps its capital
    if names is None:
        name = first[1:] != first[1:].lower() or (first.lower() not in STARTERS and not lexicon.known_word(first))
    else:
        name = first[1:] != first[1:].lower() or first in names
    lowered = text if name else text[:1].lower() + text[1:]
    if words[0] in _ARTICLED_COUNTS and not name:  # "Single tree." -> "There is a single tree.", not "There is single tree."
        return terminated(f"There {_ARTICLED_COUNTS[words[0]]} a {lowered}")
    if plural and words[0] in ("a", "an") and not joins and not set(words[1:2]) & _MANY_AFTER_A:
        return None  # "A pants.": "a" says one, the noun more; the number is the model's to say
    if plural:
        return terminated(f"There are {lowered}")
    # a name alone takes no article ("There is Big Ben"); a name before a common noun does ("a Ford truck")
    # (an acronym keeps no article, as before: "There is LED sign ...")
    bare_name = name and (first.isupper() or not (len(words) > 1 and text[end - len(last):end].islower()))
    if words[0] in DETERMINERS or count is not None or words[0].endswith("'s") or last in UNCOUNTED or bare_name:
        return terminated(f"There is {lowered}")
    return terminated(f"There is {indefinite_article(words[0])} {lowered}")


def _verb_after_place(text: str) -> bool:
    from assistant.compose.placed_verbs import verb_after_place  # noqa: PLC0415 - it builds on this module

    return verb_after_place(text) is not None


def _verb_first(words: list[str]) -> bool:
    """An -ing form that names no thing, then a particle, an article or a preposition ("looking up a
    wide view", "adding a touch"): a verb's phrase, which "There is a looking up ..." makes no thing."""
    return len(words) > 1 and words[0].endswith("ing") and not lexicon.can_be_noun(words[0]) and \
        lexicon.can_be_verb(words[0]) and (words[1] in DETERMINERS or words[1] in PHRASE_START or words[1] in PARTICLES)


def done_to(words: list[str]) -> bool:
    """A past participle before its preposition ("captured in close-up", "taken from a low angle"): what
    was done, not a thing, which "There is a captured in ..." would make one. A participle before its
    noun ("dried flowers", "used books") is no such phrase, nor a noun that is a past form too ("bit of cake",
    "rose in a vase", "shot of a skyline")."""
    return len(words) > 1 and words[1] in PHRASE_START and not words[0].endswith("ing") and \
        lexicon.can_be_verb(words[0]) and word_forms.past_or_participle(words[0]) and not lexicon.can_be_noun(words[0])


def _adverb(word: str) -> bool:
    return word.endswith("ly") and lexicon.can_be_adverb(word) and not lexicon.can_be_noun(word)


#: words for a side of the picture that a terse note types before its thing ("left tan shed")
SIDES = frozenset("left right leftmost rightmost".split())


def side_first(words: list[str]) -> int | None:
    """How many of `words` (lower-cased) name a side of the picture typed first ("left", "far
    right"), or None."""
    n = 2 if words[:1] == ["far"] else 1
    return n if len(words) > n and words[n - 1] in SIDES else None


#: words a noun phrase after "There is" cannot open: pronouns, and quantifiers that take no "there is"
NO_THERE_OPENERS = frozenset("it they he she we i you them him this these those each every all most both "
                              "his her its their and or but nor further farther".split())  # "There are and pants": a list's end
#: pronouns of a person that take no article: "There is a someone wearing ..." is no English
_PERSON_PRONOUNS = frozenset("someone somebody everyone everybody anyone anybody nobody".split())
#: what opens a thing already known: a sentence says where it is or what it does, not that it is ("There is the
#: lighting, seemingly artificial, casts ...": a verb the fragment rule missed was left dangling)
KNOWN_OPENERS = frozenset({"the", "that"})  # "There is his arm on ...": no English


#: words the dictionary may not know that are never a noun ("red and white": no thing is red)
_NO_NOUNS = frozenset("and or but nor & a an the".split())


def _attribute_at_end(text: str) -> bool:
    """An attribute typed after a noun, with nothing or "and" or "with" after it ("Fence behind the van
    blue.", "Statue minimalist and smooth."): it says what the thing is like, so "There is" before the
    phrase would make it part of the last noun's name."""
    from assistant.compose import typed  # noqa: PLC0415 - typed builds on this module

    us = typed.units(text)
    for i in range(1, len(us)):
        after = us[i + 1].lower if i + 1 < len(us) else ""
        if us[i + 1:i + 2] and us[i + 1].comma_before:
            after = ","
        # at the end only a colour ("van blue"): the dictionary knows too few nouns ("glass top" is a thing)
        before, word = us[i - 1].lower, us[i].lower
        if i > 1 and (us[i - 2].lower in ("in", "of") or us[i - 2].lower in lexicon.load().colouring) \
                and word in lexicon.load().colors:
            continue  # "in sky blue", "painted brick red": the noun names the colour's shade, no thing
        if (word in lexicon.load().colors and after in ("", ",", "and", "with", "w") or
                typed.attribute(word, strict=False) and after in (",", "and")) and not lexicon.can_be_adjective(before) and \
                (typed.noun_word(us[i - 1]) or not lexicon.known_word(before) and before not in _NO_NOUNS | PHRASE_START):
            return True
    return False


def _noun_before_place(word: str, head: list[str], tokens: list) -> bool:
    """A word that may describe but names a thing where a place follows it: "Pedestrian in yellow
    shirt ..." ("Overcast." alone, "Dark in the corner", a colour or a weather word stay no noun)."""
    lex = lexicon.load()
    return len(head) == 1 and len(tokens) > 1 and tokens[1].lower in PHRASE_START and lexicon.can_be_noun(word) and \
        word not in lex.colors and word not in lex.shades and word not in lex.sizes and word not in lex.materials and \
        word not in lex.directions and word not in ("side", "end", "edge", "part", "half", "tip", "rear") and \
        word not in ("dark", "light", "bright", "pale", "deep", "soft", "overcast") and \
        not word.endswith(("y", "ible", "able", "ous", "ful", "ive", "less", "ish"))  # "Visible in the distance"


def _listed_adjectives(head: list[str]) -> bool:
    """Whether every word of `head` so far describes ("Clear, pale blue, cloudless sky"): a comma
    after them lists another adjective of the same noun, it does not end the phrase."""
    return all(lexicon.can_be_adjective(w) or w in lexicon.load().colors or w.endswith("ly") and lexicon.can_be_adverb(w)
               for w in head if w != "and")


#: words that say where a thing is, typed after it ("sky overhead"): no attribute of it
PLACE_WORDS = frozenset("overhead above below nearby beyond outside inside underneath beneath behind ahead".split())


def note_names(observations: list[Observation]) -> frozenset[str]:
    """The words the notes write with a capital after a note's first word ("a white Ford truck",
    'sign "ROSE BAKERY"'): names, kept capitalised where a fragment starts with one. An article or
    a determiner is none: "Pillar: A white pillar" capitalises "A" after its heading, and "There
    is A white pillar" kept it. A note's first word is one where a capitalised word follows it ("Big Ben in
    distance"), unless it is a colour or a determiner."""
    return frozenset(t.text for o in observations for ts in [tokenize(o.text)] for k, t in enumerate(ts)
                     if t.text[:1].isupper() and t.lower not in DETERMINERS and (k or len(ts) > 1 and ts[1].text[:1].isupper()
                                                                                 and t.lower not in lexicon.load().colors and lexicon.number_value(t.lower) is None))


def plural_noun(word: str) -> bool:
    """A plural noun: an -s form ("cups"), or a plural with no -s ("children", "geese", "mice")."""
    if not word.endswith("s"):
        return word in _IRREGULAR_PLURALS
    return not word.endswith(("ss", "us", "is")) and (len(lexicon.lemmas(word)) > 1 or not lexicon.known_word(word))


#: plurals with no -s that a terse note may open with ("Children arranged in 2 rows": "are", not "is")
_IRREGULAR_PLURALS = frozenset("children men women people geese mice teeth feet oxen".split())


DETERMINERS = frozenset("a an the this that these those my your his her its our their some any each every no "
                         "another much more most all other".split())
#: nouns that take no "a" ("There is grass", not "There is a grass"): general vocabulary
UNCOUNTED = frozenset("grass water snow sand dirt mud smoke fog rain light daylight sunlight text writing "
                       "furniture hair foliage vegetation traffic paint rust ice steam dust gravel soil "
                       "data news information equipment luggage baggage machinery clothing jewelry jewellery "
                       "software music".split())
#: words a fragment may start with that are not names: lower-cased after "There is"
STARTERS = frozenset("a an the some two three four five six seven eight nine ten several many few one "
                      "black white red green blue yellow gray grey brown orange pink purple silver golden dark "
                      "light small large big tall old new".split())
#: number words that are nouns and take an article ("a pair of gloves", "a dozen eggs")
_ARTICLE_NUMBERS = frozenset("pair couple dozen hundred thousand million billion single".split())
#: words that open a place or a preposition's phrase, not a noun phrase
PHRASE_START = frozenset("in on at under over above below behind beside near into onto from against along across "
                          "through between among inside outside atop beneath underneath by for with of to".split())
#: words after a verb that say where or how it goes ("looking up" takes no "a"): the one list every mend reads
PARTICLES = frozenset("up down out back away off on in around over about along through forward ahead toward towards".split())
#: the first word of a two-word preposition with "to" ("adjacent to the sauce", "next to the door"): a place, no thing
TO_PLACES = frozenset("adjacent next close closer closest opposite parallel perpendicular".split())


def heading_named(heading: str, rest: str) -> str | None:
    """A heading whose words the caption needs, said of the noun phrase after it: "Penn 1: skyscraper
    with dark glass walls" -> "Penn 1 is a skyscraper with dark glass walls." None where what follows
    has a verb of its own (a sentence, not a description), is no noun phrase (a quote, "$5", a lone
    adjective, a lone word whose article is unsure: "Time: dusk"), where the heading is a place or an
    action ("Left side:", "Sitting on the bench:"), or where a plural heading meets one thing
    ("Police: officer on a horse")."""
    rest = rest.strip()
    words, named = rest.split(), heading.split()
    if not words or not named or not words[0][:1].isalnum() or words[0].lower() in PHRASE_START or \
            clauses.may_have_verb(rest) or \
            not prose.has_fragment(terminated(rest[0].upper() + rest[1:])):
        return None
    lex = lexicon.load()
    if any(w.lower() in lex.directions or w.lower() in PHRASE_START - {"of"} for w in named):
        return None  # "The left side is tall trees": a place is not the thing in it
    head = list(itertools.takewhile(lambda w: w.lower() not in PHRASE_START | _CLAUSE_END_WORDS | {"about", "like"},
                                    words))
    attributes = set(lex.colors) | set(lex.materials) | set(lex.sizes)
    noun = head[-1].lower().strip('.,;"') if head else ""
    if not head or any(w.endswith(",") for w in head) or noun in attributes or not lexicon.can_be_noun(noun) or \
            noun not in UNCOUNTED and all(lexicon.can_be_adjective(w) for w in head if w.lower() != "and"):
        return None  # "brass, with a green shade", "sunny", "calm and quiet": no noun for "a" to go before
    lead = words[0].lower()
    count = None if lead in _ARTICLE_NUMBERS else lexicon.number_value(lead)  # "a pair of ..."
    counted = lead in DETERMINERS or count is not None
    many = word_forms.plural(named[-1].lower())
    if not many and re.search(r"[^su]s$", named[-1].lower()):
        return None  # "scissors", "news": one or more is unsure, and so "is" or "are"
    rest_many = word_forms.plural(noun) or "and" in (w.lower() for w in head) or (count or 1) > 1
    if many and not rest_many and noun not in lex.partitives or len(words) == 1 and not counted and not rest_many \
            and noun not in UNCOUNTED:
        return None  # "The police are an officer", "The time is a dusk": number or article unsure
    first, *others = named
    if first.lower() not in DETERMINERS and not any(w[:1].isupper() or w[:1].isdigit() for w in others):
        first = first.lower() if lexicon.known_word(first) else first  # "The Nikon camera" keeps its name
        heading = f"The {first} {' '.join(others)}".rstrip()  # "Warning sign:" is a thing, no name
    first_noun = list(itertools.takewhile(lambda w: w.lower() != "and", head))[-1].lower()
    if counted or word_forms.plural(first_noun) and lead not in _ARTICLE_NUMBERS or noun in UNCOUNTED:
        phrase = rest[0].lower() + rest[1:] if lead in DETERMINERS else rest  # "grey tiles", "warm light"
    else:
        phrase = f"{indefinite_article(words[0])} {rest}"
    return terminated(f"{heading} {'are' if many else 'is'} {phrase}")
