"""Word forms read from lemminflect, with no sentence around them: only a verb, only a
participle, a past form, a plural noun. `clauses` reads sentences with them."""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon


@lru_cache(maxsize=65536)
def participle_after_noun(word: str) -> bool:
    """Whether `word` after a noun is a participle: a form that is only one ("hidden",
    "written") or the past of a verb in the lexicon's `passive_verbs` ("parked", "stacked"): placement
    and state verbs, whose -ed form after a noun is a participle; any other -ed form that may be a
    finite past tense is one ("The dog jumped over the fence.")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415

    return only_participle(word) or bool(lexicon.load().passive_verbs & set(getAllLemmas(word).get("VERB", ())))


@lru_cache(maxsize=65536)
def only_verb(word: str) -> bool:
    """A word lemminflect knows only as a verb ("sits", "parked", "wearing")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415  (lexicon already loads it)

    found = getAllLemmas(word)
    return ("VERB" in found or "AUX" in found) and not ({"NOUN", "ADJ", "PROPN", "ADV", "ADP"} & found.keys())


@lru_cache(maxsize=65536)
def only_participle(word: str) -> bool:
    """A past participle that is no other form ("hidden", "written", "shown"; not "parked", "stood", "come")."""
    from lemminflect import getAllLemmas, getInflection  # noqa: PLC0415

    lemmas = getAllLemmas(word).get("VERB", ())
    return bool(lemmas) and all(word in getInflection(v, "VBN") and not any(
        word in getInflection(v, tag) for tag in ("VBD", "VB", "VBP", "VBZ")) for v in lemmas)


@lru_cache(maxsize=65536)
def past_participle(word: str) -> bool:
    """A verb's past participle, whatever else it may be ("fallen", "worn", "painted"; not "golden",
    "linen", "open", "seven")."""
    from lemminflect import getAllLemmas, getInflection  # noqa: PLC0415

    return any(word in getInflection(v, "VBN") for v in getAllLemmas(word).get("VERB", ()))


@lru_cache(maxsize=65536)
def past_tense(word: str) -> bool:
    """A verb's past tense, whatever else it may be ("played", "opened", "painted")."""
    from lemminflect import getAllLemmas, getInflection  # noqa: PLC0415

    return any(word in getInflection(v, "VBD") for v in getAllLemmas(word).get("VERB", ()))


def maybe_verb(word: str) -> bool:
    """An inflected word that may be a verb or a noun: "stands", "lights", "sitting", "painted"."""
    return word.endswith(("s", "ing", "ed")) and not word.endswith("ss") and lexicon.can_be_verb(word)


#: nouns of a number of things: "a pair of cups" may be a list's item, "a blend of colours" says what a thing is
COLLECTIVES = frozenset("pair set group couple bunch pile row stack heap lot number few dozen handful".split())
#: pronouns of more than one: a base-form verb may follow ("they sit")
PLURAL_PRONOUNS = frozenset("they we you i both".split())
#: nouns plural with no -s, or the same in both numbers: "people walk", never "a police"
PLURAL_NOUNS = frozenset("people police cattle staff crew sheep fish deer bison moose swine livestock poultry "
                         "aircraft spacecraft offspring".split())


@lru_cache(maxsize=65536)
def plural(word: str) -> bool:
    """A plural noun ("cats", "geese") or pronoun: a base-form verb may follow ("two geese fly")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415

    return word in PLURAL_PRONOUNS or word in PLURAL_NOUNS or any(lemma != word for lemma in getAllLemmas(word).get("NOUN", ()))


def thing_noun(word: str) -> bool:
    """A noun that names a thing and is no describing word, colour or stuff ("attention", "visitors"; not "black",
    "chrome", "round"): a verb's bare object, where a describing word after a noun says what the noun is like."""
    return lexicon.can_be_noun(word) and not lexicon.can_be_adjective(word) and word not in lexicon.load().colors and \
        word not in lexicon.load().materials


@lru_cache(maxsize=65536)
def past_or_participle(word: str) -> bool:
    """An -ing form, or a past form that is no present one ("made", "stacked"; not "set", "sits")."""
    from lemminflect import getAllLemmas, getInflection  # noqa: PLC0415

    if word.endswith("ing"):
        return True
    lemmas = getAllLemmas(word).get("VERB", ())
    past = any(word in getInflection(v, tag) for v in lemmas for tag in ("VBD", "VBN"))
    return past and not any(word in getInflection(v, tag) for v in lemmas for tag in ("VBZ", "VBP"))


#: base forms of verbs by which a caption says what things have or show, or how they frame others
#: ("houses show red roofs"); a noun-or-verb word outside it ("glasses case black leather") stays a
#: noun there, where a compound is as likely
HAVING_VERBS = frozenset("feature show display have wear bear carry hold sport include contain line cover surround "
                         "frame flank border fill top face overlook reflect cast support".split())


def having_verb_of_plural(lowers: list[str], i: int) -> bool:
    """Whether word i is a verb of `HAVING_VERBS` in its base form right after a plural noun and
    before an object that opens on a colour or a word that only describes ("Buildings feature white
    trim", "The houses show red roofs"): a plural seldom stands first in a compound before such a
    word, so the word between is the plural's verb. Not at the end: an object must follow."""
    if not 0 < i < len(lowers) - 2 or lowers[i] not in HAVING_VERBS or not plural(lowers[i - 1]):
        return False
    nxt = lowers[i + 1]
    return nxt in lexicon.load().colors or lexicon.can_be_adjective(nxt) and not lexicon.can_be_noun(nxt)


#: words that open a noun phrase: a word right after one modifies the next or is its noun, no verb
DETERMINERS = frozenset(
    "a an the this that these those my your his her its our their some any each every no another both either "
    "neither several many few much more most all other one's".split())
#: determiners of one thing: "a glass shines" has "glass" for its noun, no modifier before a plural
SINGULAR_DETERMINERS = frozenset("a an this each every another one".split())


def verb_after_singular(lowers: list[str], start: int, i: int) -> bool:
    """Whether word i is the clause's first -s word that may be a verb, after a singular determiner
    opens the clause and before more words: "a ... commands" has no plural head, so it is the verb."""
    return lowers[start] in SINGULAR_DETERMINERS and i + 1 < len(lowers) and lowers[i].endswith("s") and \
        maybe_verb(lowers[i]) and not any(w.endswith("s") and maybe_verb(w) for w in lowers[start + 1:i])


def verb_before_described_plural(lowers: list[str], start: int, i: int) -> bool:
    """Whether word i is the verb of a clause a singular determiner opens, after a place's singular noun
    and before a describing word and a plural noun that ends the clause: "A boy in a red cap holds large
    balloons." (no noun phrase goes "cap holds large balloons"; "a shelf with glass jars full of beans" has
    its plural before "of")."""
    if not (lowers[start] in SINGULAR_DETERMINERS or lowers[start] == "the") or len(lowers) != i + 3:
        return False
    w, prev, described, noun = lowers[i], lowers[i - 1], lowers[i + 1], lowers[i + 2]
    opens = next(j for j in range(i - 1, start - 1, -1) if j == start or lowers[j] in DETERMINERS)
    if not all(lexicon.can_be_noun(v) or lexicon.can_be_adjective(v) for v in lowers[opens + 1:i]):
        return False  # "a table with coffee cups white saucers": no determiner after "with", "coffee cups" may be one noun
    return w.endswith("s") and maybe_verb(w) and not any(v.endswith("s") and maybe_verb(v) for v in lowers[start + 1:i]) \
        and singular(prev) and lexicon.can_be_noun(prev) and \
        (lexicon.can_be_adjective(described) and not lexicon.can_be_verb(described)
         or described in lexicon.load().colors) and noun.endswith("s") and not noun.endswith("ss") and \
        not lexicon.can_be_adjective(noun) and (plural(noun) or not lexicon.can_be_verb(noun))


def noun_after_determiner(lowers: list[str], i: int) -> bool:
    """Whether the word before i is a noun right after its determiner or owner, though it may describe too ("the
    first", "the pie's exterior"): before a verb and its object's article, it ends the subject ("The pie's exterior
    boasts a golden hue.", "The tank's top features a dome."); not a colour ("the red ...")."""
    if i < 2:
        return False
    owner, prev = lowers[i - 2], lowers[i - 1]
    return (owner in DETERMINERS or owner.endswith(("'s", "’s"))) and (lexicon.can_be_noun(prev) or prev in PART_NAMES) \
        and prev not in lexicon.load().colors


#: a thing's sides and parts, nouns after a determiner or an owner ("the tank's top") that the dictionary may know
#: only as describing words
PART_NAMES = frozenset("top bottom front back rear side left right center centre middle".split())


#: Plurals not made with -s: "men" is several, though it does not end in "s" (`singular`).
IRREGULAR_PLURALS = frozenset("men women children feet teeth mice geese".split())
#: "people" is several only as the plural of a note's "person": it names one crowd as often (`singular`
#: leaves it out of IRREGULAR_PLURALS).
_PLURAL_OF = {"person": "people"}


def several_of(low: str, head: str) -> bool:
    """The draft's `low` says several of the note's singular `head`: a plural, or "people" for "person"."""
    return not singular(low) or _PLURAL_OF.get(head) == low


def form_of(low: str, head: str) -> bool:
    """The draft's `low` is a form of the note's `head` ("roofs", "men", "people" for "person")."""
    return head in lexicon.lemmas(low) or _PLURAL_OF.get(head) == low


@lru_cache(maxsize=65536)
def singular(low: str) -> bool:
    """Not a plural: its own lemma, and no shorter lemma it inflects ("holes" -> "hole"), nor a plural
    not made with -s ("men", "children")."""
    if low in IRREGULAR_PLURALS:
        return False
    return not any(len(lemma) < len(low) and low.startswith(lemma) for lemma in lexicon.lemmas(low)) \
        or not low.endswith("s")
