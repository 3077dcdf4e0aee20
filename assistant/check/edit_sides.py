"""What the sides of an edit name, beyond their words: the words a result keeps as context (an
owner, a claim's topic, a number written into a code) and the words that only tie a value to its
thing. `edit_checks` judges an edit with them."""

from __future__ import annotations

import dataclasses
import re

from assistant import lexicon
from assistant.check.edit_parsing import Edit, claim_of
from assistant.check.numbers import fmt_number
from assistant.check.words import Draft, Key, Word, note_key, note_words, words
from assistant.text import fold, quoted, tokenize


# "Carter's position in the squad", "Mr Lubitz' employer", "the mayor's party": whose thing, before a
# lower-case word; not "the world's first", "the city's biggest", which rank the thing, not own it
_OWNER_RE = re.compile(r"\b([A-Z][\w-]*(?:'s|’s|'|’)|[a-z][\w-]*(?:'s|’s)(?!\s+(?:first|last|only|next|\w+est)\b))"
                       r"\s+(?=[a-z])")


# "the severity of the flooding", "the location of the crash": an attribute of a thing, said with "of";
# "the timeframe when the deaths occurred": the thing the attribute is of; "the part of Leeds that ...": a
# part of a named place (not "the part of the statement that mentions taxes", nor "being part of the plan")
_ATTRIBUTE_NOUNS = (r"intensity|severity|extent|scale|size|speed|pace|length|duration|level|degree|location|whereabouts|"
                    r"timing|frequency|translation|timeframe|time\s+frame|period|age|nationality|terms|position|role|title")
_ATTRIBUTE_OF_RE = re.compile(rf"\b(?:(?:{_ATTRIBUTE_NOUNS})\s+(?:of|when|where|in\s+which)|part\s+of(?=\s+(?-i:[A-Z])))\s+"
                              r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?([\w\s'’-]+)", re.I)
#: 'the English translation of "podemos"': the quoted word is whose translation, not what goes
_QUOTED_OWNER_RE = re.compile(rf"\b({_ATTRIBUTE_NOUNS})\s+of\s+(?:the\s+)?(?:[\"“]([^\"”]+)[\"”]|'([^']+)')", re.I)


def owners(side: str) -> set[str]:
    """The names or things an edit's side names as owners ("Carter's position" -> carter, carter's;
    "the mayor's party" -> mayor; "the severity of the flooding" -> flooding): the edit concerns
    the thing owned or the attribute; the owner is context the result keeps."""
    found = {re.sub(r"(?:'s|’s|'|’)$", "", m.group(1).lower()) for m in _OWNER_RE.finditer(side)}
    found |= {m.group(1).lower() for m in _ANCHOR_RE.finditer(side)}
    found |= {part for f in found if "-" in f for part in f.split("-") if part}  # "Ward-Prowse's": ward, prowse
    for m in _ATTRIBUTE_OF_RE.finditer(side):
        found |= set(note_key(re.split(r"\band\b|,", m.group(1))[0], meta=True).words())
    return found | {f + "'s" for f in found}


#: "everything following the word Clyde", "all that comes after Leeds": the word names where the
#: cut starts, not what goes
_ANCHOR_RE = re.compile(r"\b(?:everything|anything|all|the\s+rest|what(?:ever)?\s+comes|the\s+(?:words?|text|part))\s+"
                        r"(?:that\s+(?:comes?|follows?|is)\s+)?(?:after|following|before|preceding)\s+"
                        r"(?:the\s+(?:word|name)\s+)?([^\W\d][\w'’-]*)", re.I)


_LANDMARK_RE = re.compile(r"\b(?:after|before|following|preceding|beside|next\s+to)\s+(?:the\s+)?"
                          r"(?:[\"“]([^\"”]+)[\"”]|'([^']+)')", re.I)


#: 'southern from the "Turkey" part': the quoted part says where the words to take out are
_PART_RE = re.compile(r"\b(?:from|in|of|within)\s+the\s+(?:[\"“]([^\"”]+)[\"”]|'([^']+)')\s+"
                      r"(?:part|section|bit|phrase|sentence|clause)\b", re.I)
#: "everything except the mayor's speech", 'Welsh Rugby Union but keep "WRU"': what stays
_EXCEPT_RE = re.compile(r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|but\s+not|save\s+for|"
                        r"but\s+(?:keep|leave|retain)(?:ing)?|while\s+(?:keeping|leaving|retaining))\s+(.+)$", re.I)


def landmarks(side: str) -> set[str]:
    """Quoted words a side names only as where the change is ('after "Leeds" remove the "City
    Museum"', 'southern from the "Turkey" part'), as whose attribute goes ('the translation of
    "podemos"') or as what stays ('... but keep "WRU"'), folded: not what the edit takes out."""
    found = {fold(m.group(1) or m.group(2)) for r in (_LANDMARK_RE, _PART_RE) for m in r.finditer(side)}
    found |= {fold(m.group(2) or m.group(3)) for m in _QUOTED_OWNER_RE.finditer(side)}
    if m := _EXCEPT_RE.search(side):
        found |= {fold(q) for q in quoted(m.group(1))}
    return found


def without_part(side: str) -> str:
    """`side` without the quoted part it names as where ('southern from the "Turkey" part' ->
    'southern'), the quoted thing whose attribute it names ('the translation of "podemos"' -> 'the
    translation') and what it says to keep ('Welsh Rugby Union but keep "WRU"' -> 'Welsh Rugby Union')."""
    return _QUOTED_OWNER_RE.sub(r"\1", _PART_RE.sub(" ", _EXCEPT_RE.sub(" ", side))).strip()


def kept_by_exception(side: str) -> set[str]:
    """The words a removal names as what stays ("everything except the men's and women's run"):
    the result keeps them."""
    m = _EXCEPT_RE.search(side)
    return set(note_key(m.group(1), meta=True).words()) if m else set()


#: Words that say what a value is ("the date being 12 June", "his age of 40"): the value says it.
_VALUE_KINDS = frozenset({"date", "day", "time", "age", "year", "month", "number", "amount", "figure", "price", "cost",
                          "value", "total", "score", "fee", "sum"})
_LINKS = frozenset({"being", "is", "was", "of", "as", "at"})


def ties(side: str) -> set[str]:
    """Words that only tie a value to its thing: an "-ing" verb ("the scheme costing £4bn", "the
    figures covering March": the result says "a £4bn scheme") or what the value is ("the date
    being 12 June": "on June 12"). The value stays required."""
    ws = words(side, meta=True)

    def value(k: int) -> bool:
        return k < len(ws) and (ws[k].number is not None or ws[k].is_name)

    out = {w.lower for i, w in enumerate(ws) if w.lower.endswith("ing") and not w.is_name and value(i + 1)}
    return out | {w.lower for i, w in enumerate(ws) if w.lower in _VALUE_KINDS and i + 1 < len(ws)
                  and ws[i + 1].lower in _LINKS and value(i + 2)}


#: A sum worked out in a note ("nearly (10+250+40 = 300)"): numbers joined by + = × *, in brackets or not.
_WORKING_RE = re.compile(r"\(?\s*\d[\d,.]*(?:\s*[+=×*]\s*\d[\d,.]*)+\s*\)?")


def without_working(side: str) -> str:
    """The side without the sums its writer worked out: they show why a word is right ("nearly"),
    they are no value the result must write."""
    return _WORKING_RE.sub(" ", side)


_SPELLED_OUT_RE = re.compile(r"(?:the\s+)?(?:meaning|expansion|full\s+(?:name|form)|long\s+form)\s+of\s+(?:the\s+)?"
                             r"(?P<short>[A-Z]{2,})(?:\s+(?:acronym|abbreviation))?", re.I)
_CAPITALISED_RUN_RE = re.compile(r"\b[A-Z][\w-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w-]*))*")


def spelled_out(side: str, original: str) -> str | None:
    """The long form a removal of "the meaning of PSNI" takes out: the original's run of capitalised
    words whose initials spell the abbreviation ("Police Service of Northern Ireland"), or None. The
    abbreviation itself is not the removal's: it stays."""
    m = _SPELLED_OUT_RE.fullmatch(side.strip())
    if m is None or not m.group("short").isupper():
        return None
    short = m.group("short")
    for run in _CAPITALISED_RUN_RE.finditer(original):
        ws = run.group(0).split()
        for i in range(len(ws)):
            for j in range(i + 2, len(ws) + 1):
                part = ws[i:j]
                if part[0][:1].isupper() and part[-1][:1].isupper() and "".join(w[0] for w in part if w[:1].isupper()) == short:
                    return " ".join(part)
    return None


def in_codes(side: str) -> set[float]:
    """Numbers written into a code or name ("the M4", "WW1", "G20"): no count to take out."""
    ws = words(side)
    return {w.number for prev, w in zip(ws, ws[1:])
            if w.number is not None and prev.tok.end == w.tok.start and prev.tok.text[-1:].isalpha()}


_CODE_RE = re.compile(r"\b(?:[A-Za-z]+\d+|\d+[A-Za-z]+)[A-Za-z\d]*\b")


def names_not_in(side: str, original: str) -> str:
    """The names and codes ("M74", "WW1") a removal's side writes that the original does not: the
    note's own naming of the thing ("about M74 being one of the busiest motorways" where the
    original says "one of Scotland's busiest motorways"), which the human supplies. Other words of
    such a side may be a claim the result must not state, and are not given."""
    said = {w.lower for w in words(original)}
    codes = {c.lower() for c in re.findall(r"\w+", original)}
    found = [w.tok.text for w in note_words(side) if w.is_name and w.lower not in said]
    found += [c for c in _CODE_RE.findall(side) if c.lower() not in codes]
    return " ".join(found)


_PRONOUNS = frozenset({"it", "they", "he", "she", "him", "her", "them", "this", "that"})


def same_topic(edit: Edit) -> set[str]:
    """A replacement of a claim by another claim about the same thing ("the stand up show being
    cancelled" -> "it being unclear whether the show will be cancelled", the new topic a pronoun
    or sharing a word): the topic's words are the thing, kept; only the old claim's words must go.
    A claim opened by an "-ing" verb is that verb ("the council approving the plans" -> "the
    council delaying a decision": the approval goes, the plans may stay)."""
    if edit.kind != "replace" or (old_claim := claim_of(edit.old)) is None or (new_claim := claim_of(edit.new)) is None:
        return set()
    opener = edit.old[: len(edit.old) - len(old_claim)].split()
    old_topic = note_key(" ".join(opener[:-1]), meta=True).words()
    new_topic = edit.new[: len(edit.new) - len(new_claim)].split()[:-1]
    if not (len(new_topic) == 1 and new_topic[0].lower() in _PRONOUNS or set(old_topic) & set(note_key(
            " ".join(new_topic), meta=True).words())):
        return set()
    if opener[-1].lower().endswith("ing") and opener[-1].lower() != "being":
        return set(note_key(edit.old, meta=True).words()) - {opener[-1].lower()}
    return set(old_topic) - set(note_key(old_claim, meta=True).words())


def compound_of(old: str, claimed: str, original: str) -> bool:
    """The "-ing" word that seemed to open the claim is, with the word before it, a compound the
    original writes ("the drink driving charge": the original's "drink driving"), not a verb."""
    opener = old[: len(old) - len(claimed)].split()
    if len(opener) < 2 or not opener[-1].lower().endswith("ing"):
        return False
    return re.search(rf"\b{re.escape(opener[-2])}[\s-]+{re.escape(opener[-1])}\b", original, re.I) is not None


def counted(side: str) -> set[str]:
    """The words a number of `side` counts or numbers: the word before it and the two after it
    ("stage 9", "1000 runners taking part"); a number further from a word only qualifies it."""
    ws = note_words(side, meta=True)
    near = [ws[j] for i, w in enumerate(ws) if w.number is not None for j in (i - 1, i + 1, i + 2) if 0 <= j < len(ws)]
    return {r for w in near if w.number is None and not w.is_stop for r in (w.lower, *lexicon.roots(w.lower))}


def counts_elsewhere(units: list[str], side: str, draft: Draft) -> bool:
    """Every one of `units` is a number the draft writes only away from what `side`'s number
    counts ("2 people" replaced, "two carriages" and "2 June" left); False when the side's number
    counts nothing or another unit is left."""
    counts = counted(side)
    if not counts or not all(u[:1].isdigit() for u in units):
        return False
    ws = draft.words
    for i, w in enumerate(ws):
        if w.number is not None and fmt_number(w.number) in units and any(
                {ws[j].lower, *lexicon.roots(ws[j].lower)} & counts for j in (i - 1, i + 1, i + 2) if 0 <= j < len(ws)):
            return False
    return True


def cues_asked_elsewhere(ws: list[Word], supplied: frozenset[str]) -> bool:
    """Every negation cue of `ws` is in a phrase another note asks for: the cue and a word beside
    it ("engine failed" of "their engine failed"; not "the boat failed to reach")."""
    def asked(w: Word) -> bool:
        return bool(lexicon.roots(w.lower) & supplied)

    cues = [i for i, w in enumerate(ws) if w.negation]
    return bool(cues) and all(asked(ws[i]) and any(asked(ws[j]) for j in (i - 1, i + 1) if 0 <= j < len(ws))
                              for i in cues)


#: "as per the quoted person", "a quote from someone": words that describe who speaks, not content
_SPEAKER_WORDS = frozenset({"quoted", "quote", "quotes", "quotation", "person", "people", "someone", "individual",
                            "speaker"})
_REPORTING_RE = re.compile(r"\b(?:said|says|told|tells|according\s+to)\b|[\"“”]", re.I)


def without_speaker(key: Key, draft: Draft) -> Key:
    """An edit side that asks for what "the quoted person" says is met by a quotation or a report
    of speech ("Promoter Jo Bell said ..."): its speaker words are a description, not content."""
    if not {"quoted", "quote", "quotes", "quotation"} & set(key.content) or not _REPORTING_RE.search(draft.text):
        return key
    return dataclasses.replace(key, content=[u for u in key.content if u not in _SPEAKER_WORDS])


_ORDINAL_RE = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)


def without_named_kind(key: Key, side: str, draft: Draft) -> Key:
    """"it being the 35th competition" is met by "the 35th America's Cup": the word after the
    ordinal says what kind of thing it is, and the result names the thing itself (a capitalised
    word after the same ordinal)."""
    mine, theirs = tokenize(side), tokenize(draft.text)
    kinds = {mine[i + 1].lower for i in range(len(mine) - 1) if _ORDINAL_RE.match(mine[i].text)
             and any(t.lower == mine[i].lower and j + 1 < len(theirs) and theirs[j + 1].text[:1].isupper()
                     for j, t in enumerate(theirs))}
    return dataclasses.replace(key, content=[u for u in key.content if u not in kinds]) if kinds else key


def added_claim_topic(new: str, original: str) -> set[str]:
    """The common words of an added claim's topic ("the firm" of "the firm going into
    administration"), when the claim brings words the original never wrote: the topic only points
    at a thing of the original, which the result may name otherwise ("the bakery chain"). Empty
    when the side is no such claim, its topic has a name or number (then the topic is content), or
    the claim was already in the original (then who it is about is what the note adds: "the mayor
    being arrested" where "a man was arrested")."""
    claim = claim_of(new)
    if claim is None:
        return set()
    opener = new[: len(new) - len(claim)].split()
    topic = note_key(" ".join(opener[:-1]), meta=True)
    if topic.names or topic.numbers or topic.quotes:
        return set()
    said = claim_words(new)
    original_roots = {r for w in note_words(original) for r in lexicon.roots(w.lower)}
    if not any(not (lexicon.roots(u) & original_roots) for u in said):
        return set()
    return set(topic.content)


def claim_words(side: str) -> frozenset[str]:
    """The words of the claim a side states ("part", "development" of "Wales also being part of the
    development"; "declaration" and "making" of "the UN making the declaration"), with the "-ing"
    verb that opens it; empty when the side states no claim."""
    claim = claim_of(side)
    if claim is None:
        return frozenset()
    opener = side[: len(side) - len(claim)].split()[-1].lower()
    return frozenset(note_key(claim, meta=True).words()) | ({opener} if opener not in _LINKS else set())


_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*)*"
#: a list of names in running text: "Apple, Starbucks and Fiat", "Leeds or York"
_NAME_LIST_RE = re.compile(_NAME + r"(?:\s*,\s*" + _NAME + r")*\s*,?\s+(?:and|or|&)\s+" + _NAME)


def others_of_its_list_kept(topic: str, claim: str, draft: Draft, original: str) -> bool:
    """A removed claim's topic is names ("Starbucks and Fiat being investigated") that the original
    lists with others ("the tax affairs of Apple, Starbucks and Fiat"), and the result drops every
    one of the topic's names while it keeps another of that list: the claim's words left are said of
    the one kept, context the note does not ask to remove. Not when a topic name is still written,
    nor when the list's other members went too (the claim left would be the topic's), nor when a
    sentence says the `claim` without naming a member kept ("The coffee chain was fined": said of
    a stand-in for the one removed)."""
    named = set(note_key(topic, meta=True).names)
    have = {w.lower for w in draft.words}
    if not named or named & have:
        return False
    for m in _NAME_LIST_RE.finditer(original):
        members = [set(w.lower() for w in re.findall(r"\w[\w'’-]*", part))
                   for part in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", m.group(0))]
        kept = [part for part in members if part and part <= have and not part & named]
        if named <= set().union(*members) and kept and _claim_said_of(claim, kept, draft):
            return True
    return False


def _claim_said_of(claim: str, kept: list[set[str]], draft: Draft) -> bool:
    """Every sentence of the draft that says a word of `claim` names one of the members `kept`."""
    said = [lexicon.key(w) for w in note_key(claim, meta=True).words()]
    for s in range(len(draft.sents)):
        ws = draft.words[draft.first[s]:draft.first[s + 1]]
        lows = {w.lower for w in ws}
        if any(lexicon.roots(w.lower) & k for w in ws for k in said) and not any(part <= lows for part in kept):
            return False
    return True
