"""Instructions in rewrite notes: literal edits and style instructions.

Edit notes ("replace X with Y", "remove X", "add X", "Y, not X", "X -> Y") are checked as
edits: the new content must be present and the old content gone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from assistant import lexicon
from assistant.edits import bare_not
from assistant.check import matching
from assistant.check.numbers import fmt_number
from assistant.check.report import FactCheck, Span, Status, Tier
from assistant.check.words import Draft, Key, Word, matches, note_key, note_words
from assistant.notes import Observation, flag_taxonomy
from assistant.text import NOT_COMMA_OR_SEMICOLON, fold, quoted, tokenize

#: Flags that ask for a different style of the whole response, not a fact in one sentence.
STYLE_FLAGS = ("conciseness", "verbosity", "tone", "formatting", "grammar")
_STYLE_EXTRA = frozenset({"shorten", "shorter", "longer", "long", "simplify", "simpler", "clearer", "tighten"})

_LEAD = r"^(?:please\s+|you\s+should\s+|should\s+)?"
_REPLACE_VERBS = r"(?:replace|change|swap|substitute|switch)"
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
    ("replace", re.compile(r"^(?P<new>.+?)\s*\(\s*not\s+(?P<old>[^)]+)\)\s*$", re.I | re.S)),
    ("replace", re.compile(rf"^(?P<new>.+?),\s*not\s+(?P<old>{NOT_COMMA_OR_SEMICOLON}+?)\.?$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<new>.+?)\s+instead\s+of\s+(?P<old>.+)$", re.I | re.S)),
    ("replace", re.compile(r"^(?P<old>.+?)\s+should\s+(?:be\s+(?:changed|replaced|corrected|updated)\s+(?:to|with|by)|"
                           r"become|be|say|read)\s+(?P<new>.+)$", re.I | re.S)),
    ("modify", re.compile(_LEAD + r"(?:modify|rephrase|reword|rewrite|fix|correct|adjust|update|edit|clarify)\b(?P<old>.*)$", re.I | re.S)),
]
_EDIT_META_RE = re.compile(
    r"\b(?:the\s+)?(?:information|info|details?|part|claim|sentence|mention|statement)s?\s+(?:about|of|on|regarding|that)\s+"
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
         r"types?|kinds?|nature|extent|levels?|sizes?|length|duration|causes?|honorifics?|uses?|purposes?|functions?|prices?|costs?|values?|totals?|sums?)")
_DESCRIPTOR = rf"(?:{_QUALIFIER}\s+){{0,2}}{_NOUN}(?:\s*/\s*(?:{_QUALIFIER}\s+)?\w+)?"
_DESCRIPTORS = rf"{_DESCRIPTOR}(?:\s*(?:,|and)\s+(?:his\s+|her\s+|their\s+)?{_DESCRIPTOR})*"
_DESCRIBED_RES = (
    # "the name of the person killed", "day on which the match is played", "the county",
    # "Canadian prefix from the Grand Prix", "title/official position of the person killed"
    re.compile(r"(?:^|\s)" + _DESCRIPTORS
               + r"(?=\s+(?:(?:on|in|at|by)\s+which|of|for|from|about|that|which|where|who|when|whom)\b)", re.I),
    re.compile(r"(?:^|\s)(?:the|his|her|their|its)\s+" + _DESCRIPTORS + r"\s*$", re.I),
    # "where the injury occurred", "why the meeting was important", "who said it"
    re.compile(r"^(?:where|why|who|whom|whose|how|when|what|which)\b", re.I),
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
# Non-edit notes about the text as a whole: "entire summary needs to be rewritten ...".
_INSTRUCTION_RE = re.compile(
    r"\b(?:summary|summary's|response|answer|rewrite|rewritten|rephrase|reword)\b|^(?:make|keep|use|focus|explain|talk)\b",
    re.I)

NoteClass = Literal["fact", "edit", "instruction", "style"]


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
            old = _EDIT_META_RE.sub(" ", groups.get("old") or "").strip(" .")
            new = _EDIT_META_RE.sub(" ", groups.get("new") or "").strip(" .")
            rest = stripped[: m.start("old")] + stripped[m.end("old") :] if groups.get("old") else stripped
            if kind == "modify" and old:
                inner = parse_edit(old)  # "Modify the information about Change "A" to "B" ..."
                if inner is not None and inner.kind != "modify":
                    return inner
            return Edit(kind=kind, old=old, new=new, rest=rest)  # type: ignore[arg-type]
    if (short := bare_not(stripped)) is not None:  # "1937 not 1932": the form compose applies too
        new, old = short
        return Edit(kind="replace", old=old, new=new, rest=new)
    return None


def literal_edit(text: str) -> Edit | None:
    """The edit when the note states its content literally ("replace Wirral with Moreton",
    'remove "everyday items"', "3 months, not six"): the result must contain `new` and no
    longer contain `old`. None for descriptive instructions and for notes that are not edits."""
    edit = parse_edit(text)
    return edit if edit is not None and not edit.descriptive else None


def is_described(side: str) -> bool:
    """"the first name of Banks", "Byrne's first name", "the county": a description of content,
    not the content. A side with a number or a quote states its content ("age of 74")."""
    if quoted(side) or any(ch.isdigit() for ch in side):
        return False
    return any(r.search(side) for r in _DESCRIBED_RES) or any(r.match(side) for r in _POSSESSIVE_RES)


def classify(observation: Observation | str, *, rewrite: bool = True) -> NoteClass:
    """Which kind of note this is.

    - "edit": a literal edit, applied and checked strictly (new present, old gone);
    - "instruction": a descriptive instruction ("add the county", "remove the first name",
      "modify the location"): the reviewer verifies it;
    - "style": a style instruction ("make it shorter"), in rewrites only;
    - "fact": an observation the result must carry.
    `rewrite=False` (captions): only explicit edit phrasing makes a note an edit or an
    instruction, so "shorter grass" stays a fact.
    """
    text = observation.text if isinstance(observation, Observation) else observation
    edit = parse_edit(text)
    if edit is not None:
        return "instruction" if edit.descriptive else "edit"
    if rewrite and is_style(text) or is_text_instruction(text):
        return "style"
    if rewrite and _INSTRUCTION_RE.search(text) and not quoted(text):
        return "instruction"
    return "fact"


# A note about the text itself, in captions too: "must be one sentence", "keep it under 50 words",
# "no more than two sentences", "write it in the present tense". It names a unit of text or a
# way of writing, and opens like an instruction; "shorter grass" stays a fact.
_TEXT_UNITS = (r"(?:sentences?|words?|paragraphs?|lines?|characters?|caption|tense|tone|voice|bullet(?:s|\s+points?)?|"
               r"list|concise|brief|formal|informal|spelling)")
_TEXT_INSTRUCTION_RES = (
    re.compile(r"^(?:(?:it|the\s+(?:caption|text|description|answer|response))\s+)?(?:must|should|needs?\s+to|has\s+to|"
               r"keep|make|write|use|limit|no\s+more\s+than|at\s+most|max(?:imum)?)\b.*\b" + _TEXT_UNITS + r"\b", re.I | re.S),
    # the whole note is a length: "one sentence", "under 50 words", "2 paragraphs max"
    re.compile(r"^(?:in\s+|under\s+|max(?:imum)?\s+)?(?:one|a\s+single|two|three|\d+)\s+(?:short\s+)?"
               r"(?:sentences?|words?|paragraphs?|lines?)(?:\s+(?:max(?:imum)?|at\s+most|or\s+(?:less|fewer)))?\.?$", re.I),
)


def is_text_instruction(text: str) -> bool:
    """A note that asks for a way of writing, not a fact to carry ("must be one sentence")."""
    return any(r.match(text.strip()) for r in _TEXT_INSTRUCTION_RES) and not quoted(text)


@lru_cache(maxsize=1)
def _style_cues() -> frozenset[str]:
    cues: set[str] = set(_STYLE_EXTRA)
    for fid in STYLE_FLAGS:
        cues.update(c for c in flag_taxonomy()[fid].cues if " " not in c)
    return frozenset(cues - {"remove", "delete", "drop", "cut", "fix", "list", "code", "table", "paragraph"})


@lru_cache(maxsize=4096)
def is_style(text: str) -> bool:
    words = {w.lower for w in tokenize(text)}
    return bool(words & _style_cues()) and not quoted(text) and not any(lexicon.number_value(w) is not None for w in words)


@dataclass
class EditVerdict:
    """An instruction's verdict, the text that counts as support, and the words it corrects."""

    fact: FactCheck
    support: str
    forbidden: set[str]


def _base(obs: Observation) -> dict:
    return dict(id=obs.id, text=obs.text, hedged=obs.hedged)


# ------------------------------------------------------------------ literal edits


def check_edit(obs: Observation, edit: Edit, draft: Draft, original: str | None) -> EditVerdict:
    """A literal edit, strictly: the new side present, the old side gone."""
    base = _base(obs)
    new_key = _side_key(edit.new, lenient=edit.kind == "replace")
    old_key = _side_key(edit.old, first_quote=edit.kind == "remove")
    new_units = {r for u in new_key.words() for r in lexicon.key(u)} | {fmt_number(n) for n in new_key.numbers}
    old_only = [u for u in old_key.words() if not (lexicon.key(u) & new_units)]
    old_numbers = [fmt_number(n) for n in old_key.numbers if n not in new_key.numbers]
    old_quotes = [q for q in old_key.quotes if q not in new_key.quotes]
    support = edit.new + " " + edit.rest
    if new_key.empty() and not (old_only or old_numbers or old_quotes):
        return EditVerdict(FactCheck(**base, status="kept", kind="edit", checked=False,
                                     evidence="edit instruction names nothing the checker can verify; review the diff"),
                           support, set())

    problems: list[str] = []
    sentences_used: list[int] = []
    hedge_kept = True
    tier: Tier = "check"
    if not new_key.empty():
        m = matching.best_match(new_key, draft, want_hedge=obs.hedged)
        problems += [f"missing {x}" for x in m.missing] + m.flipped
        sentences_used = list(range(*m.window)) if not m.missing else []
        hedge_kept = m.hedged
        if problems and matching.missing_tier(new_key, m) == "certain":
            tier = "certain"
    problem, still = old_side_problem(edit, old_only, old_numbers, old_quotes, draft, original)
    if problem == UNVERIFIABLE and not problems and new_key.empty():
        return EditVerdict(FactCheck(**base, status="kept", kind="edit", checked=False,
                                     evidence="names nothing found in the original to remove; review the diff"),
                           support, set())
    if problem and problem != UNVERIFIABLE:
        problems.append(problem)
        # a number or a quote the edit takes out is still there, or the name that is the whole of
        # its old side ("replace Wirral with Moreton"); other words may be context the edit keeps
        named = not old_key.content and any(u in old_key.names for u in still)
        if '"' in problem or named or any(u[:1].isdigit() for u in still):
            tier = "certain"
    status: Status = "dropped" if problems else "kept"
    if problem and problem != UNVERIFIABLE and edit.kind == "replace" and tier == "certain":
        status = "contradicted"  # the draft still states what the note says is wrong
    if status == "kept" and obs.hedged and sentences_used and not hedge_kept:
        status, tier = "hedge_lost", "certain"
    evidence = "; ".join(problems) if problems else f"{edit.kind} applied" + (
        f": {sentences_text(draft, sentences_used)}" if sentences_used else ""
    )
    # the corrected words are unsupported where they survive an edit that was not made
    forbid = set(still) if edit.kind != "remove" and problem and problem != UNVERIFIABLE else set()
    fact = FactCheck(**base, status=status, kind="edit", evidence=evidence, missing=list(problems),
                     sentences=sentences_used, tier=tier if status != "kept" else None)
    return EditVerdict(fact, support, forbid)


def _side_key(side: str, *, lenient: bool = False, first_quote: bool = False) -> Key:
    """What one side of an edit names. A side with quoted text names exactly that, the rest
    only says where ('add "A petition was signed for" before "the government" part'); in a
    removal the first quote is the target and later ones are landmarks."""
    if not side:
        return Key()
    quotes = [fold(q) for q in quoted(side)]
    if quotes:
        return Key(quotes=quotes[:1] if first_quote else quotes, lenient=lenient)
    return note_key(side, meta=True, lenient=lenient)


def sentences_text(draft: Draft, sents: list[int]) -> str:
    text = draft.text[draft.sents[sents[0]].start : draft.sents[sents[-1]].end]
    return text if len(text) <= 200 else text[:199] + "…"


UNVERIFIABLE = "unverifiable"
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
    return m.group("claim") if m and not _TOPIC_END_RE.search(m.group("topic")) else None


def old_side_problem(edit: Edit, old_units: list[str], old_numbers: list[str], old_quotes: list[str],
                     draft: Draft, original: str | None) -> tuple[str | None, list[str]]:
    """What is wrong with the old side of a literal edit (None when it is gone), and the old
    words the draft still asserts.

    Quoted text and numbers are exact: each must be gone. Words count as gone when the draft
    asserts them fewer times than the original did, so a word that also occurs elsewhere
    ("manager" of another club) does not block the check; and most of them must be gone, not
    all: "the rest of the season" -> "eight weeks" may keep "season" as context. For "X being
    Y" only the claim Y is judged: dropping the topic X while the claim stays removes the
    wrong words.
    """
    before = Draft.cached(original) if original is not None else None

    def remaining(units: list[str]) -> tuple[list[str], list[str]]:
        candidates = [u for u in units if original is None or in_text(u, original)]
        if before is None:
            return candidates, still_present(candidates, draft)
        # a removal takes out every mention, negated or not ("I don't think")
        negated = edit.kind == "remove"
        return candidates, [u for u in candidates
                            if 0 < asserted(u, draft, negated) >= asserted(u, before, negated)]

    exact: list[str] = [f'"{q}"' for q in old_quotes
                        if (original is None or fold(q) in fold(original)) and fold(q) in fold(draft.text)]
    numbers, numbers_left = remaining(old_numbers)
    exact += numbers_left
    if exact:
        return "still present: " + ", ".join(exact), numbers_left
    claimed = claim_of(edit.old) if edit.kind == "remove" else None
    if claimed is not None:
        claim = note_key(claimed, meta=True)
        claim_numbers = [fmt_number(n) for n in claim.numbers if fmt_number(n) in numbers]
        if claim_numbers and not set(claim_numbers) & set(numbers_left):
            return None, []  # "Martin being the first man to win four titles": its number went, so did the claim
        candidates, still = remaining([u for u in old_units if u in set(claim.words())])
        if candidates:
            # a claim is gone once a third of its words are: "her being the youngest member of
            # the crew" is removed by "a member of the crew"; "the Dundee coach" kept whole is not
            return ("claim still present: " + ", ".join(still) if 3 * (len(candidates) - len(still)) < len(candidates)
                    else None), still
    candidates, still = remaining(old_units)
    if not candidates and not numbers and not old_quotes:
        return UNVERIFIABLE, []
    return ("still present: " + ", ".join(still) if len(still) * 2 > len(candidates) else None), still


def removed_any(before: Draft, after: Draft) -> bool:
    return bool(_content(before) - _content(after))


def added_any(before: Draft, after: Draft) -> bool:
    return bool(_content(after) - _content(before))


def _content(d: Draft) -> Counter:
    return Counter(w.lower for w in d.words if not w.is_stop)


def in_text(unit: str, text: str) -> bool:
    return any(matches(unit, w) or w.number is not None and fmt_number(w.number) == unit for w in note_words(text))


def asserted(unit: str, draft: Draft, negated: bool = False) -> int:
    """How often the draft asserts `unit` (negated mentions count only when asked)."""
    framing = lexicon.load().framing

    def asserts(w: Word) -> bool:
        if w.number is not None:
            return fmt_number(w.number) == unit or w.lower == unit
        return w.lower == unit or (not w.is_stop and w.lower not in framing and lexicon.same_word(unit, w.lower))

    return sum(1 for i, w in enumerate(draft.words) if asserts(w) and (negated or i not in draft.negated))


def still_present(units: list[str], draft: Draft) -> list[str]:
    """The units an edit should have removed that the draft still asserts (not negated)."""
    return [u for u in units if asserted(u, draft)]


# ------------------------------------------------------------------ descriptive instructions

_GIVEN_NAME_RE = re.compile(r"\b(?:first|given|christian)\s+names?\b", re.I)
_FULL_NAME_RE = re.compile(r"\bfull\s+names?\b", re.I)


def check_instruction(obs: Observation, edit: Edit | None, draft: Draft, original: str | None) -> EditVerdict:
    """A descriptive instruction: "verify" with the part of the result it most likely concerns,
    unless the result plainly ignores it (nothing removed, added or changed at all) or it
    names its target well enough to judge ("Byrne's first name": the words before Byrne)."""
    base = _base(obs)
    support = obs.text  # every word of a descriptive instruction is the human's own
    before = Draft.cached(original) if original is not None else None
    if before is not None:
        ignored = _ignored(edit, before, draft)
        if ignored:
            # words moved within the text look like nothing added; nothing removed, or nothing
            # changed at all, is plain
            tier: Tier = "check" if edit is not None and edit.kind == "add" else "certain"
            return EditVerdict(FactCheck(**base, status="dropped", kind="instruction", evidence=ignored,
                                         missing=[ignored], tier=tier), support, set())
    if edit is not None and edit.kind == "remove" and original is not None and before is not None:
        given = given_names(edit.old, original)
        if given:
            still = [g for g in given if asserted(g, draft) >= asserted(g, before)]
            if still:
                evidence = "still present: " + ", ".join(still)
                return EditVerdict(FactCheck(**base, status="dropped", kind="instruction", evidence=evidence,
                                             missing=[evidence], tier="certain"), support, set())
            return EditVerdict(FactCheck(**base, status="kept", kind="instruction",
                                         evidence="removed: " + ", ".join(given)), support, set())
    where = concerns(obs.text, draft, before)
    evidence = "descriptive instruction: verify it in the result" + (f" (likely here: {where.text!r})" if where else "")
    sents = [s for s, sent in enumerate(draft.sents) if where and sent.start < where.end and where.start < sent.end]
    return EditVerdict(FactCheck(**base, status="verify", kind="instruction", checked=False, evidence=evidence,
                                 concerns=where, sentences=sents), support, set())


def _ignored(edit: Edit | None, before: Draft, after: Draft) -> str | None:
    if edit is not None and edit.kind == "remove":
        return None if removed_any(before, after) else "nothing was removed from the original"
    if edit is not None and edit.kind == "add":
        return None if added_any(before, after) else "nothing was added to the original"
    if _content(before) == _content(after):
        return "the result leaves the original unchanged"
    return None


def given_names(old: str, original: str) -> list[str]:
    """For "the first name of Banks" / "De Luca's first name": the capitalised words right
    before the person's name in the original ("Nick"), lower-cased; [] when the note names no
    one or the original has no such words."""
    if not _GIVEN_NAME_RE.search(old) and not _FULL_NAME_RE.search(old):
        return []
    # a first name is one word ("Health Secretary Jeremy Hunt": Jeremy); a full name is all of them
    limit = 99 if _FULL_NAME_RE.search(old) else 1
    stop = lexicon.load().stop
    person: list[str] = []
    for tok in tokenize(old):
        if tok.text[:1].isupper() and tok.lower not in stop:
            person.append(tok.lower.removesuffix("'s"))
        elif person:
            break
    if not person:
        return []
    tokens = tokenize(original)
    lowered = [t.lower.removesuffix("'s") for t in tokens]
    for i in range(len(tokens) - len(person) + 1):
        if lowered[i : i + len(person)] != person:
            continue
        out: list[str] = []
        j = i - 1
        while j >= 0 and len(out) < limit and tokens[j].text[:1].isupper() and tokens[j].lower not in stop:
            out.insert(0, tokens[j].lower)
            j -= 1
        if out:
            return list(dict.fromkeys(out))
    return []


def concerns(note: str, draft: Draft, before: Draft | None) -> Span | None:
    """The part of the result an instruction most likely concerns: of the stretches where the
    result differs from the original, the one sharing most words with the note (else the
    first); without an original, None."""
    if before is None:
        return None
    old = [w.lower for w in before.words]
    new = [w.lower for w in draft.words]
    note_roots = {r for w in note_words(note) if not w.is_stop for r in lexicon.roots(w.lower)}
    best: tuple[int, int, int, int] | None = None  # (words shared with the note, length, j1, j2)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if j1 == j2:  # a deletion: point at the word after it (or before, at the end)
            j1, j2 = (j1, j1 + 1) if j1 < len(new) else (max(0, j1 - 1), j1)
        if j1 >= j2:
            continue
        touched = old[i1:i2] + new[j1:j2]
        score = sum(1 for t in touched if lexicon.roots(t) & note_roots)
        if best is None or (score, j2 - j1) > best[:2]:
            best = (score, j2 - j1, j1, j2)
    if best is None:
        return None
    start, end = draft.words[best[2]].tok.start, draft.words[best[3] - 1].tok.end
    return Span(text=draft.text[start:end], start=start, end=end, reason="the result differs from the original here")
