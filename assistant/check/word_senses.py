"""What a word means where it stands, where its dictionary sense would mislead the check: the "m"
of "£5.8m" (a million), "far" of "the far left" (no distance), "over" of "over 100" (no place)."""

from __future__ import annotations

from assistant import lexicon

#: How news writes a large sum: "£5.8m", "$1.5bn", "€300k", "$2tn". "bn" and "tn" are never
#: units; "m" and "k" are a million and a thousand only after a currency sign ("5m" may be metres).
_SCALES = {"bn": 1e9, "tn": 1e12, "trn": 1e12, "m": 1e6, "k": 1e3, "b": 1e9}
_ALWAYS_SCALES = frozenset({"bn", "tn", "trn"})
_CURRENCY = "£$€¥"


def scale_suffix(text: str, offset: int, tokens: list, i: int) -> float | None:
    """The multiplier a suffix glued to a number stands for ("m" of "£5.8m": a million), or None;
    the number and the suffix then combine like "5.8 million"."""
    scale = _SCALES.get(tokens[i].lower)
    if scale is None or not i or tokens[i - 1].end != tokens[i].start or not tokens[i - 1].text[:1].isdigit():
        return None
    start = tokens[i - 1].start - offset
    if tokens[i].lower in _ALWAYS_SCALES or start and text[start - 1] in _CURRENCY:
        return scale
    return None


def glued_scale(digits, suffix) -> bool:
    """`suffix` is a scale read as one with the number `digits` it is glued to ("£25m")."""
    return (suffix.lower in _SCALES and suffix.number is not None and digits.number is not None
            and digits.tok.end == suffix.tok.start)


def is_scale(low: str) -> bool:
    return low in _SCALES


#: "over" and "under" that compare an amount ("over 100 people", "under 18"), span a time ("over the
#: past decade", "over the weekend") or say what a dispute is about ("a row over the plan").
_AMOUNT_WORDS = frozenset({"over", "under", "above", "below"})
_TIME_WORDS = frozenset({"past", "last", "next", "coming", "previous", "weekend", "week", "weeks", "month", "months",
                         "year", "years", "decade", "decades", "summer", "winter", "spring", "autumn", "season",
                         "period", "course", "holiday", "holidays", "christmas", "night"})
_DISPUTES = frozenset({"row", "rows", "dispute", "disputes", "concern", "concerns", "fear", "fears", "anger", "outrage",
                       "questions", "talks", "battle", "clash", "criticism", "controversy", "protest", "protests",
                       "worries", "debate", "split", "standoff", "stand-off"})
#: Results had against someone: "a win over Bath", "victory over York" (against them, no place).
_CONTESTS = frozenset({"win", "wins", "victory", "victories", "victorious", "triumph", "triumphs", "success", "lead", "edge",
                       "advantage"})


#: Verbs whose particle makes a sense of its own, no place: "take over the role" (assume),
#: "hand over the keys" (give), "stand down as leader" (resign), "set up a firm" (found), "give up
#: smoking". "climb up the hill", "look down at", "step down from the bus", "back down the drive"
#: stay places: their verbs are not here, whatever sense news gives some of them.
_PHRASAL = {"over": frozenset({"take", "hand", "win"}),
            "down": frozenset({"stand", "shut", "crack", "break", "play"}),
            "up": frozenset({"set", "give", "sign", "end", "take", "sum", "speak"})}


def not_places(lowers: list[str]) -> set[int]:
    """Indices of "over", "under", "above", "below" that are no place: before an amount of ten or
    more ("over 100 people", "under 18"; "a shelf above two doors" is a place), over a time ("over
    the past decade"), after a dispute or a result ("a row over pay", "a win over Bath"); and the
    particle of a verb in `_PHRASAL` ("taking over the role", "standing down"), where that word is a
    verb ("her hands over her ears" and "a sign up on the wall" are nouns, and their particles places)."""
    out = {i for i, low in enumerate(lowers) if i and low in _PHRASAL
           and _PHRASAL[low] & lexicon.lemmas(lowers[i - 1]) and _verb_here(lowers, i - 1)}
    for i, low in enumerate(lowers[:-1]):
        if low not in _AMOUNT_WORDS:
            continue
        after = lowers[i + 1 : i + 3]
        if (lexicon.number_value(after[0]) or 0) >= 10:
            out.add(i)
        elif low == "over" and (after[0] in _TIME_WORDS or after[0] == "the" and len(after) > 1 and after[1] in _TIME_WORDS):
            out.add(i)
        elif low == "over" and i and lowers[i - 1] in _DISPUTES | _CONTESTS:
            out.add(i)
    return out


#: Words a noun follows and a verb does not: determiners, possessives, and prepositions (before
#: anything but an "-ing" form: "after taking over").
_BEFORE_NOUNS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "its", "their", "our", "your",
                           "my", "some", "every", "each", "no"})
_PREPOSITIONS = frozenset({"with", "of", "in", "on", "at", "by", "for", "from", "into", "onto", "under", "over"})


def _verb_here(lowers: list[str], i: int) -> bool:
    """The word at `i` is read as a verb where it stands: not after a determiner, a possessive or an
    adjective, nor after a preposition unless it ends in "-ing"; after "her" (a possessive or an
    object) only its bare or "-ing" form ("let her take over"; "her hands" is a noun)."""
    if not i:
        return True
    low, before = lowers[i], lowers[i - 1]
    bare_or_ing = lexicon.is_verb_base(low) or low.endswith("ing")
    if before == "her":
        return bare_or_ing
    if before in _PREPOSITIONS:
        return low.endswith("ing")
    return before not in _BEFORE_NOUNS and not (lexicon.can_be_adjective(before) and not lexicon.can_be_verb(before))


#: What "far" (or "farthest", "furthest") makes the outermost of: "on the far left", "the far end".
_SIDES = frozenset({"left", "right", "side", "end", "corner", "edge", "wall", "bank", "top", "bottom"})
_FAR = frozenset({"far", "farthest", "furthest", "extreme"})


def furthest_sides(lowers: list[str]) -> set[int]:
    """Indices of "far" before a side ("on the far left", "the far corner"): the outermost part of
    that side, no distance from the viewer, so neither the direction "far" nor content."""
    return {i for i in range(len(lowers) - 1) if lowers[i] in _FAR and lowers[i + 1] in _SIDES}


#: Closeness to the one who looks: "closest to the camera" is the foreground, "farthest from the viewer" the background.
#: Only the superlatives: "closer to the viewer than the van" places one thing by another.
_TOWARD_VIEWER = {"closest": "foreground", "nearest": "foreground", "farthest": "background", "furthest": "background"}
_VIEWERS = frozenset("camera viewer viewers us lens photographer observer onlooker".split())


def viewer_sides(lowers: list[str]) -> dict[int, str]:
    """Index -> the side of the picture that "closest" / "nearest" / "farthest" says before (to, from, the) the
    camera, the viewer or us: "nearest the viewer" says the foreground as "in the foreground" does."""
    out = {}
    for i, low in enumerate(lowers):
        j = i + 1
        while low in _TOWARD_VIEWER and j < len(lowers) and j - i < 3 and lowers[j] in ("to", "from", "the"):
            j += 1
        if low in _TOWARD_VIEWER and j < len(lowers) and lowers[j] in _VIEWERS:
            out[i] = _TOWARD_VIEWER[low]
    return out


def amount_noun(lowers: list[str], i: int) -> bool:
    """A hedge word used as a noun of amount: "a hint of pale blue", "hints of red". It says how
    much of a thing there is, not that anyone doubts it: in a note it is a detail a draft must
    keep ("white of pale blue" has lost it), and in a draft it adds no doubt."""
    if i + 1 >= len(lowers) or lowers[i + 1] != "of":
        return False
    before = lowers[i - 1] if i else ""
    return before in ("a", "an") or (lowers[i].endswith("s") and "NOUN" in _lemmas(lowers[i]))


def _lemmas(low: str) -> dict:
    from lemminflect import getAllLemmas  # noqa: PLC0415 - loaded with the lexicon anyway

    return getAllLemmas(low)



def joined_into_a_word(text: str, offset: int, tokens: list) -> set[int]:
    """Indices of direction words hyphen-joined to a noun into one dictionary word that is no
    direction and no adverb of place: "lower-case" (lowercase), "upper-case". The direction is part
    of that word, no place ("a white lower-case font" says nothing about the bottom). "top-left"
    (no such word, and two directions), "far-away" (no noun after) and "over-head" (an adverb of
    place) stay places."""
    lex = lexicon.load()
    out: set[int] = set()
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a.lower not in lex.directions or b.lower in lex.directions or text[a.end - offset:b.start - offset] != "-":
            continue
        whole = a.lower + b.lower
        if (whole not in lex.directions and lexicon.known_word(whole) and lexicon.can_be_noun(b.lower)
                and not lexicon.can_be_adverb(whole)):
            out.add(i)
    return out


def on_top_at(draft, i: int) -> bool:
    """The draft word at flat index `i` is "top" of "on top of": the preposition "on" said in other words
    ("crates on top of one another" for the notes' "one on the other"), no place "top" of its own to count
    or to support ("at the top of the shelf" is one). Read in the draft only: a terse note's "on top of
    image" says "at the top of it", and a draft that copies it still says the note's "top"."""
    ws = draft.words
    return (0 < i < len(ws) - 1 and ws[i].lower == "top" and ws[i - 1].lower == "on" and ws[i + 1].lower == "of"
            and draft.sent_of[i - 1] == draft.sent_of[i] == draft.sent_of[i + 1])

