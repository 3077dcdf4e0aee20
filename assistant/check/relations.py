"""Relations between a caption's objects: what a note puts where, relative to what.

A word-level match passes "the lake, which is surrounded by trees" (each object is in some
note) and "the blue bus is left of the red car" for "a red car left of the blue bus" (each
object keeps its colour, "left" is there as often as in the notes). Here the objects on either
side of a relation word are read from binding.py's phrases and compared with the note's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check import binding, spatial
from assistant.check.binding import BREAK_CHARS, Phrase, note_phrases, same_head, sentence_phrases, window_sentences
from assistant.check.places_taken import note_things
from assistant.check.report import Span
from assistant.check.sentence_memo import remembered
from assistant.check.words import Draft, Word, note_words

_RELATIVE = re.compile(r"\s*,\s*(which|that|where|who)\b")  # "the lake, which is surrounded by"
_COMMA = re.compile(r"[^,;:.!?()\"“”]*,\s*")  # "a door that opens to the left, containing"


def unrelated(draft: Draft, notes: list[str]) -> list[Span]:
    """Relations the draft sets between two objects of the notes that no note relates: "the
    lake, which is surrounded by trees", where one note has the lake and another the trees.
    Each object alone is supported, so the word-level check passes it."""
    lex = lexicon.load()
    notes_key = tuple(notes)
    spans: list[Span] = []
    for s in range(len(draft.sents)):
        ws = draft.sentence_words(s)
        # objects, past partitives: "a group of trees" is trees
        found_objects = [p for p in sentence_phrases(draft.text)[s] if p.head.lower not in lex.partitives]
        for r, w in enumerate(ws):
            if w.lower not in lex.relations and not _equates(ws, r):
                continue
            before = _past_quote(draft.text, [p for p in found_objects if p.head.tok.end <= w.tok.start], w)
            after = [p for p in found_objects if p.head.tok.start > w.tok.end]
            if not before or not after:
                continue
            x, y = before.head, after[0].head
            between = _QUOTE_SPAN.sub(" ", draft.text[x.tok.end:w.tok.start])
            if any(c in BREAK_CHARS for c in draft.text[w.tok.end:y.tok.start]) or \
                    sum(1 for v in ws if w.tok.end <= v.tok.start < y.tok.start) > 6 or \
                    any(c in BREAK_CHARS for c in between) and not _RELATIVE.match(between) \
                    and not (_COMMA.fullmatch(between) and w.lower.endswith("ing")):
                # "birds flying above them, and a wall": the relation's object is a pronoun; ", containing
                # a statue": a participle after the clause's comma still relates the thing before it
                continue
            known = binding.notes_naming(x.lower, notes_key), binding.notes_naming(y.lower, notes_key)
            shared = set(known[0]) & set(known[1])
            apart = _equates(ws, r) and shared and all(spatial.placed_apart(notes[i]) for i in shared) and not any(
                v.direction or v.lower in spatial.PLACE_WORDS for v in ws if v.tok.end <= x.tok.start) \
                and ws[0].lower not in spatial.PLACE_FIRST
            # "the word is the logo" where the note sets the logo left of the word: one thing of two
            # ("Left of the word is the logo", "On the side of the ship is the text" say where it is)
            if not known[0] or not known[1] or shared and not apart:
                continue  # an object no note has (the word check speaks for it), or a note relates them
            if w.lower == "against" and any(_in_background(notes[i]) for i in known[1]):
                continue  # "a tower against the sky", the sky's note in the background: a backdrop to all
            end = ws[r + 1].tok.end if r + 1 < len(ws) and (ws[r + 1].lower in ("by", "with") or _equates(ws, r)) \
                else w.tok.end
            said = "the notes set apart" if apart else "no note relates"
            spans.append(Span(text=draft.text[w.tok.start:end], start=w.tok.start, end=end, tier="check",
                              reason=f"relates the {x.tok.text} and the {y.tok.text}, which {said}"))
    return spans


@lru_cache(maxsize=4096)
def _in_background(note_text: str) -> bool:
    return any(w.direction == "background" for w in note_words(note_text))


def _equates(ws: list[Word], r: int) -> bool:
    """"is the" says two things are one: "a cloudy sky is the green hill"; "is of the" makes one the
    other's, or a picture of it ("a board is of the wall"). "is a" classifies ("the building is a
    hotel") and is left to the word check."""
    if ws[r].lower not in ("is", "are") or r + 1 >= len(ws):
        return False
    return ws[r + 1].lower == "the" or ws[r + 1].lower == "of" and r + 2 < len(ws) and ws[r + 2].lower == "the"


_QUOTE_SPAN = re.compile(r'["“][^"”]*["”]')


def _past_quote(text: str, before: list[Phrase], w: Word) -> Phrase | None:
    """The thing before the relation word `w`: the last phrase, or, when a quote ends right before
    it ('white text "OPEN" is of'), the thing before the quote (the quote's words are no thing)."""
    for p in reversed(before):
        if not any(c in '"“”' for c in _QUOTE_SPAN.sub(" ", text[p.head.tok.end:w.tok.start])):
            return p
    return None


def relation_restated(note_text: str, draft: Draft, lost: set[str], sentences: list[int]) -> int | None:
    """The sentence of `sentences` (those that carry the note) that states each of the note's
    `lost` directions the other way round, with its objects swapped ("the bus is right of the
    car" for "the car left of the bus"), or None. Such a draft says what the note says; the
    direction count alone calls it a swap. Another note's sentence that says so does not
    carry this note: its own sentence may still have swapped the direction."""
    lex = lexicon.load()
    found: dict[str, int] = {}
    for x, r, y in _relations(note_text):
        unit = _relation(r)
        if unit not in lost:
            continue
        # the thing placed may be any object of the clause before the relation word: "a white bridge
        # with arches above the pond" places the bridge, "a table with two glasses in front of the
        # trees" the table
        xs = _clause_before(note_phrases(note_text), note_text, r)
        for s in sentences:
            if any(_relation(d) in lex.direction_opposites.get(unit, ()) and x2.names(b.head) and not y.names(b.head)
                   and any(y.names(a2.head) and not x2.names(a2.head)
                           for a2 in _clause_before(sentence_phrases(draft.text)[s], draft.text, d, quotes_break=False))
                   for a, d, b in _draft_relations(draft, s) for x2 in xs if not same_head(x2.head, y.head)):
                found.setdefault(unit, s)
    return min(found.values()) if found and set(found) == lost else None


def _clause_before(found: tuple[Phrase, ...], text: str, r: Word, quotes_break: bool = True) -> list[Phrase]:
    """The objects before the relation word `r` in its clause (no break mark between them and it).
    `quotes_break=False`: a quote inside the clause does not end it ('the words "WALK SLOWLY"
    painted under the arrows' places the words)."""
    lex = lexicon.load()
    marks = BREAK_CHARS - _QUOTE_MARKS if not quotes_break else BREAK_CHARS
    return [p for p in found if p.head.tok.end <= r.tok.start and p.head.lower not in lex.partitives
            and not any(c in marks for c in text[p.head.tok.end : r.tok.start].replace("w/", "w"))]  # "w/": with


_QUOTE_MARKS = frozenset('"“”')


@lru_cache(maxsize=4096)
def _relations(note_text: str) -> tuple[tuple[Phrase, Word, Phrase], ...]:
    """The note's relations: the object before a relation word, the word, the object after."""
    return tuple(_pairs(note_words(note_text), note_phrases(note_text)))


def _draft_relations(draft: Draft, s: int) -> tuple[tuple[Phrase, Word, Phrase], ...]:
    """The relations of draft sentence s, as `_relations`."""
    return _sentence_relations(draft.text, s)


@lru_cache(maxsize=4096)
def _sentence_relations(text: str, s: int) -> tuple[tuple[Phrase, Word, Phrase], ...]:
    return remembered(_read_relations, text, s)  # `_pairs` reads the sentence's words and phrases only


def _read_relations(text: str, s: int) -> tuple[tuple[Phrase, Word, Phrase], ...]:
    return tuple(_pairs(Draft.cached(text).sentence_words(s), sentence_phrases(text)[s]))


#: Directions that relate what follows them directly ("behind the pole"); the others ("left",
#: "top", "front") relate only with "of" ("left of the bus", "on top of the hill"): "windows
#: on the top with blinds" puts the windows at the top, not above the blinds.
_PREPOSITIONS = frozenset({"above", "below", "behind", "inside", "outside"})


def _pairs(ws: list[Word] | tuple[Word, ...], found: tuple[Phrase, ...]) -> list[tuple[Phrase, Word, Phrase]]:
    lex = lexicon.load()
    objects = [p for p in found if p.head.lower not in lex.partitives]
    out = []
    for r in ws:
        unit = _relation(r)
        if unit is None:
            continue
        x = next((p for p in reversed(objects) if p.head.tok.end <= r.tok.start), None)
        y = next((p for p in objects if p.head.tok.start >= r.tok.end), None)
        if x is None or y is None or same_head(x.head, y.head):
            continue
        first = min(w.tok.start for w in (y.head, *y.attrs, *y.nouns))
        between = [w for w in ws if r.tok.end <= w.tok.start < first and w.lower not in lex.partitives]  # "group of"
        if all(w.is_stop for w in between) and (
                r.lower in lex.relations or unit in _PREPOSITIONS or any(w.lower == "of" for w in between)):
            out.append((x, r, y))
    return out


def relation_reversed(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """The note's relation with its two objects swapped: "a red car left of the blue bus"
    carried by "the blue bus is left of the red car". Each object keeps its attributes and the
    direction is there as often as in the notes, so nothing else shows it. A relation that
    holds both ways ("beside", "between") and its opposite with the objects swapped ("the bus
    is right of the car") say the same; only the same relation with swapped objects differs,
    and only where no note states it so."""
    if not sentences:
        return None
    for x, r, y in _relations(note_text):
        for s in window_sentences(note_text, draft, sentences):
            for a, d, b in _draft_relations(draft, s):
                if _relation(d) == _relation(r) and y.names(a.head) and x.names(b.head) \
                        and not x.names(a.head) and not y.names(b.head) and not any(
                        _relation(r2) == _relation(d) and x2.names(a.head) and y2.names(b.head)
                        for t in notes for x2, r2, y2 in _relations(t)):
                    return (f"the note says '{note_text[x.head.tok.start:y.head.tok.end]}', the draft "
                            f"'{draft.text[a.head.tok.start:b.head.tok.end]}': the objects are swapped")
    return None


def said_conversely(draft: Draft, i: int, notes: list[str]) -> bool:
    """The draft's direction at flat index `i` relates two things a note relates the opposite way (its thing
    placed: any object of the clause before its relation word), each on the other side: "the sea lies under a
    clear sky" for "a clear sky (with kites) above the sea": the note's relation from the other side, not a
    swap, which says the opposite of the same order ("the sky below the sea", "right of" for "left of")."""
    d = draft.words[i]
    unit = _relation(d)
    opposite = lexicon.load().direction_opposites.get(unit or "", frozenset())
    if not opposite:
        return False
    s = draft.sent_of[i]
    ys = [b for _, r, b in _draft_relations(draft, s) if r.tok.start == d.tok.start]
    xs = _clause_before(sentence_phrases(draft.text)[s], draft.text, d, quotes_break=False) if ys else []
    return any(_relation(r) in opposite and any(x2.names(y.head) and not y2.names(y.head)
                                                for x2 in (x, *_clause_before(note_phrases(t), t, r)))
               and any(y2.names(a.head) and not x.names(a.head) for a in xs)
               for t in notes for x, r, y2 in _relations(t) for y in ys)


def places_said(draft: Draft, notes: list[tuple[str, str]]) -> list[list[str]]:
    """Per draft sentence, the ids of the `notes` (id, text) whose place it says in other words of
    the note's own thing: "some blue sky in the background" for the note's "sky behind the clock
    tower", the sky named in the clause that holds "background". The place word is then the
    note's, though the sentence may not carry the rest of the note (spatial.placed_again)."""
    out: list[list[str]] = [[] for _ in draft.sents]
    said = [i for i, w in enumerate(draft.words) if w.direction]
    for nid, text in notes if said else ():
        units = {w.direction for w in note_words(text) if w.direction}
        kin = set().union(*(spatial.places(u) for u in units)) - units
        at = [i for i in said if draft.words[i].direction in kin]
        thing = binding.first_object(text) if at else None
        for i in at if thing is not None else ():
            if nid not in out[draft.sent_of[i]] and _beside(draft, i, thing):
                out[draft.sent_of[i]].append(nid)
    return out


_BESIDE = 4  # "some blue sky in the background": the thing within this many words of its place


def _beside(draft: Draft, i: int, thing: Phrase) -> bool:
    """The note's thing is named within a few words of the place word at flat index `i`, with no
    break mark between and not past an "of" after it ("the top of a staircase" is the staircase's)."""
    ws, s = draft.words, draft.sent_of[i]
    for k in range(max(0, i - _BESIDE), min(len(ws), i + _BESIDE + 1)):
        lo, hi = min(i, k), max(i, k)
        if k == i or draft.sent_of[k] != s or BREAK_CHARS & set(draft.text[ws[lo].tok.end:ws[hi].tok.start]):
            continue
        if k > i and any(ws[j].lower == "of" for j in range(i + 1, k)):
            continue
        if thing.names(ws[k]) or binding.names_word(thing.head.lower, ws[k].lower):
            return True
    return False


def _relation(w: Word) -> str | None:
    """The relation a word sets between the object before it and the one after, unless it
    holds both ways."""
    lex = lexicon.load()
    unit = w.direction or (w.lower if w.lower in lex.relations else None)
    return None if unit is None or unit in lex.symmetric_relations or w.lower in lex.symmetric_relations else unit


def same_other_object(note_text: str, lost: list[str], said: Word, draft: Draft) -> bool:
    """Whether the draft's direction `said` relates to the object that one of the note's `lost`
    directions relates to: "ferns on top of the rocks" for "ferns in front of the rocks" changes
    the relation, whatever the axes."""
    s = draft.sent_of[next(k for k, w in enumerate(draft.words) if w.tok.start == said.tok.start)]
    others = [y for _, r, y in _relations(note_text) if r.direction in lost]
    return any(d.tok.start == said.tok.start and any(y.names(b.head) for y in others)
               for _, d, b in _draft_relations(draft, s))


def value_said_of(note_text: str, unit: str, said: Word, draft: Draft, notes: tuple[str, ...] = ()) -> bool:
    """Whether the draft's `said`, a colour or direction other than the note's `unit`, is said
    of the note's own thing. A caption that lists the scene ("a cloudy sky, green trees, and a
    blue lake") holds other objects' values next to the note's object: the sky is not called
    green. A colour must be an attribute of the note's object ("grey" and "gray" alike); a direction,
    which no phrase owns, must stand in a clause (between commas) that names the note's object
    ("mulch on top of them, green plants" does not put the plants on top). A thing of the same name
    that another note of `notes` gives that colour ("white flower plants" beside the note's "green
    plants") is that note's thing, not the note's called otherwise."""
    if said.color:
        owner = next((p for p in note_phrases(note_text) if any(a.color == unit for a in p.attrs)), None)
        others = [p for t in notes if t != note_text for p in note_phrases(t)]
        if owner is None:  # "a text in cyan": not a colour the draft gives a thing the note never names ("brown grass")
            mine = note_phrases(note_text)
            return not any(any(a.tok.start == said.tok.start for a in d.attrs)
                           and not any(d.names(p.head) or p.names(d.head) for p in mine)
                           for d in binding.draft_phrases(draft))
        return any(any(a.tok.start == said.tok.start for a in d.attrs)
                                    and (d.names(owner.head) or owner.names(d.head))
                                    and not any(p.names(d.head) and any(binding.same_attr(said, a) for a in p.attrs)
                                                for p in others)
                                    for d in binding.draft_phrases(draft))
    first = binding.first_object(note_text)
    return first is None or any(first.names(w) or binding.names_word(first.head.lower, w.lower)
                                for w in _clause(draft, said))


def _clause(draft: Draft, said: Word) -> list[Word]:
    """The draft's words around `said` up to a break mark (comma, colon, ...) either side."""
    i = next(k for k, w in enumerate(draft.words) if w.tok.start == said.tok.start)
    lo, hi = i, i + 1
    while lo > 0 and not BREAK_CHARS & set(draft.text[draft.words[lo - 1].tok.end : draft.words[lo].tok.start]):
        lo -= 1
    while hi < len(draft.words) and not BREAK_CHARS & set(
            draft.text[draft.words[hi - 1].tok.end : draft.words[hi].tok.start]):
        hi += 1
    return draft.words[lo:hi]


_SIDE_AFTER = re.compile(r"\s+(?:at|on|in)\s+the\s+(\w+)\b", re.I)


def placed_opposite(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """A thing of the note put by the sentences that carry it at one side of the image ("a pool at the
    bottom") where the thing's own note puts it at the other ("blue pool at top of image") and no note puts
    it there: "deck with pool + path at bottom" carried by "a deck with a pool at the bottom" moved the
    path's place to the pool. The word count of "bottom" is the notes', so nothing else shows it."""
    sided = _sided(draft.text)
    if not sentences or not sided:
        return None
    lex = lexicon.load()
    mine = note_phrases(note_text)
    for s in window_sentences(note_text, draft, sentences):
        for x, side, unit in sided.get(s, ()):
            opposite = lex.direction_opposites.get(unit, frozenset())
            if not opposite or not any(p.names(x.head) for p in mine) or _put_there(x, unit, notes):
                continue
            # the other note's thing, put right there at the other side ("lawn at top of image"; not "a wall has
            # a window at the corner left", where the side is the window's)
            owner = next((t for t in notes if t != note_text and any(o.names(x.head) for o in note_things(t))
                          and any(_put_there(x, o, [t]) for o in opposite)
                          and unit not in {w.direction for w in note_words(t) if w.direction}), None)
            if owner is not None:
                return (f"the draft puts the {x.head.tok.text} at the {side}; the note about the "
                        f"{x.head.tok.text} puts it at the {'/'.join(sorted(opposite))}")
    return None


@lru_cache(maxsize=256)
def _sided(text: str) -> dict[int, tuple[tuple[Phrase, str, str], ...]]:
    """Per draft sentence, its things with a side right after them ("a pool at the bottom"): the thing,
    the side's word and its direction."""
    lex = lexicon.load()
    out: dict[int, tuple[tuple[Phrase, str, str], ...]] = {}
    for s, found in enumerate(sentence_phrases(text)):
        said = []
        for x in found:
            m = _SIDE_AFTER.match(text, x.head.tok.end)
            if m and (unit := lex.directions.get(m.group(1).lower())):
                said.append((x, m.group(1), unit))
        if said:
            out[s] = tuple(said)
    return out


_TO_SIDE = frozenset("at on in the to of its far".split())


def _put_there(x: Phrase, unit: str, notes: list[str]) -> bool:
    """Some note puts the thing at that side itself: the thing, then the side ("lawn at bottom", "pool
    on the bottom"); in "lawn + pavement at bottom" the side is the pavement's."""
    for t in notes:
        ws = note_words(t)
        for k, w in enumerate(ws):
            if not binding.names_word(x.head.lower, w.lower):
                continue
            side = next((v for v in ws[k + 1 :] if v.lower not in _TO_SIDE), None)
            if side is not None and side.direction == unit:
                return True
    return False
