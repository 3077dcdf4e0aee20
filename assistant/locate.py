"""Where a rewrite note's subject stands in the response, when the note does not quote it.

"Remove the information about the crane" (the response says "two cranes"), "remove the fee"
("for an undisclosed fee"), "remove Boyd's first name", "remove the information about Wright
being the St Johnstone manager": `edits.parse` applies a note whose words stand in the response
as written; these name their target by description or in another form. The target is found
here with the check's own reading of the note (`check.edit_parsing.parse_edit`) and its word
matching (lemma, derivation, synonym: `check.words.matches`), so compose and the check agree
on where it is. Then:
- the words found make a phrase that can go (or be replaced) without breaking the sentence:
  a literal edit of those words as they stand, applied without the model;
- found, but taking them out would break the sentence (its subject, a clause): the sentence
  and the words go to the model, which rewrites that one sentence without them;
- not found: nothing is located, and the check reports the note unmet.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from itertools import combinations, product

from assistant import edits, lexicon, property_of
from assistant.check.given_names import GIVEN_NAME_RE, given_names
from assistant.check.edit_parsing import claim_of, is_described, parse_edit, targets
from assistant.check.numbers import fmt_number
from assistant.check.words import Word, matches, note_key, words
from assistant.text import quoted

# A note's reason for its edit is not part of its target: "hundreds of people, because it
# doesn't say how many", "the fishing lines since she was not tangled in them", "Forward since his
# position is not mentioned".
_REASON_RE = re.compile(r"(?:,\s*|\s+)(?:because|since\s+(?:it|he|she|they|that|this|there|the|his|her|its|their|no|we|you|i)\b|"
                        r"as\s+(?:it|they|this|his|her|its|their|there)\s)"
                        r".*$", re.I | re.S)
# "National Rugby League but keep the NRL part": what the note keeps is no part of its target
_KEEP_RE = re.compile(r"\s*,?\s*\bbut\s+(?:keep|leave|retain)\b.*$", re.I | re.S)
# "Sydney from Sydney Roosters": a part of a longer name
_PART_OF_RE = re.compile(r"^(.+?)\s+(?:from|in|of)\s+(.+)$", re.S)
# "where the injury occurred", "why the trains will stop", "when it happened": the words of
# the clause name the event, and the target is its place, reason or time, which no word of the
# note gives: such a note goes to the model with its sentence, nothing is cut by its words
_CIRCUMSTANCE_RE = re.compile(r"^\s*(?:(?i:the\s+(?:information|info|details?)\s+(?:about|of|on))\s+)?"
                              r"(?:where|why|when|how(?!\s+(?:many|much)))\b")  # lower case: "When Harry Met Sally" is a title
# "name of the winning club i.e. Tranmere": the words after "i.e." are the target itself
_NAMELY_RE = re.compile(r"\b(?:i\.?e\.?|namely)\s+(?P<what>.+)$", re.I | re.S)
# nouns that ask for a proper name: "the league name", "the name of the squad", "the location
# of the Paralympics" (Rio); a word of the description, not of the target, when other words are
_NAME_NOUNS = frozenset({"name", "names", "title", "titles", "location", "place", "venue", "city", "town", "country",
                         "county"})
_DESCRIPTIONS = _NAME_NOUNS | {"day", "date", "information", "detail", "details", "part", "mention", "position"}
# a replacement written without the model is a short value, never a clause or an explanation
_NEW_MAX_WORDS = 6
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their"})
#: words whose object a removal may take, leaving them stranded ("moved off", "talks about")
_PARTICLES = frozenset("back away off up down out about over around via per like than in on at by for with of to from into onto "
                       "under behind near against along across through between among since during after before until".split())
#: verbs that cannot go without their preposition ("based on", "relied on"): a removed phrase that
#: starts with it strands them
_VERB_PREPOSITIONS = {verb: frozenset(preps.split("/")) for verb, preps in (
    pair.split(":") for pair in "base:on/upon rely:on/upon depend:on/upon consist:of focus:on centre:on center:on "
    "insist:on hinge:on dwell:on count:on comment:on refer:to belong:to amount:to lead:to result:in/from stem:from "
    "specialise:in specialize:in account:for aim:at object:to respond:to contribute:to participate:in "
    "engage:in succeed:in rest:on/upon draw:on/from".split())}
_PREPOSITIONS = frozenset("in on at under over above below behind beside near into onto from against along across through "
                          "between among inside outside by for with of to since during after before until".split())


@dataclass(frozen=True)
class Found:
    """The words of one sentence a note is about, and the edit that takes them out or replaces
    them when no model is needed."""

    sentence: int
    """Index of the sentence, in the list given to `find`."""
    phrase: str
    """The sentence's own words the note concerns, as they stand."""
    edit: edits.LiteralEdit | None
    """A literal edit of `phrase`; None when only a rewrite of the sentence can apply the note."""


@dataclass(frozen=True)
class NotFound:
    """A removal or replacement whose target no sentence carries (half of its words, at least)."""

    target: str
    """The note's target as read from it ("the crane", "the first names of both people")."""


@dataclass(frozen=True)
class Unlocated:
    """A target no words of the response can stand for ("where the injury occurred": the place
    of an event the note names): the note goes to the model with its sentence, no words named."""

    target: str


def find(note_id: str, note: str, sentences: list[str], original: str) -> Found | NotFound | Unlocated | None:
    """The words of `sentences` that the removal or replacement `note` is about; NotFound when
    nothing in them matches enough of its target; Unlocated when no words can stand for it (the
    place, time or reason of an event); None for any other kind of note."""
    found = find_all(note_id, note, sentences, original)
    return found[0] if found else None


def find_all(note_id: str, note: str, sentences: list[str], original: str) -> list[Found | NotFound | Unlocated]:
    """`find` for each target of a removal that names several: "Erik being a defender and
    about the two teams playing at the start of the season" (two), "the name of the
    competitions like Olympic, Games" (its examples, each); [] for any other kind of note."""
    edit = parse_edit(" ".join(note.split()))
    if edit is None or edit.kind not in ("remove", "replace") or not edit.old:
        return []
    if edit.kind == "replace":
        if _CIRCUMSTANCE_RE.match(edit.old):
            return [Unlocated(edit.old)]
        return [_find(note_id, edit.kind, edit.old, edit.new, sentences, original)]
    parts = targets(_KEEP_RE.sub("", _REASON_RE.sub("", edit.old)).strip(" .,")) or [edit.old]
    return [Unlocated(part) if _CIRCUMSTANCE_RE.match(part) else _find(note_id, "remove", part, "", sentences, original)
            for part in parts]


def _find(note_id: str, kind: str, old: str, new_side: str, sentences: list[str], original: str) -> Found | NotFound:
    # "replace X with how the program failed": the new content is the model's to write
    new = "" if kind == "remove" else _literal_value(new_side)
    target = _target_of(old, claim=kind == "remove")
    if (prop := property_of.parse(target)) is not None:
        return _find_value(note_id, kind, prop, new, sentences)
    given = given_names(target, original) if kind == "remove" else []
    if given:
        best = _given_name(given, sentences)
    elif kind == "remove" and GIVEN_NAME_RE.search(target):
        best = _first_name_of(GIVEN_NAME_RE.sub(" ", target), sentences)
    else:
        best = _best_window(target, sentences)
    if best is None:
        return NotFound(target)
    index, start, end = best
    sentence = sentences[index]
    phrase = sentence[start:end]
    # a replacement written in without the model must find every word of what it replaces
    if new is None or kind == "replace" and _best_window(target, sentences, strict=True) != best:
        return Found(index, phrase, None)
    if kind == "replace" and _reworded_verb(old, phrase):
        return Found(index, phrase, None)  # "the Fair having opened" for "Fair has opened": the model writes the verb
    literal = edits.LiteralEdit(kind=kind, old=phrase, new=new, note_id=note_id)
    return Found(index, phrase, literal if leaves_sentence(literal, sentence, start, sentences) else None)


def _find_value(note_id: str, kind: str, prop: property_of.Property, new: str | None,
                sentences: list[str]) -> Found | NotFound:
    """"the year of the World Cup": the value beside the thing, never the thing's own words."""
    best = _best_window(prop.thing, sentences)
    if best is None:
        return NotFound(prop.thing)
    index, start, end = best
    sentence = sentences[index]
    at = property_of.value(prop, sentence, start, end)
    phrase = sentence[at.start:at.end]
    if not at.literal or new is None:
        return Found(index, phrase, None)
    first = at.start if kind == "remove" else at.value_start or at.start  # "on 12 March" goes; "12 March" is replaced
    literal = edits.LiteralEdit(kind=kind, old=sentence[first:at.end], new=new, note_id=note_id)
    # the edit takes the value and nothing else: a removal widened past it ("in 2014 and") is the model's
    plain = edits.tidy(sentence[:first] + new + sentence[at.end:])
    exact = _said(edits.apply(literal, sentence) or "") == _said(plain)
    return Found(index, literal.old, literal if exact and leaves_sentence(literal, sentence, first, sentences) else None)


def _said(text: str) -> list[str]:
    return re.findall(r"[\w'’%£$€-]+", text.lower())


def _literal_value(side: str) -> str | None:
    """The new side of a replacement as text to write in, or None when it describes content or
    explains itself."""
    side = side.strip(" .")
    if m := _NAMELY_RE.search(side):  # "name of winner in source text i.e. Rovers"
        side = m.group("what").strip(" .")
    inner = quoted(side)
    if len(inner) == 1 and len(inner[0]) >= len(side) - 4:
        return inner[0].strip()
    if (not side or is_described(side) or _REASON_RE.search(side)
            or len(side.split()) > _NEW_MAX_WORDS or re.match(r"(?:how|why|what|when|where|who|that|it)\b", side, re.I)
            or _gerund(side)):
        return None
    return side


def _reworded_verb(old: str, phrase: str) -> bool:
    """Whether the note writes as a gerund a verb the sentence writes otherwise ("the Fair having
    opened" for "Fair has opened"): its new side is worded for the note, not for the sentence."""
    found = {w.lower for w in words(phrase)}
    return any(w.lower.endswith("ing") and lexicon.can_be_verb(w.lower) and w.lower not in found for w in words(old))


def _gerund(side: str) -> bool:
    """Whether a side opens with a gerund, negated or not ("calling on ministers", "not being
    surprised"): a verb phrase whose verb the sentence writes in another form, only the model can put in."""
    first = [w.lower() for w in side.split()[:2]]
    verb = first[1] if first[0] in ("not", "never") and len(first) > 1 else first[0]
    return verb.endswith("ing") and lexicon.can_be_verb(verb)


def _target_of(old: str, claim: bool) -> str:
    """The words the note points at: no reason, the value after "i.e.", the claim of "X being Y"
    (a removal's)."""
    if m := _NAMELY_RE.search(old):
        return m.group("what").strip(" .")
    old = _KEEP_RE.sub("", _REASON_RE.sub("", old)).strip(" .,")
    if (m := _PART_OF_RE.match(old)) and {w.lower for w in words(m.group(1))} <= {w.lower for w in words(m.group(2))} \
            and _is_name(m.group(2)):
        return m.group(1)  # "Sydney from Sydney Roosters": the part, not the whole name
    return (claim_of(old) if claim else None) or old


def _is_name(phrase: str) -> bool:
    """Whether every word of `phrase` but its function words is capitalised ("Leeds Rhinos", not
    "one hundred" or "the Smith family")."""
    content = [w for w in words(phrase) if not w.is_stop]
    return bool(content) and all(w.tok.text[:1].isupper() for w in content)


def _units(target: str) -> list[str]:
    """What the target requires of a sentence, as the check reads a note: names, content words,
    numbers (quoted text by its words)."""
    key = note_key(target, meta=True)
    units = key.colors + key.directions + key.names + key.content + [fmt_number(n) for n in key.numbers]
    units += [w.lower for q in key.quotes for w in words(q) if not w.is_stop]
    units = list(dict.fromkeys(u for u in units if u))
    # "occurring in May": a capitalised word the lexicon reads as a function word is still a name
    units = units or [w.lower for w in words(target)[1:] if w.tok.text[:1].isupper()]
    # "the city centre", "a town hall": a description noun before another noun is part of a compound
    said = [w.lower for w in words(target)]
    compound = {a for a, b in zip(said, said[1:]) if a in _DESCRIPTIONS and b in units and b not in _DESCRIPTIONS}
    return [u for u in units if u not in _DESCRIPTIONS or u in compound] or units


def _carries(unit: str, w: Word) -> bool:
    return matches(unit, w) or (w.number is not None and fmt_number(w.number) == unit)


def _best_window(target: str, sentences: list[str], strict: bool = False) -> tuple[int, int, int] | None:
    """(sentence, start, end) of the tightest stretch of words carrying most of the target's
    units, in the sentence that carries most of them; at least half of them must be there
    (`strict`, for a replacement, which writes new words in their place: all of them)."""
    units = _units(target)
    if not units:
        return None
    naming = bool(_NAME_NOUNS & {w.lower for w in words(target)} - set(units))  # "town centre" asks for no name
    name_of = bool(re.search(rf"\b(?:{'|'.join(_NAME_NOUNS)})\s+of\b", target, re.I))
    best: tuple[tuple[int, int], tuple[int, int, int]] | None = None
    for s, sentence in enumerate(sentences):
        ws = words(sentence)
        hits = {u: [i for i, w in enumerate(ws) if _carries(u, w)] for u in units}
        found = [u for u in units if hits[u]]
        if not found or len(found) * 2 < len(units) or strict and len(found) < len(units):
            continue
        tight = _tight_window(found, hits, len(units), strict)
        if tight is None:
            continue  # the units are spread over the sentence: no one phrase to point at
        lo, hi, found = tight
        if naming:
            lo, hi = _the_name(ws, lo, hi, found, name_of, target)
        else:
            lo = _with_modifiers(ws, lo)
        # the words the note writes right after what it matched go too: "world titles", where
        # "titles" alone is a description word (not the thing a name is "of": "the location of
        # the Paralympics" is "Rio")
        written = {w.lower for w in words(target) if not w.is_stop}
        # ... up to a comma or other stop: "two gold medals, gold being her colour" ends at "medals"
        while not name_of and hi + 1 < len(ws) and ws[hi + 1].lower in written and not _apart(sentence, ws[hi], ws[hi + 1]):
            hi += 1
        score = (len(found), -(hi - lo))
        if best is None or score > best[0]:
            best = (score, (s, ws[lo].tok.start, ws[hi].tok.end))
    return best[1] if best else None


def _tight_window(found: list[str], hits: dict[str, list[int]], wanted: int,
                  strict: bool) -> tuple[int, int, list[str]] | None:
    """The tightest stretch of words carrying the found units, or, where they are spread over the
    sentence, the most of them that stand together, still at least half the target's: "signed
    to a two-year deal" in "... have signed ... Howard from Northampton on a two-year deal" is
    "two-year deal", the verb being the sentence's own (not for `strict`: all must stand)."""
    sizes = [len(found)] if strict else range(len(found), (wanted + 1) // 2 - 1, -1)
    for size in sizes:
        windows = [(lo, hi, list(units)) for units in combinations(found, size)
                   for lo, hi in [min(((min(c), max(c)) for c in product(*(hits[u][:6] for u in units))),
                                      key=lambda p: p[1] - p[0])]
                   if (hi - lo + 1) - size <= max(2, size)]
        if windows:
            return min(windows, key=lambda w: w[1] - w[0])
        if len(found) > 8:
            return None  # too many to try without all of them
    return None


def _the_name(ws: list[Word], lo: int, hi: int, found: list[str], name_of: bool, target: str = "") -> tuple[int, int]:
    """The proper name a description asks for: "the name of England's training squad" found at
    "England's ... training squad": the capitalised words among them that are not the
    description's ("Six Nations"); "the location of the Paralympics": the capitalised words
    right before "Paralympics" ("Rio"); "the league name" found at "League": the whole name,
    "National League"."""
    def named(i: int) -> bool:
        return ws[i].tok.text[:1].isupper() and not ws[i].is_stop and not any(_carries(u, ws[i]) for u in found)

    inside = [i for i in range(lo, hi + 1) if named(i)]
    if inside:
        return inside[0], inside[-1]
    if name_of and lo > 0 and named(lo - 1):
        start = end = lo - 1
        while start > 0 and named(start - 1):
            start -= 1
        # "the name of the Cup event" is "One-Day Cup", the noun that ends it too; "the location of
        # the Paralympics" is only "Rio"
        if re.search(r"\b(?:names?|titles?)\s+of\b", target, re.I) and ws[hi].tok.text[:1].isupper():
            end = hi
        return start, end
    while lo > 0 and ws[lo - 1].tok.text[:1].isupper() and not ws[lo - 1].is_stop:
        lo -= 1
    while hi + 1 < len(ws) and ws[hi + 1].tok.text[:1].isupper():
        hi += 1
    return lo, hi


def _with_modifiers(ws: list[Word], lo: int) -> int:
    """"the fee" found at "fee" in "an undisclosed fee", "the crane" at "cranes" in "two
    cranes": the adjectives and the number before it go with it."""
    while lo > 0 and (ws[lo - 1].number is not None or ws[lo - 1].tok.text.islower() and ws[lo - 1].lower not in
                      _DETERMINERS and lexicon.can_be_adjective(ws[lo - 1].lower)
                      and not lexicon.can_be_verb(ws[lo - 1].lower)):
        lo -= 1
    return lo


_TITLES = frozenset("mr mrs ms miss mx dr sir dame prof".split())


def _first_name_of(person: str, sentences: list[str]) -> tuple[int, int, int] | None:
    """"The first name of the champion": the person found by description ("champion"), then
    the first word of the name beside it ("champion Carl Brash": Carl); None when the name
    there is one word."""
    found = _best_window(person, sentences)
    if found is None:
        return None
    s, start, end = found
    text = sentences[s]
    ws = words(text)

    def name_run(indices: range) -> list[int]:
        run: list[int] = []
        for i in indices:
            if ws[i].lower.rstrip(".") in _TITLES:
                continue  # "Mrs. Jane Moss": the title is no part of the name
            if not (ws[i].tok.text[:1].isupper() and not ws[i].is_stop):
                break
            if run and _apart(text, ws[min(i, run[-1])], ws[max(i, run[-1])]):
                break  # "Fox News, Roger Ailes": a comma ends a name
            run.append(i)
        return sorted(run)

    inside = name_run(range(next((i for i, w in enumerate(ws) if w.tok.start >= start), len(ws)), len(ws)))
    if len(inside) >= 2 and ws[inside[-1]].tok.end >= end and re.search(r"\b[A-Z][\w'’-]+\s+[A-Z]", person):
        return s, ws[inside[0]].tok.start, ws[inside[0]].tok.end  # "first name of Kevin Mallory": the note names him in full
    after = name_run(range(next((i for i, w in enumerate(ws) if w.tok.start >= end), len(ws)), len(ws)))
    before = name_run(range(max((i for i, w in enumerate(ws) if w.tok.end <= start), default=-1), -1, -1))
    run = after if len(after) >= 2 else before
    return (s, ws[run[0]].tok.start, ws[run[0]].tok.end) if len(run) >= 2 else None


def _apart(text: str, left: Word, right: Word) -> bool:
    """Whether anything but spaces stands between two words of `text`."""
    return bool(text[left.tok.end:right.tok.start].strip())


def _given_name(given: list[str], sentences: list[str]) -> tuple[int, int, int] | None:
    """The given names the check expects gone ("Liam" of "Liam Byrne"), where they stand."""
    for s, sentence in enumerate(sentences):
        ws = words(sentence)
        for i in range(len(ws) - len(given) + 1):
            if [w.lower for w in ws[i:i + len(given)]] == given and i + len(given) < len(ws) \
                    and ws[i + len(given)].tok.text[:1].isupper():
                return s, ws[i].tok.start, ws[i + len(given) - 1].tok.end
    return None


def strands(sentence: str, out: str) -> bool:
    """Whether a removal that made `out` of `sentence` took the object of the word before it: a
    particle ("moved off the bottom of the league with a win" -> "moved off with a win") or a verb
    ("has launched a plan to help" -> "has launched to help"), with a preposition, "and" or
    nothing left after it."""
    cut = len(os.path.commonprefix([sentence, out]))
    while cut and out[cut - 1].isalnum() and (out[cut:cut + 1].isalnum() or sentence[cut:cut + 1].isalnum()):
        cut -= 1  # "off the foot" less "the foot" before "to": the common "t" is no word of its own
    left, right = words(out[:cut]), words(out[cut:])
    if not left or right and right[0].lower not in _PREPOSITIONS | {"and", "or"}:
        return False
    last = left[-1]
    if last.lower in _PARTICLES:
        return True
    removed = words(sentence[cut:cut + len(sentence) - len(out)])
    if removed and removed[0].lower in _PREPOSITIONS:
        # "arrested on suspicion of theft after": the phrase went with its preposition, no object;
        # unless the verb needs it ("relied on donors for") or the object's tail is left ("based of 500")
        needs = any(removed[0].lower in _VERB_PREPOSITIONS.get(lemma, ()) for lemma in lexicon.lemmas(last.lower))
        return needs or bool(right) and right[0].lower == "of"
    return (last.tok.text.islower() and last.lower.endswith(("ed", "en")) and lexicon.can_be_verb(last.lower)
            and not out[last.tok.end:].lstrip().startswith((",", ".", ";")))


def leaves_sentence(edit: edits.LiteralEdit, sentence: str, start: int, sentences: list[str]) -> bool:
    """Whether the literal edit leaves a sentence: not a subject taken from its verb, not a verb's
    or a particle's object taken, not the only sentence emptied, not a sentence cut mid-clause
    (`edits.apply` says None). A removal the note quotes word for word is judged by it too."""
    out = edits.apply(edit, sentence)
    if out is None or out == sentence:
        return False
    if out == "":
        return sum(1 for s in sentences if s.strip()) > 1
    prefix = words(sentence[:start])
    # the article goes with the phrase; the word before it may be a verb losing its whole object
    before = prefix[:-1] if prefix and prefix[-1].lower in _DETERMINERS else prefix
    if edit.kind == "remove" and before and before[-1].tok.text.islower() and lexicon.can_be_verb(before[-1].lower):
        after = words(out[before[-1].tok.end:])
        if not after or after[0].lower in _PREPOSITIONS:
            return False  # "has become the youngest member of a crew in X" -> "has become in X"
    if edit.kind == "remove" and strands(sentence, out):
        return False
    if edit.kind == "remove" and not any(lexicon.can_be_verb(w.lower) for w in prefix):
        # no verb before the phrase: it may be the subject ("Hundreds of people have attended",
        # "Two cranes lift ..."), and a verb right after it would be left with nothing before
        # it; a modifier ("Popular brand X") or a name before a name can go alone
        rest = sentence[start + len(edit.old):].split()
        if " of " in f" {edit.old.lower()} " and rest and rest[0][:1].islower():
            return False  # "One of the UK's largest firms has ..." is not "Firms has ...": the head goes
        modifier = all(lexicon.can_be_adjective(w.lower) for w in words(edit.old))  # "the red bus": the bus stays
        if rest and not modifier and rest[0].lower() in _PREPOSITIONS and words(edit.old)[0].lower not in _PREPOSITIONS:
            return False  # "A judge in Peru has ordered" is not "In Peru has ordered": the subject's head goes
        return bool(rest) and (rest[0][:1].isupper() or modifier and rest[0][:1].islower()
                               or not lexicon.can_be_verb(rest[0].strip(",.;:").lower()))
    return True
