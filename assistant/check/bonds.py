"""Bonds between a note's things: who wears what, and what is on, in, under or part of what.

The content match passes "A woman in a red shirt stands near a man" for "a man wearing a red
shirt stands near a woman" and "A cat beside a table" for "cat on table": every content word of
the note is in the caption, and binding.py's phrases keep the shirt red and the cat a cat. What
changed is the bond between two things: the shirt is on another person, and the cat's place on
the table became a place beside it. Here a text's bonds are read from binding.py's phrases and
the few words between them, no parser:

- worn: a thing worn (clothes, hats, glasses, ...) and its wearer: "X wearing W", "X in W",
  "X with W", "X dressed in W", "W and W2" (one wearer), "He/She wears W" (the last man/woman);
- placed: "X on / in / under / behind / in front of / part of Y", "X has / with / holding Y".

A note's bond is changed when the caption gives its worn thing only to another thing a note
names (which no note has wear it), or relates its two things only by a weaker word ("beside",
"next to", "near", "and") or by its own word the other way round ("a shelf on a book"). Both are
check-tier looks: the reading of "in" and "with" and of who "she" is stays a reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import BREAK_CHARS, CERTAIN_KINDS, Phrase, attr_kind, is_noun, note_phrases, same_head, sentence_phrases
from assistant.check.words import Draft, Word, note_words

#: Things worn, beside the lexicon's clothing and footwear (`[categories]`).
_WORN = frozenset("hat cap helmet beanie hood scarf tie glasses sunglasses goggles spectacles mask glove gloves "
                  "mitten apron backpack necklace bracelet earring watch headband bandana turban veil wig "
                  "headscarf cloak robe gown tunic shawl sock socks belt costume outfit".split())
#: What a person has as a worn thing is had: "a man with black hair" (said with "with" or "has").
_OWN_PARTS = frozenset("hair beard moustache mustache tattoo".split())
_WEAR_VERBS = frozenset("wearing wears wear wore sporting donning dons".split())
_WITH = frozenset({"with", "w"})
#: Words by which a thing has another (of a colour or material, or worn): "a chair has a red cushion".
_HAS = frozenset("has have holding holds carrying carries".split())
_HOLD = frozenset("holding holds carrying carries".split())
_DETERMINERS = frozenset("a an the his her their its some one two both".split())
_SKIP_TO_OWNER = frozenset("is are was were also both all each".split())
#: People a worn thing may be said of under another name: no other person for certain.
_ANYONE = frozenset("person people figure someone individual one statue mannequin character".split())
_MALE = frozenset("man boy gentleman guy father son husband he".split())
_FEMALE = frozenset("woman girl lady mother daughter wife she".split())


def _lemma_in(low: str, group: frozenset[str]) -> bool:
    return bool(lexicon.lemmas(low) & group)


@lru_cache(maxsize=8192)
def is_worn(low: str) -> bool:
    cats = lexicon.load().categories
    return _lemma_in(low, _WORN | _OWN_PARTS | cats.get("clothing", frozenset()) | cats.get("footwear", frozenset()))


def _person(low: str) -> bool:
    return _lemma_in(low, _ANYONE) or lexicon.names_member("person", [low]) or lexicon.names_member("people", [low])


@dataclass(frozen=True)
class Worn:
    """A worn thing and the things said to wear it (one, or several joined by "and"); or a thing of
    a colour or material and the thing said to have it ("a chair with a red cushion")."""

    owners: tuple[Phrase, ...]
    item: Phrase


def _first(p: Phrase) -> Word:
    return min((p.head, *p.attrs, *p.nouns), key=lambda w: w.tok.start)


def _index(ws: list[Word] | tuple[Word, ...]) -> dict[int, int]:
    return {w.tok.start: i for i, w in enumerate(ws)}


def _worn(ws: list[Word] | tuple[Word, ...], found: tuple[Phrase, ...], text: str, offset: int,
          earlier: list[Phrase]) -> list[Worn]:
    """The worn things of one text (a note, or a draft sentence) and who wears them. `earlier`:
    the phrases before the text, for "he" and "she"."""
    at = _index(ws)
    heads = {p.head.tok.start: p for p in found}
    out: list[Worn] = []
    for n, item in enumerate(found):
        wearable = is_worn(item.head.lower)
        k = at[_first(item).tok.start] - 1
        while k >= 0 and ws[k].lower in _DETERMINERS:
            k -= 1
        held = k >= 0 and ws[k].lower in _HOLD  # "a woman holding a phone": any thing held
        if not wearable and not held and not any(attr_kind(a.lower) in CERTAIN_KINDS for a in item.attrs):
            continue
        k = at[_first(item).tok.start] - 1
        while k >= 0 and ws[k].lower in _DETERMINERS:
            k -= 1
        if k < 0:
            continue
        marker = ws[k].lower
        gap = text[ws[k].tok.end - offset:_first(item).tok.start - offset]
        if any(c in BREAK_CHARS for c in gap):
            continue
        owners: tuple[Phrase, ...] = ()
        if marker == "and" and n and out and out[-1].item is found[n - 1]:
            owners = out[-1].owners  # "wearing a red shirt and blue jeans": one wearer
        elif marker in _WEAR_VERBS and wearable or marker in _HAS:
            owners = _owner_before(ws, k, heads, text, offset, earlier, found, any_thing=True)
        elif marker in _WITH or marker == "in" and wearable:
            j = k - 1 if k > 0 and ws[k - 1].lower in ("dressed", "clad") else k
            owners = _owner_before(ws, j, heads, text, offset, earlier, found, any_thing=False)
        if owners:
            out.append(Worn(owners, item))
    return out + _in_colour(ws, heads, text, offset, earlier, found)


def _in_colour(ws, heads: dict[int, Phrase], text: str, offset: int, earlier: list[Phrase],
               found: tuple[Phrase, ...]) -> list[Worn]:
    """A person "in white" ("dressed in red and black") wears that colour: the colours as the worn thing."""
    out = []
    for k, w in enumerate(ws[:-1]):
        if w.lower != "in" or not ws[k + 1].color:
            continue
        colours = [ws[k + 1]]
        j = k + 2
        while j + 1 < len(ws) and ws[j].lower in ("and", "or") and ws[j + 1].color:
            colours.append(ws[j + 1])
            j += 2
        if j < len(ws) and is_noun(ws[j]) and not ws[j].is_stop and attr_kind(ws[j].lower) is None \
                and not any(c in BREAK_CHARS for c in text[ws[j - 1].tok.end - offset:ws[j].tok.start - offset]):
            continue  # "in red paint": a thing of its own
        at = k - 1 if k and ws[k - 1].lower in ("dressed", "clad") else k
        owners = _owner_before(ws, at, heads, text, offset, earlier, found, any_thing=False)
        if owners and _person(owners[0].head.lower):
            out.append(Worn(owners, Phrase(head=colours[0], attrs=colours)))
    return out


def _owner_before(ws, k: int, heads: dict[int, Phrase], text: str, offset: int, earlier: list[Phrase],
                  found: tuple[Phrase, ...], any_thing: bool) -> tuple[Phrase, ...]:
    """The thing right before word k that wears what follows it, with the things "and" joins to it."""
    j = k - 1
    while any_thing and j >= 0 and ws[j].lower in _SKIP_TO_OWNER:
        j -= 1
    if j < 0:
        return ()
    if any(c in BREAK_CHARS - {","} for c in text[ws[j].tok.end - offset:ws[k].tok.start - offset]):
        return ()
    if ws[j].lower in ("he", "she") and any_thing:
        group = _MALE if ws[j].lower == "he" else _FEMALE
        before = [p for p in (*earlier, *found) if p.head.tok.start < ws[j].tok.start]
        who = next((p for p in reversed(before) if _lemma_in(p.head.lower, group)), None)
        return () if who is None else (who,)
    owner = heads.get(ws[j].tok.start)
    if owner is None or is_worn(owner.head.lower):
        return ()
    if "," in text[ws[j].tok.end - offset:ws[k].tok.start - offset] and not any_thing:
        return ()
    return (owner, *_joined_before(owner, found, text, offset))


def _joined_before(p: Phrase, found: tuple[Phrase, ...], text: str, offset: int) -> tuple[Phrase, ...]:
    """The things "and" joins before `p` ("a man and a woman wearing hats")."""
    out = []
    i = found.index(p)
    while i > 0:
        prev = found[i - 1]
        gap = text[prev.head.tok.end - offset:_first(found[i]).tok.start - offset].lower().split()
        if [g for g in gap if g not in _DETERMINERS] != ["and"]:
            break
        out.append(prev)
        i -= 1
    return tuple(out)


@lru_cache(maxsize=4096)
def note_worn(note_text: str) -> tuple[Worn, ...]:
    return tuple(_worn(note_words(note_text), note_phrases(note_text), note_text, 0, []))


@lru_cache(maxsize=256)
def draft_worn(text: str) -> tuple[Worn, ...]:
    draft = Draft.cached(text)
    found = sentence_phrases(text)
    out: list[Worn] = []
    for s in range(len(draft.sents)):
        earlier = [p for e in found[:s] for p in e]
        out += _worn(draft.sentence_words(s), found[s], text, 0, earlier)
    return tuple(out)


def _colours(p: Phrase) -> frozenset[str]:
    return frozenset(w.color for w in p.attrs if w.color)


def _same_item(a: Phrase, b: Phrase) -> bool:
    """One worn thing: the same name, and no colours that tell them apart."""
    ca, cb = _colours(a), _colours(b)
    return same_head(a.head, b.head) and not (ca and cb and not ca & cb)


def _names(p: Phrase, q: Phrase) -> bool:
    return p.names(q.head) or q.names(p.head) or same_head(p.head, q.head)


def _same_wearer(owners: tuple[Phrase, ...], others: tuple[Phrase, ...]) -> bool:
    if any(_names(o, q) for o in owners for q in others):
        return True
    # "a person wearing a cap" for the note's man: the person may be the man
    return any(_lemma_in(x.head.lower, _ANYONE) for x in (*owners, *others))


def worn_moved(note_text: str, draft: Draft, notes: tuple[str, ...]) -> str | None:
    """A thing the note has someone wear that the draft has only another thing wear, one a note
    names and no note has wear it: "a woman in a red shirt" for "a man wearing a red shirt"."""
    mine = note_worn(note_text)
    if not mine:
        return None
    drafted = draft_worn(draft.text)
    everyone = [w for t in notes for w in note_worn(t)]
    named = [p for t in notes for p in note_phrases(t)]
    for bond in mine:
        same = [d for d in drafted if _same_item(bond.item, d.item)]
        if not same and (other := _recoloured(bond, drafted, everyone)):
            return other
        if not same or any(_same_wearer(bond.owners, d.owners) for d in same):
            continue
        for d in same:
            q = d.owners[0]
            if any(_same_item(e.item, d.item) and _same_wearer(e.owners, d.owners) for e in everyone):
                continue  # a note has this one wear it too
            if not any(_names(p, q) for p in named):
                continue  # a thing no note names may be the note's wearer said another way
            item = " ".join(w.tok.text for w in (*bond.item.attrs, bond.item.head))
            return (f"the note gives the {item} to the {bond.owners[0].head.tok.text}; the draft gives it to the "
                    f"{q.head.tok.text}")
    return None


#: Words that place one thing by another, by the bond they say: (words, bond).
_PLACING: tuple[tuple[tuple[str, ...], str], ...] = (
    (("on", "top", "of"), "on"), (("in", "front", "of"), "front"), (("part", "of"), "part"),
    (("on",), "on"), (("onto",), "on"), (("upon",), "on"), (("atop",), "on"),
    (("in",), "in"), (("inside",), "in"), (("within",), "in"), (("into",), "in"),
    (("under",), "under"), (("beneath",), "under"), (("underneath",), "under"), (("below",), "under"),
    (("above",), "above"), (("over",), "above"), (("behind",), "behind"),
    (("has",), "has"), (("have",), "has"), (("holding",), "has"), (("holds",), "has"), (("carrying",), "has"),
    (("carries",), "has"), (("containing",), "has"), (("contains",), "has"), (("with",), "has"), (("w",), "has"),
    (("featuring",), "has"), (("features",), "has"), (("wearing",), "has"), (("wears",), "has"),
)
#: A note's bond said by the draft in these words keeps it, in the note's order ...
_SAME = {"is": {"is"}, "on": {"on", "in", "above", "part"}, "in": {"in", "on", "part"}, "part": {"part", "on", "in"},
         "under": {"under"}, "above": {"above", "on"}, "behind": {"behind"}, "front": {"front"},
         "has": {"has", "part"}}
#: ... and in these with the two things the other way round ("a table with a cat on it").
_CONVERSE = {"is": {"is"}, "on": {"has", "under"}, "in": {"has"}, "part": {"has"}, "under": {"on", "above"},
             "above": {"under"}, "behind": {"front"}, "front": {"behind"}, "has": {"on", "in", "part"}}
#: Words that only put two things together: what a bond said this way has lost.
_WEAK = frozenset("beside next near nearby by alongside and close".split())
_NOTE_BONDS = frozenset({"is", "on", "in", "part", "under", "above", "behind", "front", "has"})
_NOT_IN_NOTES = frozenset({"wearing", "wears"})  # worn things are `worn_moved`'s
_MAX_GAP = 6


def _bond_at(ws, i: int) -> tuple[str, int] | None:
    """The bond the words from index i say, and the index after them; none for a place in the
    picture ("on the left", "in the background")."""
    if ws[i].lower in ("is", "are"):
        # "the building is a hotel": one thing named twice; "is on", "is parked" say other bonds
        det = ws[i + 1].lower if i + 1 < len(ws) else ""
        nxt = ws[i + 2] if i + 2 < len(ws) else None
        return ("is", i + 2) if det in ("a", "an", "the") and nxt is not None and _bond_at(ws, i + 2) is None \
            and is_noun(nxt) and not nxt.direction else None
    for form, bond in _PLACING:
        if tuple(w.lower for w in ws[i:i + len(form)]) == form:
            after = next((w for w in ws[i + len(form):i + len(form) + 3] if w.lower not in _DETERMINERS), None)
            if after is not None and (after.direction or after.lower in lexicon.load().framing):
                return None
            return bond, i + len(form)
    return None


@dataclass(frozen=True)
class _Bond:
    thing: Phrase
    bond: str
    other: Phrase
    loose: bool = False
    """Said with "with" ("a table with chairs", a terse note's "w/" for "has"): "a table and chairs"
    lists what "with" lists, so only "beside", "near" ... weaken it."""


def _objects(found: tuple[Phrase, ...]) -> list[Phrase]:
    lex = lexicon.load()
    return [p for p in found if p.head.lower not in lex.partitives and p.head.lower not in lex.framing
            and not p.head.direction and is_noun(p.head)]


@lru_cache(maxsize=4096)
def note_bonds(note_text: str) -> tuple[_Bond, ...]:
    """The note's bonds: the thing right before a placing word (a verb between: "man sitting on a
    horse") and the thing right after it."""
    ws = note_words(note_text)
    objects = _objects(note_phrases(note_text))
    at = _index(ws)
    out = []
    for i, w in enumerate(ws):
        said = _bond_at(ws, i) if w.lower not in _NOT_IN_NOTES else None
        if said is None or said[0] not in _NOTE_BONDS:
            continue
        bond, end = said
        x = next((p for p in reversed(objects) if p.head.tok.end <= w.tok.start), None)
        y = next((p for p in objects if _first(p).tok.start >= ws[end - 1].tok.end), None) if end <= len(ws) else None
        if x is None or y is None or same_head(x.head, y.head) or bond == "in" and is_worn(y.head.lower):
            continue
        before, between = ws[at[x.head.tok.start] + 1:i], ws[end:at[_first(y).tok.start]]
        copula = any(v.lower in ("is", "are", "has", "have") for v in before)
        if _governed(ws, at[_first(x).tok.start], _ADVERBIAL | (_GOVERNING if copula else frozenset())):
            continue  # "captured at eye-level on a cloudy day", "a roof with paint is above": not the thing placed
        if len(before) > 3 or len(between) > 2 or any(is_noun(v) and not v.is_stop and v.lower not in ("is", "are") for v in before
                                  if not v.lower.endswith(("ing", "ed"))) or any(not v.is_stop for v in between):
            continue
        if any(c in BREAK_CHARS for c in note_text[x.head.tok.end:_first(y).tok.start]):
            continue
        out.append(_Bond(x, bond, y, loose=w.lower in _WITH))
    return tuple(out)


def _pair_links(text: str, ws, found: tuple[Phrase, ...], bond: _Bond) -> list[str]:
    """How each pair of mentions of the bond's two things in one text (a note, a draft sentence)
    is linked: "same" (the bond, or the other way round in its converse: "a table with a cat on
    it"), "weak" (only "beside", "near", "and"), "reversed" (the bond's own word with the things
    swapped: "a shelf on a book") or "other"."""
    objects = _objects(found)
    xs = [p for p in objects if _names(bond.thing, p)]
    ys = [p for p in objects if _names(bond.other, p) and not _names(bond.thing, p)]
    at = _index(ws)
    out = []
    for a in xs:
        for b in ys:
            forward = a.head.tok.start < b.head.tok.start
            first, second = (a, b) if forward else (b, a)
            lo, hi = first.head.tok.end, _first(second).tok.start
            if hi <= lo or any(c in BREAK_CHARS for c in text[lo:hi]):
                continue
            k0, k1 = at[first.head.tok.start] + 1, at[_first(second).tok.start]
            if k1 - k0 > _MAX_GAP:
                continue
            said = {b2[0] for k in range(k0, k1) if (b2 := _bond_at(ws, k))}
            if said & (_SAME[bond.bond] if forward else _CONVERSE[bond.bond]):
                out.append("same")
            elif not forward and bond.bond in said:
                out.append("reversed")
            elif not said and not any(lo <= p.head.tok.start < hi for p in objects) and _weak(ws, k0, k1, not bond.loose) \
                    and not _governed(ws, at[_first(first).tok.start]):
                out.append("weak")
            else:
                out.append("other")
    return out


#: Words that make what follows them their object: "blue from the sky and sea" lists colours' sources.
_GOVERNING = frozenset("from of in on at to for with by about like than between among".split())


#: Words whose object is no thing placed by a placing word after it ("at eye-level on a cloudy day").
_ADVERBIAL = frozenset("at from to for of about than like by".split())


def _governed(ws, k: int, words: frozenset[str] = _GOVERNING) -> bool:
    """The phrase starting at word k is the object of a word before it ("from the sky and sea"):
    its "and" lists what that word takes, and says nothing of how the two things stand."""
    k -= 1
    while k >= 0 and ws[k].lower in _DETERMINERS:
        k -= 1
    return k >= 0 and ws[k].lower in words


def _weak(ws, k0: int, k1: int, and_too: bool = True) -> bool:
    for k in range(k0, k1):
        low, nxt = ws[k].lower, ws[k + 1].lower if k + 1 < len(ws) else ""
        if low in ("beside", "near", "nearby", "alongside") or low == "and" and and_too or low in ("next", "close") and nxt == "to" \
                or low == "by" and not (k and ws[k - 1].lower.endswith("ed")):  # "covered by": a doer
            return True
    return False


def bond_weakened(note_text: str, draft: Draft, notes: tuple[str, ...]) -> str | None:
    """A bond of the note ("cat on table") that the draft says only in weaker words ("A cat beside
    a table", "A cat and a table") or the other way round ("A table on a cat"), where no note says
    it so."""
    bonds = note_bonds(note_text)
    if not bonds:
        return None
    found = sentence_phrases(draft.text)
    for bond in bonds:
        links = [link for s in range(len(draft.sents))
                 for link in _pair_links(draft.text, draft.sentence_words(s), found[s], bond)]
        if not links or any(link in ("same", "other") for link in links):
            continue
        if any(link in ("weak", "reversed") for t in notes for link in _pair_links(t, note_words(t), note_phrases(t), bond)):
            continue  # a note says it so itself
        word = {"is": "is", "on": "on", "in": "in", "part": "part of", "under": "under", "above": "above", "behind": "behind",
                "front": "in front of", "has": "with"}[bond.bond]
        said = "the other way round" if "reversed" in links else "only beside or with it"
        return (f"the note has the {bond.thing.head.tok.text} {word} the {bond.other.head.tok.text}; the draft "
                f"says it {said}")
    return None


def _recoloured(bond: Worn, drafted: tuple[Worn, ...], everyone: list[Worn]) -> str | None:
    """The note's wearer given its worn thing in other colours only ("a man with brown hair" for the
    note's "man with black hair"), which no note gives it."""
    mine = _colours(bond.item)
    theirs = [d for d in drafted if same_head(d.item.head, bond.item.head) and _same_wearer(bond.owners, d.owners)
              and _colours(d.item)] if mine else []
    if not theirs or any(_colours(d.item) & mine for d in theirs):
        return None
    d = theirs[0]
    if any(same_head(e.item.head, d.item.head) and _colours(e.item) & _colours(d.item) and _same_wearer(e.owners, d.owners)
           for e in everyone):
        return None
    return (f"the note's {bond.owners[0].head.tok.text} has {' '.join(sorted(mine))} {bond.item.head.tok.text}; the "
            f"draft's has {' '.join(sorted(_colours(d.item)))}")


_WEAR_WORDS = frozenset("wear dress clothe sport don".split())


def wear_said(note_text: str, draft: Draft, missing: list[str]) -> list[int] | None:
    """The sentences that say each thing the note has someone wear on that one, in other words
    ("a man in a red shirt" for "man wearing red shirt"), when the wear verb is all the note's
    match found missing; None otherwise."""
    mine = note_worn(note_text)
    if not mine or not missing or not all(lexicon.lemmas(m.lower()) & _WEAR_WORDS for m in missing):
        return None
    drafted = draft_worn(draft.text)
    said = [next((d for d in drafted if _same_item(b.item, d.item) and _same_wearer(b.owners, d.owners)), None)
            for b in mine]
    if any(d is None for d in said):
        return None
    return sorted({draft.sent_of[_index(draft.words)[d.item.head.tok.start]] for d in said})


def wear_words(note_text: str) -> str:
    """The wear verbs a note that has someone wear a thing licenses ("wearing" for "a man in a red shirt")."""
    return " wearing wears wore dressed" if note_worn(note_text) else ""
