"""Negation and polarity: a negated note must stay negated, and the draft may not negate
what the notes state (nor add a negation the notes lack)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.text import ARTICLES

if TYPE_CHECKING:
    from assistant.check.spatial import Tally
    from assistant.check.words import Draft, Key, Word

NEGATION_REACH = 4  # a negation cue governs this many following tokens
NEGATION = "<negation>"
#: Marks and conjunctions that end a cue's clause ("not because ..." does not deny the reason).
_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?]|\b(?:but|because|although|though|whereas|unless)\b")
#: Prepositions of place: after a negated thing they say where it is not, and are not negated
#: themselves ("no clouds in the background": the clouds are absent, the background is not).
#: A finite auxiliary after the negated words opens the next predicate: the cue's clause is over.
_NEXT_PREDICATE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "near", "under", "over", "above", "below", "behind", "beside",
                                 "inside", "outside", "across", "along", "around", "between", "among"})


def no_more_negations(said: "list[Word]", had: "list[Word]") -> bool:
    """`said` negates no more often than `had`, whatever cue each uses: "will not ... any more" for
    "will no longer", "did not" for "didn't" restate the original's negation, they add none."""
    return sum(1 for w in said if w.negation) <= sum(1 for w in had if w.negation)


def negated_indices(words: "list[Word] | tuple[Word, ...]", text: str, offset: int) -> set[int]:
    """Indices of words governed by a negation cue (same clause, within reach, up to a place
    preposition after the negated thing)."""
    out: set[int] = set()
    for i, w in enumerate(words):
        if not w.negation or not denies(words, i, text, offset):
            continue
        thing = False
        for j in range(i + 1, min(len(words), i + 1 + NEGATION_REACH)):
            between = text[w.tok.end - offset : words[j].tok.start - offset]
            # "no clouds in the background": "no"/"without" negate a thing, not its place; "not
            # parked in the garage" negates the place too
            if _CLAUSE_BREAK_RE.search(between) or thing and w.lower in ("no", "without") \
                    and (words[j].lower in _PLACE_PREPOSITIONS or _participle(words[j].lower)):
                break  # nor what the thing's place or a participle says of the whole ("no leaves surrounded by grass")
            if thing and words[j].lower in _NEXT_PREDICATE:
                break  # "a man who is not smiling is holding ...": the relative clause ended
            out.add(j)
            thing = thing or not words[j].is_stop
    return out


def _participle(low: str) -> bool:
    """"surrounded", "standing": a participle after a thing "no" denies, which says something of
    what has (or lacks) it: "a tree with no leaves surrounded by grass" denies only the leaves."""
    from assistant import lexicon  # noqa: PLC0415 (lexicon imports this module's users)

    return low.endswith(("ed", "ing")) and len(low) > 4 and lexicon.can_be_verb(low)


def denies(words: "list[Word] | tuple[Word, ...]", i: int, text: str, offset: int) -> bool:
    """Whether the negation cue at `i` denies what follows. It does not in a comparison ("not as
    tall as"), in "not only ... (but also)", which adds, before a word that is itself negative
    ("not untrue", "not impossible": a double negative affirms), nor in "not ... until", which says
    when, not whether ("the bridge will not open until May")."""
    if compares(words, i):
        return False
    if words[i].lower == "no" and i and words[i - 1].lower in _ANSWERING:
        return False  # "should say no because ...": the answer, not a denial of what follows
    nxt = words[i + 1].lower if i + 1 < len(words) else ""
    if words[i].lower in ("not", "n't") and nxt in _ADDING:
        return False
    if words[i].lower in ("not", "n't", "never") and nxt and _negative_word(nxt):  # "without uneven stones" denies
        return False
    return not _until(words, i, text, offset)


_ANSWERING = frozenset({"say", "says", "said", "saying", "answer", "answers", "answered", "reply", "replies",
                        "replied", "respond", "responds"})
#: "not only", "not just", "not merely", "not simply": the clause adds to what it names.
_ADDING = frozenset({"only", "just", "merely", "simply"})
_NEGATIVE_PREFIXES = ("un", "in", "im")


def _negative_word(low: str) -> bool:
    """An adjective formed by a negative prefix on another ("untrue", "impossible", "unlike"); not
    a participle ("not unlocked" says locked, a state the cue still denies)."""
    from assistant import lexicon  # noqa: PLC0415 (lexicon imports this module's users)

    return not low.endswith("ed") and lexicon.can_be_adjective(low) and any(
        low.startswith(p) and len(low) - len(p) >= 4 and lexicon.can_be_adjective(low[len(p):])
        for p in _NEGATIVE_PREFIXES)


def _until(words: "list[Word] | tuple[Word, ...]", i: int, text: str, offset: int) -> bool:
    """"until" or "till" in the cue's clause, within reach after what the cue governs."""
    for j in range(i + 1, min(len(words), i + 3 + NEGATION_REACH)):
        if _CLAUSE_BREAK_RE.search(text[words[i].tok.end - offset : words[j].tok.start - offset]):
            return False
        if words[j].lower in ("until", "till"):
            return True
    return False


def compares(words: "list[Word] | tuple[Word, ...]", i: int) -> bool:
    """"not as tall as the others", "not so big as": a comparison, which does not deny "tall"."""
    return words[i].lower in ("not", "n't") and i + 1 < len(words) and words[i + 1].lower in ("as", "so") \
        and any(w.lower in ("as", "than") for w in words[i + 3 : i + 6])


def polarity_problem(unit: str, note_negated: bool, draft_negated: list[bool]) -> str | None:
    """A unit negated in the note but not in the draft, or the other way round.

    `draft_negated` holds one flag per mention; any, not all: a larger window must not hide
    "is not painted" behind a second, unnegated mention of the same word in the next sentence.
    """
    if note_negated and not any(draft_negated):
        return f"'{unit}' is no longer negated"
    if not note_negated and any(draft_negated):
        return f"'{unit}' is negated in the draft"
    return None


def counted_negation(w: "Word", negated: bool = False) -> list[str]:
    """The negation unit a word adds to the draft's count (see spatial.surplus)."""
    return [NEGATION] if w.negation else []


def compares_at(draft: "Draft", i: int) -> bool:
    """The cue at flat index `i` makes a comparison ("not as tall as the others"): it adds no
    negation to the draft's count, whatever the notes say ("tall buildings" stays tall)."""
    s = draft.sent_of[i]
    return compares(draft.sentence_words(s), i - draft.first[s])


def negation_flips(unit: str, i: int, draft: "Draft", tally: "Tally") -> str | None:
    """A surplus negation differs from the notes when it negates what they supply: some content
    word it governs is supported ("the dog is not brown" for "brown dog"), or it governs none
    ("are not on either side"). A negation of content no note gives ("no evidence" where
    nothing supplies the evidence) is part of that unsupported content: check tier."""
    s = draft.sent_of[i]
    if not denies(draft.sentence_words(s), i - draft.first[s], draft.sents[s].text, draft.sents[s].start):
        return None  # a comparison, "not only", a double negative, "not ... until": no opposite of the notes
    if i > draft.first[s] and draft.words[i - 1].lower in _POSSIBLY:
        return None  # "may not have a place": a risk, not the opposite stated; a look (check tier)
    governed = [j for j in range(i + 1, min(len(draft.words), i + 1 + NEGATION_REACH))
                if j in draft.negated and draft.sent_of[j] == draft.sent_of[i] and not draft.words[j].is_stop]
    supplied = [draft.words[j].tok.text for j in governed
                if not any(u.start <= draft.words[j].tok.start < u.end for u in tally.unsupported)]
    if supplied:
        return f"it negates {', '.join(repr(w) for w in supplied)}, which the notes state"
    return None if governed else "it negates what the notes state"


#: Modals of possibility: "may not", "might not", "could not" (in "could not" also an inability,
#: which a lead should still see as a look) state no opposite for certain.
_POSSIBLY = frozenset({"may", "might", "could"})

#: Cues that only negate; the others ("failed", "lacks", "absent") say what happened, in a verb.
_PLAIN_CUES = frozenset({"no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere",
                         "without"})


def cue_restated(note_words: "list[Word] | tuple[Word, ...]", draft_words: "list[Word] | tuple[Word, ...]") -> bool:
    """The note's own cue of failure or absence is in the draft's words too ("the council failed
    to make sure its figures were accurate" for "the council failing to publish accurate
    figures"): the failure is stated, with another verb, so a note word outside its reach is no
    lost negation."""
    from assistant import lexicon  # noqa: PLC0415 (lexicon imports this module's users)

    cues = {r for w in note_words if w.negation and w.lower not in _PLAIN_CUES and not w.lower.endswith("n't")
            for r in lexicon.roots(w.lower)}
    return bool(cues) and any(w.negation and lexicon.roots(w.lower) & cues for w in draft_words)


#: Words that join another statement to a denied one ("is not stepping back and her deputy resigned"):
#: what follows them is outside the cue's denial, however the result words it.
_JOINS = frozenset({"and", "or", "nor"}) | _NEXT_PREDICATE


def denied_further(note: "list[Word] | tuple[Word, ...]", result: "list[Word] | tuple[Word, ...]", unit: str,
                   note_text: str) -> bool:
    """The note's own cue denies a verb and, later in its clause but past the cue's reach, `unit` ("is not
    backing down from his statements"); the result's cue denies the same verb and reaches `unit` in fewer
    words ("has not backed down from statements"): the note's denial, not a new one. Not past a word that
    joins another statement to the denied one (`_JOINS`)."""
    from assistant import lexicon  # noqa: PLC0415 (lexicon imports this module's users)

    wanted = lexicon.roots(unit)
    for c, cue in enumerate(note):
        if not cue.negation:
            continue
        at = next((k for k in range(c + 1, len(note)) if lexicon.roots(note[k].lower) & wanted), None)
        if at is None or at <= c + NEGATION_REACH or any(w.lower in _JOINS for w in note[c + 1 : at]) \
                or _CLAUSE_BREAK_RE.search(note_text[cue.tok.end : note[at].tok.start]):
            continue
        verbs = {r for w in note[c + 1 : c + 1 + NEGATION_REACH] if not w.is_stop for r in lexicon.roots(w.lower)}
        if any(x.negation and any(lexicon.roots(y.lower) & verbs for y in result[d + 1 : d + 1 + NEGATION_REACH]
                                  if not y.is_stop) for d, x in enumerate(result)):
            return True
    return False


#: What a likeness shows follows these: "a statue of a dog", "a painting showing a horse".
_SHOWING = frozenset("of shows showing depicts depicting portrays portraying represents representing".split())


def shown_by(draft: "Draft", i: int, things: list[int]) -> bool:
    """The word at flat index `i` names what another of the note's things shows or is made as: "a statue
    of a dog" (a likeness), "a dog statue", "a plastic flower bouquet" for "not a real dog, a statue". `things`: the
    flat indices of the note's unnegated things. The thing is not said to be there, so its negation stands."""
    from assistant import lexicon  # noqa: PLC0415 (as in cue_restated)
    from assistant.check.likeness import is_likeness  # noqa: PLC0415

    s = draft.sent_of[i]
    for j in things:
        if draft.sent_of[j] != s or not lexicon.can_be_noun(draft.words[j].lower):
            continue
        if (j == i + 1 or j == i + 2 and draft.words[i + 1].lower in _SHAPED) \
                and not draft.words[j].lower.endswith(("ing", "ed")) and _names_a_kind(draft.words[i]):
            return True  # "a dog statue", "a dog-shaped pillow"; not "sun rays falling", nor "white bones"
        if j < i and _showing([w.lower for w in draft.words[j + 1:i]]) and is_likeness(draft.words[j].lower):
            return True  # "a statue of a dog", "a statue depicting a dog"; "a field of horses" are real horses
    return False


#: The shape a thing is made in: "a dog-shaped pillow", "a statue in the form of a dog", "shaped like a dog".
_SHAPED = frozenset({"shaped"})
_IN_SHAPE = (("in", "form", "of"), ("in", "shape", "of"), ("shaped", "like"), ("modeled", "on"), ("modelled", "on"))


def _showing(between: list[str]) -> bool:
    """The words between a likeness and the thing say what it shows: "of", "depicting", "in the form of", also
    through a group ("a painting of a flock of birds") and before describing words ("of a small dog")."""
    from assistant import lexicon  # noqa: PLC0415 (as in cue_restated)

    rest = tuple(w for w in between if w not in ARTICLES)
    while len(rest) > 1 and rest[-1] not in _SHOWING and rest[-1] != "like" and lexicon.can_be_adjective(rest[-1]):
        rest = rest[:-1]  # "of a herd of wild horses", "of a small dog"
    if len(rest) == 3 and rest[0] == "of" and rest[1] in lexicon.load().partitives and rest[2] == "of":
        rest = rest[:1]  # "of a flock of", "of a herd of"
    return len(rest) == 1 and rest[0] in _SHOWING or rest in _IN_SHAPE


def describes_another(draft: "Draft", i: int, key: "Key") -> bool:
    """The note's denied describing word ("real" of "not a real dog, a statue") at flat index `i` says what another
    thing is, one the note does not name ("a real cat"), not the note's thing: the first noun after it (past
    colours and describing words, in its sentence) is none of the note's words."""
    from assistant import lexicon  # noqa: PLC0415 (as in cue_restated)
    from assistant.check.words import matches  # noqa: PLC0415

    at = next((k for k, u in enumerate(key.content) if u in key.negated and matches(u, draft.words[i])), None)
    if at is None or at + 1 >= len(key.content) or key.content[at + 1] not in key.negated:
        return False  # only a word that describes the note's denied thing ("real" before "dog")
    for j in range(i + 1, min(i + 4, len(draft.words))):
        w = draft.words[j]
        if draft.sent_of[j] != draft.sent_of[i] or w.is_stop or any(matches(u, w) for u in key.words()):
            return False
        if w.color is None and (lexicon.can_be_noun(w.lower) or not lexicon.can_be_adjective(w.lower)):
            return True
    return False


def _names_a_kind(w: "Word") -> bool:
    """A noun that may say what a thing shows ("dog" of "dog statue"), no colour or describing word."""
    from assistant import lexicon  # noqa: PLC0415 (as in cue_restated)

    return w.color is None and not lexicon.can_be_adjective(w.lower)
