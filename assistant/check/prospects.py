"""A prospect stated as done (issue 23, rewrites): the original says a thing is only hoped,
expected, planned, attempted or likely ("hopeful of victory", "expected to appoint", "likely to
win"), and the rewrite, keeping the words around it, drops that and states the thing as done
("claimed victory", "have appointed", "won"). Every content word may still be backed by the
original, so a word-by-word check passes it; a lead wants to be told, as for a hedge lost from a
note. The reverse, a done thing made a hope ("signed" -> "aim to sign"), is a new word the check
already flags, and `restated` must not clear it as a rewording (`same_footing`)."""

from __future__ import annotations

from difflib import SequenceMatcher

from assistant import lexicon
from assistant.check import restated
from assistant.check.report import Span
from assistant.check.word_forms import past_participle, past_tense
from assistant.check.words import Draft, Word, words

#: A rewording in place, not a new sentence: at most this many words of the original go, this many come.
_MAX_GONE = 6
_MAX_SAID = 4


def prospect(word: Word) -> bool:
    """A word that says its thing is not done: hoped, expected, planned, tried, likely."""
    return bool(lexicon.lemmas(word.lower) & lexicon.load().prospect_words)


def not_done(word: Word) -> bool:
    """A prospect word, or one that leaves the thing to come or in doubt ("will", "set", a hedge)."""
    lex = lexicon.load()
    return prospect(word) or word.lower in lex.draft_hedges or bool(lexicon.lemmas(word.lower) & lex.future_words)


def same_footing(gone: list[Word], said: list[Word]) -> bool:
    """Whether words put in place of others leave their thing as done or as undone as before: "seeking"
    for "in a bid to" does, and so does "anticipated" for "expected" (a synonym, no construction);
    "claimed" for "hopeful of" and "aim to sign" for "signed" do not (a prospect governing its thing
    on one side, a done verb and nothing undone on the other)."""
    return not (_made_done(gone, said) or _made_done(said, gone))


def _made_done(undone: list[Word], done: list[Word]) -> bool:
    return (bool(_governing(undone, done)) and not any(not_done(w) for w in done)
            and any(_done_verb(w) for w in done))


#: What joins a prospect word to its thing: "hope to win", "hopeful of victory", "a bid for the title".
_JOINS = frozenset({"to", "of", "for"})


def _governing(undone: list[Word], done: list[Word]) -> list[Word]:
    """The prospect words of `undone` that govern the thing done says: joined to it by "to", "of" or
    "for", and that thing is what follows these words (kept by both texts) or a verb done says
    ("expected to appoint" / "have appointed"). Not a prospect word inside an aside that went whole
    ("whose manager expected a draw", "as planned", "charged with attempted murder")."""
    done_verbs = {v for w in done for v in lexicon.verb_lemmas(w.lower)}
    out = []
    for k, w in enumerate(undone[:-1]):
        if not prospect(w) or undone[k + 1].lower not in _JOINS:
            continue
        if k + 2 == len(undone) or set(lexicon.verb_lemmas(undone[k + 2].lower)) & done_verbs:
            out.append(w)
    return out


def stated_as_done(draft: Draft, original: str, notes: list[str]) -> list[Span]:
    """Check-tier spans where the draft, between words of the original it keeps, leaves out a
    prospect word of the original and says nothing in its place that leaves the thing undone.
    Where a note names the word, the edit asked for it; where the draft's sentence still says it
    elsewhere, it was moved, not lost."""
    noted = restated.noted_keys(notes)
    mine = [w for w in draft.words if w.tok.text[:1].isalnum()]
    theirs = [w for w in words(original) if w.tok.text[:1].isalnum()]
    ops = SequenceMatcher(None, [w.lower for w in theirs], [w.lower for w in mine], autojunk=False).get_opcodes()
    out: list[Span] = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op not in ("replace", "delete") or i2 - i1 > _MAX_GONE or j2 - j1 > _MAX_SAID:
            continue
        if not (restated.anchored(ops, k - 1, False) and restated.anchored(ops, k + 1, False)):
            continue  # a sentence rewritten around it: no word-for-word place to compare
        gone, said = theirs[i1:i2], mine[j1:j2]
        done = said or [mine[j2]]  # left out with nothing in its place: the kept word now stated as done
        lost = [w for w in _governing(gone, done) if not lexicon.key(w.lower) & noted]
        if not lost or any(not_done(w) for w in said) or not any(_done_verb(w) for w in done):
            continue  # "plans to cut jobs" -> "job cuts", "on suspicion of attempted murder" gone: nothing done
        if _said_elsewhere(lost, mine[j2], draft):
            continue
        start, end = done[0].tok.start, done[-1].tok.end
        out.append(Span(text=draft.text[start:end], start=start, end=end, tier="check",
                        reason=f"stated as done: the original says '{_phrase(gone, original)}'"))
    return out


def _done_verb(word: Word) -> bool:
    """A past tense or participle: "won", "claimed", "have appointed"."""
    return past_tense(word.lower) or past_participle(word.lower)


def _said_elsewhere(lost: list[Word], after: Word, draft: Draft) -> bool:
    """The draft's sentence there still says one of the prospect words (moved, not dropped)."""
    i = next(n for n, w in enumerate(draft.words) if w is after)
    s = draft.sent_of[i]
    said = {r for w in draft.words[draft.first[s]:draft.first[s + 1]] for r in lexicon.lemmas(w.lower)}
    return any(lexicon.lemmas(w.lower) & said for w in lost)


def _phrase(gone: list[Word], original: str) -> str:
    return original[gone[0].tok.start:gone[-1].tok.end]
