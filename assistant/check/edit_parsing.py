"""Edit notes read as edits: "replace X with Y", "remove X", "add X", "Y, not X", "X -> Y" ->
an Edit with its old and new sides; whether a side states its content or only describes it
("the first name of Banks"); the claim a removal of "X being Y" takes out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from assistant import lexicon
from assistant.text import NOT_COMMA_OR_SEMICOLON, quoted

# "1937 not 1932", "dog not cat": without the comma, only a short value on each side
_VALUE = r"(?:[^\s,]|(?<=\d),(?=\d{3}))+(?:\s+(?:[^\s,]|(?<=\d),(?=\d{3}))+)?"
_BARE_NOT_RE = re.compile(rf"^(?P<new>{_VALUE})\s+not\s+(?P<old>{_VALUE})$", re.I)
# "30 days instead of six months", "not six months but 30 days": the same short values
_SHORT_VALUE_RES = (
    _BARE_NOT_RE,
    re.compile(rf"^(?P<new>{_VALUE})\s+instead\s+of\s+(?P<old>{_VALUE})$", re.I),
    re.compile(rf"^not\s+(?P<old>{_VALUE}),?\s+but\s+(?P<new>{_VALUE})$", re.I),
)
# a removal's wording to keep: 'remove the 10 years to just say "years"', '..., and only say "ago"'
_KEEP_QUOTE_RE = re.compile(r"[\s,]+(?:to|and|so\s+it|so\s+that\s+it)\s+(?:just\s+|only\s+|simply\s+)?"
                            r"(?:say|says|read|reads|keep|leave)\s+(?P<quote>\"[^\"]+\"|“[^”]+”)", re.I)
# "modify X to say Y": a description of the change, never an edit inside it ("people are trying ... to
# say people should be trying ..." is no "X should be Y")
_TO_SAY_RE = re.compile(r"\bto\s+(?:say|indicate|read|state|show|reflect)\b", re.I)
# "modify the information about 350m to 90m": two short values, each with a digit ("the trip to
# Paris" is no change of value)
_VALUE_TO_RE = re.compile(rf"^(?P<old>{_VALUE})\s+to\s+(?P<new>{_VALUE})$", re.I)
# "correct the year to 1911", "update the venue to Castle Park": a described old side and a stated value
_DESCRIBED_TO_RE = re.compile(rf"^(?P<old>.+?)\s+to\s+(?P<new>{_VALUE})$", re.I)

# a value is a word or a phrase; a note that starts with one of these states a clause ("it closes
# on Fridays only, not permanently", "the company is not based in Berlin"), which only a rewrite can apply
CLAUSE_WORDS = frozenset("i you he she it we they is are was were be been am isn't aren't wasn't "
                          "weren't do does did don't doesn't didn't has have had will would can could should must "
                          "may might shall".split())


EDIT_VERBS = frozenset("remove delete drop cut omit add insert include mention replace change swap substitute "
                        "use make keep say state".split())


def states_a_value(words: list[str]) -> bool:
    """Whether the new side of a short edit is a value, not a statement: no clause word and no
    adverb ("is not based in Berlin", "probably not accurate" are statements)."""
    return not any(w.lower() in CLAUSE_WORDS or lexicon.can_be_adverb(w) for w in words)


def bare_not(text: str) -> tuple[str, str] | None:
    """(new, old) of "1937 not 1932", "30 days instead of six months", "not six months but 30
    days": a short value on each side, the new side not a statement ("is not based in Berlin",
    "probably not accurate"). Part of the one edit grammar (`parse_edit`), which compose's
    literal edits (assistant/edits.py) read too."""
    text = " ".join(text.split()).rstrip(".;")
    for pattern in _SHORT_VALUE_RES:
        m = pattern.match(text)
        if m is None:
            continue
        new = m.group("new").split()
        if not states_a_value(new) or new[0].lower() in EDIT_VERBS:
            return None
        return m.group("new"), m.group("old")
    return None


_LEAD = r"^(?:please\s+|you\s+should\s+|should\s+)?"
_REPLACE_VERBS = r"(?:replace|change|swap|substitute|switch)"
_MODIFY_VERBS = r"(?:modify|rephrase|reword|rewrite|fix|correct|adjust|update|edit|clarify)"
_EDIT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "with the information about" first, then "with": in "replace charged with attempted murder
    # with the information about arrested" and "replace Sussex by seven wickets ... with Surrey"
    # the first "with" and the "by" are content
    ("replace", re.compile(_LEAD + _REPLACE_VERBS + r"\s+(?P<old>.+?)\s+with\s+(?=(?:the\s+)?(?:information|info|details?)\s+"
                           r"(?:about|of|on|regarding)\b)(?P<new>.+)$", re.I | re.S)),
    ("replace", re.compile(_LEAD + _REPLACE_VERBS + r"\s+(?P<old>.+?)\s+with\s+(?P<new>.+)$", re.I | re.S)),
    ("replace", re.compile(_LEAD + _REPLACE_VERBS + r"\s+(?P<old>.+?)\s+(?:by|to|for|into)\s+(?P<new>.+)$", re.I | re.S)),
    ("remove", re.compile(_LEAD + r"(?:remove|delete|drop|cut|omit|strip|get\s+rid\s+of|leave\s+out|take\s+out)\s+(?P<old>.+)$", re.I | re.S)),
    ("add", re.compile(_LEAD + r"(?:add|include|insert|mention|state|say|note)\s+(?:that\s+)?(?P<new>.+)$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<old>.+?)\s*(?:->|→|=>|⇒)\s*(?P<new>.+)$", re.S)),
    ("replace", re.compile(r"^not\s+(?P<old>.+?),?\s+but\s+(?P<new>.+)$", re.I | re.S)),
    # "(not sure if ...)", ", not certain": a doubt, never the old side of a replacement
    ("replace", re.compile(r"^(?P<new>.+?)\s*\(\s*not\s+(?!(?:sure|certain|clear|quite|entirely|100%)\b)(?P<old>[^)]+)\)\s*$",
                           re.I | re.S)),
    ("replace", re.compile(rf"^(?P<new>.+?),\s*not\s+(?!(?:sure|certain|clear|quite|entirely|100%)\b)"
                           rf"(?P<old>{NOT_COMMA_OR_SEMICOLON}+?)\.?$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<new>.+?)\s+instead\s+of\s+(?P<old>.+)$", re.I | re.S)),
    # "resigned rather than was sacked": short sides only ("attributing it to the rides of the champion rather
    # than the champion himself" describes a change, which a modification's reader judges)
    ("replace", re.compile(r"^(?P<new>(?:[^\s,]+\s+){0,3}[^\s,]+)\s+rather\s+than\s+(?P<old>(?:[^\s,]+\s+){0,3}[^\s,]+)$", re.I)),
    # not "Modify the information about people are trying ... to say people should be trying ...": a
    # modification's "should" is its new side's
    ("replace", re.compile(r"^(?!(?:please\s+)?" + _MODIFY_VERBS + r"\b)(?P<old>.+?)\s+should\s+(?:be\s+(?:changed|replaced|corrected|updated)\s+(?:to|with|by)|"
                           r"become|be|say|read)\s+(?P<new>.+)$", re.I | re.S)),
    ("modify", re.compile(_LEAD + _MODIFY_VERBS + r"\b(?P<old>.*)$", re.I | re.S)),
]
# "delete the sentence about the ticket": the sentence goes, not only the words
_SENTENCE_RE = re.compile(r"^(?:the\s+)?(?:whole\s+)?sentence\s+(?:about|on|that\s+mentions|mentioning|with)\s+", re.I)
# words about the text, not in it: at the start of a side only ("Regina Lopez, part of the
# administration" and "biting off part of his ear" say "part of" as content)
_EDIT_META_RE = re.compile(
    r"^(?:the\s+)?(?:information|info|details?|part|claim|sentence|mention|statement)s?\s+(?:about|of|on|regarding|that)\s+"
    r"|\s+(?:from|to|in|into)\s+the\s+(?:summary|response|answer|text|output)\b",
    re.I,
)
# A side that describes its content instead of stating it: "the first name of Banks",
# "Byrne's first name", "name of the person killed", "the county", "area the person belongs to".
_QUALIFIER = (r"(?:first|last|middle|given|full|exact|specific|correct|actual|official|real|former|current|job|"
              r"player|time|home|personal)")
_NOUN = (r"(?:names?|surnames?|titles?|positions?|roles?|jobs?|ages?|nationality|nationalities|locations?|"
         r"places?|dates?|days?|times?|periods?|years?|months?|numbers?|amounts?|figures?|details?|quotes?|"
         r"quotations?|reasons?|identity|identities|occupations?|professions?|areas?|county|counties|country|"
         r"countries|city|cities|towns?|regions?|venues?|source|prefix|suffix|scores?|results?|nicknames?|initials?|"
         r"types?|kinds?|nature|extent|levels?|sizes?|length|duration|causes?|honorifics?|uses?|purposes?|functions?|prices?|costs?|values?|totals?|sums?|"
         r"ethnicity|ethnicities|religions?|genders?|percentages?|proportions?|shares?)")
_DESCRIPTOR = rf"(?:{_QUALIFIER}\s+){{0,2}}{_NOUN}(?:\s*/\s*(?:{_QUALIFIER}\s+)?\w+)?"
_DESCRIPTORS = rf"{_DESCRIPTOR}(?:\s*(?:,|and)\s+(?:his\s+|her\s+|their\s+)?{_DESCRIPTOR})*"
# "the person listed", "sourced from the official quoted in the article": a thing the note only
# points to by where it is written, its words left for someone to find
_POINTER_RE = re.compile(
    r"(?:^|\s)(?:the|that|this)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:listed|mentioned|named|cited|quoted|referred\s+to|"
    r"given|stated|specified|reported|described)(?:\s+(?:in|by|within)\s+(?:the|this|that)\s+"
    r"(?:article|source|text|story|report|original|document|piece)(?:\s+text)?)?\s*$")
_DESCRIBED_RES = (
    # "the name of the person killed", "day on which the match is played", "the county",
    # "Canadian prefix from the Grand Prix", "title/official position of the person killed"
    re.compile(r"(?:^|\s)" + _DESCRIPTORS
               + r"(?=\s+(?:(?:on|in|at|by)\s+which|of|for|from|about|that|which|where|who|when|whom)\b)", re.I),
    # "the CMA's name as the responsible party": a side that opens with whose descriptor, given a
    # role ("took the role as captain" further in, or "his role as captain", says the words to write)
    re.compile(r"^(?:the\s+)?[\w.-]+(?:'s|’s|'|’)\s+" + _DESCRIPTORS + r"(?=\s+as\b)", re.I),
    re.compile(r"(?:^|\s)(?:the|his|her|their|its)\s+" + _DESCRIPTORS + r"\s*$", re.I),
    # "where the injury occurred", "why the meeting was important", "who said it"
    re.compile(r"^(?:where|why|who|whom|whose|how|when|what|which)\b", re.I),
    _POINTER_RE,
    # "area charged person belongs to": a leading descriptor and a lower-case clause
    re.compile(r"^(?:(?:the|a|an|his|her|their|its)\s+)?" + _DESCRIPTORS + r"(?-i:\s+[a-z]+\s+[a-z]+\b.*)$",
               re.I | re.S),
)
# "Byrne's first name", "Davies first name", "Hunt's first name and title": whose, and what
_POSSESSIVE_RES = (
    re.compile(r"^(?P<ref>.+?)(?:'s|’s|'|’)\s+" + _DESCRIPTORS + r"$", re.I | re.S),
    re.compile(r"^(?P<ref>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*)\s+" + _DESCRIPTORS + r"$", re.I),
    # "the fine amount", "the match date": a noun naming whose amount or date
    re.compile(r"^(?:the|his|her|their|its)\s+(?P<ref>[a-z][\w-]*)\s+" + _DESCRIPTORS + r"$", re.I),
)


@dataclass(frozen=True)
class Edit:
    """An edit instruction parsed into its old and new sides (meta words removed)."""

    kind: Literal["replace", "remove", "add", "modify"]
    old: str = ""
    """What the edit takes out ("" for add)."""
    new: str = ""
    """What the edit puts in ("" for remove)."""
    rest: str = ""
    """The note without its old side: the words that may support the result."""
    whole_sentence: bool = False
    """A removal of "the sentence about X": the sentence that mentions `old` goes whole."""

    @property
    def descriptive(self) -> bool:
        """The edit names its content by description ("the first name of X"), or only asks
        for a modification: what the result must say cannot be read off the note."""
        if self.kind == "modify":
            return True
        if self.kind == "remove":
            return is_described(self.old)
        # "replace the date with 12 May": the new side is literal, so the edit is checkable
        return is_described(self.new)


@lru_cache(maxsize=4096)
def parse_edit(text: str) -> Edit | None:
    """The edit a note asks for (literal or descriptive), or None when it is not an edit."""
    stripped = text.strip()
    for kind, pattern in _EDIT_PATTERNS:
        m = pattern.match(stripped)
        if m:
            groups = m.groupdict()
            sentence = _SENTENCE_RE.match(groups.get("old") or "") if kind == "remove" else None
            if sentence:
                groups["old"] = groups["old"][sentence.end():]
            old = _EDIT_META_RE.sub(" ", (groups.get("old") or "").strip()).strip(" .")
            new = _EDIT_META_RE.sub(" ", (groups.get("new") or "").strip()).strip(" .")
            rest = stripped[: m.start("old")] + stripped[m.end("old") :] if groups.get("old") else stripped
            if kind == "remove" and (inner := _change_of_value(old)) is not None:
                return inner  # "Remove the information about change Derby County to Derby": the change is the edit
            if kind == "add" and _SAYS_INSTEAD_RE.search(new) and (inner := parse_edit(new)) is not None \
                    and inner.kind == "replace" and inner.old:
                return inner  # "say that he resigned rather than was sacked": what it says instead is the edit
            if kind == "remove" and (keep := _KEEP_QUOTE_RE.search(old)):
                # 'remove the 10 years to just say "years"': the quote is what the result says instead
                old, new = (old[: keep.start()] + old[keep.end() :]).strip(" ,."), keep["quote"]
            if kind == "modify" and old and not _TO_SAY_RE.search(old):
                inner = parse_edit(old)  # "Modify the information about Change "A" to "B" ..."
                if inner is not None and inner.kind != "modify":
                    return inner
                values = _VALUE_TO_RE.match(old)
                if values and all(any(c.isdigit() for c in values[g]) for g in ("old", "new")):
                    return Edit(kind="replace", old=values["old"], new=values["new"], rest=rest)
                if counted := _count_to(old):  # "six week ban to four week ban": one thing, another count
                    return Edit(kind="replace", old=counted[0], new=counted[1], rest=rest)
                described = _DESCRIBED_TO_RE.match(old)
                if described and is_described(described["old"]) and _stated_value(described["new"]):
                    return Edit(kind="replace", old=described["old"], new=described["new"], rest=rest)
            return Edit(kind=kind, old=old, new=new, rest=rest, whole_sentence=bool(sentence))  # type: ignore[arg-type]
    if (short := bare_not(stripped)) is not None:  # "1937 not 1932": the form compose applies too
        new, old = short
        return Edit(kind="replace", old=old, new=new, rest=new)
    if (said := said_not(stripped)) is not None:  # "store opens at 9am not 8am"
        new, old, rest = said
        return Edit(kind="replace", old=old, new=new, rest=rest)
    return None


#: Numbers spelled out, as a regex alternation (counts, times, "X to Y" edits)
_SPELLED = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|million")
_COUNT = rf"(?:\d[\d.,:]*[a-z%]*|{_SPELLED})"
# "store opens at 9am not 8am", "policy says 3 months not six": a statement that ends in a count or time, then
# "not" and the one it replaces, no comma between
_SAID_NOT_RE = re.compile(rf"^(?P<said>.+?)\s+(?P<new>[£$€]?{_COUNT})(?P<unit>\s+[a-z]+)?\s+not\s+(?P<old>[£$€]?{_COUNT})"
                          rf"(?P<old_unit>\s+[a-z]+)?$", re.I)


def said_not(text: str) -> tuple[str, str, str] | None:
    """(new, old, the statement without "not" and its value) of a statement that ends in a value and "not" the value it replaces, without the
    comma "Y, not X" has: "store opens at 9am not 8am" -> ("9am", "8am"); a unit only the new side
    gives is shared ("3 months not six" -> ("3", "six")). Values of counts and times only: "the
    dog is brown not black" may be a remark."""
    m = _SAID_NOT_RE.match(" ".join(text.split()).rstrip(".;"))
    if m is None or m["said"].split()[-1].lower() == "not":
        return None
    unit, old_unit = (m["unit"] or "").strip(), (m["old_unit"] or "").strip()
    if old_unit and unit.lower() != old_unit.lower() and unit:
        return None  # "3 days not 2 weeks": two units, left to the forms that keep both sides whole
    new = m["new"] + (f" {unit}" if unit and old_unit else "")
    return new, m["old"] + (f" {old_unit}" if old_unit else ""), f"{m['said']} {m['new']}" + (f" {unit}" if unit else "")


# an addition that says what it replaces: "..., not a win", "... rather than was sacked", "... instead of ..."
# ("the mayor not attending" is a negative to add, not a replacement)
_SAYS_INSTEAD_RE = re.compile(r",\s*not\s|\s(?:rather\s+than|instead\s+of)\s", re.I)

_NUMBER_WORD = rf"(?:\d[\d,.]*|{_SPELLED})"
_COUNT_TO_RE = re.compile(rf"^(?P<old>{_NUMBER_WORD}[\s-]+(?P<a>\w+(?:[\s-]+\w+){{0,2}}))\s+to\s+"
                          rf"(?P<new>{_NUMBER_WORD}[\s-]+(?P<b>\w+(?:[\s-]+\w+){{0,2}}))$", re.I)


_OPENS_WITH_CHANGE_RE = re.compile(r"^" + _REPLACE_VERBS + r"\s", re.I)


def _change_of_value(side: str) -> Edit | None:
    """The replacement a removal's side words as its own edit ("change Derby County to Derby"),
    when each of its sides is a value (a name, number or quote); "change of coach to a younger man"
    is a thing the text says, which the removal takes out."""
    if not _OPENS_WITH_CHANGE_RE.match(side):
        return None
    inner = parse_edit(side)
    if inner is None or inner.kind != "replace" or not all(_stated_value(s) for s in (inner.old, inner.new)):
        return None
    return inner


def _count_to(side: str) -> tuple[str, str] | None:
    """(old, new) of "six week ban to four week ban": two counts of the same thing, or None."""
    m = _COUNT_TO_RE.match(side.strip())
    if m is None or re.split(r"[\s-]+", m["a"].lower()) != re.split(r"[\s-]+", m["b"].lower()):
        return None
    return m["old"], m["new"]


def _stated_value(side: str) -> bool:
    """A value the note states, not describes: a number, a quote, or a name ("1911", "Castle Park")."""
    return bool(quoted(side)) or number_or_name(side)


def number_or_name(side: str) -> bool:
    """A number ("54") or a name ("Castle Park"): the same thing wherever a text writes it."""
    return any(ch.isdigit() for ch in side) or all(w[:1].isupper() for w in side.split())


def literal_edit(text: str) -> Edit | None:
    """The edit when the note states its content literally ("replace Wirral with Moreton",
    'remove "everyday items"', "3 months, not six"): the result must contain `new` and no
    longer contain `old`. None for descriptive instructions and for notes that are not edits."""
    edit = parse_edit(text)
    return edit if edit is not None and not edit.descriptive else None


def points_elsewhere(side: str) -> bool:
    """"the person listed", "the figure quoted in the article": content the note leaves where it is
    written, which only someone who reads that source can write in."""
    return not quoted(side) and not any(ch.isdigit() for ch in side) and bool(_POINTER_RE.search(side))


def is_described(side: str) -> bool:
    """"the first name of Banks", "Byrne's first name", "the county": a description of content,
    not the content. A side with a number or a quote states its content ("age of 74")."""
    if quoted(side) or any(ch.isdigit() for ch in side):
        return False
    return any(r.search(side) for r in _DESCRIBED_RES) or any(r.match(side) for r in _POSSESSIVE_RES)


# "remove Wright being the St Johnstone manager": Wright is the topic, the claim is the rest
# ("the show taking place in the US": a gerund opens the claim too)
_CLAIM_RE = re.compile(
    r"^(?P<topic>.+?)\s+(?:being|is|was|are|were|as|(?!(?:during|thing|something|nothing|anything|everything|"
    r"morning|evening|king|spring|building|string|ring|wing|bring|ceiling|meaning|feeling|ending|funding|"
    r"training|meeting|wedding|hearing|ruling|earnings?|opening|offering)\b)[a-z]{2,}ing)\s+(?P<claim>.+)$",
    re.I | re.S)
# a topic ends in a content word: in "stabbing while describing death" there is no claim
_TOPIC_END_RE = re.compile(r"\b(?:while|when|and|or|of|in|on|at|to|for|from|with|by|about|after|before|the|a|an)$", re.I)


def claim_of(old: str) -> str | None:
    """The claim of "Wright being the St Johnstone manager" ("the St Johnstone manager"): what a
    removal of "X being Y" takes out; None when the old side is no such claim."""
    m = _CLAIM_RE.match(old)
    if not m or _TOPIC_END_RE.search(m.group("topic")) or _STRANDED_RE.match(m.group("claim")):
        return None
    return m.group("claim")


# "the county the borehole is in": a relative clause whose preposition is left at its end
# describes the topic; the claim would be the preposition alone
_STRANDED_RE = re.compile(r"^(?:in|on|at|to|from|with|by|for|of|into|near|under|about)\s*[.,]?\s*$", re.I)



# "X and about Y", "X, and the information about Y", "X and mention of Y": a removal of two things
_AND_ABOUT_RE = re.compile(
    r"\s*,?\s+(?-i:and)\s+(?:also\s+)?(?-i:(?:(?:the\s+|any\s+)?(?:information|part|mention|details?|claim|statement)s?\s+)?about"
    r"|(?:the\s+|any\s+)?(?:information|mentions?|details?)\s+(?:of|on|regarding)|(?:the\s+)?(?:claim|statement)s?\s+that)\s+",
    re.I)
_QUOTED_SPAN_RE = re.compile(r'"[^"]*"|“[^”]*”')
# "the competitions like Olympic, Games": a description and the examples it means
_EXAMPLES_RE = re.compile(r"^(?P<what>.+?)\s*,?\s+(?:like|such\s+as|e\.\s?g\.?|for\s+example|including)\s+(?P<items>.+)$",
                          re.I | re.S)
_ITEMS_RE = re.compile(r"\s*(?:,\s*(?:and|or)?|\band\b|\bor\b)\s*", re.I)


def _removal_parts(old: str) -> list[str]:
    """`old` split at each "and about" / "and mention of" outside quote marks; the words about
    the text are lower-case ("the Department of Health and Information on Ageing" is one name)."""
    inside = [m.span() for m in _QUOTED_SPAN_RE.finditer(old)]
    parts, at = [], 0
    for m in _AND_ABOUT_RE.finditer(old):
        if not any(lo < m.start() < hi for lo, hi in inside):
            parts.append(old[at:m.start()])
            at = m.end()
    return parts + [old[at:]]


def targets(old: str) -> list[str]:
    """The things a removal's old side names, each to be gone on its own: split at "and
    about" ("Erik being a defender and about the two teams playing ..."), and a description
    followed by "like A, B" stands for A and B; quoted words are the target exactly, and the
    examples after them only explain them ('"everyday items" such as food'). Compose
    (assistant/locate.py) and the check (edit_checks.check_edit) read a removal by this one rule."""
    out: list[str] = []
    for part in _removal_parts(old.strip(" .,")):
        m = _EXAMPLES_RE.match(part)
        if m and quoted(m.group("what")):
            m = None
        items = [i.strip(" .") for i in _ITEMS_RE.split(m.group("items"))] if m else []
        if not m and "," in part:  # "United, Crystal, and striker": words listed, each gone on its own
            words = [i.strip(" .") for i in _ITEMS_RE.split(part)]
            items = words if len(words) >= 3 and all(len(w.split()) == 1 and not quoted(w) for w in words) else []
        out += [i for i in items if i] or [part]
    return [t for t in out if t]
