"""An instruction's effect said in the result's own words (issue 23, check23ai): a removal's word
kept only inside a name the result brings in, an old word left past the new wording as context both
sides share, an added claim made by moving its name onto the thing, and a replacement whose old side
only describes what it replaces, rewritten there. `edit_effects` asks these before an edit is
reported as not made."""

from __future__ import annotations

from difflib import SequenceMatcher

from assistant import lexicon
from assistant.check.binding import BREAK_CHARS
from assistant.check.edit_effects import asserted, in_text, is_unit
from assistant.check.edit_parsing import Edit, claim_of
from assistant.check.words import Draft, Key, Word, note_key, note_words


def only_in_new_name(unit: str, draft: Draft, before: Draft) -> bool:
    """Every mention of a removal's word the result keeps is inside a name the result brings in: a
    run of capitalised words the original never wrote, none of whose other words is one the original
    capitalises ("the Association of Welsh Hauliers" after "a Welsh farmer"; "Federation of Indian
    Airlines" after "an Indian MP ... an airline employee"). The word names that body now, not the
    thing the removal was about; a name the original wrote ("Welsh Farmer"), one that takes in its
    names ("Indian MP Raj Patel" after "an Indian MP") or one that is the original's thing with
    capitals (`_the_originals_thing`: "Welsh Senator Dai Rees" after "a Welsh senator") still says it."""
    at = [i for i, w in enumerate(draft.words) if w.lower == unit or lexicon.same_word(unit, w.lower)]
    starts = set(before.first)
    named = {r for k, w in enumerate(before.words) if w.tok.text[:1].isupper() and k not in starts
             for r in lexicon.roots(w.lower)}
    used = {r for w in before.words for r in lexicon.roots(w.lower)}
    text = " ".join(w.lower for w in before.words)
    return bool(at) and all(_brought_in_name(i, draft, named, used, text) for i in at)


#: Lower-case words inside a name: "the Association of Welsh Hauliers", "Department for Education".
_NAME_JOINS = frozenset({"of", "for"})


def _brought_in_name(i: int, draft: Draft, named: set[str], used: set[str], original: str) -> bool:
    ws = draft.words
    s = draft.sent_of[i]

    def capitalised(j: int) -> bool:  # a sentence's first word is capitalised whatever it is
        return 0 <= j < len(ws) and draft.sent_of[j] == s and j != draft.first[s] and ws[j].tok.text[:1].isupper()

    def joined(j: int, step: int) -> bool:  # "of" between two capitalised words is the name's
        return 0 <= j < len(ws) and ws[j].lower in _NAME_JOINS and capitalised(j + step)

    if not capitalised(i) and i != draft.first[s]:
        return False
    lo, hi = i, i
    while capitalised(lo - 1) or joined(lo - 1, -1):
        lo -= 1
    while capitalised(hi + 1) or joined(hi + 1, 1):
        hi += 1
    others = [ws[j] for j in range(lo, hi + 1) if j != i]
    run = " ".join(w.lower for w in ws[lo:hi + 1])
    return (bool(others) and f" {run} " not in f" {original} " and not any(lexicon.roots(w.lower) & named for w in others)
            and not _the_originals_thing(ws[lo:i], ws[i + 1:hi + 1], used))


def _the_originals_thing(ahead: list[Word], after: list[Word], used: set[str]) -> bool:
    """A capitalised run around a removal's word that still writes the original's thing: all its
    other words are the original's, case aside ("Scottish Health Minister" after "the Scottish
    health minister"), or the original's words come first, as a title, and a person's or a firm's
    name follows ("Welsh Senator Dai Rees" after "a Welsh senator", "Japanese Carmaker Toyota").
    The name is a word the dictionary does not know: "Welsh Farmers Union" after "a Welsh farmer"
    is a new body (its "Union" is a common noun), and so is "Federation of Welsh Airlines" after "an
    airline worker" ("Federation" is no word of the original)."""
    def originals(w: Word) -> bool:
        return w.is_stop or bool(lexicon.roots(w.lower) & used)

    if not all(originals(w) for w in ahead):
        return False
    title = 0
    while title < len(after) and originals(after[title]):
        title += 1
    rest = after[title:]
    if not rest:
        return bool(ahead or after)
    return title > 0 and any(not lexicon.known_word(w.lower) for w in rest)


def beyond_new_side(unit: str, edit: Edit, draft: Draft, before: Draft) -> bool:
    """An old word the replacement left where it stood, past the words both sides share, with the
    new side written on their other side: "the most watched clip ever" -> "the third most watched
    clip ever" for "... the third most watched clip". The new wording went into the old phrase, and
    what the old side said past it is context both keep. Not when the word stands beside a word only
    the new side has ("the blue red van"): the old value is still written there."""
    old_roots = {r for w in note_words(edit.old) if not w.is_stop for r in lexicon.roots(w.lower)}
    new_roots = {r for w in note_words(edit.new) if not w.is_stop for r in lexicon.roots(w.lower)}

    def shared(w: Word) -> bool:
        return not w.is_stop and bool(lexicon.roots(w.lower) & old_roots & new_roots)

    def only_new(w: Word) -> bool:
        return not w.is_stop and bool(lexicon.roots(w.lower) & new_roots) and not lexicon.roots(w.lower) & old_roots

    def of_new_side(w: Word) -> bool:
        return w.is_stop or bool(lexicon.roots(w.lower) & new_roots)

    def reached(d: Draft, i: int, step: int) -> tuple[bool, bool]:
        """(a shared word stands next to i, a word only the new side has follows in the same mention)"""
        ws = d.words
        j = i + step
        if not (0 <= j < len(ws)) or not shared(ws[j]):
            return False, False
        while 0 <= j < len(ws) and of_new_side(ws[j]) and not _leaves_mention(d, j - step, j):
            if only_new(ws[j]):
                return True, True
            j += step
        return True, False

    at = [i for i, w in enumerate(draft.words) if is_unit(w, unit) or lexicon.same_word(unit, w.lower)]
    was = [i for i, w in enumerate(before.words) if is_unit(w, unit) or lexicon.same_word(unit, w.lower)]
    # each mention: the new wording on one side of it, and the original had it beside a shared word there too
    return bool(at) and all(any(reached(draft, i, step) == (True, True)
                                and any(reached(before, k, step)[0] for k in was) for step in (-1, 1))
                            for i in at)


#: Words that open another mention of a thing: an article or a demonstrative starts a new noun
#: phrase, a conjunction joins a second one ("the wooden bridge and the steel bridge").
_MENTION_OPENERS = frozenset("a an the this that these those and or but nor".split())


def _leaves_mention(d: Draft, k: int, j: int) -> bool:
    """Whether going from word k to its neighbour j leaves the phrase k is in: another sentence, a
    mark between them, or a word that opens another mention. The old value beside its own mention
    of the thing ("the wooden bridge and the steel bridge") still says it, whatever the new side
    says of another mention."""
    if not (0 <= k < len(d.words)) or d.sent_of[k] != d.sent_of[j]:
        return True
    return _marked(d, k, j) or d.words[j].lower in _MENTION_OPENERS


def moved_onto_topic(new: str, lacking: list[str], draft: Draft, original: str) -> list[str]:
    """The names of an added claim that the original had elsewhere and the result writes in a new
    place, when what lacks is only the claim's topic in common words: "the suspects being from
    Sunderland" made by "Two Sunderland men ..." where the original said "assaults in Sunderland".
    The topic only points at a thing of the original, which the result names its own way; a look
    (verify), since the name may qualify another thing. [] when a name is missing or still stands
    only where the original had it."""
    from assistant.check.edit_tiers import in_place  # noqa: PLC0415 (edit_tiers reads this module)

    claim = claim_of(new)
    if claim is None or not lacking:
        return []
    topic = note_key(" ".join(new[: len(new) - len(claim)].split()[:-1]), meta=True)
    names = note_key(claim, meta=True).names
    if not names or topic.names or topic.numbers or topic.quotes or not set(lacking) <= set(topic.content):
        return []
    before = Draft.cached(original)
    if all(in_text(u, original) and asserted(u, draft, True) and not in_place(u, draft, before)
           and not _on_its_old_thing(u, draft, before) for u in names):
        return list(names)
    return []


#: Words a phrase about a place runs on through: "a large fire on farmland in Dorset".
_PHRASE_LINKS = frozenset("a an the of in on at by for from with near into onto over under across along around "
                          "beside outside inside off".split())


def _on_its_old_thing(unit: str, draft: Draft, before: Draft) -> bool:
    """The result moved the name onto the thing it placed in the original, not onto the claim's
    subject: "a large Dorset fire on farmland" after "a large fire on farmland in Dorset" still
    places the fire. The thing is the last word of the common words right after the name in the
    result ("Dorset fire"); the original's is any content word of the phrase the name ended or
    began there."""
    ws = draft.words
    heads = {ws[k].lower for i, w in enumerate(ws) if is_unit(w, unit) for k in [_thing_after(draft, i)] if k is not None}
    if not heads:
        return False
    old = {before.words[j].lower for i, w in enumerate(before.words) if is_unit(w, unit) for j in _phrase_of(before, i)}
    return any(lexicon.same_word(h, o) for h in heads for o in old)


def _thing_after(d: Draft, i: int) -> int | None:
    """The last of the common words right after word i ("Dorset fire crews": crews), or None."""
    k = None
    j = i + 1
    while j < len(d.words) and not _leaves_mention(d, j - 1, j) and _part_of_thing(d.words[j]):
        k, j = j, j + 1
    return k


def _phrase_of(d: Draft, i: int) -> list[int]:
    """The content words of the phrase word i ends or begins: back over its links and words to a
    verb or a mark, and on over common words after it."""
    out: list[int] = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(d.words) and d.sent_of[j] == d.sent_of[i] and not _marked(d, j - step, j):
            w = d.words[j]
            if w.is_stop and (step > 0 or w.lower not in _PHRASE_LINKS) or not w.is_stop and not _part_of_thing(w):
                break
            out += [] if w.is_stop else [j]
            j += step
    return out


def _part_of_thing(w: Word) -> bool:
    """A common word that can name or describe a thing: no stop word, name, or verb alone ("fought")."""
    return not w.is_stop and not w.is_name and (lexicon.can_be_noun(w.lower) or lexicon.can_be_adjective(w.lower))


def _marked(d: Draft, k: int, j: int) -> bool:
    """Whether a mark (a comma, a bracket, a quote) stands between words k and j."""
    lo, hi = sorted((d.words[k], d.words[j]), key=lambda w: w.tok.start)
    return any(c in BREAK_CHARS for c in d.text[lo.tok.end : hi.tok.start])


def described_and_rewritten(edit: Edit, old_key: Key, new_key: Key, draft: Draft, before: Draft) -> list[str]:
    """The original's words the result rewrote where a replacement points, when its old side only
    describes what it replaces ("the report projecting savings in the future" for "could save"):
    none of the old side's own words, names, numbers or quotes is in the original, so whether the
    replacement was made cannot be read off the words, only seen. The rewrite must touch a word the
    old side describes (`_described`: "could save" -> "saved" for savings), not another word of the
    note ("according to a report" cut); [] when the result changed nothing there."""
    new_roots = {r for u in new_key.words() + [w.lower for w in note_words(edit.new)] for r in lexicon.key(u)}
    own = [u for u in old_key.words() if not lexicon.key(u) & new_roots]  # what the old side says and the new does not
    if not own or old_key.numbers or old_key.quotes or any(in_text(u, before.text) for u in own + list(old_key.names)):
        return []
    pointed = _described(edit.old, new_roots, before) or [w.lower for w in note_words(edit.old + " " + edit.new)
                                                           if not w.is_stop]
    old, new = [w.lower for w in before.words], [w.lower for w in draft.words]
    out: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal" and any(_said_by(pointed, w) for w in before.words[i1:i2] + draft.words[j1:j2]):
            out.append(" ".join(old[i1:i2]) + " -> " + (" ".join(new[j1:j2]) or "(cut)"))
    return out


def _said_by(note: list[str], w: Word) -> bool:
    """Whether word `w` is one of the note's words `note`, or the verb of its plural "-ings" noun
    ("saved" for "savings")."""
    return not w.is_stop and (any(lexicon.roots(w.lower) & lexicon.roots(n) for n in note) or any(
        lexicon.same_word(n.removesuffix("s"), w.lower) for n in note if n.endswith("ings")))


def _described(old: str, new_roots: set[str], before: Draft) -> list[str]:
    """The words both sides share that the old side's own words describe: for each own word, the
    nearest shared word after it (a verb's object: "forecasting gains"), else before it (a noun a
    phrase follows: "gains in the future"), the nearest the original writes first. In "the report
    forecasting gains in the future" that is "gains", not "report", whom the note names as the one
    saying it; in "taking over the role from previous actor", "taking" (the original: "take over
    from Peter Capaldi") and not "role", which the original never wrote."""
    ws = [w.lower for w in note_words(old) if not w.is_stop]
    shared = [bool(lexicon.key(w) & new_roots) for w in ws]
    out: list[str] = []
    for k in range(len(ws)):
        if shared[k]:
            continue
        near = [ws[j] for j in range(k + 1, len(ws)) if shared[j]] + [ws[j] for j in range(k - 1, -1, -1) if shared[j]]
        written = [n for n in near if any(_said_by([n], w) for w in before.words)]
        out += (written or near)[:1]
    return out
