"""A side of the picture the note gives its thing that no sentence naming that thing says any more
(issue 23): "man on left holds umbrella" drafted "A man holds an umbrella." beside "A woman ... stands on
the left.". The content match finds the note's "left" anywhere in its window, so another thing's side
hid the loss (check27's and check28's largest class of misses on the product's captions).

Only a place in the picture ("on left", "in background", "at top", "left man"), never a side relative
to another thing ("left of the car": relations.py reads those), and only where the side is said in the
note's window of a thing another note names and this one does not: the side is then another thing's,
not this thing's said in other words ("the figure stands on the left"). Certain where the side is a
literal one and no other note names the thing (so no sentence about another of its kind may be the one
that lost it); a look otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import Phrase, attr_kind, names_word, note_phrases, notes_naming, window_sentences
from assistant.check.negation import negated_indices
from assistant.check.spatial import places, same_axis
from assistant.check.clauses import has_verb
from assistant.check.words import Draft, Word, note_words
from assistant.text import ARTICLES, tokenize

#: The picture's places a note gives a thing; of those, the literal sides a loss of which is certain.
_PLACES = frozenset({"left", "right", "top", "bottom", "foreground", "background", "center", "leftmost", "rightmost"})
_LITERAL = _PLACES - {"center"}
#: "on the left side of the frame", "in the top corner": a noun of the place, not a thing of the note's
_PLACE_NOUNS = frozenset("side sides corner corners edge edges half part portion section area frame image picture "
                         "photo scene shot view".split())
#: A sentence that goes on about the thing the one before it named ("He stands on the left.", "Its ...", and
#: after a phrase put first, its subject: "Standing on the left, he ...", "Weathered and grey, it leans."); not
#: a phrase that names a thing of its own first ("A woman, her dog beside her, ..."), nor "On the left, his
#: wife ..." (his wife is another).
_GOES_ON = re.compile(r"^\s*(?:(?:it|they|he|she|its|their|his|her)\b"
                      r"|(?!(?:a|an|the|this|that|these|those)\b)[^,;.]*,\s*(?:it|they|he|she)\b)", re.I)


def side_lost(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...]) -> tuple[str, bool] | None:
    """The evidence, and whether it is certain, when a side the note gives its thing is said by no
    sentence that names the thing (nor one that goes on about it with a pronoun), while a sentence of
    the note's window says it of another note's thing; None otherwise."""
    placed = _placed(note_text)
    if not placed or not sentences:
        return None
    window = window_sentences(note_text, draft, sentences)
    for side, unit, owner in placed:
        naming, telling = about(owner, draft)
        if not any(s in window for s in naming):
            continue  # the draft names the thing otherwise: objects.py's to judge
        if any(_says(unit, ws) for t in telling for ws in _parts(draft, t, owner, own=t in naming)):
            continue
        others = [s for s in window if any(_said_of_another(unit, ws, note_text, notes)
                                           for ws in _parts(draft, s, owner, own=False) if s not in telling or
                                           len(ws) < len(draft.sentence_words(s)))]
        if not others:
            continue
        certain = unit in _LITERAL and len(notes_naming(owner, notes)) <= 1 and not any(
            w.lower in _GATHER for s in others for w in draft.sentence_words(s))  # "..., both on the left": a look
        return (f"the note puts the {owner} {_as_written(note_text, side)}; the sentences that name the {owner} "
                f"never say so ({draft.sents[others[0]].text.strip()!r} says it of another thing)"), certain
    return None


#: Words that may gather the things of a sentence's clauses, so a side after them may be the note's thing's too.
_GATHER = frozenset({"both", "together"})


@lru_cache(maxsize=4096)
def _placed(note_text: str) -> tuple[tuple[Word, str, str], ...]:
    """Each side of the picture the note gives a thing: (the side's word, its direction, the thing's
    head). The thing is the phrase the side describes ("left man"), else the last thing named before it
    in its clause ("man on left"), else the first after it ("on left, a man ...")."""
    ws = note_words(note_text)
    denied = {ws[i].tok.start for i in negated_indices(ws, note_text, 0)}
    things = [p for p in note_phrases(note_text) if is_thing(p)]
    out = []
    for i, w in enumerate(ws):
        if w.direction not in _PLACES or _relative(ws, i):
            continue
        owner = _owner(note_text, things, w)
        if owner is not None and owner.head.tok.start not in denied:  # "sky with no clouds in background": whose?
            out.append((w, w.direction, owner.head.lower))
    return tuple(out)


#: Things whose place in the picture their kind gives: a sky (and its clouds) is the background of any picture.
_BACKDROPS = frozenset({"sky", "skies", "cloud", "clouds"})
_BACKDROP_PLACES = frozenset({"background", "far"})


def own_places_only(note_text: str, not_found: list[str], critical: set[str]) -> bool:
    """Every critical unit not found is a place the note gives a thing whose kind has it anyway ("a sky ... in the
    background"), and the thing itself is found: the place's loss is a look, not a certain problem. "sky behind the
    tower" places it by another thing; a sky not found at all is the note dropped."""
    missing = set(not_found) & critical
    placed = [(unit, owner) for _, unit, owner in _placed(note_text) if unit in missing]
    return bool(placed) and {u for u, _ in placed} == missing and all(
        owner in _BACKDROPS and unit in _BACKDROP_PLACES and owner not in not_found for unit, owner in placed)


def is_thing(p: Phrase) -> bool:
    lex = lexicon.load()
    low = p.head.lower
    return not (p.head.direction or p.head.is_stop or low in _PLACE_NOUNS or low in lex.framing
                or low in lex.partitives or attr_kind(low) is not None)


def _relative(ws: tuple[Word, ...], i: int) -> bool:
    """"left of the car", "right side of the road": a side by another thing. "left of the frame" is the
    picture's own."""
    j = i + 1
    while j < len(ws) and ws[j].lower in _PLACE_NOUNS:
        j += 1
    if j >= len(ws) or ws[j].lower != "of":
        return False
    k = j + 1 + (j + 1 < len(ws) and ws[j + 1].lower in ARTICLES)
    return not (k < len(ws) and (ws[k].lower in _PLACE_NOUNS or ws[k].lower in lexicon.load().framing))


def _owner(text: str, things: list[Phrase], side: Word) -> Phrase | None:
    at = side.tok.start
    for p in things:
        if any(a is side or a.tok.start == at for a in p.attrs):
            return p  # "the left man"
    before = [p for p in things if p.head.tok.end <= at]
    if before and not any(c in text[before[-1].head.tok.end:at] for c in ",;:"):
        return before[-1]
    return next((p for p in things if p.head.tok.start > at), None)


def about(thing: str, draft: Draft) -> tuple[list[int], set[int]]:
    """The sentences that name `thing`, and those with the ones that go on about it with a pronoun."""
    naming = [s for s in range(len(draft.sents)) if _names(thing, draft.sentence_words(s))]
    return naming, set(naming) | {t for s in naming for t in _going_on(draft, s)}


def _names(thing: str, ws: list[Word]) -> bool:
    return any(names_word(thing, w.lower) for w in ws if not w.is_stop)


def _going_on(draft: Draft, s: int) -> list[int]:
    out = []
    while s + 1 < len(draft.sents) and _GOES_ON.match(draft.sents[s + 1].text):
        s += 1
        out.append(s)
    return out


#: Where a sentence joins another clause with its own subject: "..., and a woman ...", "; a girl ...", ", while the".
_JOIN = re.compile(r"(?:,\s*(?:and|but|while|whereas)?|;\s*(?:and|but|while|whereas)?)\s+(?=(?:a|an|the|two|three|"
                   r"another|some|several)\b)", re.I)


def _parts(draft: Draft, s: int, thing: str, own: bool) -> list[list[Word]]:
    """Sentence s's words by its clauses that each have a verb ("A man holds an umbrella, and a woman walks a dog
    on the left."): with `own`, those that name the thing (all, where none does); else those that do not (a
    sentence of one clause, whole, as it is no sentence about the thing)."""
    ws = draft.sentence_words(s)
    cuts = _clause_cuts(draft.sents[s].text)
    if not cuts:
        return [ws] if own or not _names(thing, ws) else []
    at = draft.sents[s].start
    pieces = [[w for w in ws if a <= w.tok.start - at < b] for a, b in zip(cuts, cuts[1:])]
    naming = [p for p in pieces if _names(thing, p)]
    return (naming or pieces) if own else [p for p in pieces if p not in naming]


@lru_cache(maxsize=4096)
def _clause_cuts(text: str) -> tuple[int, ...]:
    """Where a sentence's clauses that each have a verb start (`_JOIN`), and its end; none for a sentence of one
    clause. Remembered by the text: `_parts` asks it of each sentence for every side of every note."""
    cuts = (0, *(m.end() for m in _JOIN.finditer(text)), len(text) + 1)
    return cuts if len(cuts) > 2 and all(has_verb(tokenize(text[a:b]), text[a:b]) for a, b in zip(cuts, cuts[1:])) \
        else ()


def _says(unit: str, ws: list[Word]) -> bool:
    """A sentence says the side, another place of its name ("behind" for the background), or another
    place on its axis (a swap is the contradiction rules' to read, not a loss)."""
    return any(w.direction and (w.direction in places(unit) or same_axis(w.direction, unit)) for w in ws)


def _said_of_another(unit: str, ws: list[Word], note_text: str, notes: tuple[str, ...]) -> bool:
    """The sentence says the side and names a thing that another note names and this one does not."""
    if not any(w.direction in places(unit) for w in ws):
        return False
    mine = note_phrases(note_text)
    others = tuple(n for n in notes if n != note_text)
    return any(not w.is_stop and not w.direction and notes_naming(w.lower, others)
               and not any(p.names_lower(w.lower) for p in mine) for w in ws)


def _as_written(note_text: str, side: Word) -> str:
    """The side as the note writes it, with the words that place it ("on left", "in the background")."""
    ws = note_words(note_text)
    i = j = next(k for k, w in enumerate(ws) if w.tok.start == side.tok.start)
    while j > 0 and i - j < 2 and ws[j - 1].is_stop:
        j -= 1
    return note_text[ws[j].tok.start:side.tok.end]
