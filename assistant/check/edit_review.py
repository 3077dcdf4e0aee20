"""Edit verdicts whose evidence is too weak to call a problem, shown for review instead (issue 23).

First sight (each DeFacto development source run with the code of its own first look, before any
rule was written from its rows, scored by its first-look labels; docs/EVAL.md, check23ak): on
rewrites, check-tier leftovers of an edit's old side (words of it still written, not the literal
in place) were right 4 times of 54, in each of the eight sources: the words an instruction
describes its target with ("the first name of the Uefa official", "the reopening of the
motorway") are mostly context the edit keeps. Rules fitted to the rows did not carry to new rows.
So a rewrite whose only fault is such a leftover is "kept", not checked, with the words left
named for the reviewer, as an edit naming nothing checkable already is (`edit_checks`); so are
the corrected content words of such an edit ("corrected by n1" spans, 1 of 7), while a number or
a name the edit corrects stays forbidden (certain spans, 5 of 6). A check-tier literal of the new
side missing (5 of 37) stays a problem unless each missing word is a common word the result
writes in a related form ("convicted" for "conviction", "arrived" for "arrival"): the edit may be
made in other words; a name written otherwise ("Pontypidd" for "Pontypridd") stays a problem. Certain verdicts are not touched; nor are captions (no original whose context an
edit keeps: an old word left there came from the note that takes it out).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from assistant import lexicon
from assistant.check import written_otherwise
from assistant.check.edit_effects import added_any, removed_any
from assistant.check.edit_parsing import Edit
from assistant.check.report import FactCheck
from assistant.check.words import Draft, words

#: prefixes that negate a word ("unarmed", "inactive", "non-violent", "dishonest", "amoral")
_NEGATORS = ("un", "in", "im", "il", "ir", "non", "dis", "a")

#: a shared beginning this long (and two thirds of the shorter word) makes two words one family
_MIN_STEM = 5


def held(base: dict, sentences: list[int], edit: Edit, draft: Draft, original: str, problems: list[str],
         old_problem: str | None, lacking: list[str]) -> FactCheck | None:
    """The verdict shown for review (kept, not checked; `base`: the note's id, text, hedge), when a check-tier verdict's
    problems are only a leftover of the old side, or literals of the new side the result writes in
    a related form; None when the verdict stands. A result that did nothing the edit's kind does
    stays a problem (first sight: "nothing changed" right 4 times of 5)."""
    # a name written otherwise ("Pontypidd" for "Pontypridd") is a slip a lead wants told
    old_words = side_words(edit.old)
    if flip_left(old_words, side_words(edit.new), draft):
        return None  # "Replace unarmed with armed" with "unarmed" still written: the edit is not made
    related = (bool(lacking) and len(problems) == len(lacking) + (old_problem is not None)
               and not names_any(lacking, edit.new) and written_related(lacking, draft, edit.new, old_words))
    if not (leftover_only(problems, old_problem) or related) or not acted(edit, draft, original):
        return None
    return FactCheck(**base, status="kept", kind="edit", checked=False, sentences=sentences,
                     evidence=for_review(old_problem, lacking if related else None))


def acted(edit: Edit, draft: Draft, original: str) -> bool:
    """The result did what the edit's kind does where the old side stood: took words out of (or,
    for add, put words into) the original's sentence(s) holding the old side's words, or took out
    one of the old side's own words. A change elsewhere ("move" -> "relocate" in another sentence
    for "Remove the swimming pool") leaves the target untouched. An edit whose old side the original
    does not write (an add, a description) needs any change of its kind."""
    before = Draft.cached(original)
    old_words = side_words(edit.old)
    where = {before.sent_of[i] for i, w in enumerate(before.words) if w.lower in old_words}
    if not where:
        if edit.kind == "remove":
            return removed_any(before, draft)
        if edit.kind == "add":
            return added_any(before, draft)
        return removed_any(before, draft) or added_any(before, draft)
    had, have = {w.lower for w in before.words}, {w.lower for w in draft.words}
    if edit.kind != "add" and any(w in had and w not in have for w in old_words):
        return True
    spans = [(before.first[s], before.first[s + 1]) for s in where]
    old, new = [w.lower for w in before.words], [w.lower for w in draft.words]
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" or not any(a <= i1 <= b if i1 == i2 else i1 < b and i2 > a for a, b in spans):
            continue
        took = any(not w.is_stop for w in before.words[i1:i2])
        put = any(not w.is_stop for w in draft.words[j1:j2])
        if edit.kind == "remove" and took or edit.kind == "add" and put or edit.kind not in ("remove", "add") and (took or put):
            return True
    return False


def side_words(side: str) -> set[str]:
    """The content words of an edit's side, lower-cased."""
    return {w.lower for w in words(side) if not w.is_stop} if side else set()


def negation_pair(a: str, b: str) -> bool:
    """One word is the other with a negating prefix or a -less ending ("unarmed" / "armed",
    "inactive" / "active", "thoughtless" / "thoughtful")."""
    for x, y in ((a, b), (b, a)):
        if any(x == p + y or x == p + "-" + y for p in _NEGATORS):
            return True
        if x.endswith("less") and len(x) > 6 and y.startswith(x[:-4]) and not y.endswith("less"):
            return True
    return False


def flip_left(old_words: set[str], new_words: set[str], draft: Draft) -> bool:
    """The edit flips a word to its negation ("Replace uninjured with injured") and the result still
    writes the old side's word: nothing to hold."""
    have = {w.lower for w in draft.words}
    return any(o in have and negation_pair(o, n) for o in old_words for n in new_words)


def leftover_only(problems: list[str], old_problem: str | None) -> bool:
    """The verdict's only problem is the old side still in the result."""
    return old_problem is not None and problems == [old_problem]


def for_review(old_problem: str | None, lacking: list[str] | None = None) -> str:
    """The evidence of a verdict shown for review: what is left of the old side, what of the new
    side the result writes only in a related form."""
    said = []
    if lacking:
        said.append("words of the new side written in another form: " + ", ".join(lacking))
    if old_problem:
        said.append("words of the old side remain: " + old_problem.split(": ", 1)[-1])
    return "; ".join(said) + "; review the diff"


def names_any(units: list[str], side: str) -> bool:
    """A unit the note's side writes with a capital: a name, whose other writing is a slip to report."""
    return any(t[:1].isupper() for u in units for t in written_otherwise.as_written(u, side).split())


def written_related(units: list[str], draft: Draft, side: str, old_words: set[str] = frozenset()) -> bool:
    """Each missing unit of an edit's new side is in the result in a related form: a near form
    (`written_otherwise.near`), a word of the same family ("convicted" / "conviction", "arrived" /
    "arrival"), or a compound holding it ("wealth" in "Commonwealth"). A word of the old side
    (`old_words`) and the unit's negation ("unarmed" for "armed") are no forms of it."""
    if not units:
        return False
    have = [w.lower for w in draft.words
            if not (w.is_stop or w.number is not None) and w.lower not in old_words]
    return all(written_otherwise.near(written_otherwise.as_written(u, side), draft)
               or any(related_form(u, h) for h in have) for u in units)


def related_form(unit: str, word: str) -> bool:
    if unit == word:
        return True
    if negation_pair(unit, word) or unit.endswith("less") != word.endswith("less"):
        return False  # "armed" / "unarmed", "harmless" / "harmful"
    if lexicon.roots(unit) & lexicon.roots(word):
        return True
    head = word[: word.find(unit)] if unit in word else ""
    if len(unit) >= 4 and len(word) > len(unit) and len(head) >= 4 and word.endswith(unit) and head not in _NEGATORS:
        return True  # "wealth" in "Commonwealth": a compound of two words, not a prefixed form
    shared = 0
    for a, b in zip(unit, word):
        if a != b:
            break
        shared += 1
    return shared >= _MIN_STEM and 3 * shared >= 2 * min(len(unit), len(word))


def certain_only(forbidden: set[str], draft: Draft) -> set[str]:
    """Of the words an edit corrects, those whose survival is a certain span: numbers, and words
    the result writes as names. Content words left may be context the edit keeps."""
    names = {r for w in draft.words if w.is_name for r in lexicon.roots(w.lower)}
    return {u for u in forbidden if u[:1].isdigit() or lexicon.roots(u) & names}
