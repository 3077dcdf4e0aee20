"""How sure a contradiction is: whether the draft's differing value is bound to the note's own thing.

A value that differs from the note's ("blue" for "red", "2" for "3", "right" for "left", "closed"
for "open") is a certain problem only when the draft says it of the thing the note says its value
of, and which thing that is cannot be mistaken:
- the value modifies the phrase that names the note's thing: its attribute or count ("two dogs"),
  the predicate of "<thing> is ..." ("the door is closed"), the thing right after a preposition
  ("within the window"), or for a direction the nearest thing before it in its clause ("a lamp on
  the right of the sofa"; not "to its right is a table");
- a number has the same word beside it as the note's ("330 metres" / "300 metres", "ended 2-1" /
  "ended 3-1") or counts a thing of the same name, and is not quoted text ('a label "Set 7"');
- in a caption, no other note names a thing of the same name (two pillows, two buildings: which one
  a sentence means is a guess), and the draft does not give the note's own value to a thing of
  that name elsewhere (a summary or restating sentence that says it both ways).
Anything else stays raised, as a "have a look" (check tier): the value may be another thing's.
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check import binding
from assistant.check.binding import BREAK_CHARS, Phrase, note_phrases, sentence_phrases
from assistant.check.words import Draft, Word, note_words
from assistant.text import in_spans, quotation_spans

WEAK = "the differing value may be another thing's: have a look"
_LINKS = frozenset("is are was were be been being remains remain stays stay looks look seems seem appears appear".split())
_QUOTE_CHARS = 60
_DEGREE = frozenset("well very still now already quite fully all".split())


def shared_object(note_text: str, notes: tuple[str, ...] | list[str]) -> bool:
    """Another note names a thing of the same name as this note's object."""
    obj = binding.first_object(note_text)
    return obj is not None and named_elsewhere(note_text, obj, notes)


def named_elsewhere(note_text: str, thing: Phrase, notes: tuple[str, ...] | list[str]) -> bool:
    """Another note describes another thing of the same name as `thing`: both give it colours or
    materials, and not the same ones ("a wooden roof" / "a red roof", "a brown pillow" / "a beige
    pillow"). The same door named again ("the window above the black door") or named bare ("a
    bench in front of the wall") is the one thing."""
    mine = _values(thing)
    return bool(mine) and any(t != note_text and any(_names(p, thing) and _values(p) and _values(p) != mine
                                                     for p in note_phrases(t)) for t in notes)


def _values(p: Phrase) -> frozenset[str]:
    return frozenset(a.color or a.lower for a in p.attrs if binding.attr_kind(a.lower) in binding.CERTAIN_KINDS)


def colour_bound(note_text: str, unit: str, said: Word, draft: Draft, notes: tuple[str, ...] | list[str],
                 caption: bool) -> bool:
    """The draft's colour `said` is an attribute of a phrase naming the thing the note calls `unit`,
    and (captions) that thing is one of its name and the draft nowhere gives it the note's colour."""
    owner = _owner_of(note_text, lambda a: a.color == unit)
    if owner is None:
        return False  # "the text is in blue": the note's colour is no attribute of a named thing
    drafted = binding.draft_phrases(draft)
    if not any(_names(d, owner) and any(a.tok.start == said.tok.start for a in d.attrs) for d in drafted):
        return False
    if not caption:
        return True
    return not named_elsewhere(note_text, owner, notes) and not said_elsewhere(note_text, [unit], draft)


def said_elsewhere(note_text: str, colours: list[str], draft: Draft) -> bool:
    """Every colour of `colours` the note gives a thing is given to a thing of that name somewhere in
    the draft: a window without it shows two statements to compare, not a colour gone."""
    for unit in colours:
        owner = _owner_of(note_text, lambda a, u=unit: a.color == u)
        if owner is None or not any(_names(d, owner) and any(a.color == unit for a in d.attrs)
                                    for d in binding.draft_phrases(draft)):
            return False
    return bool(colours)


def direction_bound(note_text: str, lost: list[str], said: Word, draft: Draft) -> bool:
    """The nearest thing before the draft's direction in its clause is the thing the note places."""
    placed = [p for u in lost for p in [_placed(note_text, u)] if p is not None]
    return any(_names(thing, p) for thing in _clause_before(draft, said) for p in placed) \
        or any(_same_place(note_text, u, said, draft) for u in lost)


def opposite_bound(note_text: str, said: Word, draft: Draft) -> bool:
    """The opposite word is said of a thing the note names: the subject of "<thing> is <word>", the
    thing right after it ("within the window"), or the phrase it is an attribute of."""
    s = _sentence_of(draft, said)
    found = sentence_phrases(draft.text)[s]
    ws = draft.sentence_words(s)
    i = next(k for k, w in enumerate(ws) if w.tok.start == said.tok.start)
    k = i - 1
    while k >= 0 and ws[k].lower in _DEGREE:
        k -= 1
    if k >= 0 and ws[k].lower in _LINKS and (subject := _before_in_clause(draft, ws[k])) is not None:
        return _note_names(note_text, subject)
    owner = next((p for p in found if any(a.tok.start == said.tok.start for a in p.attrs)), None)
    if owner is not None:
        return _note_names(note_text, owner)
    after = next((p for p in found if p.head.tok.start > said.tok.end), None)
    if after is None or set(draft.text[said.tok.end:min(w.tok.start for w in (after.head, *after.attrs, *after.nouns))]) & BREAK_CHARS:
        return False
    return _note_names(note_text, after)


def number_bound(note_text: str, wanted: list[str], draft: Draft, ws: list[Word]) -> bool:
    """A differing number of the window has the same word beside it as one of the note's numbers
    `wanted` (formatted), or counts a thing of the same name; quoted text is no count."""
    from assistant.check.numbers import fmt_number  # noqa: PLC0415

    mine = [w for w in note_words(note_text) if w.number is not None and fmt_number(w.number) in wanted]
    # a short quote is text on a thing; a long one is more likely a mark left open ('"Deliciously, BIG RED ...')
    quoted = [(a, b) for a, b in quotation_spans(draft.text) if b - a <= _QUOTE_CHARS]
    theirs = [w for w in ws if w.number is not None and fmt_number(w.number) not in wanted and w.number != 1
              and not in_spans(w.tok.start, quoted)]
    for n in mine:
        before, after = _beside(note_words(note_text), note_text, n)
        counted = _owner_of(note_text, lambda a: a.tok.start == n.tok.start)
        for d in theirs:
            d_before, d_after = _beside(ws, draft.text, d)
            if _same(before, d_before) or _same(after, d_after):
                return True
            if counted is not None and any(_names(p, counted) and any(a.tok.start == d.tok.start for a in p.attrs)
                                           for p in binding.draft_phrases(draft)):
                return True
    return False


# ------------------------------------------------------------------ helpers


def _owner_of(note_text: str, test) -> Phrase | None:
    return next((p for p in note_phrases(note_text) if any(test(a) for a in p.attrs)), None)


def _names(d: Phrase, p: Phrase) -> bool:
    return d.names(p.head) or p.names(d.head)


def _note_names(note_text: str, d: Phrase) -> bool:
    return any(_names(d, p) for p in note_phrases(note_text))


def _sentence_of(draft: Draft, w: Word) -> int:
    return draft.sent_of[next(k for k, x in enumerate(draft.words) if x.tok.start == w.tok.start)]


def _before_in_clause(draft: Draft, w: Word) -> Phrase | None:
    """The last phrase of `w`'s sentence that ends before it, with no break mark between."""
    found = [p for p in sentence_phrases(draft.text)[_sentence_of(draft, w)] if p.head.tok.end <= w.tok.start]
    if not found or set(draft.text[found[-1].head.tok.end:w.tok.start]) & BREAK_CHARS:
        return None
    return found[-1]


def _clause_before(draft: Draft, w: Word) -> list[Phrase]:
    """The phrases of `w`'s clause before it ("a red cup with a spoon is right of ...": cup and spoon)."""
    found = [p for p in sentence_phrases(draft.text)[_sentence_of(draft, w)] if p.head.tok.end <= w.tok.start]
    return [p for p in found if not set(draft.text[p.head.tok.end:w.tok.start]) & BREAK_CHARS]


@lru_cache(maxsize=4096)
def _placed_phrases(note_text: str) -> tuple[tuple[str, Phrase], ...]:
    ws = note_words(note_text)
    found = note_phrases(note_text)
    out = []
    for w in ws:
        if w.direction:
            before = [p for p in found if p.head.tok.end <= w.tok.start]
            if before and not set(note_text[before[-1].head.tok.end:w.tok.start]) & BREAK_CHARS:
                out.append((w.direction, before[-1]))
    return tuple(out)


def _placed(note_text: str, unit: str) -> Phrase | None:
    """The thing the note's direction `unit` places: the nearest phrase before it in its clause,
    else the note's object."""
    return next((p for d, p in _placed_phrases(note_text) if d == unit), None) or binding.first_object(note_text)


def _beside(ws, text: str, w: Word) -> tuple[set[str], set[str]]:
    """The lemmas of the nearest content word before and after `w` within its clause."""
    i = next(k for k, x in enumerate(ws) if x.tok.start == w.tok.start)

    def nearest(step: int) -> set[str]:
        k = i
        while 0 <= k + step < len(ws):
            a, b = sorted((ws[k], ws[k + step]), key=lambda x: x.tok.start)
            if set(text[a.tok.end:b.tok.start]) & (BREAK_CHARS - {"/"}):
                return set()
            k += step
            x = ws[k]
            if not x.is_stop and x.number is None and x.lower.isalpha():
                return lexicon.lemmas(x.lower) | {x.lower}
        return set()

    return nearest(-1), nearest(1)


def _same(a: set[str], b: set[str]) -> bool:
    return bool(a & b) or any(lexicon.same_word(x, y) for x in a for y in b)


def swap_bound(notes: tuple[str, ...] | list[str], unit: str, said: Word, draft: Draft) -> bool:
    """A surplus direction `said` ("right") counts as a swap of a note's lost opposite ("left") only
    when the nearest thing before it in its clause is the thing that note places: "a lamp on the
    right of the sofa" for "a lamp on the left of the sofa", not "to its right is a table"."""
    things = _clause_before(draft, said)
    opposite = lexicon.load().direction_opposites.get(unit, ())
    lost = [(t, o) for t in notes for o in opposite if o in {w.direction for w in note_words(t)}]
    return any(_names(thing, p) for thing in things for t, o in lost for p in [_placed(t, o)] if p is not None) \
        or any(_same_place(t, o, said, draft) for t, o in lost)


def _same_place(note_text: str, unit: str, said: Word, draft: Draft) -> bool:
    """The draft's direction has the same word beside it as the note's `unit` ("the rim of the
    right tire" for "the rim of the left tire"): the same statement, the side changed."""
    s = _sentence_of(draft, said)
    ws = draft.sentence_words(s)
    d_before, d_after = _beside(ws, draft.text, said)
    mine = note_words(note_text)
    return any(_same(b, d_before) or _same(a, d_after)
               for w in mine if w.direction == unit for b, a in [_beside(mine, note_text, w)])
