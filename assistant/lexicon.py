"""Word lists and word normalisation shared by the note splitter, the checker and questions.

The lists are data (prompts/lexicon.toml, prompts/hedges.toml); this module turns them into
fast lookups and normalises inflection with lemminflect, whose dictionary ships inside the
package.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllLemmas

from assistant.paths import prompts_dir
from assistant.text import tokenize

# Derivational endings that keep a word's fact: "rainy" ~ "rain", "striped" ~ "stripe".
_DERIVED_SUFFIXES = ("y", "ed", "d", "ing", "er", "est", "ly", "ish", "s", "es", "en")
# Nouns in -ion whose verb changes its stem: "detention" ~ "detain", "decision" ~ "decide",
# "description" ~ "describe", "reception" ~ "receive", "extension" ~ "extend", "admission" ~ "admit".
_ION_VERBS = (("ention", "ain"), ("ision", "ide"), ("ision", "ise"), ("iption", "ibe"), ("eption", "eive"),
              ("umption", "ume"), ("olution", "olve"), ("ension", "end"), ("ansion", "and"), ("ission", "it"),
              ("ssion", "ss"), ("ation", "e"), ("ation", ""),
              # "conviction" ~ "convict", "election" ~ "elect", "reduction" ~ "reduce", "adoption" ~ "adopt"
              ("iction", "ict"), ("ection", "ect"), ("uction", "uce"), ("uction", "uct"), ("ption", "pt"))


@dataclass(frozen=True)
class Lexicon:
    version: str
    hedges_version: str
    note_hedges: frozenset[str]
    quantity_hedges: frozenset[str]
    draft_hedges: frozenset[str]
    negations: frozenset[str]
    colors: dict[str, str]  # surface form -> canonical colour
    shades: frozenset[str]  # words that name a colour's tone right before it ("canary yellow")
    joined_shades: frozenset[str]  # tone words only when hyphenated to the colour ("electric-blue")
    colouring: frozenset[str]  # words that give a thing its colour ("painted blue")
    directions: dict[str, str]  # surface form -> canonical direction
    direction_opposites: dict[str, frozenset[str]]  # canonical direction -> its opposites
    direction_kin: dict[str, frozenset[str]]  # canonical direction -> directions naming the same place
    direction_axes: tuple[frozenset[str], ...]  # directions on one axis (left, right, center)
    absence: dict[str, frozenset[str]]  # lemma of a negated word -> words that state its absence
    kind_values: dict[str, frozenset[str]]  # lemma of a thing -> the colours/directions its kind carries
    categories: dict[str, frozenset[str]]  # lemma of a category ("person") -> lemmas of its members
    numbers: dict[str, int]
    stop: frozenset[str]
    framing: frozenset[str]
    meta: frozenset[str]
    honorifics: frozenset[str]
    antonyms: dict[str, frozenset[str]]  # word -> the words that state its opposite
    materials: frozenset[str]
    sizes: frozenset[str]
    ing_nouns: frozenset[str]
    passive_verbs: frozenset[str]  # placement and state verbs: their -ed form after a noun is a participle
    relations: frozenset[str]  # words that relate two objects ("surrounded by")
    symmetric_relations: frozenset[str]  # relations that hold both ways ("beside", "between")
    partitives: frozenset[str]  # "row" of "a row of houses": not the object itself
    representations: frozenset[str]  # things that show another thing ("figurine", "statue", "poster")
    place_words: frozenset[str]  # every word of a `[places]` group ("scotland", "scottish", ...)
    stand_in_nouns: frozenset[str]  # nouns naming no thing in particular ("incident", "member")
    prospect_words: frozenset[str]  # a thing hoped, expected or planned, not done ("hope", "expect")
    future_words: frozenset[str]  # a thing still to come or in doubt ("will", "set", "could")
    synonym_groups: tuple[frozenset[str], ...]
    synonym_index: dict[str, tuple[int, ...]]
    # first word -> the hedge phrases that start with it, each as its lower-cased words
    hedge_phrases: dict[str, tuple[tuple[str, ...], ...]]

    def versions(self) -> str:
        """Both lists' versions, as stored with every check report."""
        return f"{self.version}+{self.hedges_version}"


@lru_cache(maxsize=1)
def load() -> Lexicon:
    data = tomllib.loads((prompts_dir() / "lexicon.toml").read_text(encoding="utf-8"))
    hedges = tomllib.loads((prompts_dir() / "hedges.toml").read_text(encoding="utf-8"))
    color_alias = data["color_aliases"]
    direction_alias = data["direction_aliases"]
    places = tuple(frozenset(g) for g in data["places"]["groups"])
    groups = tuple(frozenset(g) for g in data["synonyms"]["groups"]) + places
    index: dict[str, list[int]] = {}
    for i, group in enumerate(groups):
        for word in group:
            index.setdefault(word, []).append(i)
    return Lexicon(
        version=data["version"],
        hedges_version=hedges["version"],
        note_hedges=frozenset(hedges["note_words"]),
        quantity_hedges=frozenset(hedges["quantity_words"]),
        draft_hedges=frozenset(hedges["draft_words"]),
        negations=frozenset(data["negations"]),
        colors={c: color_alias.get(c, c) for c in data["colors"]} | dict(color_alias),
        shades=frozenset(data["shades"]),
        joined_shades=frozenset(data["joined_shades"]),
        colouring=frozenset(data["colouring"]),
        directions={d: direction_alias.get(d, d) for d in data["directions"]} | dict(direction_alias),
        direction_opposites=_opposites(data["direction_opposites"]),
        direction_kin=_opposites(data["direction_kin"]),
        direction_axes=tuple(frozenset(a) for a in data["direction_axes"]),
        absence={w: frozenset(said) for w, said in data["absence"].items()},
        kind_values={w: frozenset(v) for w, v in data["kind_values"].items()},
        categories={w: frozenset(v) for w, v in data["categories"].items()},
        numbers=dict(data["numbers"]),
        stop=frozenset(data["words"]["stop"]),
        framing=frozenset(data["words"]["framing"]),
        meta=frozenset(data["words"]["meta"]),
        honorifics=frozenset(data["words"]["honorifics"]),
        antonyms=_opposites(data["antonyms"]),
        materials=frozenset(data["materials"]),
        sizes=frozenset(data["sizes"]),
        ing_nouns=frozenset(data["ing_nouns"]),
        passive_verbs=frozenset(data["passive_verbs"]),
        partitives=frozenset(data["partitives"]),
        representations=frozenset(data["representations"]),
        relations=frozenset(data["relations"]),
        symmetric_relations=frozenset(data["symmetric_relations"]),
        place_words=frozenset().union(*places),
        stand_in_nouns=frozenset(data["stand_in_nouns"]),
        prospect_words=frozenset(data["prospect_words"]),
        future_words=frozenset(data["future_words"]),
        synonym_groups=groups,
        synonym_index={w: tuple(ix) for w, ix in index.items()},
        hedge_phrases=_phrase_index(hedges["phrases"]),
    )


def _opposites(pairs: list[list[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {w: frozenset(o) for w, o in out.items()}


@lru_cache(maxsize=65536)
def opposites(word: str) -> frozenset[str]:
    """Words that state the opposite of `word` (by its lemmas): "within" for "outside"."""
    lex = load()
    return frozenset(o for form in lemmas(word) | {word.lower()} for o in lex.antonyms.get(form, ()))


def _phrase_index(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(t.lower for t in tokenize(phrase))
        if words:
            index.setdefault(words[0], []).append(words)
    # longest first: "not 100% sure" before "not sure"
    return {w: tuple(sorted(p, key=len, reverse=True)) for w, p in index.items()}


def hedge_phrases(words: list[str]) -> list[range]:
    """Index ranges of the hedge phrases in `words` (lower-cased tokens): "not sure", "i think"."""
    index = load().hedge_phrases
    found: list[range] = []
    i, n = 0, len(words)
    while i < n:
        for phrase in index.get(words[i], ()):
            k = len(phrase)
            if tuple(words[i : i + k]) == phrase:
                found.append(range(i, i + k))
                i += k - 1
                break
        i += 1
    return found


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The word and every lemma lemminflect knows for it, lower-cased."""
    word = word.lower().replace("’", "'")
    forms = {word}
    for found in getAllLemmas(word).values():
        forms.update(f.lower() for f in found)
    if word.endswith("'s"):
        forms.add(word[:-2])
    return frozenset(forms)


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """Whether lemminflect's dictionary knows `word` (lower-cased) at all."""
    return bool(getAllLemmas(word.lower()))


@lru_cache(maxsize=65536)
def can_be_adjective(word: str) -> bool:
    """Whether lemminflect's dictionary knows `word` (as written, or lower-cased) as an adjective."""
    return "ADJ" in getAllLemmas(word) or "ADJ" in getAllLemmas(word.lower())


@lru_cache(maxsize=65536)
def can_be_noun(word: str) -> bool:
    """Whether lemminflect's dictionary knows `word` (as written, or lower-cased) as a noun."""
    return "NOUN" in getAllLemmas(word) or "NOUN" in getAllLemmas(word.lower())


@lru_cache(maxsize=65536)
def can_be_verb(word: str) -> bool:
    """Whether lemminflect's dictionary knows `word` (lower-cased) as a verb or an auxiliary."""
    found = getAllLemmas(word.lower().replace("’", "'"))
    return "VERB" in found or "AUX" in found


#: the categories of `[categories]` whose members are people, animals or birds (`names_living`)
LIVING = ("person", "people", "animal", "bird")


def names_living(words: Iterable[str]) -> bool:
    """Whether one of `words` names a person, an animal or a bird (`LIVING`)."""
    return any(names_member(kind, words) for kind in LIVING)


def names_member(category: str, words: Iterable[str]) -> bool:
    """Whether one of `words` names a member of the category `category` (`[categories]`: "woman"
    of "person"), by lemma."""
    members = set().union(*(load().categories.get(form, frozenset()) for form in lemmas(category)))
    return any(lemmas(w) & members for w in words)


@lru_cache(maxsize=65536)
def kinds_named(word: str) -> frozenset[str]:
    """The members of every category `word` names, by lemma or synonym (`[categories]`): "vehicle"
    -> car, truck, bus, ...; "structures" -> (building) house, tower, ... . Empty for a word that
    names no category."""
    cats = load().categories
    return frozenset().union(*(cats.get(form, frozenset()) for form in key(word)))


@lru_cache(maxsize=65536)
def verb_lemmas(word: str) -> tuple[str, ...]:
    """The verbs lemminflect's dictionary knows `word` (lower-cased) as a form of: "walks" -> ("walk",)."""
    return getAllLemmas(word.lower()).get("VERB", ())


@lru_cache(maxsize=65536)
def is_verb_base(word: str) -> bool:
    """Whether `word` (lower-cased) is a verb's bare form ("ignore", "write"; not "parked", "sits")."""
    return word.lower() in verb_lemmas(word)


@lru_cache(maxsize=65536)
def can_be_adverb(word: str) -> bool:
    """Whether lemminflect's dictionary knows `word` (lower-cased) as an adverb."""
    return "ADV" in getAllLemmas(word.lower())


def _verb_nouns(form: str) -> set[str]:
    """The verb of a noun made from it that lemmas do not undo: "arrival" ~ "arrive", "dismissal"
    ~ "dismiss", "development" ~ "develop", "robbery" ~ "rob", "belief" ~ "believe" (and
    "believe" ~ "belief")."""
    out: set[str] = set()
    if form.endswith("al") and len(form) >= 7:  # not "final" ~ "fine"
        stem = form[:-2]
        if stem[-1] in "vsz" and is_verb_base(stem + "e"):
            out.add(stem + "e")
        elif stem.endswith("ss") and is_verb_base(stem):
            out.add(stem)
    if form.endswith("ment") and len(form) >= 8:  # "development" ~ "develop"; not "comment" ~ "come"
        stem = form[:-4]
        out |= {v for v in (stem, stem + "e") if is_verb_base(v)}
    if form.endswith("ery") and len(form) >= 6:
        stem = form[:-3]
        out |= {v for v in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "") if v and is_verb_base(v)}
    if form.endswith("ief") and len(form) >= 5:
        out.add(form[:-3] + "ieve")
    elif form.endswith("ieve") and len(form) >= 6:
        out.add(form[:-4] + "ief")
    return out


@lru_cache(maxsize=65536)
def roots(word: str) -> frozenset[str]:
    """Lemmas plus derivational roots ("rainy" -> "rain", "striped" -> "stripe")."""
    lex = load()
    forms = set(lemmas(word))
    for alias in (lex.colors.get(word), lex.directions.get(word)):
        if alias:
            forms.add(alias)
    for form in list(forms):
        for noun, verb in _ION_VERBS:
            if form.endswith(noun) and len(form) - len(noun) + len(verb) >= 4:
                forms.add(form[: -len(noun)] + verb)
        # a collective noun in -ry names the things it is made of: "cabinetry" ~ "cabinet",
        # "machinery" ~ "machine"; a long known stem only ("country" is no "count")
        if form.endswith("ry") and len(form) >= 8 and can_be_noun(form[:-2]):
            forms.add(form[:-2])
        forms |= _verb_nouns(form)
        # "hydration" ~ "hydrate", "celebration" ~ "celebrate": a known verb only, and a stem of three
        # letters or more ("station" is no "state", "ration" no "rate")
        if form.endswith("ation") and len(form) >= 8 and is_verb_base(form[:-5] + "ate"):
            forms.add(form[:-5] + "ate")
        for suffix in _DERIVED_SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                stem = form[: -len(suffix)]
                forms.add(stem)
                forms.add(stem + "e")
                if len(stem) >= 2 and stem[-1] == stem[-2]:  # "wetter" -> "wet"
                    forms.add(stem[:-1])
                if stem.endswith("i"):  # "sunnier" -> "sunny"
                    forms.add(stem[:-1] + "y")
    return frozenset(forms)


#: A people's word -> the endings its place may have instead: "Mexican" ~ Mexico, "Cuban" ~ Cuba,
#: "Kenyan" ~ Kenya, "Brazilian" ~ Brazil, "Italian" ~ Italy, "Japanese" ~ Japan, "Lebanese" ~
#: Lebanon, "Pakistani" ~ Pakistan. Irregular ones are `[places]` groups.
_PEOPLE_ENDINGS = (("ian", ("", "a", "y")), ("an", ("o", "a", "")), ("n", ("",)),
                   ("ese", ("", "a", "al", "on")), ("i", ("", "a")))


@lru_cache(maxsize=4096)
def people_places(word: str) -> frozenset[str]:
    """The places a capitalised people's word (lower-cased) may name, read off its ending: candidates
    only, to compare with names someone supplied ("Mexican" for their "Mexico"), never to look up alone."""
    low = word.removesuffix("s") if word.endswith(("ans", "ians", "is")) else word
    out: set[str] = set()
    for ending, places in _PEOPLE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            out |= {low[: -len(ending)] + p for p in places}
    return frozenset(out)


@lru_cache(maxsize=65536)
def key(word: str) -> frozenset[str]:
    """Everything a word can match: its roots and the members of its synonym groups."""
    lex = load()
    forms = set(roots(word))
    for form in list(forms):
        for gi in lex.synonym_index.get(form, ()):
            for syn in lex.synonym_groups[gi]:
                forms.update(lemmas(syn))
    return frozenset(forms)


@lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """True when two words share a lemma, a derivational root or a synonym group. Cached like
    `roots` and `key`: the check compares the same attribute words across every note."""
    return bool(roots(a) & key(b)) or bool(roots(b) & key(a))


# British -> American spelling, applied to both words before comparing: colour/color,
# organise/organize, centre/center, jewellery/jewelry, travelled/traveled, defence/defense.
_SPELLING = [(re.compile(p), r) for p, r in (
    (r"our(?=s?$|ed$|ing$|ite|able|ful)", "or"), (r"is(?=e[sd]?$|ing$|ation)", "iz"), (r"ys(?=e[sd]?$|ing$)", "yz"),
    (r"tre(?=s?$)", "ter"), (r"ogue(?=s?$)", "og"), (r"ence(?=s?$)", "ense"), (r"ellery$", "elry"),
    (r"ll(?=ed$|ing$|er$|ers$)", "l"),
)]


@lru_cache(maxsize=65536)
def us_spelling(word: str) -> str:
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*$")


def number_value(token: str) -> float | None:
    """The numeric value of a digit token or a number word, else None."""
    t = token.lower()
    if _NUMBER_RE.match(t):
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    ordinal = re.match(r"^(\d+)(st|nd|rd|th)$", t)
    if ordinal:
        return float(ordinal.group(1))
    value = load().numbers.get(t)
    return float(value) if value is not None else None


_IRREGULAR_ORDINALS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12}


@lru_cache(maxsize=1)
def ordinals() -> dict[str, float]:
    """Each ordinal word and the place it names ("third" -> 3.0): `ordinal_value` for many words."""
    regular = {(w[:-1] + "ie" if w.endswith("y") else w) + "th": float(v)
               for w, v in load().numbers.items() if 4 <= v <= 90 and v not in (5, 8, 9, 12) and (v < 20 or v % 10 == 0)}
    return regular | {w: float(v) for w, v in _IRREGULAR_ORDINALS.items()}


def ordinal_value(word: str) -> float | None:
    """The place an ordinal word names ("third" -> 3, "twentieth" -> 20), which "3rd" and "20th"
    write in digits; None for any other word."""
    return ordinals().get(word.lower())


def is_quantity_hedge(tokens, i: int) -> bool:
    """'about 20', 'around a dozen', 'some 40' hedge a quantity; 'walking around the park'
    and 'the information about 342 jobs' (an edit instruction) do not."""
    lex = load()
    if tokens[i].lower not in lex.quantity_hedges:
        return False
    if i and tokens[i - 1].lower in lex.meta:
        return False
    for tok in tokens[i + 1 : i + 3]:
        if number_value(tok.lower) is not None:
            return True
        if tok.lower not in ("a", "an", "half"):
            return False
    return False
