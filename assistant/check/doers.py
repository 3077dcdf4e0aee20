"""What one of two things told apart does, said of the other.

Notes tell two things of one kind apart by what marks each ("The man in the red cap is looking out
of the window" / "The man in the white t-shirt stands on the grass", "A black dog is sleeping" / "A
white dog is chewing a bone", "The man on the left ..." / "The man on the right ..."). A draft that
gives the first one's verb to the second ("The man in the white t-shirt is looking out of the window,
while the man in the red cap stands on the grass") keeps every word, so the content match, the
phrases (each colour stays on its thing) and the actions (no verb joins the two) all pass it.

The note's doer is the words before its first verb: the thing's noun and the marks that tell it apart
(every content word there but the noun). A sentence that carries the note and says the same verb of
the same kind of thing with other marks, marks that another note gives a thing of that kind and this
note never says, while no sentence of the draft says the verb of the note's own marks, is a look
(check tier: the draft's clause may be read another way).
"""

from __future__ import annotations

from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import is_noun, same_head
from assistant.check.words import Draft, Word, note_words

#: Words that end the clause a verb's doer is read from, going back from the verb: "..., while the man".
_CLAUSE_BREAKS = frozenset({"while", "and", "as", "whereas", "but", "which", "who", "that", "where", "when"})
#: Words that may stand between a doer and its verb ("is looking", "can be seen"), or open a doer.
_GLUE = frozenset({"is", "are", "was", "were", "be", "been", "being", "can", "could", "may", "might", "seems", "appears",
                   "a", "an", "the", "this", "that", "one", "another", "in", "with", "on", "of", "wearing", "to",
                   "dressed", "clad", "holding", "carrying", "w/", "+"})
_OPENERS = frozenset({"a", "an", "the", "this", "that", "one", "another"})
#: Words that join a thing to the marks after it: "man in the red cap", "woman with long hair".
_JOINS = frozenset({"in", "with", "on", "of", "wearing", "dressed", "clad", "holding", "carrying", "w/", "is", "are",
                    "was", "were"})
_MAX_DOER = 8  # words from the doer's first word to its verb


Doer = tuple[Word, frozenset[str]]  # the thing's noun and its marks' keys


def doer_moved(note_text: str, draft: Draft, sentences: list[int], notes: tuple[str, ...]) -> str | None:
    """The note's verb said, in a sentence that carries the note, of a thing of its kind with another
    thing's marks (see the module's doc); the evidence, or None."""
    read = _note_doer(note_text)
    if read is None or not sentences:
        return None
    (head, marks), verb = read
    said_here = _note_keys(note_text)
    # another note that says the verb of its own thing ("An orange cat is sleeping" beside "A grey cat is
    # sleeping") makes the draft's "orange cat is sleeping" its fact, not this note's verb moved
    others = [d for n in notes if n != note_text and (d := _opening(n)) is not None and verb not in _verbs(n)]
    told_apart = [m for h, m in others if same_head(h, head) and m and not m & marks]
    if not told_apart:
        return None
    found = None
    for s in range(len(draft.sents)):
        for d_head, d_marks, words_said in _draft_doers(draft.text, s, verb):
            if not same_head(d_head, head):
                continue
            if d_marks & marks:
                return None  # the draft says the verb of the note's own thing too
            if (found is None and s in sentences and d_marks and not d_marks & said_here
                    and any(d_marks & m for m in told_apart)):
                found = words_said
    if found is None or not _named_apart(draft.text, head, marks):
        return None  # no thing of the kind keeps the note's marks: the notes' two marks may be one thing's
    return (f"the note says '{_said(note_text)}'; the draft says '{found}', of the {head.tok.text} another note "
            f"tells apart from it")


def _named_apart(text: str, head: Word, marks: frozenset[str]) -> bool:
    """Whether the draft names a thing of the note's kind with one of the note's marks right around it ("the
    man in the red cap", "a grey cat"), up to a verb: the draft still tells the two things apart. "A man with
    a grey beard is fishing ..., wearing a red cap" gives both notes' marks to one man."""
    draft = Draft.cached(text)
    for s in range(len(draft.sents)):
        ws = draft.sentence_words(s)
        for j, w in enumerate(ws):
            if not same_head(w, head):
                continue
            near = []
            for step, limit in ((-1, 3), (1, 5)):
                k = j + step
                while 0 <= k < len(ws) and abs(k - j) <= limit and ws[k].lower[:1].isalnum() \
                        and ws[k].lower not in _CLAUSE_BREAKS and verb_lemma(ws[k]) is None:
                    near.append(ws[k])
                    k += step
            if any(key in marks for x in near if not x.is_stop or x.direction for key in lexicon.key(x.lower)):
                return True
    return False


@lru_cache(maxsize=4096)
def _note_doer(note_text: str) -> tuple[Doer, str] | None:
    """The note's doer (its noun and marks) and the lemma of the verb after it, when the note opens
    with a thing told apart by marks and then its first verb."""
    ws = note_words(note_text)
    at = _first_verb(ws)
    if at is None:
        return None
    doer = _doer(ws[:at], note_text, 0)
    if doer is None or not doer[1]:
        return None
    return doer, verb_lemma(ws[at])


@lru_cache(maxsize=4096)
def _opening(note_text: str) -> Doer | None:
    """The thing a note opens with and its marks, read up to its first verb or other function word
    ("The man in the white t-shirt has his back ..."): how another note tells its thing apart."""
    ws = note_words(note_text)
    end = next((i for i, w in enumerate(ws) if i and (verb_lemma(w) is not None or not w.lower[:1].isalnum()
                                                      or w.is_stop and w.lower not in _GLUE and not w.direction)),
               len(ws))
    return _doer(ws[:min(end, _MAX_DOER)], note_text, 0)


@lru_cache(maxsize=4096)
def _verbs(note_text: str) -> frozenset[str]:
    """The lemmas of the note's words that read only as verb forms."""
    return frozenset(v for w in note_words(note_text) if (v := verb_lemma(w)) is not None)


@lru_cache(maxsize=4096)
def _said(note_text: str) -> str:
    """The note from its start to its first verb ("The man in the red cap is looking")."""
    ws = note_words(note_text)
    at = _first_verb(ws)
    return note_text[:ws[at].tok.end] if at is not None else note_text


#: Participles that join a thing to its marks, not what it does: "the man wearing a red cap is looking".
_MARKING = frozenset({"wearing", "dressed", "clad", "holding", "carrying"})


def verb_lemma(w: Word) -> str | None:
    """The lemma of a word that reads only as a verb form ("looking", "stands", "parked"); not a place,
    colour or function word, nor a participle that joins a thing to its marks."""
    if w.is_stop or w.direction or w.color or w.lower in _MARKING or not w.lower.endswith(("ing", "ed", "s")):
        return None
    if w.lower in lexicon.load().ing_nouns:
        return None
    return next((v for v in lexicon.verb_lemmas(w.lower) if v != w.lower), None)


def _first_verb(ws: list[Word]) -> int | None:
    """The first word that reads only as a verb, within reach of the start, with no punctuation before it."""
    for i, w in enumerate(ws[: _MAX_DOER + 1]):
        if not w.lower[:1].isalnum() and w.lower not in ("w/", "+"):
            return None
        if i and verb_lemma(w) is not None:
            return i
    return None


def _doer(ws: list[Word], text: str, offset: int) -> Doer | None:
    """The noun and marks of the words before a verb: the first noun is the thing, every other content
    word a mark ("man in the red cap": man; red, cap)."""
    if not ws or any(not w.lower[:1].isalnum() and w.lower not in ("w/", "+") for w in ws):
        return None
    if any(w.is_stop and w.lower not in _GLUE and not w.direction for w in ws):
        return None  # "there", "it", "some": not a thing named by its marks
    joined = next((i for i, w in enumerate(ws) if i and w.lower in _JOINS), len(ws))
    nouns = [i for i, w in enumerate(ws[:joined]) if not w.is_stop and is_noun(w) and not w.color and not w.direction]
    if not nouns or any(w.lower in _GLUE - _OPENERS for w in ws[:nouns[-1]]):
        return None
    head = ws[nouns[-1]]  # the last noun before the words that join the marks: "tall woman", "man in the red cap"
    marks = frozenset(k for w in ws if w is not head and (not w.is_stop or w.direction)
                      for k in lexicon.key(w.lower))
    return head, marks


@lru_cache(maxsize=4096)
def _note_keys(note_text: str) -> frozenset[str]:
    return frozenset(k for w in note_words(note_text) if not w.is_stop or w.direction for k in lexicon.key(w.lower))


@lru_cache(maxsize=4096)
def _draft_doers(text: str, s: int, verb: str) -> tuple[tuple[Word, frozenset[str], str], ...]:
    """Each use of `verb` in sentence s with its doer: the words back to the clause's start."""
    draft = Draft.cached(text)
    ws = draft.sentence_words(s)
    out = []
    for i, w in enumerate(ws):
        if verb_lemma(w) != verb:
            continue
        start = i
        while start > 0 and i - start < _MAX_DOER and ws[start - 1].lower[:1].isalnum() \
                and ws[start - 1].lower not in _CLAUSE_BREAKS:
            start -= 1
        doer = _doer(ws[start:i], text, 0)
        if doer is not None:
            out.append((*doer, text[ws[start].tok.start:w.tok.end]))
    return tuple(out)
