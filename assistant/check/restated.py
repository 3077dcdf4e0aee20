"""The original restated: a human rewrite often words again what no note asks to change ("sentenced"
for "jailed", "has chosen to sell" for "has signed a deal to sell", "seeking" for "in a bid to").
Where the draft, in the alignment of original and draft, puts a few plain words in place of a few
words of the original that no note names, and the sentence stays the original's on both sides,
the words are the original said again, not content the writer brought in (issue 23: the largest
class of the check tier's false alarms on every DeFacto first look)."""

from __future__ import annotations

from difflib import SequenceMatcher

from assistant import lexicon
from assistant.check import prospects
from assistant.check.edit_parsing import parse_edit
from assistant.check.report import Span
from assistant.check.words import Word, note_words, words

#: A rewording, not a new clause: at most this many words put in, in place of at most _MAX_GONE.
_MAX_WORDS = 4
_MAX_GONE = 6
#: The original's words on each side of it that the draft keeps, at the least (or the text's edge).
_ANCHOR = 1


def restated(spans: list[Span], draft: str, original: str, notes: list[str]) -> list[Span]:
    """`spans` without the check-tier ones that lie wholly inside a rewording of words of the
    original no note names. A name, number, colour, direction, negation or hedge put in, or the
    opposite of the word replaced, stays an alarm; so does a word put in where nothing stood."""
    if not any(u.tier == "check" for u in spans) or any(_describes_a_value(n) for n in notes):
        return spans
    places = _rewordings(words(draft), words(original), noted_keys(notes))
    return [u for u in spans if u.tier != "check" or not any(a <= u.start and u.end <= b for a, b in places)]


def noted_keys(notes: list[str]) -> set[str]:
    """Every match key of the notes' content words: what an edit names."""
    return {r for n in notes for w in note_words(n) if not w.is_stop for r in lexicon.key(w.lower)}


_WH = frozenset({"what", "who", "whom", "whose", "where", "which", "when", "why", "how"})


def _describes_a_value(note: str) -> bool:
    """A note that asks for a value it only describes ("Modify the information about what he
    feared", "... with the information about who said it"): the writer's new words there are that
    value, taken from elsewhere, which the lead must check."""
    edit = parse_edit(note)
    if edit is None:
        return False
    return edit.kind == "modify" or any(w.lower in _WH for w in note_words(edit.new))


def _rewordings(mine: list[Word], theirs: list[Word], noted: set[str]) -> list[tuple[int, int]]:
    """Character ranges of the draft whose words replace, between kept words of the original, a
    few words of it that no note names."""
    mine = [w for w in mine if w.tok.text[:1].isalnum()]
    theirs = [w for w in theirs if w.tok.text[:1].isalnum()]
    matcher = SequenceMatcher(None, [w.lower for w in theirs], [w.lower for w in mine], autojunk=False)
    ops = matcher.get_opcodes()
    out = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "replace" or i2 - i1 > _MAX_GONE or j2 - j1 > _MAX_WORDS:
            continue
        if not (anchored(ops, k - 1, i1 == 0) and anchored(ops, k + 1, i2 == len(theirs))):
            continue
        gone, said = theirs[i1:i2], mine[j1:j2]
        if all(w.is_stop for w in gone) or not _plain(said, j1, mine, gone):
            continue  # "an" -> "a secret": a word put in beside an article, no rewording
        if not prospects.same_footing(gone, said):
            continue  # "claimed victory" for "hopeful of victory": a hope stated as done is no rewording
        if all(w.is_stop or _attribute(w.lower) for w in gone):
            continue  # "its new factory" -> "its disputed factory": another thing said of the same one
        if not stand_in(said) and any(not w.is_stop and lexicon.key(w.lower) & noted for w in said):
            continue  # what a note names put in ("delivered a liturgy" a removal names): the note's matter
        # what the notes name, or a name, said again in other words may be the edit undone; said
        # by a noun that names nothing in particular ("an incident"), it is what was taken out, described
        if not stand_in(said) and any(w.tok.text[:1].isupper() or not w.is_stop and lexicon.key(w.lower) & noted
                                      for w in gone):
            continue
        out.append((said[0].tok.start, said[-1].tok.end))
    return out


def _attribute(word: str) -> bool:
    """Only an adjective ("new", "large"): what the original says of its thing."""
    return lexicon.can_be_adjective(word) and not lexicon.can_be_verb(word) and not lexicon.can_be_noun(word)


def stand_in(said: list[Word]) -> bool:
    """Function words and nouns that name no thing in particular ("an incident", "a member's",
    "the tournament"), at least one of them."""
    nouns = lexicon.load().stand_in_nouns
    content = [w for w in said if not w.is_stop]
    return bool(content) and all(lexicon.lemmas(w.lower.removesuffix("'s")) & nouns for w in content)


def anchored(ops: list, k: int, at_edge: bool) -> bool:
    """Whether opcode k of an original-to-draft alignment keeps at least _ANCHOR words of the
    original in place (or the change is at the text's edge, `at_edge`)."""
    if at_edge:
        return True
    if not 0 <= k < len(ops):
        return False
    op, i1, i2, _, _ = ops[k]
    return op == "equal" and i2 - i1 >= _ANCHOR


def _plain(said: list[Word], j1: int, mine: list[Word], gone: list[Word]) -> bool:
    """Plain words: no name (a capital not at the sentence's start), number or ordinal, colour, direction,
    negation or hedge, and none the opposite of a word replaced, in any of its words ("victory" for "lost")."""
    opposite = {k for w in gone for o in lexicon.opposites(w.lower) for k in lexicon.key(o)}
    for n, w in enumerate(said):
        first = j1 + n == 0 or mine[j1 + n - 1].tok.text in (".", "!", "?")
        if ((w.tok.text[:1].isupper() and not first) or w.number is not None or any(c.isdigit() for c in w.lower)
                or lexicon.ordinal_value(w.lower) is not None):
            return False
        if w.color or w.direction or w.negation or w.hedge or w.lower in opposite:
            return False
    return True
