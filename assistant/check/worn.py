"""Who wears or has what: a note's worn thing (clothes, hats, glasses, hair), a thing it holds, or
a thing of a colour or material it has ("a chair with a red cushion"), and the thing said to
wear, hold or have it.

The content match passes "A woman in a red shirt stands near a man" for "a man wearing a red
shirt stands near a woman": every content word is there, and binding.py's phrases keep the
shirt red. What changed is whose shirt it is. Read from binding.py's phrases and the word before
the thing, no parser: "X wearing W", "X in W", "X with W", "X dressed in W", "X holding W",
"W and W2" (one wearer), "He/She wears W" (the one man/woman named before), "X in white" (the colour
worn). A check-tier look: the reading of "in", "with" and of who "she" is stays a reading.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import BREAK_CHARS, CERTAIN_KINDS, PART_FORMS, Phrase, attr_kind, is_noun, note_phrases, same_head, sentence_phrases
from assistant.check.sentence_memo import remembered
from assistant.check.words import Draft, Word, note_words, says_any

#: Things worn, beside the lexicon's clothing and footwear (`[categories]`).
_WORN = frozenset("hat cap helmet beanie hood scarf tie glasses sunglasses goggles spectacles mask glove gloves "
                  "mitten apron backpack necklace bracelet earring watch headband bandana turban veil wig "
                  "headscarf cloak robe gown tunic shawl sock socks belt costume outfit".split())
#: What a person has as a worn thing is had: "a man with black hair" (said with "with" or "has").
_OWN_PARTS = frozenset("hair beard moustache mustache tattoo".split())
_WEAR_VERBS = frozenset("wearing wears wear wore sporting donning dons".split())
WITH = frozenset({"with", "w"})
#: Words by which a thing has another (of a colour or material, or worn): "a chair has a red cushion".
_HAS = frozenset("has have holding holds carrying carries".split())
_HOLD = frozenset("holding holds carrying carries".split())
DETERMINERS = frozenset("a an the his her their its some one two both".split())
_SKIP_TO_OWNER = frozenset("is are was were also both all each".split())
#: People a worn thing may be said of under another name: no other person for certain.
_ANYONE = frozenset("person people figure someone individual one statue mannequin character".split())
_MALE = frozenset("man boy gentleman guy father son husband he".split())
_FEMALE = frozenset("woman girl lady mother daughter wife she".split())


def before_determiners(ws, k: int) -> int:
    """The index of the last word at or before k that is no determiner (-1 if none)."""
    while k >= 0 and ws[k].lower in DETERMINERS:
        k -= 1
    return k


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


def first_word(p: Phrase) -> Word:
    return min((p.head, *p.attrs, *p.nouns), key=lambda w: w.tok.start)


def word_index(ws: list[Word] | tuple[Word, ...]) -> dict[int, int]:
    return {w.tok.start: i for i, w in enumerate(ws)}


def _worn(ws: list[Word] | tuple[Word, ...], found: tuple[Phrase, ...], text: str, offset: int,
          earlier: list[Phrase]) -> list[Worn]:
    """The worn things of one text (a note, or a draft sentence) and who wears them. `earlier`:
    the phrases before the text, for "he" and "she"."""
    at = word_index(ws)
    heads = {p.head.tok.start: p for p in found}
    out: list[Worn] = []
    for n, item in enumerate(found):
        wearable = is_worn(item.head.lower)
        k = before_determiners(ws, at[first_word(item).tok.start] - 1)
        held = k >= 0 and ws[k].lower in _HOLD  # "a woman holding a phone": any thing held
        if not wearable and not held and not any(attr_kind(a.lower) in CERTAIN_KINDS for a in item.attrs):
            continue
        if k < 0:
            continue
        marker = ws[k].lower
        gap = text[ws[k].tok.end - offset:first_word(item).tok.start - offset]
        if any(c in BREAK_CHARS for c in gap):
            continue
        owners: tuple[Phrase, ...] = ()
        if marker == "and" and n and out and out[-1].item is found[n - 1]:
            owners = out[-1].owners  # "wearing a red shirt and blue jeans": one wearer
        elif marker in _WEAR_VERBS and wearable or marker in _HAS:
            owners = _owner_before(ws, k, heads, text, offset, earlier, found, any_thing=True)
        elif marker in WITH or marker == "in" and wearable:
            j = k - 1 if k > 0 and ws[k - 1].lower in ("dressed", "clad") else k
            owners = _owner_before(ws, j, heads, text, offset, earlier, found, any_thing=False)
        if owners:
            out.append(Worn(owners, item))
    return out + _in_colour(ws, heads, text, offset, earlier, found) + _hyphened(ws, found, text, offset)


def _hyphened(ws, found: tuple[Phrase, ...], text: str, offset: int) -> list[Worn]:
    """"a brown-haired woman" has brown hair: the part the "-ed" word names, in the colour before it."""
    out = []
    for k, w in enumerate(ws[:-1]):
        part = ws[k + 1]
        if not w.color or part.lower not in PART_FORMS or text[w.tok.end - offset:part.tok.start - offset] != "-":
            continue
        owner = next((p for p in found if p.head.tok.start > part.tok.start), None)
        if owner is None or not all(is_noun(v) or attr_kind(v.lower) for v in ws[k + 2:word_index(ws)[owner.head.tok.start]]):
            continue
        stem = next((x for x in (part.lower[:-2], part.lower[:-1]) if is_noun(replace(part, lower=x))), None)
        if stem is not None:
            out.append(Worn((owner,), Phrase(head=replace(part, lower=stem), attrs=[w])))
    return out


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
        who = [p for p in before if _lemma_in(p.head.lower, group)]
        return (who[0],) if len(who) == 1 else ()  # "A man watches a boy. He wears ...": either, not judged
    owner = heads.get(ws[j].tok.start)
    if any_thing and any(w.lower in ("who", "whom", "which", "that") for w in ws[:j]):
        return ()  # "A man who greets a woman wears ...": the woman is the clause's object, not the wearer
    if owner is None or is_worn(owner.head.lower) or _after_preposition(ws, owner) and (
            any_thing or not _person(owner.head.lower)):
        return ()  # "two children on bikes wear helmets": the subject wears them; "next to a man in white": the man
    if "," in text[ws[j].tok.end - offset:ws[k].tok.start - offset] and not any_thing:
        return ()
    return (owner, *_joined_before(owner, found, text, offset))


#: Words after which a thing is a place or a companion, not the subject that wears what follows.
_PREPOSITIONS = frozenset("on in at with by near beside behind under over of from to into onto against "
                          "among between w".split())


def _after_preposition(ws, p: Phrase) -> bool:
    """The thing is the object of a preposition or of a verb before it ("with white-framed windows",
    "windows having white shutters"): the clause's subject is another."""
    k = before_determiners(ws, word_index(ws)[first_word(p).tok.start] - 1)
    return k >= 0 and (ws[k].lower in _PREPOSITIONS | _HAS | _WEAR_VERBS or ws[k].lower.endswith(("ing", "ed"))
                       and len(ws[k].lower) > 4)


def _joined_before(p: Phrase, found: tuple[Phrase, ...], text: str, offset: int) -> tuple[Phrase, ...]:
    """The things "and" joins before `p` ("a man and a woman wearing hats")."""
    out = []
    i = found.index(p)
    while i > 0:
        prev = found[i - 1]
        gap = text[prev.head.tok.end - offset:first_word(found[i]).tok.start - offset].lower().split()
        if [g for g in gap if g not in DETERMINERS] != ["and"]:
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
        if says_any(draft.sents[s].text, _HE_SHE):  # the only words that look back
            out += _worn(draft.sentence_words(s), found[s], text, 0, [p for e in found[:s] for p in e])
        else:
            out += remembered(_read_worn, text, s)
    return tuple(out)


_HE_SHE = frozenset({"he", "she"})


def _read_worn(text: str, s: int) -> tuple[Worn, ...]:
    """`_worn` of draft sentence s with no "he" or "she": it reads the sentence's words, phrases and
    text only (`sentence_memo`)."""
    return tuple(_worn(Draft.cached(text).sentence_words(s), sentence_phrases(text)[s], text, 0, []))


def _colours(p: Phrase) -> frozenset[str]:
    return frozenset(w.color for w in p.attrs if w.color)


def _same_item(a: Phrase, b: Phrase) -> bool:
    """One worn thing: the same name, and no colours that tell them apart."""
    ca, cb = _colours(a), _colours(b)
    return same_head(a.head, b.head) and not (ca and cb and not ca & cb)


def names(p: Phrase, q: Phrase) -> bool:
    return p.names(q.head) or q.names(p.head) or same_head(p.head, q.head)


def _same_wearer(owners: tuple[Phrase, ...], others: tuple[Phrase, ...]) -> bool:
    if any(names(o, q) for o in owners for q in others):
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
            if not any(names(p, q) for p in named):
                continue  # a thing no note names may be the note's wearer said another way
            item = " ".join(w.tok.text for w in (*bond.item.attrs, bond.item.head))
            return (f"the note gives the {item} to the {bond.owners[0].head.tok.text}; the draft gives it to the "
                    f"{q.head.tok.text}")
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
    return sorted({draft.sent_of[word_index(draft.words)[d.item.head.tok.start]] for d in said})


@lru_cache(maxsize=4096)
def wear_words(note_text: str) -> str:
    """The wear verbs a note that has someone wear a thing licenses ("wearing" for "a man in a red shirt")."""
    return " wearing wears wore" if any(is_worn(b.item.head.lower) or b.item.head.color
                                         for b in note_worn(note_text)) else ""
