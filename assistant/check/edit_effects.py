"""Whether an edit's effect is in the result when its words are not: an addition or a
replacement whose own content (the names, numbers and quotes it brings that the original
lacked) is there, and a replacement whose old content is gone with something new written in
its place. `edit_checks` asks these before it reports an edit as not made."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from assistant import lexicon
from assistant.check import binding, edit_sides, matching
from assistant.check.edit_parsing import Edit
from assistant.check.numbers import fmt_number, multiplied
from assistant.check.words import Draft, Key, Word, matches, note_words


@dataclass(frozen=True)
class Effect:
    """An edit whose effect is in the result though some of its words are not."""

    status: Literal["kept", "verify"]
    evidence: str




def own_content(key: Key, original: str | None) -> list[str]:
    """The units of an edit's new side that name something specific (a name, number or quote)
    the original did not have: what the addition or replacement brings in, whatever words the
    note wraps around it ("users from Fooforum and other sites joining in": fooforum)."""
    units = list(key.names) + [fmt_number(n) for n in key.numbers]
    new = [u for u in units if original is None or not in_text(u, original)]
    return new + [q for q in key.quotes if original is None or q not in original.lower()]


def wording_only(key: Key, missing: list[str], original: str | None, frame: frozenset[str] = frozenset(),
                 claim: frozenset[str] = frozenset()) -> bool:
    """The new side's own content is all in the result and what it lacks is the note's wording
    around it: words the old side says too (`frame`: "X making the declaration" -> "Y making the
    declaration" changes who), or at most half of the side's other common words ("joining in",
    "participating"), which the result may say otherwise or leave to the names. A side with no
    content of its own, one whose specific unit is missing, or one that lacks a word of the claim
    it states (`claim`: "Wales also being part of the development" adds the part, not only Wales)
    is judged on its words."""
    own = own_content(key, original)
    if not own or not missing or set(missing) & (set(own) | set(key.names) | set(key.quotes)):
        return False
    if any(u[:1].isdigit() for u in missing):
        return False
    lacking = set(missing) - frame
    if lacking & claim:
        return False
    common = [u for u in key.content if u not in key.names and u not in frame]
    return len(lacking) * 2 <= len(common)


def written_in_place(old_units: list[str], before: Draft, after: Draft) -> list[str]:
    """The content words the result writes where the original had the old side's words and the
    original never wrote: what the result put in their place ("Premier League" -> "Norwich and
    Peterborough": norwich, peterborough). [] when the old words were only cut, or replaced by
    words the original already had."""
    old = [w.lower for w in before.words]
    new = [w.lower for w in after.words]
    had = {r for w in before.words for r in lexicon.roots(w.lower)}

    def is_old(w: Word) -> bool:
        return any(w.lower == u or lexicon.same_word(u, w.lower) for u in old_units)

    out: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "replace" or not any(is_old(w) for w in before.words[i1:i2]):
            continue
        out += [w.lower for w in after.words[j1:j2]
                if not w.is_stop and w.number is None and not lexicon.roots(w.lower) & had]
    return out


def in_another_role(unit: str, draft: Draft, before: Draft, supplied: frozenset[str], *, replacing: bool) -> bool:
    """Every mention of an old-side word the result keeps names something else: it is inside a
    longer name the original never wrote whose other words another note asks for ("Fenwick" of
    "the Fenwick Marine Centre" when a note adds the marine centre); or, in a replacement, it is
    only an owner now where the original wrote it bare ("Norland's budget" after "Norland made
    the announcement" became the UN's): the thing the edit took away no longer does it."""
    at = [i for i, w in enumerate(draft.words) if w.lower == unit or lexicon.same_word(unit, w.lower)
          or _possessor(w) == unit]
    if not at:
        return False
    return all(_in_new_name(i, draft, before, supplied) for i in at) or (
        replacing and all(_possessor(draft.words[i]) == unit for i in at)
        and any(w.lower == unit for w in before.words))


def _possessor(w: Word) -> str | None:
    for end in ("'s", "’s"):
        if w.lower.endswith(end) and w.tok.text[:1].isupper():
            return w.lower[: -len(end)]
    return None


def _in_new_name(i: int, draft: Draft, before: Draft, supplied: frozenset[str]) -> bool:
    ws = draft.words
    if not ws[i].tok.text[:1].isupper():
        return False
    lo = hi = i
    while lo > 0 and ws[lo - 1].tok.text[:1].isupper() and draft.sent_of[lo - 1] == draft.sent_of[i]:
        lo -= 1
    while hi + 1 < len(ws) and ws[hi + 1].tok.text[:1].isupper() and draft.sent_of[hi + 1] == draft.sent_of[i]:
        hi += 1
    others = [w for j, w in enumerate(ws[lo : hi + 1], lo) if j != i]
    run = " ".join(w.lower for w in ws[lo : hi + 1])
    return (bool(others) and all(lexicon.roots(w.lower) & supplied for w in others)
            and run not in " ".join(w.lower for w in before.words))


#: Nouns that state a thing's absence or loss right after it ("power cuts", "water shortage", "job
#: losses"): the note says the thing is gone, as a result's "without power" does. General vocabulary.
_PRIVATIVES = frozenset({"cut", "cuts", "outage", "outages", "shortage", "shortages", "loss", "losses", "lack",
                         "absence", "failure", "failures", "closure", "closures"})


def absence_named(note: tuple[Word, ...] | list[Word], unit: str) -> bool:
    """The note names `unit`'s absence with a noun after it ("power cuts" for "without power"),
    so a negation of `unit` in the result says what the note says."""
    return any((w.lower == unit or lexicon.same_word(unit, w.lower)) and i + 1 < len(note)
               and note[i + 1].lower in _PRIVATIVES for i, w in enumerate(note))


def effect_there(edit: Edit, new_key: Key, old_key: Key, lacking: list[str], old_only: list[str], draft: Draft,
                 original: str | None, hedged: bool = False) -> Effect | None:
    """An addition or replacement that lacks only some of its words while its effect is there (its
    old content gone): made, when the names, numbers or quotes it brings are all in the result and
    what lacks is the note's wording around them, or, for an added claim, only its topic's words
    (`edit_sides.added_claim_topic`); for a look ("verify"), when the result writes
    something new where the old words stood (the note may describe what the result names). None
    when neither holds: the edit is judged on its words."""
    if edit.kind not in ("add", "replace") or hedged:  # a hedge lives in the words
        return None
    frame = frozenset(u for u in old_key.words() if u in new_key.words())
    if wording_only(new_key, lacking, original, frame, edit_sides.claim_words(edit.new)):
        own = own_content(new_key, original)
        evidence = (f"{edit.kind} applied: what it brings ({', '.join(own)}) is there; the note's other words "
                    f"({', '.join(lacking)}) are its wording")
        return Effect("kept", evidence)
    if edit.kind == "add" and original is not None and (topic := edit_sides.added_claim_topic(edit.new, original)):
        if set(lacking) <= topic:
            evidence = f"add applied: the claim it adds is there; {', '.join(lacking)} only point at what the result names"
            return Effect("kept", evidence)
    from assistant.check import edit_rewordings  # noqa: PLC0415 (it reads this module's counts)

    moved = edit_rewordings.moved_onto_topic(edit.new, lacking, draft, original) if edit.kind == "add" and original else []
    if moved:
        evidence = (f"add made by moving {', '.join(moved)} onto what the note calls "
                    f"{', '.join(lacking)}? verify it says {edit.new!r}")
        return Effect("verify", evidence)
    before = Draft.cached(original) if original is not None else None
    if edit.kind != "replace" or before is None or set(lacking) & set(matching.critical_units(new_key)):
        return None
    if rewritten := edit_rewordings.described_and_rewritten(edit, old_key, new_key, draft, before):
        evidence = (f"replace made in other words? the note describes what it replaces, and the result rewrites "
                    f"{', '.join(rewritten)} there; verify it says {edit.new!r}")
        return Effect("verify", evidence)
    gone = [u for u in old_only if in_text(u, original) and asserted(u, draft, True) < asserted(u, before, True)]
    if not gone or len(gone) < len([u for u in old_only if in_text(u, original)]):
        return None
    written = written_in_place(gone, before, draft)
    if not written:
        return None
    evidence = (f"replace made in other words? the old content ({', '.join(gone)}) is gone and the result writes "
                f"{', '.join(dict.fromkeys(written))} in its place; verify it says {edit.new!r}")
    return Effect("verify", evidence)


# ------------------------------------------------------------------ what the result says and did


def removed_any(before: Draft, after: Draft) -> bool:
    return bool(_content(before) - _content(after))


def added_any(before: Draft, after: Draft) -> bool:
    """New words, or words of the original put in a new place: "Add the name of the body"
    carried out by moving "Welsh Rugby Union" from a title into the clause it concerns."""
    return bool(_content(after) - _content(before)) or _moved_in(before, after)


def _moved_in(before: Draft, after: Draft) -> bool:
    old, new = [w.lower for w in before.words], [w.lower for w in after.words]
    return any(tag in ("insert", "replace") and any(not w.is_stop for w in after.words[j1:j2])
               for tag, _, _, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes())


def _content(d: Draft) -> Counter:
    """The content words, with a short word written in capitals ("US", "IT", "WHO"): an initialism, not
    the pronoun or particle it spells."""
    return Counter(w.lower for w in d.words if not w.is_stop or len(w.tok.text) > 1 and w.tok.text.isupper())


def in_text(unit: str, text: str) -> bool:
    return any(matches(unit, w) or w.number is not None and fmt_number(w.number) == unit for w in note_words(text))


def asserted(unit: str, draft: Draft, negated: bool = False) -> int:
    """How often the draft asserts `unit` (negated mentions count only when asked)."""
    framing = lexicon.load().framing

    def asserts(w: Word) -> bool:
        return is_unit(w, unit) or (w.number is None and not w.is_stop and w.lower not in framing
                                    and lexicon.same_word(unit, w.lower))

    return sum(1 for i, w in enumerate(draft.words)
               if asserts(w) and (negated or i not in draft.negated) and not multiplied(draft.words, i))


def left_as_context(edit: Edit, still: list[str], names: frozenset[str], units: list[str], numbers: list[str],
                    new_made: bool, draft: Draft, original: str | None) -> bool:
    """The old side's words `still` in the result are context the edit keeps, not a leftover: none is
    a name or a number, and a removal took out its other words where they stood (`removed_beside`), or
    a replacement whose new side is there (`new_made`) took out every mention of each of its old side's
    numbers and of at least one of its own words or numbers ("an auction of 1,000 instruments" -> "an
    auction of the Burnett collection" for "1000 instruments being auctioned": "auction" stays); not
    when what a number counted is left ("rescued people" for "12 people being rescued": the claim
    stays, uncounted)."""
    if original is None or any(u[:1].isdigit() or u in names for u in still):
        return False
    before = Draft.cached(original)
    if edit.kind == "remove":
        return removed_beside(units, still, draft, before)
    from assistant.check import edit_rewordings  # noqa: PLC0415 (it reads this module's counts)

    if edit.kind == "replace" and new_made and still and all(
            edit_rewordings.beyond_new_side(u, edit, draft, before) for u in still):
        return True  # "the most watched clip ever" -> "the third most watched clip ever": "ever" is context
    return (edit.kind == "replace" and new_made and not any(asserted(n, draft, True) for n in numbers)
            and not _counted(edit.old) & {r for u in still for r in lexicon.key(u)}
            and any(0 < asserted(u, before, True) and not asserted(u, draft, True) for u in units + numbers))


def _counted(side: str) -> set[str]:
    """Roots of the words a side's numbers count ("12 people being rescued": people)."""
    ws = note_words(side)
    return {r for a, b in zip(ws, ws[1:]) if a.number is not None and b.number is None for r in lexicon.key(b.lower)}


#: How near, in words of the original, a removal's word the result took out stands to one it left.
_BESIDE = 4


def removed_beside(units: list[str], left: list[str], draft: Draft, before: Draft) -> bool:
    """Some of a removal's words were deleted (nothing put in their place), and each word of it left
    is what the part deleted qualified: the head after it, only content words between ("the final
    warm-up game" -> "the warm-up game"), or, when the part was one of a list, the words it shared with
    the others beside it ("health and social care providers" -> "health care providers" for "social
    care providers", "the tax affairs of Apple and Fiat" -> "of Apple"). Not when a word left stands
    before a lone describing word deleted or past a preposition after it ("the stolen red car" -> "the
    stolen car", "a violent fight outside a bar" -> "a fight outside a bar": what it names stays), nor
    when a word left is a name or a rank ("the world's first ferry" -> "the first ferry": the claim
    stays), nor when the words went by being replaced ("Dupont has arrested" -> "Police have arrested"
    for "Dupont making the arrests": the claim stays, said of another)."""
    gone = [u for u in units if 0 < asserted(u, before, True) and asserted(u, draft, True) < asserted(u, before, True)]

    def at(unit: str) -> list[int]:
        return [i for i, w in enumerate(before.words) if is_unit(w, unit) or not w.is_stop and lexicon.same_word(unit, w.lower)]

    matcher = SequenceMatcher(None, [w.lower for w in before.words], [w.lower for w in draft.words], autojunk=False)
    deleted = {i for tag, i1, i2, _, _ in matcher.get_opcodes() if tag == "delete" for i in range(i1, i2)}
    went = [i for u in gone for i in at(u) if i in deleted]
    if not went or not left or any(before.words[i].is_name for u in left for i in at(u)) or any(map(_rank, left)):
        return False
    if any(_describing(before.words[i]) for u in left for i in at(u)) and not all(
            _rank(before.words[j].lower) or before.words[j].lower in _SEQUENCE for j in went):
        return False  # a rank that went ranked all after it: "the final large housing estate" -> "the large housing estate"
    listed = {j for j in went if _in_list(before, deleted, j)}
    return all(any(abs(i - j) <= _BESIDE and (j in listed or _qualified(before.words, j, i)) for i in at(u) for j in went)
               for u in left)


def _qualified(ws: list[Word], j: int, i: int) -> bool:
    """Whether word i is in the head that word j, before it, qualifies: no stop word between
    ("final home game", not "fight outside a bar")."""
    return j < i and not any(w.is_stop for w in ws[j + 1:i])


def _in_list(before: Draft, deleted: set[int], j: int) -> bool:
    """Whether the run of deleted words through word j was one of a list: "and", "or" or a comma in
    it or at its edges ("private and social housing", "Apple, Starbucks and Fiat")."""
    a, b = j, j
    while a - 1 in deleted:
        a -= 1
    while b + 1 in deleted:
        b += 1
    ws = before.words
    a, b = max(a - 1, 0), min(b + 1, len(ws) - 1)
    return any(w.lower in ("and", "or", "nor") for w in ws[a:b + 1]) or any(
        "," in before.text[ws[k].tok.end:ws[k + 1].tok.start] for k in range(a, b))


def _describing(w: Word) -> bool:
    """A colour, material or size, or a participle that is no noun ("stolen", "damaged"): one more
    description of the thing the removal names, not the thing a deleted word qualified ("the stolen
    red car" -> "the red car", "the red and stolen car" -> "the stolen car": a car so described
    stays). "home" of "final home game" and "care" of "social care providers" name kinds, and stay
    context."""
    if binding.attr_kind(w.lower) in ("colour", "material", "size"):
        return True
    return (w.lower.endswith(("ed", "en")) and lexicon.can_be_verb(w.lower) and not lexicon.can_be_noun(w.lower)
            and not lexicon.is_verb_base(w.lower))


#: Words that place a thing in a series, as an ordinal does ("the final game", "the last wooden pier").
_SEQUENCE = frozenset({"final", "last", "latest", "next", "previous", "penultimate"})


def _rank(word: str) -> bool:
    return lexicon.ordinal_value(word) is not None or word.endswith("est") and lexicon.can_be_adjective(word)


def no_longer_said(unit: str, draft: Draft, before: Draft) -> bool:
    """A removal's word the result still writes, but not of the thing removed: only as a common word
    where the original had it in a name (`name_gone`), or only inside a name the result brings in."""
    from assistant.check import edit_rewordings  # noqa: PLC0415 (it reads this module's counts)

    return name_gone(unit, draft, before) or edit_rewordings.only_in_new_name(unit, draft, before)


def name_gone(unit: str, draft: Draft, before: Draft) -> bool:
    """The original writes `unit` only inside names ("the Premier League") and the result only as a
    common word ("the league"): the name went; the word left stands in for it, as "a person" does.
    A sentence's first word says neither: "Scottish Health Minister Ann Reid opened ..." after "the
    Scottish health minister" still calls her Scottish, so one mention must be written in lower case."""
    was = [w for w in before.words if is_unit(w, unit)]
    now = [w for w in draft.words if is_unit(w, unit)]
    return (bool(was) and bool(now) and all(w.is_name for w in was) and not any(w.is_name for w in now)
            and any(w.tok.text[:1].islower() for w in now))


def is_unit(w: Word, unit: str) -> bool:
    """Whether word `w` is `unit` as written: the same word, or the same number however written."""
    return w.lower == unit or w.number is not None and fmt_number(w.number) == unit


def still_present(units: list[str], draft: Draft) -> list[str]:
    """The units an edit should have removed that the draft still asserts (not negated)."""
    return [u for u in units if asserted(u, draft)]
