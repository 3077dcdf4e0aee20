"""Unsupported content: draft words with no support in what the human supplied."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from difflib import SequenceMatcher
from functools import lru_cache
from operator import attrgetter

from assistant import lexicon
from assistant.check import connectives, light_verbs, number_forms, written_otherwise
from assistant.check import word_senses as senses
from assistant.check.numbers import combine_numbers, fmt_number, number_reason
from assistant.check.report import Span, Tier
from assistant.check.words import Draft, Word, closed_compounds
from assistant.check.written_otherwise import abbreviates


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

    @classmethod
    def of(cls, support: list[Word]) -> "Support":
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
                   any(lexicon.lemmas(w.lower) & _AFTER for w in support), light_verbs.result_had(support))

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


_JOINS = frozenset({"and", "+", "&"})


def _joins_two(support: list[Word]) -> bool:
    """The supplied text joins two things with "and": a content word right before it and one
    right after it, past an article ("a throw pillow and a cushion", "car + bus")."""
    for i, w in enumerate(support[1:-1], 1):
        if w.lower not in _JOINS or support[i - 1].is_stop:
            continue
        after = support[i + 1 : i + 3]
        if any(not x.is_stop for x in after[: 2 if after[0].lower in ("a", "an", "the") else 1]):
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


def unsupported(draft: Draft, support_words: list[Word], forbidden: dict[str, str],
                placed: frozenset[int] = frozenset()) -> list[Span]:
    """Runs of draft words that nothing supports, as spans with their reasons; `placed` holds
    flat indices of words another rule found supported (a note's place said another way)."""
    support = _support_of(tuple(map(_FIELDS, support_words)))
    spans: list[Span] = []
    for s in range(len(draft.sents)):
        a, b = draft.first[s], draft.first[s + 1]
        values = combine_numbers(draft.words[a:b])
        reasons = [None if i in placed else unsupported_reason(draft.words[i], i in draft.negated, support, values,
                                                               forbidden) for i in range(a, b)]
        reasons = _shades_of_supported_colours(draft.words[a:b], reasons, draft.text)
        reasons = [None if r and (_names_a_supplied_thing(draft.words, a, i, support)
                                  or _age_of_a_supplied_number(draft.words, a, i, reasons)
                                  or _count_of_a_supplied_ordinal(draft.words, i, b, support)
                                  or _number_said_otherwise(draft.words[a:b], i - a, support, r)
                                  or connectives.joins_only(draft.words, a, i, b, reasons, support.after, draft.text)
                                  or written_otherwise.hyphen_joined(draft.words, i, draft.text) & support.roots  # re-opened
                                  or light_verbs.carries_a_supplied_act(draft.words, a, i, b, reasons, support.result_had)) else r
                   for i, r in enumerate(reasons, a)]
        for i, j in _spelled_out_initialisms(draft.words, a, b, support):
            reasons[i - a : j - a] = [None] * (j - i)
        current: list[tuple[Word, str, bool]] = []
        for i in range(a, b):
            w, reason = draft.words[i], reasons[i - a]
            if reason is None:
                if w.is_stop or w.hedge or w.negation:
                    continue  # function words may sit inside an unsupported span
                _flush(current, draft.text, spans)
                current = []
                continue
            current.append((w, reason, _completes_a_name(draft.words, reasons, a, b, i) or support.spelled_near(w)
                            or support.people_near(w)))
        _flush(current, draft.text, spans)
    return spans


#: Every field of a word, in `Word`'s order: what `Support.of` reads of it.
_FIELDS = attrgetter(*(f.name for f in fields(Word)))


@lru_cache(maxsize=256)
def _support_of(words: tuple[tuple, ...]) -> Support:
    """`Support.of`, remembered by the words' `_FIELDS`: each check of a draft against the same notes
    (compose's first draft, its repairs, the final text) supplies the same words. Safe: `Support.of`
    reads nothing else of them, and no caller changes a Support."""
    return Support.of([Word(*f) for f in words])


def _shades_of_supported_colours(ws: list[Word], reasons: list[str | None], text: str) -> list[str | None]:
    """A tone word right before a colour the notes give ("electric blue", "canary-yellow") is
    that colour said more exactly, and a word that gives the colour before it ("painted a canary
    yellow") says how: both supported."""
    lex = lexicon.load()
    out = list(reasons)
    for i in range(len(ws) - 1, -1, -1):  # right to left: a tone word first, then what gives it
        # "electric-blue", "hot-pink": joined to the colour, a word that is a fact alone ("a hot pan") is a tone
        joined = ws[i].lower in lex.joined_shades and text[ws[i].tok.end:ws[i].tok.end + 1] == "-"
        if out[i] is None or not (ws[i].lower in lex.shades or ws[i].lower in lex.colouring or joined):
            continue
        k = i + 1
        while ws[i].lower in lex.colouring and k < len(ws) and (ws[k].lower in ("a", "an", "in") or
                                                               ws[k].lower in lex.shades and out[k] is None):
            k += 1
        if k < len(ws) and ws[k].color and out[k] is None:
            out[i] = None
    return out


_INITIAL_FILLERS = frozenset({"of", "for", "and", "the", "&"})


def _spelled_out_initialisms(ws: list[Word], a: int, b: int, support: Support) -> list[tuple[int, int]]:
    """Runs i..j-1 of capitalised words of sentence a..b-1 whose initials (past "of", "for", "and")
    spell a word the notes or the original write in capitals: "European Union" for their "EU",
    "Office for National Statistics" for "ONS". The same body, named in full."""
    out: list[tuple[int, int]] = []
    if not support.initialisms:
        return out
    for i in range(a, b):
        if not ws[i].tok.text[:1].isupper() or ws[i].lower in _INITIAL_FILLERS:
            continue
        letters = ""
        for j in range(i, b):
            if ws[j].lower in _INITIAL_FILLERS and j > i:
                continue
            if not ws[j].tok.text[:1].isupper():
                break
            letters += ws[j].lower[0]
            if len(letters) >= 2 and letters in support.initialisms:
                out.append((i, j + 1))
    return out


def _number_said_otherwise(ws: list[Word], i: int, support: Support, reason: str) -> bool:
    """The word at `i` writes a value the human gave in another form (number_forms): a fraction, the
    day of a date, a stretch of time in another unit. A value a note corrects stays what it is."""
    if reason.startswith("corrected"):
        return False
    return bool(number_forms.fraction_at(ws, i) & support.numbers or number_forms.date_day_at(ws, i) in support.numbers
                or number_forms.same_duration(ws, i, support.durations))


_AGE_WORDS = frozenset({"year", "years", "old"})


def _age_of_a_supplied_number(ws: list[Word], a: int, i: int, reasons: list[str | None]) -> bool:
    """"year-old" of "a 52-year-old woman", "years old" of "52 years old": an age the notes or the
    original give, written out (the number right before is supported)."""
    if ws[i].lower not in _AGE_WORDS:
        return False
    for k in range(i - 1, max(a, i - 2) - 1, -1):
        if ws[k].number is not None:
            return reasons[k - a] is None
        if ws[k].lower not in _AGE_WORDS:
            return False
    return False


#: Words that say one thing came after, or of, another: what "following" as a preposition restates.
_AFTER = frozenset({"after", "following", "follow", "since", "cause", "trigger", "spark", "prompt", "because", "due",
                    "result", "amid", "afterwards"})


def _count_of_a_supplied_ordinal(ws: list[Word], i: int, b: int, support: Support) -> bool:
    """A count the notes or the original give as the place of the same thing: "three matches since
    the injury" for their "third match since the injury" (the thing within the next two words)."""
    if ws[i].number is None or not support.ordinals:
        return False
    things = [x for x in ws[i + 1 : min(b, i + 4)] if not x.is_stop and x.number is None][:2]
    return any((ws[i].number, r) in support.ordinals for x in things for r in lexicon.roots(x.lower))


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})


def _names_a_supplied_thing(ws: list[Word], a: int, i: int, support: Support) -> bool:
    """The more general word for a thing the notes or the original name, used to point back at
    it: "the vehicle" for their truck, "player John Smith" for their defender. Said with "a" or
    alone ("a green plants", "some buildings") it may bring in another thing, and stays."""
    if not lexicon.kinds_named(ws[i].lower) & support.roots:
        return False
    if i + 1 < len(ws) and ws[i + 1].is_name:
        return True
    for k in range(i - 1, max(a, i - 3) - 1, -1):
        if ws[k].is_stop:
            return ws[k].lower in _DEFINITE
    return False


def _completes_a_name(words: list[Word], reasons: list[str | None], a: int, b: int, i: int) -> bool:
    """A name word beside a name the human supplied, in one run of capitalised words: "Elon"
    of "Elon Musk" where the notes say "Musk". Shown, but as a "have a look", not certain: it
    is usually the same person named in full."""
    if not words[i].is_name:
        return False
    return any(a <= j < b and words[j].is_name and reasons[j - a] is None and words[j].number is None
               for j in (i - 1, i + 1))


_ORDINAL_DIGITS_RE = re.compile(r"^\d+(?:st|nd|rd|th)$")


def unsupported_reason(w: Word, negated: bool, support: Support, values: list[float],
                       forbidden: dict[str, str]) -> str | None:
    lex = lexicon.load()
    low = w.lower
    if low == "both" and support.pairs:
        return None  # it points back at two things the notes name together; it adds no count
    if w.number is not None:
        corrected = forbidden.get(fmt_number(w.number))
        # "Three" of "Three hundred" where a note corrects 3 to three hundred: part of the new value
        larger = not low[:1].isdigit() and any(v in support.numbers and v >= 100 * w.number
                                                and fmt_number(v).startswith(fmt_number(w.number)) for v in values)
        if corrected and not negated and not larger:
            return f"corrected by {corrected}"
        if senses.is_scale(low) and any(v / w.number in support.numbers for v in values):
            return None  # the "m" of "£25m" where the notes write "25m" (no sign: metres or millions)
        if _ORDINAL_DIGITS_RE.match(low) and any(lexicon.ordinal_value(r) == w.number for r in support.roots):
            return None  # "2nd" where the notes write "second"
        return number_reason(w, support.numbers, values)
    if (w.is_stop or w.hedge or w.negation or low in lex.framing or low in lex.honorifics or len(low) < 2
            or low in ("~", "?")):
        return None
    for word, nid in forbidden.items():
        if not negated and (low == word or lexicon.roots(low) & lexicon.roots(word)):
            return f"corrected by {nid}"
    if lexicon.key(low) & support.roots or ascii_form(low) in support.names:
        return None  # "José" where they write "Jose"
    if low == "year" and any(n.is_integer() and 1000 <= n <= 2100 for n in support.numbers):
        return None  # "of the year" for a date the notes or the original give
    if len(low) >= 3 and any(len(r) > len(low) + 2 and (r.endswith(low) or r.startswith(low)) for r in support.roots):
        return None  # part of a compound the notes use: "light" of "daylight"
    if w.tok.text.isupper() and low in support.acronyms:
        return None
    if w.tok.text[:1].isupper() and any(abbreviates(w.tok.text, run) for run in support.runs):
        return None  # "CalMac" for "Caledonian MacBrayne"
    if support.derived(low) or lexicon.us_spelling(low) in support.spellings or support.names_people_or_place(w):
        return None
    if support.contracted(w):
        return None  # "Man Utd" for "Manchester United"
    return "no support in the notes"


def _flush(current: list[tuple[Word, str, bool]], text: str, spans: list[Span]) -> None:
    if not current:
        return
    start, end = current[0][0].tok.start, current[-1][0].tok.end
    reasons = list(dict.fromkeys(r for _, r, _ in current))
    spans.append(Span(text=text[start:end], start=start, end=end, reason="; ".join(reasons),
                      tier=_tier(current)))


def _tier(current: list[tuple[Word, str, bool]]) -> Tier:
    """certain for a number or a name (a corrected one too) that no supplied name completes;
    check for content words, which are often a rewording the word lists do not know, or
    context an edit keeps."""
    return "certain" if any(w.number is not None or w.is_name and not completes
                            for w, _, completes in current) else "check"


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
