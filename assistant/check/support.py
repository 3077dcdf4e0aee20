"""What the human supplied (the notes, or a rewrite's original), as lookups for `unsupported`."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from assistant import lexicon
from assistant.check import light_verbs, lightness, number_forms, written_otherwise
from assistant.check.numbers import combine_numbers
from assistant.check.words import Word, closed_compounds
from assistant.text import ARTICLES

_NEAR_NAME, _NEAR_RATIO = 5, 0.8  # a name this long, this alike to a supplied one, may be it spelled otherwise
_MIN_STEM = 6  # a shared beginning this long ("prepar-") makes two words one family ...
_MAX_TAIL = 5  # ... when neither runs on for more than this beyond it
# Derivational endings lemmas do not undo: "growth" ~ "grow", "assessment" ~ "assess".
_SUFFIXES = ("th", "ion", "ation", "ment", "ness", "ity", "al", "ive", "ful", "ous", "ence", "ance", "ship", "ure")


@dataclass
class Support:
    """Everything the human supplied, as lookups: roots of their words, the beginnings of
    those roots (for derivations lemmas miss: "preparations" ~ "prepared"), their numbers,
    and the acronyms of their capitalised phrases ("International Cricket Council" ~ ICC)."""

    roots: set[str]
    stems: dict[str, int]  # a root's beginning -> the length of the shortest root that has it
    numbers: set[float]
    acronyms: set[str]
    spellings: set[str]  # the roots in American spelling
    initialisms: set[str]  # the supplied words written in capitals ("EU"), lower-cased, to spell out
    runs: list[tuple[str, ...]]  # runs of capitalised words ("Caledonian MacBrayne"), for clipped forms
    pairs: bool = False  # two things joined by "and" ("a throw pillow and a cushion"): what "both" points back at
    places: frozenset[str] = frozenset()  # what their capitalised peoples' words may name ("Kenyan": kenya)
    ordinals: frozenset[tuple[float, str]] = frozenset()  # (3, "match") of "third match": a count of it restates it
    names: frozenset[str] = frozenset()  # their capitalised words, lower-cased and without accents ("jose")
    durations: frozenset[tuple[str, float]] = frozenset()  # their stretches of time ("a week": 168 hours)
    after: bool = False  # their words put one thing after another ("after", "following", "caused by")
    result_had: bool = False  # their words say a result was had ("won", "beat", "with victory over")
    counted: frozenset[tuple[float, str]] = frozenset()  # (2, "woman"): two notes each about a woman (a look)
    dark_things: frozenset[str] = frozenset()  # roots of what they call black ("black door": door), dark by colour
    read: dict = field(default_factory=dict, init=False, compare=False, repr=False)
    """Each draft sentence's first reasons against this support (`_first_reasons`), by what they read."""

    @classmethod
    def of(cls, support: list[Word], notes: tuple[str, ...] = ()) -> "Support":
        """`notes`: the note texts, where a count may be theirs (`counted_by_notes`); none for a rewrite."""
        roots: set[str] = set()
        for w in support:
            # a direction is a stop word too ("near"), yet supports its synonyms ("close to")
            if w.number is None and (not w.is_stop or w.direction):
                roots |= lexicon.roots(w.lower)
                if rest := written_otherwise.article_dropped(w.lower):
                    roots |= lexicon.roots(rest)  # "ahypersensitivity": a slip of the human's
            elif w.tok.text == "US":
                roots.add("usa")  # the country, not the pronoun "us": "America", "American"
        stems: dict[str, int] = {}
        for r in roots:
            for k in range(_MIN_STEM, len(r) + 1):
                stems[r[:k]] = min(stems.get(r[:k], len(r)), len(r))
        roots |= closed_compounds(support)  # "streetlamp" for the notes' "street lamp"
        initialisms = {w.lower for w in support if w.tok.text.isupper() and w.tok.text.isalpha() and len(w.lower) >= 2}
        places = frozenset(p for w in support if w.tok.text[:1].isupper() for p in lexicon.people_places(w.lower))
        names = frozenset(ascii_form(w.lower) for w in support if w.tok.text[:1].isupper() and w.number is None)
        roots |= number_forms.ordinal_words(support)  # "tenth" for their "10th"
        numbers = (set(combine_numbers(support)) | {1.0} | number_forms.fraction_percents(support)  # "66%", "two-thirds"
                   | number_forms.misspelt_values(support))  # "42" for their "fourty two"
        return cls(roots, stems, numbers, _acronyms(support),
                   {lexicon.us_spelling(r) for r in roots}, initialisms, _capitalised_runs(support),
                   _joins_two(support), places, _ordinal_things(support), names,
                   frozenset(number_forms.durations(support)),
                   any(lexicon.lemmas(w.lower) & _AFTER for w in support), light_verbs.result_had(support),
                   counted_by_notes(notes), lightness.dark_things(support))

    def contracted(self, w: Word) -> bool:
        """A capitalised contraction of a word they capitalise, its first and last letter kept and the
        rest a few of its consonants ("Utd" of "United", "Govt" of "Government", "Intl" of
        "International"); not a dictionary word, and at most one vowel."""
        low = w.lower
        if not w.tok.text[:1].isupper() or len(low) < 3 or sum(c in "aeiou" for c in low) > 1 or lexicon.known_word(low):
            return False
        return any(len(n) >= 2 * len(low) and n[0] == low[0] and n[-1] == low[-1] and _subsequence(low, n)
                   for n in self.names)

    def people_near(self, w: Word) -> bool:
        """A capitalised people's word and a place they supplied that share their beginning, or the
        other way round ("Cornish" / "Cornwall", "Glaswegian" / "Glasgow", "Catalan" / "Catalonia"),
        where the endings do not make one the other: likely the same place, a look, not a certain name."""
        low = ascii_form(w.lower)
        if not w.tok.text[:1].isupper() or len(low) < _NEAR_NAME:
            return False
        mine = _peoples(low)
        return any(n != low and _shared_start(n, low) >= max(4, min(len(n), len(low)) // 2)
                   and (mine or _peoples(n)) for n in self.names)

    def spelled_near(self, w: Word) -> bool:
        """A name of five letters or more that is one or two letters off a capitalised word they
        supplied ("Barroso" for the note's "Barraso", "Mohammed" for "Muhammad"): the same one spelled
        right, or misspelt; a look, not a certain new name."""
        low = ascii_form(w.lower)
        return w.is_name and len(low) >= _NEAR_NAME and any(
            n[0] == low[0] and abs(len(n) - len(low)) <= 2 and SequenceMatcher(None, n, low).ratio() >= _NEAR_RATIO
            for n in self.names if n != low)

    def names_people_or_place(self, w: Word) -> bool:
        """A capitalised people's word for a place they supplied ("Mexican" for "Mexico's"), or the
        place of their people's word ("Kenya" for "a Kenyan runner")."""
        return w.tok.text[:1].isupper() and (w.lower in self.places or bool(lexicon.people_places(w.lower) & self.roots))

    def derived(self, word: str) -> bool:
        """`word` is a derivation of a supplied word: a known ending added or taken away, or a
        long shared beginning that neither word runs on far beyond."""
        for form in lexicon.roots(word):
            if any(form + s in self.roots or len(form) - len(s) >= 4 and form.endswith(s)
                   and form[: -len(s)] in self.roots for s in _SUFFIXES):
                return True
            for k in range(len(form), _MIN_STEM - 1, -1):
                if len(form) - k > _MAX_TAIL:
                    break
                shortest = self.stems.get(form[:k])
                if shortest is not None and shortest - k <= _MAX_TAIL:
                    return True
        return False


_PEOPLE_ENDINGS = ("ish", "ese")  # "Cornish", "Maltese": endings lexicon.people_places does not read


def _peoples(low: str) -> bool:
    return bool(lexicon.people_places(low)) or low.endswith(_PEOPLE_ENDINGS)


def _shared_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def ascii_form(word: str) -> str:
    """`word` without accents ("José" -> "Jose"): a name is the same name written either way."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word


def _ordinal_things(support: list[Word]) -> frozenset[tuple[float, str]]:
    """(place, root of the thing) for each ordinal the human wrote before its thing, past at most
    one word: "third match" -> (3, "match")."""
    out: set[tuple[float, str]] = set()
    ordinals = lexicon.ordinals()
    for i, w in enumerate(support):
        if (v := ordinals.get(w.lower)) is None:
            continue
        for x in [x for x in support[i + 1 : i + 3] if not x.is_stop and x.number is None][:1]:
            out |= {(v, r) for r in lexicon.roots(x.lower)}
    return frozenset(out)


def counted_by_notes(notes: tuple[str, ...]) -> frozenset[tuple[float, str]]:
    """(how many, root) for a thing that several notes each name as one, as what the note is about (its
    first thing, singular, with no number): "woman on left in red coat" / "woman on right w/ black hat"
    are likely two women, so "two women" counts them. Likely, not surely: two notes may describe one
    woman, so a count read this way is a look, never certain."""
    from assistant.check.binding import note_phrases  # noqa: PLC0415 - binding reads lexicon, not this module
    from assistant.check.word_forms import singular  # noqa: PLC0415

    counts: dict[str, int] = {}
    for text in notes:
        found = note_phrases(text)
        if not found or any(a.number is not None for a in found[0].attrs):
            continue
        head = found[0].head.lower
        for r in lexicon.roots(head) if singular(head) else ():
            counts[r] = counts.get(r, 0) + 1
    return frozenset((float(n), r) for r, n in counts.items() if n >= 2)


_JOINS = frozenset({"and", "+", "&"})


def _joins_two(support: list[Word]) -> bool:
    """The supplied text joins two things with "and": a content word right before it and one
    right after it, past an article ("a throw pillow and a cushion", "car + bus")."""
    for i, w in enumerate(support[1:-1], 1):
        if w.lower not in _JOINS or support[i - 1].is_stop:
            continue
        after = support[i + 1 : i + 3]
        if any(not x.is_stop for x in after[: 2 if after[0].lower in ARTICLES else 1]):
            return True
    return False


def _acronyms(support: list[Word]) -> set[str]:
    """Initials of each run of capitalised words, skipping function words inside a run."""
    out: set[str] = set()
    run: list[str] = []
    for w in support + [None]:  # type: ignore[list-item]
        if w is not None and w.tok.text[:1].isupper() and not w.is_stop:
            run.append(w.lower[0])
            continue
        if w is not None and w.is_stop and run:
            continue  # "Office for National Statistics"
        for i in range(len(run)):
            for j in range(i + 2, len(run) + 1):
                out.add("".join(run[i:j]))
        run = []
    return out


#: Words that say one thing came after, or of, another: what "following" as a preposition restates.
_AFTER = frozenset({"after", "following", "follow", "since", "cause", "trigger", "spark", "prompt", "because", "due",
                    "result", "amid", "afterwards"})


def _capitalised_runs(support: list[Word]) -> list[tuple[str, ...]]:
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for w in support + [None]:  # type: ignore[list-item]
        if w is not None and w.tok.text[:1].isupper() and not w.is_stop:
            run.append(w.tok.text)
            continue
        if len(run) >= 2:
            runs.append(tuple(run))
        run = []
    return runs
