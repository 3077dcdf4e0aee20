"""Spatial terms and colours: left/right, top/bottom, ... must survive, and a draft may not
state a direction more often than the notes do (a swap hides behind another mention)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant import lexicon
from assistant.check.report import Span

if TYPE_CHECKING:
    from assistant.check.words import Draft, Key, Word


def places(direction: str) -> frozenset[str]:
    """The directions that name the same place in a picture as `direction` (itself included):
    "in the background" and "behind the tree", "at the top" and "above the door"."""
    return lexicon.load().direction_kin.get(direction, frozenset()) | {direction}


def same_axis(a: str, b: str) -> bool:
    """Whether two directions lie on one axis, so that one said for the other is a different
    place ("left" for "right" or "center"); "on the left" and "in the background" may both hold."""
    if {a, b} & _DISTANCES and {a, b} & _RELATIVE_PLACES:
        return False  # "the nearby trees" for "the trees in front of it": near what it is in front of
    return any(a in axis and b in axis for axis in lexicon.load().direction_axes)


#: How far a thing is, and where it is relative to another thing: the one does not deny the other.
_DISTANCES = frozenset({"near", "far"})
_RELATIVE_PLACES = frozenset({"front", "behind", "back"})


#: "X against the sky" makes the sky a backdrop: "against" followed by the note's own thing says
#: the note's "in the background". Not a note's "behind the ladder", a relation to one thing that
#: "against" may or may not keep.
_BACKDROP_PLACES = frozenset({"background"})
_AGAINST_REACH = 4  # "against a clear pale blue sky": the thing within this many words


def _against_the_note(draft: "Draft", a: int, b: int, key: "Key") -> list[int]:
    """Flat indices a..b-1 of "against" followed, within a few words and no break, by a content
    word of the note (its thing): "a tower against a clear blue sky" for the sky's note."""
    out = []
    for i in range(a, b):
        if draft.words[i].lower != "against":
            continue
        # "a man in the foreground leans against the ladder": what leans is up front, and the
        # ladder with it; the backdrop reading holds only where nothing in the sentence is in front
        if any(draft.words[k].direction in ("foreground", "front") for k in range(a, b)
               if draft.sent_of[k] == draft.sent_of[i]):
            continue
        ahead = [j for u in key.content for j in draft.where(u)
                 if i < j <= i + _AGAINST_REACH and j < b and draft.sent_of[j] == draft.sent_of[i]]
        if ahead and not any(c in ",;:" for c in draft.text[draft.words[i].tok.end:draft.words[min(ahead)].tok.start]):
            out.append(i)
    return out


def missing_critical(key: "Key", draft: "Draft", lo: int, hi: int) -> list[str]:
    """The note's colours and directions absent from sentences lo..hi-1."""
    if not (key.colors or key.directions):
        return []
    a, b = draft.first[lo], draft.first[hi]
    return [c for c in key.colors if not any(draft.words[i].color == c for i in draft.saying(c, a, b))
            and not kind_positions(c, key, draft, a, b)] + [
        d for d in key.directions if not critical_positions(d, draft, a, b, key)]


def kind_positions(unit: str, key: "Key", draft: "Draft", a: int, b: int) -> list[int]:
    """Flat indices a..b-1 of the note's thing whose own kind carries the note's colour (lexicon
    `kind_values`): "trees" for "green trees". The thing itself, not a word made from it ("grassy
    ground" is the ground's), not negated; and none where the window gives a thing of that kind
    another colour ("brown grass", or "red ferns" beside the note's ferns): there the colour
    tells them apart."""
    out = []
    for kind in key.implied.get(unit, ()):
        at = [i for i in draft.where(kind) if a <= i < b and kind in lexicon.lemmas(draft.words[i].lower)]
        if any(draft.words[j].color not in (None, unit) for i in at for j in range(max(a, i - 3), i)):
            continue
        out += [i for i in at if i not in draft.negated]
    return out


#: places in the picture: said as a relation ("behind the barn" for "in the background") they are carried
_FRAME_PLACES = frozenset({"background", "foreground", "top", "bottom"})


def critical_positions(unit: str, draft: "Draft", a: int, b: int, key: "Key | None" = None) -> list[int]:
    """Flat indices a..b-1 whose colour or direction is `unit` (no synonyms for these), or, in a
    sentence that holds at least half of the content words of the note's `key`, a direction
    naming the same place: "the sky in the background" for the note's "sky behind the tower".
    Another thing's "below" elsewhere does not carry a note's "bottom"."""
    exact = draft.saying(unit, a, b)
    kin = places(unit) - {unit}
    if exact or not kin or key is None or not key.content:
        return exact
    if unit in _BACKDROP_PLACES and (backdrop := _against_the_note(draft, a, b, key)):
        return backdrop
    hits: dict[int, set[str]] = {}
    for u in key.content:
        for i in draft.where(u):
            if a <= i < b:
                hits.setdefault(draft.sent_of[i], set()).add(u)
    about = {s for s, found in hits.items() if 2 * len(found) >= len(set(key.content))}
    return [i for i in range(a, b) if draft.words[i].direction in kin and draft.sent_of[i] in about
            and (unit in _FRAME_PLACES or not _of_the_picture(draft, i))]


def _of_the_picture(draft: "Draft", i: int) -> bool:
    """"at the bottom of the picture": a place in the frame, which does not say a note's relation
    to a thing ("under the table"), as "in the background of the lake" says "behind the lake"."""
    return any(draft.words[j].lower in _PICTURE_WORDS for j in range(i + 1, min(i + 4, len(draft.words)))
               if draft.sent_of[j] == draft.sent_of[i])


_PICTURE_WORDS = frozenset("picture image photo photograph frame scene view shot".split())


def counted_direction(w: "Word", negated: bool = False) -> list[str]:
    """The direction a word adds to the draft's count; a negated one ("not on the left") none."""
    return [w.direction] if w.direction and not negated else []


@dataclass
class Tally:
    """How often the supplied text (notes, and the original of a rewrite) and the draft state
    each unit, and the draft's unsupported spans so far."""

    allowed: dict[str, int]
    found: dict[str, int]
    unsupported: list[Span]


def _restating(unit: str, where: list[tuple[int, int]], draft: "Draft", sentence_notes: list[list[str]],
               note_units: dict[str, set[str]], tally: Tally) -> int:
    """How many of the draft's `unit`s restate another direction of the same place that a note
    carried by their sentence gives and the sentence does not say: "the sky in the background"
    for the note's "sky behind the tower". Never more than such directions the draft left unused."""
    kin = places(unit) - {unit}
    spare = sum(max(0, tally.allowed.get(k, 0) - tally.found.get(k, 0)) for k in kin)
    said = {s: {w.direction for w in draft.sentence_words(s)} for s, _ in where}
    restating = sum(1 for s, _ in where
                    if any((note_units.get(n, set()) & kin) - said[s] for n in sentence_notes[s]))
    return min(spare, restating)


def placed_again(draft: "Draft", sentence_notes: list[list[str]], note_units: dict[str, set[str]]) -> frozenset[int]:
    """Flat indices of the draft's direction words that name, in other words, the place of a
    note their sentence carries: "in the distance" where the sentence carries "mountains in the
    background". They are that note's words, not new content."""
    out: set[int] = set()
    for s, notes in enumerate(sentence_notes):
        given = {u for n in notes for u in note_units.get(n, ())}
        for i in range(draft.first[s], draft.first[s + 1]):
            d = draft.words[i].direction
            if d and d not in given and places(d) & given:
                out.add(i)
    return frozenset(out)


#: The difference from the notes a surplus unit (the draft word at a flat index) shows, or None.
Differs = Callable[[str, int, "Draft", Tally], str | None]


def direction_swapped(unit: str, i: int, draft: "Draft", tally: Tally) -> str | None:
    """A surplus direction differs from the notes when its opposite went missing: the notes say
    "left" more often than the draft does ("left" -> "right"). A direction no note states, with
    no opposite lost, is content the notes do not give: a "have a look", not certain."""
    lost = sorted(o for o in lexicon.load().direction_opposites.get(unit, ()) if tally.found.get(o, 0) < tally.allowed.get(o, 0))
    return f"in place of the notes' {', '.join(repr(o) for o in lost)}: a swap" if lost else None


def surplus(draft: "Draft", support: "list[Word]", sentence_notes: list[list[str]],
            note_units: dict[str, set[str]], already: list[Span],
            counted: Callable[..., list[str]], label: Callable[[str], str], differs: Differs,
            idle: Callable[["Draft", int], bool] | None = None) -> list[Span]:
    """`already` (the spans found so far) with the units (directions, negations) the draft
    states more often than the notes do added.

    A swap ("left" -> "right") is invisible to a note whose window still holds another
    "left", and an added "not" may govern only function words ("are not on either side");
    counted over the whole text both always show: one "right" or one negation too many.
    The surplus is marked where no note of that sentence has the word, else the latest.
    `note_units` maps each note id to the units its own text has. A mark is certain only when
    `differs` finds a difference from the notes behind it (a swap, a flipped statement), else
    it is surplus content, check tier; a span found before that holds a certain mark becomes
    certain too (a swapped "right" inside words no note gives). A draft word at which `idle` holds
    states no unit ("not" of "not as tall as": a comparison) and is not counted. `counted` counts a
    word only when it has a direction or a negation (`counted_direction`, `negation.counted_negation`).
    """
    allowed: dict[str, int] = {}
    for w in support:
        for unit in counted(w):
            allowed[unit] = allowed.get(unit, 0) + 1
    found: dict[str, list[tuple[int, int]]] = {}
    for i in [i for i, w in enumerate(draft.words) if w.direction or w.negation]:  # the only words `counted` counts
        if idle is not None and idle(draft, i):
            continue
        for unit in counted(draft.words[i], negated=i in draft.negated):
            found.setdefault(unit, []).append((draft.sent_of[i], i))
    tally = Tally(allowed, {u: len(where) for u, where in found.items()}, already)
    spans = list(already)
    for unit, where in found.items():
        mentions = [i for _, i in where]
        # a closing sentence that says again what an earlier one said states no second fact
        where = [(s, i) for s, i in where
                 if not restates(draft, i, mentions, sentence_notes) and not _topic_said_again(draft, i, mentions)]
        extra = len(where) - allowed.get(unit, 0) - _restating(unit, where, draft, sentence_notes, note_units, tally)
        if extra <= 0:
            continue
        ranked = sorted(where, key=lambda si: (any(unit in note_units.get(n, ()) for n in sentence_notes[si[0]]),
                                               -draft.words[si[1]].tok.start))
        for _, i in ranked[:extra]:
            tok = draft.words[i].tok
            reason = f"{label(unit)} appears {len(where)} times in the draft, {allowed.get(unit, 0)} in the notes"
            difference = differs(unit, i, draft, tally)
            holder = next((k for k, u in enumerate(spans) if u.start <= tok.start < u.end), None)
            if holder is None:
                spans.append(Span(text=tok.text, start=tok.start, end=tok.end, tier="certain" if difference else "check",
                                  reason=f"{reason}; {difference}" if difference else reason))
            elif difference and spans[holder].tier != "certain":
                spans[holder] = spans[holder].model_copy(
                    update={"tier": "certain", "reason": f"{spans[holder].reason}; {difference}"})
    return spans


def restates(draft: "Draft", i: int, mentions: list[int], sentence_notes: list[list[str]] | None = None) -> bool:
    """The mention at flat index `i` says again, in a later sentence, what an earlier mention of
    the same unit said: between the same content words, or with the same word on one side and
    none on the other within its clause ("a cutout in the upper part, ..." ... "a cutout in the
    upper part and cups"; "a pattern at the bottom of the can" ... "The bottom of the can").
    Captions often close by restating a fact; said twice, it is still one. A note the draft split
    over two sentences (`sentence_notes`: the notes each sentence carries) is one statement there."""
    mine = _context(draft, i)
    return any(j < i and draft.sent_of[j] != draft.sent_of[i] and _same_context(mine, _context(draft, j))
               and _says_again(draft, draft.sent_of[i], _with_its_split(draft.sent_of[j], sentence_notes))
               for j in mentions)


def _topic_said_again(draft: "Draft", i: int, mentions: list[int]) -> bool:
    """The mention at `i` names again the part of the picture its sentence opened with as its topic:
    "The background shows lights on short trees, ... pine trees in the background" says one place."""
    a = draft.first[draft.sent_of[i]]
    framing = lexicon.load().framing
    return draft.words[i].direction in _FRAME_PLACES and any(
        a <= j < i and j <= a + 1 and draft.words[a].lower in ("the", draft.words[j].lower) and j + 1 < i
        and draft.words[j + 1].lower in framing for j in mentions)


def _with_its_split(s: int, sentence_notes: list[list[str]] | None) -> tuple[int, ...]:
    """Sentence `s` and the ones right before and after it that carry a note it carries: the
    pieces of a note the draft split ("..., a cutout in the upper part, plastic cups. Plastic
    covers inside, ...")."""
    if not sentence_notes:
        return (s,)
    mine = set(sentence_notes[s])
    return tuple(k for k in (s - 1, s, s + 1)
                 if 0 <= k < len(sentence_notes) and (k == s or mine & set(sentence_notes[k])))


#: A sentence says again what an earlier one said when this share of its content words (at
#: least _AGAIN_MIN) are in that one: "A green tree is at the bottom left" after "green trees at
#: the bottom left" may be a second tree, so a short sentence never is; a sentence that blends
#: two earlier ones ("the dark window below the clock has the round frame") says something new.
#: Framing words ("The image shows", "a close-up view of") are no content either way.
_AGAIN_SHARE = 2 / 3
_AGAIN_MIN = 3


def _says_again(draft: "Draft", s: int, earlier: tuple[int, ...]) -> bool:
    framing = lexicon.load().framing

    def content(ws) -> set[str]:
        return {min(lexicon.lemmas(w.lower), key=len) for w in ws
                if not w.is_stop and not w.direction and w.lower.isalpha() and w.lower not in framing}

    mine = content(draft.sentence_words(s))
    before = set().union(*(content(draft.sentence_words(k)) for k in earlier))
    return len(mine) >= _AGAIN_MIN and len(mine & before) >= _AGAIN_SHARE * len(mine)


def _same_context(x: tuple, y: tuple) -> bool:
    if None in x or None in y:
        return False  # "in front of them": what the pronoun stands for may differ
    sides = list(zip(x, y))
    return all(a == b or not a or not b for a, b in sides) and any(a == b and a for a, b in sides)


#: Words whose thing may differ between two mentions: "in front of them".
_PRONOUNS = frozenset("it them this that these those him her".split())
_BREAKS = frozenset(",;:.!?()[]+&/")


def _context(draft: "Draft", i: int) -> tuple[str | None, str | None]:
    """The nearest content word before and after the mention within its clause (lemmas); "" when
    there is none, None when a pronoun comes first ("in front of them"; "her left hand", where two
    statues described alike may each hold something in one)."""
    return _nearest(draft, i, -1), _nearest(draft, i, 1)


def _nearest(draft: "Draft", i: int, step: int) -> str | None:
    ws, k = draft.words, i
    while 0 <= k + step < len(ws) and draft.sent_of[k + step] == draft.sent_of[i]:
        a, b = sorted((k, k + step))
        if set(draft.text[ws[a].tok.end : ws[b].tok.start]) & _BREAKS:
            break
        k += step
        w = ws[k]
        if w.lower in _PRONOUNS:
            return None
        if not w.is_stop and w.lower.isalpha():
            return min(lexicon.lemmas(w.lower), key=len)
    return ""


_SIDES_RE = re.compile(r"\b(?:on|at|to)\s+(?:either|both|each)\s+sides?\b", re.I)
_LEFT_RE = re.compile(r"\bleft\s+side\b", re.I)
_RIGHT_RE = re.compile(r"\bright\s+side\b", re.I)
# "lamps on left and right", "on both sides"; not "light falling from right to left"
_BOTH_SIDES_RE = re.compile(r"\b(?:either|both|each|two|all|opposite)\s+sides?\b|\bsides\b|"
                            r"\b(?:left|right)\s*(?:and|&|\+|/)\s*(?:right|left)\b", re.I)


def sides_added(draft: "Draft", notes: list[str]) -> list[Span]:
    """"on either side", "on both sides" where no note puts anything on two sides: the note's one side
    ("a lamp on the left side of the door") made two. A note that names both sides ("left and right",
    a left side and a right side) backs it. Check tier: a reader may know the scene."""
    if _two_sides_given(tuple(notes)):
        return []
    return [Span(text=m.group(0), start=m.start(), end=m.end(), tier="check",
                 reason=f"'{m.group(0)}' puts things on two sides; no note does")
            for m in _SIDES_RE.finditer(draft.text)]



@lru_cache(maxsize=256)
def _two_sides_given(notes: tuple[str, ...]) -> bool:
    return any(_BOTH_SIDES_RE.search(n) or _LEFT_RE.search(n) and _RIGHT_RE.search(n) for n in notes)


_TURNED_RE = re.compile(r"\b(?:to|towards?)\s+the\s+(left|right)\b(?!\s+(?:of|side\s+of)\b)", re.I)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+$")
#: Verbs that say where a thing is, not which way it moves or faces: "stands to the left" places it.
_PLACING = frozenset("is are was were be been being located placed positioned situated sits sit sitting stands stand "
                     "standing lies lie lying set seen visible parked hangs hang hanging shown".split())


def turned_to_side(draft: "Draft", notes: list[str]) -> list[Span]:
    """A side said as the way a thing moves or faces ("a door that opens to the left") where no note
    says that verb with that side ("facing left", "left-facing"): the note's side was where the thing
    is ("left cupboard door open"). Check tier."""
    spans = []
    for m in _TURNED_RE.finditer(draft.text):
        before = _WORD_BEFORE_RE.search(draft.text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        verb, side = before.group(1).lower(), m.group(1).lower()
        if verb in _PLACING or not _is_verb(verb) or any(_said_with(verb, side, n) for n in notes):
            continue
        text = draft.text[before.start():m.end()]
        spans.append(Span(text=text, start=before.start(), end=m.end(), tier="check",
                          reason=f"'{text}' says which way it goes; no note says it {verb} {side}"))
    return spans


@lru_cache(maxsize=4096)
def _is_verb(low: str) -> bool:
    """A verb, in a form that is no noun ("opens", "facing", "turned"; not "middle", "corner")."""
    from lemminflect import getAllLemmas  # noqa: PLC0415 - loaded with the lexicon anyway

    classes = getAllLemmas(low)
    return "VERB" in classes and ("NOUN" not in classes or low.endswith(("s", "ing", "ed")))


@lru_cache(maxsize=4096)
def _said_with(verb: str, side: str, note: str) -> bool:
    """The note has the verb (any form) with the side within a few words after or right before it."""
    ws = re.findall(r"[a-z]+", note.lower())
    forms = lexicon.lemmas(verb) | {verb}
    for k, w in enumerate(ws):
        if (lexicon.lemmas(w) | {w}) & forms and (side in ws[k + 1 : k + 4] or side in ws[max(0, k - 1) : k]):
            return True
    return False


PLACE_WORDS = frozenset({"behind", "beside", "near", "under", "above", "below", "beneath", "over"})
#: A sentence that opens with one of these says where a thing is before saying what it is.
PLACE_FIRST = PLACE_WORDS | {"on", "in", "at", "to", "next", "along", "across", "inside", "atop", "around", "between",
                             "against", "beyond", "underneath", "from"}


def placed_apart(note: str) -> bool:
    """The note sets one thing beside another ("left of", "next to", "behind"): they are two, so
    a draft's "A is the B" makes one of them."""
    from assistant.check.words import note_words  # noqa: PLC0415 - a runtime import here would be circular

    ws = note_words(note)
    return any(w.direction and i + 1 < len(ws) and ws[i + 1].lower in ("of", "to") or w.lower in ("beside", "behind")
               for i, w in enumerate(ws))
