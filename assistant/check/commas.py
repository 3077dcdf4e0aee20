"""Comma pieces of a sentence, read without a model: two clauses joined by a bare comma (a comma
splice, "The bench is green, two dogs sleep under it."), and a verbless noun phrase before a comma
and more ("A bench in the park, a dog sleeps under it."). The prose figures count them; polish
splits them (assistant/compose/polish.py). Whether a piece is a clause is `clauses`' reading.
"""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.check.clauses import FINITE, SUBORDINATORS, counted_head, has_main_verb, has_verb, verbs
from assistant.check.endings import dangling
from assistant.check.word_forms import only_verb, past_or_participle
from assistant.text import in_spans, quotation_spans, tokenize

#: words a clause of its own opens with, its subject's first word: an article or a number, a
#: pronoun, "there" (read on human descriptions: a piece after a comma that starts any other way,
#: "making it ...", "sunny day shows ..." after "a clear,", "head turned ...", leans on the clause before)
_SUBJECT_OPENERS = frozenset(
    "a an the this these those some each every several many few both another two three four five six seven eight "
    "nine ten it they he she we i you there here".split())
#: an aside on a thing ("its exterior composed of glass", "its head looking left") opens with its
#: owner; it is a clause only with a finite verb ("its tyres are flat")
_POSSESSIVES = frozenset("its their his her my our your".split())
#: words after which a clause goes on into the next piece ("... but to the sides and behind, there
#: are trees"): the comma closes an opening phrase of that clause, no splice
_OPENERS = SUBORDINATORS | frozenset("and or but nor yet so then as if since before after though however "
                                      "also".split())
#: relative pronouns: a clause goes on through them ("... on a box which is on the floor")
_RELATIVES = frozenset("which who whom whose where that".split())
#: pieces that close a list of clauses ("The sky is blue, the grass is green, and the sun shines."):
#: a list, not a splice
_CLOSERS = frozenset("and or but nor yet".split())
#: a clause shorter than this is a comment on the other ("The car is red, it seems."), no splice
_CLAUSE_WORDS = 3
#: nouns of time: "This morning, a man walks his dog." opens with a time, not a thing
_TIME_NOUNS = frozenset("morning afternoon evening night day daytime nighttime dusk dawn sunset sunrise time week "
                        "weekend year month season summer winter spring autumn fall moment today tonight".split())
#: forms of be and have that make no clause alone: "..., some being taller"
_NON_FINITE = frozenset("be being been having".split())
_HEAD_OPENERS = _SUBJECT_OPENERS - {"it", "they", "he", "she", "we", "i", "you", "there", "here"}


def comma_pieces(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of `sentence` between its bare commas: a comma followed by a
    space, outside quotation marks, not before a quotation ('He says, "Stop."')."""
    spans = quotation_spans(sentence)
    cuts = [m.start() for m in re.finditer(r",\s+(?![\"“'‘])", sentence) if not in_spans(m.start(), spans)]
    starts = [0] + [c + 1 for c in cuts]
    ends = cuts + [len(sentence)]
    return [(a + len(sentence[a:b]) - len(sentence[a:b].lstrip()), b) for a, b in zip(starts, ends)]


def _own_verb(piece: str) -> int | None:
    """The word position of the finite verb of `piece` as a clause of its own: it opens with a
    subject's first word (`_SUBJECT_OPENERS`; an owner's only with "is", "has", ...), and its
    first verb is present or a form of be/have, not an -ed or -ing form (after a comma those are
    a participle's: "the letters stacked vertically"), with no subordinator before it."""
    tokens = tokenize(piece)
    lowers = [t.lower for t in tokens]
    if len(lowers) < _CLAUSE_WORDS or not (lowers[0] in _SUBJECT_OPENERS or lexicon.number_value(lowers[0]) is not None
                                         or lowers[0] in _POSSESSIVES):
        return None
    first = next(verbs(tokens, piece), None)
    if not first or _noun_phrase(lowers, first) or lowers[first] in _NON_FINITE or lowers[first] not in FINITE and past_or_participle(lowers[first]) or \
            _OPENERS & set(lowers[:first]) or \
            lowers[0] in _POSSESSIVES and lowers[first] not in FINITE:
        return None
    return first


def is_clause(piece: str, relatives: bool = False) -> bool:
    """Whether `piece` could stand as a sentence of its own: a clause (`_own_verb`: "two people
    stand at the stop", not "making it warm") whose verb is its main clause's, not cut short, and
    not ending on a word that opens the next piece's clause ("... but to the side"). With
    `relatives`, a relative clause after its verb leaves it a clause ("the statue is placed on a
    box which is on the floor"): `piece` runs to its sentence's end, so no next piece follows."""
    piece = piece.rsplit(";", 1)[-1].strip()  # "...; however": what follows a semicolon is its own
    first = _own_verb(piece)
    if first is None or dangling(piece) or not has_main_verb(tokenize(piece), piece):
        return False
    lowers = [t.lower for t in tokenize(piece)]
    return not (_OPENERS - (_RELATIVES if relatives else frozenset())) & set(lowers[first + 1:])


def splices(sentence: str) -> list[int]:
    """Offsets of the commas of `sentence` that join two clauses, each with its own subject and
    finite verb, with nothing else ("The bench is green, two dogs sleep under it."): a comma
    splice, two sentences. Not a list of clauses closed by "and"/"or" ("The sky is blue, the
    grass is green, and the sun shines."), an opening subordinate clause ("When it rains, the
    street is wet."), a participle or an owner's aside ("..., its doors painted red"), or a
    comment ("It is red, it seems.")."""
    pieces = comma_pieces(sentence)
    if len(pieces) < 2:
        return []
    texts = [sentence[a:b] for a, b in pieces]
    # a piece ends a clause after its last semicolon and opens one before its first: "The legs are
    # thin, rusted rods; they form a V." joins "rusted rods" to the clause before, no clause to a clause
    ends = [is_clause(t) for t in texts]
    opens = [is_clause(t.split(";", 1)[0]) if ";" in t else ends[k] for k, t in enumerate(texts)]
    out = []
    for k in range(len(pieces) - 1):
        later = [t.split(None, 1)[0].lower() for t in texts[k + 1:] if t.split()]
        if ends[k] and opens[k + 1] and not _CLOSERS & set(later):
            out.append(pieces[k][1])
    return out


def verbless_head(sentence: str) -> int | None:
    """Where the sentence goes on after a noun phrase with no verb of its own and a comma, with
    a clause of its own ("A wall with a window, some plants sit on the sill."): the offset of
    that comma, else None. Not where a later piece gives the phrase its verb ("The car, which is
    red, stands on the road."), a list of subjects shares one ("A car, a bus and a bike are
    parked."), the comma is a list of adjectives ("A large, blurry shape appears ...") or the
    phrase is a time ("This morning, a man walks his dog.")."""
    pieces = comma_pieces(sentence)
    if len(pieces) < 2:
        return None
    head = sentence[pieces[0][0]:pieces[0][1]]
    words = [t.lower for t in tokenize(head)]
    if len(words) < 2 or words[0] not in _HEAD_OPENERS and lexicon.number_value(words[0]) is None or \
            _TIME_NOUNS & set(words) or not lexicon.can_be_noun(words[-1]) or has_verb(tokenize(head), head):
        return None
    for a, b in pieces[1:]:
        piece = sentence[a:b]
        tokens = tokenize(piece)
        lowers = [t.lower for t in tokens]
        first = next(verbs(tokens, piece), None)
        if first is None and lowers and lowers[0].endswith("s") and lexicon.can_be_verb(lowers[0]):
            return None  # "The shot, full of gold, shows ...": the phrase's verb, which `verbs` reads only after a noun
        if first is None and any(_noun_phrase(lowers, k) for k in range(len(lowers) - 1) if counted_head(lowers, 0, k)):
            return pieces[0][1]  # another thing, counted ("..., two glass windows with frames above it")
        if first is None:
            continue  # an aside or another noun phrase: "The car, red and shiny, ..."
        if first == 0 or lowers[0] in _OPENERS or {"and", "or", "which", "who", "whom", "whose"} & set(lowers[:first]):
            return None  # the phrase's own verb ("..., stands on the road"), a relative clause, a list of subjects
        if _own_verb(piece) is not None or _noun_phrase(lowers, first):
            return pieces[0][1]
    return None


def _noun_phrase(lowers: list[str], verb: int) -> bool:
    """A piece that opens as a thing's name and whose only verb is a noun-or-verb word before
    "with" or "of" ("three glass windows with old papers"): another noun phrase, no clause."""
    return (lowers[0] in _HEAD_OPENERS or lexicon.number_value(lowers[0]) is not None) and \
        lowers[verb] not in FINITE and not only_verb(lowers[verb]) and lowers[verb + 1:verb + 2] in (["with"], ["of"])
