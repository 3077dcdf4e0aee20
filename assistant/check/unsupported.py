"""Unsupported content: draft words with no support in what the human supplied."""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.check import connectives, light_verbs, lightness, number_forms, written_otherwise
from assistant.check import word_senses as senses
from assistant.check.numbers import combine_numbers, fmt_number, number_reason
from assistant.check.report import Span, Tier
from assistant.check.support import Support, ascii_form
from assistant.check.words import Draft, Word
from assistant.check.written_otherwise import abbreviates


def unsupported(draft: Draft, support: Support, forbidden: dict[str, str],
                placed: frozenset[int] = frozenset()) -> list[Span]:
    """Runs of draft words that nothing supports (`supplied`), as spans with their reasons; `placed`
    holds flat indices of words another rule found supported (a note's place said another way)."""
    corrected = tuple(forbidden.items())
    spans: list[Span] = []
    for s in range(len(draft.sents)):
        a, b = draft.first[s], draft.first[s + 1]
        reasons = _first_reasons(draft, s, support, forbidden, corrected)
        if placed:
            reasons = [None if i in placed else r for i, r in enumerate(reasons, a)]
        reasons = _shades_of_supported_colours(draft.words[a:b], reasons, draft.text)
        reasons = [None if r and (_names_a_supplied_thing(draft.words, a, i, support)
                                  or _age_of_a_supplied_number(draft.words, a, i, reasons)
                                  or _count_of_a_supplied_ordinal(draft.words, i, b, support)
                                  or _number_said_otherwise(draft.words[a:b], i - a, support, r)
                                  or connectives.joins_only(draft.words, a, i, b, reasons, support.after, draft.text)
                                  or lightness.black_is_dark(draft.words, i, b, reasons, a, support.dark_things)
                                  or senses.on_top_at(draft, i)
                                  or written_otherwise.hyphen_joined(draft.words, i, draft.text) & support.roots  # re-opened
                                  or light_verbs.carries_a_supplied_act(draft.words, a, i, b, reasons, support.result_had)) else r
                   for i, r in enumerate(reasons, a)]
        reasons = [COUNTED_BY_NOTES if r == "number not in the notes" and _counts(draft.words, i, b, support.counted) else r
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


def _first_reasons(draft: Draft, s: int, support: Support, forbidden: dict[str, str],
                   corrected: tuple[tuple[str, str], ...]) -> list[str | None]:
    """`unsupported_reason` of each word of sentence s, remembered on the support by the sentence
    (`Draft.said`: its text, which gives its words, their negations and numbers, and the hedges the
    whole text's quotation marks clear) and the corrected words in their order: it reads nothing else."""
    key = (draft.said(s, s + 1), corrected)
    found = support.read.get(key)
    if found is None:
        a, b = draft.first[s], draft.first[s + 1]
        values = combine_numbers(draft.words[a:b])
        found = tuple(unsupported_reason(draft.words[i], i in draft.negated, support, values, forbidden)
                      for i in range(a, b))
        if len(support.read) >= 4096:
            support.read.clear()
        support.read[key] = found
    return list(found)


def supplied(words: list[Word], sources: tuple, notes: tuple[str, ...] = ()) -> Support:
    """`Support.of(words, notes)`, remembered by `sources`: the texts the caller read the words (and
    `notes`) from, in order, and what chose among them (its promise: the same sources give the same words). Each check
    of a draft against the same notes (compose's first draft, its repairs, the final text) supplies
    the same; no caller changes a Support, and it holds no word, only their strings."""
    found = _SUPPLIED.get(key := (sources, notes))
    if found is None:
        if len(_SUPPLIED) >= 256:
            _SUPPLIED.clear()
        found = _SUPPLIED[key] = Support.of(list(words), notes)
    return found


_SUPPLIED: dict[tuple, Support] = {}
supplied.cache_clear = _SUPPLIED.clear  # type: ignore[attr-defined]  # forgotten with the lru caches, as they are


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


def _count_of_a_supplied_ordinal(ws: list[Word], i: int, b: int, support: Support) -> bool:
    """A count the notes or the original give as the place of the same thing: "three matches since
    the injury" for their "third match since the injury" (the thing within the next two words)."""
    return _counts(ws, i, b, support.ordinals)


def _counts(ws: list[Word], i: int, b: int, pairs: frozenset[tuple[float, str]]) -> bool:
    """The number at i counts a thing of `pairs` ((count, root)) named within its next two words."""
    if ws[i].number is None or not pairs:
        return False
    things = [x for x in ws[i + 1 : min(b, i + 4)] if not x.is_stop and x.number is None][:2]
    return any((ws[i].number, r) in pairs for x in things for r in lexicon.roots(x.lower))


#: The reason of a count that the notes' count of one thing may make (`Support.counted`): a look.
COUNTED_BY_NOTES = "a count of notes that may each name one"


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
    if w.direction and w.direction != lex.directions.get(low) and lexicon.key(w.direction) & support.roots:
        return None  # "closest" of "closest to the camera" where they say "foreground" (`senses.viewer_sides`)
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
    return "certain" if any(w.number is not None and reason != COUNTED_BY_NOTES or w.is_name and not completes
                            for w, reason, completes in current) else "check"
