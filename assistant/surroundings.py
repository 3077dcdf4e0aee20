"""What a literal edit does to the words around it, beyond cutting or writing its own: the text's
hyphens kept in a replacement ("two-game ban"), initials left for a removed long form ("the
NRL"), the article an owner removed stood for ("since the election"), and the words a replacement
changes within a frame both its sides share ("died in Leeds" to "died in York")."""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.text import phrase_pattern


def same_hyphens(found: str, old: str, new: str) -> str:
    """"six-week ban" found for "six week ban", replaced by "four week ban": "four-week ban", joined
    as the text joins the words it replaces (for a new side of as many words)."""
    gaps = re.findall(r"\s+|-", found)
    parts, olds = new.split(), [w.lower() for w in re.split(r"[\s-]+", old.strip())]
    if "-" not in gaps or len(parts) != len(olds) or len(gaps) != len(parts) - 1:
        return new
    # a hyphen joins a word the replacement keeps ("three-game" -> "two-game"), not new words of
    # its own ("well-known actor" -> "famous film star")
    kept = [p.lower() == o for p, o in zip(parts, olds)]
    return parts[0] + "".join(("-" if g == "-" and (kept[i] or kept[i + 1]) else " ") + p
                              for i, (g, p) in enumerate(zip(gaps, parts[1:])))


def initials_left(sentence: str, span: tuple[int, int]) -> str | None:
    """The sentence less the long form at `span`, its initials in brackets after it left in its
    place ("by the National Rugby League (NRL)" -> "by the NRL"), or None where no initials of
    that name follow it."""
    m = _ABBREVIATION_AFTER_RE.match(sentence[span[1]:])
    if m is None or not _abbreviates(m.group(1), sentence[span[0]:span[1]]):
        return None
    return sentence[:span[0]] + m.group(1) + sentence[span[1] + m.end():]


_ABBREVIATION_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)")


#: lower-case words a long form may have between its capitalised ones ("Bank of England")
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "on", "in"})


def _abbreviates(short: str, long: str) -> bool:
    """Whether `short` is the initials of `long`'s capitalised words ("NRL", "National Rugby League")."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", long))
    letters = short.replace(".", "").replace("&", "")
    # the long form alone: "banned by the National Rugby League" is more than what "NRL" stands for
    name = all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in re.findall(r"[\w'’-]+", long))
    return name and len(letters) >= 2 and letters.upper() == letters and initials.endswith(letters)


def owner_before_noun(sentence: str, start: int, end: int) -> bool:
    """Whether the removed words end in an owner's 's that stood for the article of a common noun
    after it ("since May's general election"), with no article of their own before them: the
    noun then needs "the". A name after it needs none ("Germany's Tony Martin")."""
    return (bool(re.search(r"\w['’]s$", sentence[start:end])) and bool(re.match(r"\s+[a-z]", sentence[end:]))
            and not re.search(r"\b(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your)\s+$",
                              sentence[:start], re.I))


_DIFFERING_MAX = 4  # words on each side once the shared frame is gone


_FRAME_FUNCTION_WORDS = frozenset("a an the this that these those it its he she they them his her their him "
                                   "in on at of to for by with from into as and or is was were are be been being "
                                   "has have had".split())


def frames(old: str, new: str) -> list[tuple[str, str, bool]]:
    """Where both sides of a replacement share a frame ("that he died in Leeds" to "that he died in
    York"), the spans of the old side that hold the differing words with some of the frame around
    them, each with its new side and whether its frame words include a content word ("died in
    Leeds": True, "in Leeds": False), longest first; [] when the sides share no word at either end
    or what differs is longer than a short value. The bare differing value is never one: "Leeds"
    alone may stand elsewhere in the text ("born in Leeds")."""
    a, b = old.split(), new.split()
    if (shared := _shared(a, b)) is None:
        return []
    lead, trail = shared
    out = []
    for i in range(lead + 1):
        for j in range(len(a) - trail, len(a) + 1):
            frame = a[i:lead] + a[len(a) - trail:j]
            if frame:
                content = any(w.lower().strip(".,;:'\"") not in _FRAME_FUNCTION_WORDS for w in frame)
                out.append((" ".join(a[i:j]), " ".join(b[i:len(b) - (len(a) - j)]), content))
    return sorted(out, key=lambda f: -len(f[0].split()))


def differing(old: str, new: str) -> tuple[str, str] | None:
    """The words a replacement changes, where both sides share a frame ("that he died in Leeds" to
    "that he died in York": "Leeds", "York"); None when they share no word at either end or what
    differs is longer than a short value."""
    a, b = old.split(), new.split()
    if (shared := _shared(a, b)) is None:
        return None
    lead, trail = shared
    return " ".join(a[lead:len(a) - trail]), " ".join(b[lead:len(b) - trail])


def _shared(a: list[str], b: list[str]) -> tuple[int, int] | None:
    """How many words two sides share at the start and at the end, None when none or when what
    differs is longer than a short value."""
    lead = trail = 0
    while lead < min(len(a), len(b)) - 1 and a[lead].lower() == b[lead].lower():
        lead += 1
    while trail < min(len(a), len(b)) - lead - 1 and a[-1 - trail].lower() == b[-1 - trail].lower():
        trail += 1
    if not lead + trail or max(len(a) - lead - trail, len(b) - lead - trail) > _DIFFERING_MAX:
        return None
    return lead, trail


def in_frame(response: str, old: str, new: str) -> tuple[str, str] | None:
    """A replacement whose sides share a frame the response writes only in part ("that police
    charged two men" to "... three men"): the differing words with the part of the frame that
    stands in the response exactly once ("charged two men" to "charged three men"), so only that
    occurrence changes, not "arrested two men". A frame part of function words only ("in North
    Tyneside") is taken only when the differing value itself stands once; else None (the model)."""
    value = differing(old, new)
    for old_part, new_part, content in frames(old, new):
        if _count(response, old_part) != 1:
            continue
        if content or value is not None and _count(response, value[0]) == 1:
            return old_part, new_part
    return None


def _count(text: str, phrase: str) -> int:
    """How many times `phrase` stands in `text`, as `edits.find` finds it (on word boundaries, a
    space standing for a hyphen too)."""
    return len(re.findall(phrase_pattern(phrase), text, re.I)) if phrase.strip() else 0


# an apposition opens with an article or an owner: "Nationwide, the UK's largest lender, has ..."
_APPOSITION_RE = re.compile(r"\s*,\s*((?i:the|a|an|its|his|her|their|one\s+of)\s[^,;:.!?()]+?),\s*(?=([a-z][\w'-]*))")
_DETERMINERS = frozenset("a an the this that these those its his her their our my your".split())
#: words that open a clause or a phrase of time or place before the subject, not the subject itself
_OPENERS = frozenset("after before when while if although though because since as once until unless whereas in on at "
                     "by for with during despite from to under over".split())


def _verb_next(word: str) -> bool:
    """A word that can go on as the sentence's verb ("was", "said", "has closed"), not a participle's phrase."""
    return lexicon.can_be_verb(word) and not word.endswith("ing")


def set_off(sentence: str, left: int, right: int) -> bool:
    """Whether sentence[left:right], a phrase with a comma on each side, is set off after the sentence's
    subject ("The mayor, a former teacher, said", "The driver, 42, was"): the words before it a noun phrase
    (no verb, no comma, no opening "When"/"After"), a verb after it. Not an item of a list ("apples, pears,
    plums") nor a phrase after an opening clause ("When he arrived, the dog, barking, ran off")."""
    head = re.findall(r"[\w'’-]+", sentence[:left])
    m = re.match(r",?\s*([a-z][\w'-]*)", sentence[right:])
    if not head or "," in sentence[:left] or head[0].lower() in _OPENERS or not m or not _verb_next(m.group(1)):
        return False
    return not any(w.islower() and lexicon.can_be_verb(w) and not lexicon.can_be_noun(w) for w in head)


def closing_apposition(sentence: str, start: int, end: int) -> int | None:
    """Where the comma that closes an apposition stands, when a removal takes the name it followed at
    the start of the sentence ("Brightwell, the town's oldest bakery, has closed" less "Brightwell": the
    apposition is the subject now, and that comma goes); None otherwise, and for a removed word the
    dictionary knows ("However, the plan, a bold one, failed": "However" is no name)."""
    name = re.findall(r"[\w'’-]+", sentence[start:end])
    if sentence[:start].strip(" \"“'‘") or not name or any(not w[:1].isupper() or lexicon.known_word(w.lower()) for w in name):
        return None
    m = _APPOSITION_RE.match(sentence[end:])
    return end + m.end(1) if m and _verb_next(m.group(2)) else None


def modifier_left(out: str, at: int) -> bool:
    """Whether a removal that joined `out` at `at` left a noun's owner or adjectives without their noun,
    before a comma ("the town's, has closed", "the town's oldest, has closed"): no phrase any more. Before a
    full stop they may be the predicate ("The book is John's.", "She is the oldest.")."""
    if out[at:].lstrip()[:1] not in (",", ";"):
        return False
    before = re.findall(r"[\w'’-]+", out[:at])
    if len(before) > 1 and re.search(r"\w['’]s$", before[-1]):
        return before[-2].lower() in _DETERMINERS  # "the town's," ("is John's," is a predicate)
    if not before or lexicon.can_be_noun(before[-1].lower()):
        return False  # "After the final, ...": the word last is a noun too
    i = len(before)
    while i > 0 and lexicon.can_be_adjective(before[i - 1].lower()) and not lexicon.can_be_verb(before[i - 1].lower()) \
            and before[i - 1].lower() not in _DETERMINERS:
        i -= 1
    owner = i > 0 and (before[i - 1].lower() in _DETERMINERS or re.search(r"\w['’]s$", before[i - 1]))
    return i < len(before) and bool(owner)


def coordinate_adjective(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a removal that takes one of two adjectives a comma joins, with that comma ("the old,
    rusty car" less "old": "the rusty car", its article kept; less "rusty": "the old car"); None for any
    other removal."""
    phrase = re.findall(r"[\w-]+", sentence[start:end])
    if not phrase or not all(_adjective(w) for w in phrase):
        return None
    if (m := re.match(r"\s*,\s*([a-z][\w-]*)\s+[a-z]", sentence[end:])) and _adjective(m.group(1)):
        return start, end + m.start(1)
    before = re.search(r"\b([a-z][\w-]*)(\s*,\s*)$", sentence[:start])
    if before and _adjective(before.group(1)) and re.match(r"\s+[a-z]", sentence[end:]):
        return before.end(1), end + len(sentence[end:]) - len(sentence[end:].lstrip()) - 1
    return None


def _adjective(word: str) -> bool:
    return lexicon.can_be_adjective(word.lower()) and not lexicon.can_be_verb(word.lower())


#: one item of a list: one word of letters, no word that joins or determines ("quiet", "Leeds", "well-lit")
_FUNCTION = r"(?:is|are|was|were|has|have|had|and|or|but|a|an|the|of|to|in|on|at|by|for|with)\b"
_W = rf"(?!{_FUNCTION})[A-Za-z][A-Za-z'’-]*"
#: where a list ends: a mark, the end, a word that opens a phrase after it ("... and figs at the market"), or
#: the verb after a list that is the subject ("walls, doors and windows are new")
_LIST_END = (r"(?=\s*[,.;:!?)]|\s*$|\s+(?:at|in|on|for|with|to|from|of|by|near|after|before|during|when|while|"
             r"because|as|since|until|is|are|was|were|has|have|had)\b)")
_LIST_RE = re.compile(rf"(?<![\w'’-])(?P<items>{_W}(?:\s*,\s*{_W})+)(?P<oxford>,?)\s+(?P<conj>and|or)\s+(?P<last>{_W})"
                      rf"{_LIST_END}")


def without_list_item(sentence: str, start: int, end: int) -> str | None:
    """The sentence less one item of a list of three or more one-word items ("quiet, calm and
    safe"), the list joined again ("calm and safe", "quiet and safe", "quiet and calm"; "A, B, and
    C" keeps its last comma only while three items are left); None where the span is no whole item
    of such a list. A phrase before a comma ("After dinner, we talked and laughed") is no item, nor
    is a thing its apposition describes ("The man, tall and thin, waits": a determiner before it
    and a comma after the list)."""
    for m in _LIST_RE.finditer(sentence):
        if not m.start() <= start < end <= m.end():
            continue
        items = [(i.start(), i.end()) for i in re.finditer(r"[A-Za-z][A-Za-z'’-]*", m.group("items"))]
        items = [(m.start() + i, m.start() + j) for i, j in items] + [m.span("last")]
        if (start, end) not in items:
            return None
        lead = re.search(r"([\w'’-]+)\s*$", sentence[:m.start()])
        lead_word = lead.group(1).lower() if lead else ""
        if not lead_word or sentence[:m.start()].rstrip().endswith(",") or (
                lead_word in _DETERMINERS and re.match(r"\s*,", sentence[m.end():])):
            return None  # "Tall, dark and quiet, he ...", ", John and Mary,": no list the sentence goes on after
        if (start, end) == items[0] and (lexicon.can_be_adverb(lead_word) or lexicon.can_be_adjective(lead_word)):
            return None  # "is very [quiet], calm and safe": the first item is "very quiet"
        kept = [sentence[i:j] for i, j in items if (i, j) != (start, end)]
        return sentence[:m.start()] + _joined(kept, m.group("conj"), bool(m.group("oxford"))) + sentence[m.end():]
    return None


def _joined(items: list[str], conj: str, oxford: bool) -> str:
    if len(items) == 1:
        return items[0]
    comma = "," if oxford and len(items) > 2 else ""
    return f"{', '.join(items[:-1])}{comma} {conj} {items[-1]}"
