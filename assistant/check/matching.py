"""Matching a note to the draft sentences that carry it.

A fact may be spread over up to three consecutive sentences. Key content of a note:
critical units, all required (quoted text, numbers, colours, directions, names, and the
polarity of negated words), and content words matched by lemma, derivation ("rainy" ~
"rain") or synonym group, most of them required and close together.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, replace

from assistant import lexicon
from assistant.check import attributes, conversed, hedges, negation, numbers, quotes, relations, sides_lost, spatial
from assistant.check.numbers import fmt_number
from assistant.check.report import FactCheck, Tier
from assistant.check.words import Draft, Key, Word
from assistant.check.written_otherwise import abbreviates
from assistant.notes import Observation

MAX_WINDOW = 3  # a fact may be spread over up to three consecutive sentences
# A note's content words must also lie close together: within this many words per key unit
# (at least _MIN_SPAN), so a run-on sentence listing everything cannot carry a note by
# scattered mentions.
_SPAN_PER_UNIT = 4
_MIN_SPAN = 25
SCATTERED = "(scattered)"


@dataclass
class Match:
    """The best window of sentences for a note, and what it lacks."""

    window: tuple[int, int]
    missing: list[str]
    flipped: list[str]
    content_hits: int
    hedged: bool
    """A hedge sits with the note's units in the window (`hedges.window_hedged`); read only for a
    hedged note, so for another it is not worked out and stays False."""
    mixed: tuple[str, ...] = ()
    """The flips where the draft also states the unit unnegated in the window ("a woman with a hat
    ... a man without a hat"): the negation may be said of another thing, so only a look."""

    def score(self, want_hedge: bool) -> tuple[int, int, int, int]:
        # fewer missing critical units first, then (for a hedged note) a window that keeps a
        # hedge, then more content, then smaller windows
        return (-len(self.missing) - len(self.flipped), int(want_hedge and self.hedged), self.content_hits,
                -(self.window[1] - self.window[0]))


def required(n: int, lenient: bool = False) -> int:
    if lenient:
        return math.ceil(0.5 * n)
    return n if n <= 2 else math.ceil(0.75 * n)


def match_window(key: Key, draft: Draft, lo: int, hi: int, want_hedge: bool = True) -> Match:
    """How sentences lo..hi-1 carry the note, remembered on the key by the window's sentences: every
    rule below reads only the window's words (made from each sentence's text alone, `read_sentence`),
    their hedge flags (a hedge in quotation marks is cleared by the whole text's quotes, so they are
    part of the memo's key) and distances between them, never where the window stands in the draft.
    The next draft mostly keeps its sentences; each caller gets its own lists."""
    return _own(_remembered_match(key, draft, lo, hi, want_hedge), lo, hi)


def _remembered_match(key: Key, draft: Draft, lo: int, hi: int, want_hedge: bool) -> Match:
    """`match_window` as remembered: shared, never to be changed, its window the first one read of
    that size (the score reads only the size)."""
    said = (draft.said(lo, hi), want_hedge)
    memo = key.memo("window")
    m = memo.get(said)
    if m is None:
        m = memo[said] = _match_window(key, draft, lo, hi, want_hedge)
    return m


def _own(m: Match, lo: int, hi: int) -> Match:
    return Match((lo, hi), list(m.missing), list(m.flipped), m.content_hits, m.hedged, m.mixed)


def _match_window(key: Key, draft: Draft, lo: int, hi: int, want_hedge: bool) -> Match:
    a, b = draft.first[lo], draft.first[hi]
    missing = numbers.missing_numbers(key.numbers, draft.numbers(lo, hi)) if key.numbers else []
    for n in numbers.said_as_plural(key.paired, draft.words[a:b]) if missing and key.paired else ():
        if n in missing:
            missing.remove(n)  # "Boots stand ..." for "a pair of boots"
    if key.counted:  # a number of the window may count another thing: "Two women ... Three dogs" for "2 dogs"
        missing += [n for n in numbers.miscounted(key.counted, draft.words[a:b]) if n not in missing]
    missing += spatial.missing_critical(key, draft, lo, hi)
    if key.names:
        missing += _names_missing(key, draft, a, b)
    critical = set(key.colors + key.directions)
    content = set(key.content)
    found: set[str] = set()
    flipped: list[str] = []
    mixed: list[str] = []
    at: list[tuple[int, str]] = []  # positions of the content units, for the proximity rule
    # "not a real dog, a statue": the unnegated things, of which "a statue of a dog" says what they show
    things = [j for u in key.content if u not in key.negated for j in draft.where(u) if a <= j < b] if key.negated else []
    shown: list[int] = []
    for unit in key.words():
        if unit in critical:
            where = spatial.critical_positions(unit, draft, a, b, key) or spatial.kind_positions(unit, key, draft, a, b)
        else:
            at_all = draft.where(unit)  # sorted
            where = (list(at_all[bisect_left(at_all, a):bisect_left(at_all, b)]) or _in_compound(unit, key, draft, a, b)
                     or _named_by_its_member(unit, key, draft, a, b))
        if where and unit in key.negated and lexicon.can_be_adjective(unit):  # "a real cat" for "not a real dog"
            where = [i for i in where if not negation.describes_another(draft, i, key)]
        if not where and unit in key.negated and (said := _beside_the_thing(absence_positions(unit, draft, a, b),
                                                                            unit, key, draft, a, b)):
            found.add(unit)  # "a clear sky" for "a sky with no clouds": the absence said in one word
            at += [(i, unit) for i in said if unit in content]
            continue
        if not where:
            continue
        found.add(unit)
        if unit in content:
            at += [(i, unit) for i in where]
        if unit in key.names:
            continue  # a name is named, not asserted: "called on the Food Standards Agency not to ..."
        flags = [i in draft.negated for i in where]
        if unit in key.negated and not any(flags):  # shown by a statue, not there: each mention ("A dog sleeps in
            flags = [all(negation.shown_by(draft, i, things) for i in where)] * len(where)  # the dog house" is one)
            shown += where if flags[0] else []
        problem = negation.polarity_problem(unit, unit in key.negated, flags)
        if problem:
            flipped.append(problem)
            if unit not in key.negated and not all(flags):
                mixed.append(problem)
    for unit in _described_by_negation(key, found) if shown else ():
        found.add(unit)  # "real" of "not a real dog": said with the dog the statue shows
        at.append((shown[0], unit))
    span = max(_MIN_SPAN, _SPAN_PER_UNIT * len(key.words()))
    # a window no longer than the span holds every found unit within it: no need to slide
    hits = closest_hits(at, span) if b - a > span else sum(1 for u in key.content if u in found)
    if hits < required(len(key.content), key.lenient):
        missing.extend([u for u in key.content if u not in found] or [SCATTERED])
    return Match((lo, hi), missing, flipped, hits, want_hedge and hedges.window_hedged(key, draft, lo, hi), tuple(mixed))


def _described_by_negation(key: Key, found: set[str]) -> list[str]:
    """The note's negated describing words not found ("real", "actual", "live" of "not a real dog")."""
    return [u for u in key.content if u in key.negated and u not in found and lexicon.can_be_adjective(u)]


def _named_by_its_member(unit: str, key: Key, draft: Draft, a: int, b: int) -> list[int]:
    """A category the note names and then guesses at ("bird on wire, sparrow?", `kind_guesses`) is carried
    where the guessed member is ("A sparrow sits on the wire."): the member names the bird."""
    members = lexicon.kinds_named(unit) if unit in key.content and unit in key.guessed else ()
    if not members:
        return []
    return [i for u in key.content if u != unit and lexicon.key(u) & members
            for i in draft.where(u) if a <= i < b]


def _names_missing(key: Key, draft: Draft, a: int, b: int) -> list[str]:
    """The note's names that words a..b-1 do not name (in another case, form, abbreviation,
    spelling out or initials)."""
    out: list[str] = []
    clipped = [w.tok.text for w in draft.words[a:b] if w.tok.text[:1].isupper()]
    capitals = {w.lower for w in draft.words[a:b] if w.tok.text.isupper() and w.tok.text.isalpha() and len(w.lower) >= 2}
    single = {run[0] for run in key.name_runs if len(run) == 1}
    for name in key.names:
        if not any(w.lower.removesuffix("'s") == name or _place_word(name, w) or name in single and _common_form(name, w)
                   for w in draft.words[a:b]) and not _in_compound(name, key, draft, a, b) and not any(
                name in key.names[i : i + 4] and abbreviates(c, key.names[i : i + 4])
                for c in clipped for i in range(len(key.names))) and not spelled_out(name, draft.words[a:b]) \
                and not initialled(name, key.names, capitals):
            out.append(name)
    return out


def _in_compound(unit: str, key: Key, draft: Draft, a: int, b: int) -> list[int]:
    """Flat indices a..b-1 where the draft writes two neighbouring words of the note as one
    ("streetlamp" for the note's "street lamp"). Only the note's own words make the compound:
    "carpet" does not carry a note's "car"."""
    joined = {c for c in key.compounds if c.startswith(unit) or c.endswith(unit)}
    return [i for i in range(a, b) if draft.words[i].lower in joined] if joined else []


def absence_positions(unit: str, draft: Draft, a: int, b: int) -> list[int]:
    """Flat indices a..b-1 of words that state the absence of the note's negated `unit`:
    "clear" or "cloudless" for "no clouds", "bare" for "without leaves"; or its opposite:
    "closed" for "not open", "innocent" for "not guilty"."""
    absent = {w for form in lexicon.lemmas(unit) | {unit} for w in lexicon.load().absence.get(form, ())}
    opposite = lexicon.opposites(unit)
    return [i for i in range(a, b) if i not in draft.negated and (
        draft.words[i].lower in absent or lexicon.lemmas(draft.words[i].lower) & opposite)] if absent or opposite else []


def _common_form(name: str, w: Word) -> bool:
    """The draft writes the note's lone capitalised word in lower case in another form of the same
    common word ("forward" for "Forwards"): the capital was the annotator's, the word is no name.
    Only words the lemmatizer knows: a name ("Williams") has no other form."""
    return w.tok.text.islower() and len(lexicon.lemmas(name)) > 1 and bool(lexicon.lemmas(name) & lexicon.lemmas(w.lower))


def _place_word(name: str, w: Word) -> bool:
    """A capitalised draft word that names the note's place by its people's word ("Scottish" for
    "Scotland", lexicon synonyms): the same place, not another name."""
    places = lexicon.load().place_words
    return w.tok.text[:1].isupper() and name in places and w.lower in places and name in lexicon.key(w.lower)


def initialled(name: str, names: list[str], capitals: set[str]) -> bool:
    """The draft writes a run of the note's names by their initials: "UN" for "United Nations",
    "ONS" for "Office for National Statistics" (the note's names in order; function words are no
    names). `capitals`: the draft's words written in capitals, lower-cased."""
    return bool(capitals) and any(
        name in names[i:j] and "".join(n[0] for n in names[i:j]) in capitals
        for i in range(len(names)) for j in range(i + 2, min(len(names), i + 6) + 1))


_FILLERS = frozenset({"of", "and", "for", "the", "&", "on", "in"})


def spelled_out(acronym: str, ws: list) -> bool:
    """The draft spells out an acronym of the note: "coal seam gas" for CSG. Only for a word the
    dictionary does not know (an acronym, not a short name like "Bob")."""
    if not 3 <= len(acronym) <= 8 or not acronym.isalpha() or lexicon.known_word(acronym):
        return False
    initials = [(i, w.lower[0]) for i, w in enumerate(ws) if w.lower not in _FILLERS and w.lower[:1].isalpha()]
    letters = "".join(c for _, c in initials)
    return acronym in letters


def closest_hits(at: list[tuple[int, str]], span: int) -> int:
    """The most distinct units found within `span` consecutive words. In a long run-on
    sentence, "small green plants" early on and "the edges of the house" 30 words later do
    not carry "small green plants at the edge of the house" together."""
    at.sort()
    best, lo, count = 0, 0, {}
    for pos, unit in at:
        count[unit] = count.get(unit, 0) + 1
        while at[lo][0] <= pos - span:
            gone = at[lo][1]
            count[gone] -= 1
            if not count[gone]:
                del count[gone]
            lo += 1
        best = max(best, len(count))
    return best


_ABSENCE_REACH = 3  # "a clear blue sky", "the sky is clear": the absence word beside the note's thing


def _beside_the_thing(said: list[int], unit: str, key: Key, draft: Draft, a: int, b: int) -> list[int]:
    """The absence words within a few words of another content word of the note: "a clear sky" says
    the sky has no clouds; "a sky above a clear lake" does not."""
    things = [j for u in key.content if u != unit for j in draft.where(u) if a <= j < b]

    def beside(i: int, j: int) -> bool:  # no preposition between: "a sky above a clear lake" is the lake's
        lo, hi = min(i, j), max(i, j)
        return hi - lo <= _ABSENCE_REACH and not any(draft.words[k].lower in _BETWEEN_THINGS for k in range(lo + 1, hi))
    return [i for i in said if any(beside(i, j) for j in things)] if things else said


_BETWEEN_THINGS = frozenset("above below under over behind beside near next on in at of with and by from".split())


def best_match(key: Key, draft: Draft, want_hedge: bool = False) -> Match:
    # Quoted text is exact and distinctive: it may stand anywhere in the draft (a long quote
    # may span more sentences than a window holds), so it is checked once, not per window.
    quotes_missing = quotes.missing_quotes(key.quotes, draft.text)
    best: Match | None = None
    n = len(draft.sents)
    near = _sentences_with_units(key, draft)
    for size in range(1, min(MAX_WINDOW, n) + 1):
        # a window holding none of the note's units cannot beat one that does: only the windows
        # over a sentence of `near` are tried, in the order of the sentences (the first best wins)
        starts = sorted({lo for s in near for lo in range(s - size + 1, s + 1) if 0 <= lo <= n - size}) if near else [0]
        for lo in starts:
            m = _remembered_match(key, draft, lo, lo + size, want_hedge)
            score = m.score(want_hedge)
            if best is None or score > best_score:
                best, window, best_score = m, (lo, lo + size), score
        if best is not None and not best.missing and not best.flipped and (best.hedged or not want_hedge):
            break  # the smallest window that carries everything (and the hedge, if wanted)
    assert best is not None
    found = _own(best, *window)
    found.missing[:0] = quotes_missing
    return found


def _sentences_with_units(key: Key, draft: Draft) -> set[int]:
    """The sentences that hold any of the note's units or numbers (whether one does is read from its
    words alone, so it is remembered on the key by the sentence's text)."""
    memo = key.memo("near")
    texts = draft.said(0, len(draft.sents))[0]  # every sentence's text, read once a draft
    if None not in (held := [memo.get(t) for t in texts]):  # `get`: another thread may clear the memo
        return {s for s, holds in enumerate(held) if holds}
    near = {draft.sent_of[i] for unit in key.words() for i in draft.where(unit)}
    critical = set(key.colors + key.directions)
    if critical:
        critical |= {k for d in key.directions for k in spatial.places(d)}
        near.update(*(draft.sentences_saying(value) for value in critical))
    if key.numbers:
        near |= {s for s in range(len(draft.sents)) if draft.numbers(s, s + 1).intersection(key.numbers)}
    for s, t in enumerate(texts):
        memo[t] = s in near
    return near


def window_text(draft: Draft, window: tuple[int, int], limit: int = 200) -> str:
    lo, hi = window
    text = draft.text[draft.sents[lo].start : draft.sents[hi - 1].end]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_fact(obs: Observation, key: Key, draft: Draft, bound: bool = False,
               notes: tuple[str, ...] = ()) -> FactCheck:
    """The verdict on a fact note: kept, dropped (with what is missing), contradicted (the
    draft states another value or the opposite of the same thing) or hedge_lost; each problem
    with its tier. `bound` (captions): an opposite counts only when said of the note's own
    object (attributes.opposite_said_of); `notes`, every note's text, say which values another note
    gives a thing of the same name."""
    base = dict(id=obs.id, text=obs.text, hedged=obs.hedged)
    if key.empty():
        return FactCheck(**base, status="kept", checked=False, evidence="nothing checkable in this note")
    m = best_match(key, draft, want_hedge=obs.hedged)
    if bound and set(m.missing) & set(key.directions):
        at = range(draft.first[m.window[0]], draft.first[m.window[1]])  # "trees in front of the sky": its "behind"
        m = replace(m, missing=conversed.not_conversed(m.missing, key.directions, draft, at, obs.text))
    window = list(range(*m.window))
    if m.missing or m.flipped:
        near = window_text(draft, m.window) if m.content_hits else ""
        where = f" (nearest: {near!r})" if near else ""
        looks: list[str] = []
        contradiction = contradicted(key, m, draft, obs.text if bound else None, notes, looks)
        if contradiction:
            # a negation the window also states unnegated may be another thing's, and so may one of
            # several other values the window gives: a look
            tier: Tier = "check" if set(contradiction) <= set(m.mixed) | set(looks) else "certain"
            return FactCheck(**base, status="contradicted", tier=tier, sentences=window,
                             evidence="; ".join(contradiction) + where, missing=m.missing + m.flipped)
        parts = []
        absent = [x for x in m.missing if x != SCATTERED]
        if absent:
            parts.append("not found: " + ", ".join(absent))
        if SCATTERED in m.missing:
            parts.append("its words appear only far apart, not stated together")
        parts += m.flipped
        tier = _kin_said(key, m, draft) or missing_tier(key, m)
        if tier == "certain" and not m.flipped and sides_lost.own_places_only(obs.text, m.missing, critical_units(key)):
            tier = "check"  # a sky's own background unsaid
        return FactCheck(**base, status="dropped", tier=tier,
                         evidence="; ".join(parts) + where,
                         missing=m.missing + m.flipped)
    if obs.hedged and not m.hedged:
        return FactCheck(**base, status="hedge_lost", tier="certain", sentences=window,
                         evidence=hedges.lost_hedge_evidence(obs.hedge_cues, window_text(draft, m.window)))
    return FactCheck(**base, status="kept", sentences=window, evidence=window_text(draft, m.window))


def _kin_said(key: Key, m: Match, draft: Draft) -> Tier | None:
    """"check" when every critical unit the window lacks is a direction it says as a place of the
    same name ("in the background" for "behind the barn"): a have-a-look, not a difference."""
    lost = set(m.missing) & critical_units(key)
    lo, hi = m.window
    said = {w.direction for w in draft.words[draft.first[lo]:draft.first[hi]] if w.direction}
    if lost and all(u in key.directions and said & spatial.places(u) for u in lost) and not m.flipped \
            and 2 * m.content_hits >= len(key.content):
        return "check"
    return None


def critical_units(key: Key) -> set[str]:
    """The units whose absence is a certain problem: numbers, colours, directions, names, quotes."""
    return ({fmt_number(n) for n in key.numbers} | set(key.colors) | set(key.directions) | set(key.names)
            | {f'"{q}"' for q in key.quotes})


def missing_tier(key: Key, m: Match) -> Tier:
    """certain when a critical unit is missing or a polarity flipped; check when only content
    words fail to match (often a rewording the word lists do not know), or only part of a name
    ("Corbyn" for "Jeremy Corbyn": the same one named shorter, not another name)."""
    missing = set(m.missing)
    shortened = {n for run in key.name_runs if not set(run) <= missing for n in run}
    return "certain" if m.flipped or (missing - shortened) & critical_units(key) else "check"


def contradicted(key: Key, m: Match, draft: Draft, note_text: str | None = None,
                 notes: tuple[str, ...] = (), looks: list[str] | None = None) -> list[str]:
    """How the best window states something else about the note's own thing, or [] when it
    does not: the note's content is there, but a number, colour or direction it gives differs
    ("2 dogs" for "3 dogs"), a word is negated the other way, or the window says the opposite
    ("within" for "outside"). `looks` receives the differences that are only worth a look: more
    other values of a kind than the note gives ("tan" against "brown" and "orange", 1000 against
    3 and 8), where which of them is said of the note's thing is a reading, not a fact."""
    looks = [] if looks is None else looks
    content_missing = [u for u in m.missing if u in key.content or u == SCATTERED]
    lo, hi = m.window
    ws = draft.words[draft.first[lo] : draft.first[hi]]
    found: list[str] = []
    opposed: set[str] = set()
    for unit in m.missing:
        said = _opposite_in(unit, ws) if unit != SCATTERED else None
        if said and note_text is not None and not attributes.opposite_said_of(note_text, unit, said, draft):
            said = None
        if said:
            found.append(f"the note says {unit!r}, the draft says {said.tok.text!r}")
            opposed.add(unit)
    if opposed and m.content_hits >= math.ceil(len(key.content) / 2):
        return found  # the window says the opposite of the note, about the note's thing
    if any(u not in opposed for u in content_missing):
        return []  # the window is not (all) about the note's thing: an omission, not a contradiction
    if not m.content_hits and key.content:
        return found  # only an opposite counts where nothing else of the note is there
    wanted = {fmt_number(n) for n in key.numbers}
    stated = sorted({fmt_number(n) for n in draft.numbers(lo, hi)} - wanted - {"1"}, key=len)
    missing_numbers = [u for u in m.missing if u in wanted]
    if missing_numbers and stated:
        found.append(f"the note says {', '.join(missing_numbers)}, the draft says {', '.join(stated)}")
        if len(stated) > len(missing_numbers):
            looks.append(found[-1])
    for kind, have in (("colour", key.colors), ("direction", key.directions)):
        lost = [u for u in m.missing if u in have]
        said = [w for w in ws if (w.color if kind == "colour" else w.direction) not in (None, *have)] if lost else []
        if kind == "direction":  # "on the left" says nothing against "in the background"; nor
            # "in the background" against "behind the barn", which names the same place
            said = [w for w in said if not any(w.direction in spatial.places(u) for u in lost)]
            # "Above the wall, a railing" for "railings at the top and graffiti at the bottom": the word
            # says the note's other place, found, not the opposite of the one lost
            said = [w for w in said if not any(w.direction in spatial.places(u) for u in have if u not in lost)]
            said = [w for w in said if any(spatial.same_axis(w.direction, u) for u in lost)
                    or note_text is not None and relations.same_other_object(note_text, lost, w, draft)]
        if note_text is not None:  # a caption: only a value said of the note's own thing
            said = [w for w in said if any(relations.value_said_of(note_text, u, w, draft, notes) for u in lost)]
        other = sorted({w.color if kind == "colour" else w.direction for w in said})
        if lost and other:
            found.append(f"the note says {', '.join(lost)}, the draft says {', '.join(other)}")
            if len(other) > len(lost):
                looks.append(found[-1])
    found += m.flipped
    return found


def _opposite_in(unit: str, ws: list[Word]) -> Word | None:
    opposite = lexicon.opposites(unit)
    if not opposite:
        return None
    for w in ws:
        if lexicon.lemmas(w.lower) & opposite and not lexicon.lemmas(w.lower) & lexicon.lemmas(unit):
            return w
    return None
