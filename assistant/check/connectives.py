"""Words that only join, introduce or time what a sentence says (issue 23: the check tier's false
alarms on text people write). Where what they join is supported they add no fact of their own:
"is set to open" (is to open), "prior to the vote" (before it), "landslides following heavy rain"
(caused by it), "a sign reading "OPEN"" (a sign: "OPEN"), "allegations relating to the murder"
(about it), "a desk accompanied by a chair" (with a chair), "a hat decorated with a feather" (a hat
with a feather), "an accident has happened" (an accident), "a tower set against the sky", "the World
Cup starting in late September" (in late September), "a detailed view of the barn" (a view of it),
"several details: a cup, a pen" (a cup, a pen)."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.light_verbs import BE
from assistant.check.words import Word

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "your", "my"})
#: Words that name the text that follows in quotation marks: "a sign reading "OPEN"", "a box labelled
#: "FRAGILE"". The quoted words are checked on their own; the word that introduces them says only
#: that the thing bears them.
_INTRODUCERS = frozenset({"reading", "reads", "saying", "labelled", "labeled", "titled", "entitled", "captioned",
                          "marked", "spelling", "spells", "spelled", "spelt"})
_OPENING_QUOTES = "\"'“‘«"
#: Participles that, with their particle, are a preposition of "about": "allegations dealing with Adams",
#: "a hearing relating to the murder". After a form of "be" or a person ("he is dealing with it") they
#: are a verb, and say what someone does.
_ABOUT = {"relating": "to", "related": "to", "pertaining": "to", "dealing": "with"}
#: Verbs that say only that the event their subject names took place: "an accident has happened".
_TOOK_PLACE = frozenset({"happen", "occur"})
#: Where "set" places a thing, not what is done to it: "a tower set against the sky", "a village set
#: among hills"; not "set on fire", "set in 1920" (when a story takes place), "set to open" (below).
_SET_PLACES = frozenset({"against", "among", "amid", "amidst", "beside", "behind", "beneath", "atop", "within"})
#: Participles that say only that a thing has what follows "with": "plants adorned with berries" (plants
#: with berries). What follows is the fact, judged on its own.
_HAVING = frozenset({"adorned", "decorated", "embellished"})
#: Time order between things the text gives, like the lexicon's stop words "later", "afterwards": "the
#: journalists initially convicted ..." (not stop words, so that an edit adding "initially" is still checked).
_TIME_ORDER = frozenset({"initially", "originally"})
#: "starting in late September", "beginning on Monday": the time that follows is the fact.
_FROM_TIME = frozenset({"starting", "beginning"})
_TIME_PREPOSITIONS = frozenset({"in", "on", "from", "at"})
#: A view said to be detailed ("a detailed view of the barn") says nothing of what it shows.
_VIEW_NOUNS = frozenset({"view", "shot", "look", "close-up", "closeup", "image", "picture", "photo", "photograph"})
#: Nouns that announce the list after a colon ("several details: a cup, a pen"): the list is the fact.
_ANNOUNCERS = frozenset({"details", "detail", "items", "elements"})


def joins_only(ws: list[Word], a: int, i: int, b: int, reasons: list[str | None], after: bool, text: str) -> bool:
    """The word at flat index `i` of sentence a..b-1 only joins, introduces or times what is said
    (`reasons`: the sentence's verdicts, from `a`, None where a word is supported; `after`: the notes
    or the original put one thing after another or as its cause). "set on fire", "prior approval",
    "the following day", "arrested following the raid" for "before the raid", "he is dealing with it"
    stay."""
    low = ws[i].lower
    nxt = ws[i + 1].lower if i + 1 < b else ""
    prev = ws[i - 1].lower if i > a else ""
    if low == "set":
        return nxt == "to" and prev in BE or nxt in _SET_PLACES
    if low == "following":  # not "the following day", "a large following", "are following leads"
        return after and bool(nxt) and prev not in BE | _DETERMINERS
    if low == "prior":
        return nxt == "to"
    if low in _INTRODUCERS:
        return text[ws[i].tok.end : ws[i].tok.end + 3].lstrip(" :")[:1] in _OPENING_QUOTES
    if _ABOUT.get(low) == nxt:
        return i > a and not ws[i - 1].is_stop and prev not in BE
    if low == "accompanied":
        return nxt == "by"
    if low in _TIME_ORDER:
        return True
    if low in _HAVING and nxt == "with":
        return _next_supported(ws, a, i + 2, b, reasons)
    if lexicon.lemmas(low) & _TOOK_PLACE:
        return _subject_supported(ws, a, i, reasons)
    if low in _FROM_TIME and nxt in _TIME_PREPOSITIONS:
        return _next_supported(ws, a, i + 2, b, reasons)
    if low == "detailed":
        return nxt in _VIEW_NOUNS
    if low in _ANNOUNCERS:
        return text[ws[i].tok.end : ws[i].tok.end + 1] == ":"
    return False


def _subject_supported(ws: list[Word], a: int, i: int, reasons: list[str | None]) -> bool:
    """The nearest content word before `i`, past auxiliaries and function words, is supported and
    no number: "an accident has happened" where the accident is the notes'."""
    for j in range(i - 1, a - 1, -1):
        if not ws[j].is_stop:
            return reasons[j - a] is None and ws[j].number is None
    return False


def _next_supported(ws: list[Word], a: int, k: int, b: int, reasons: list[str | None]) -> bool:
    """The first content word from `k` on is supported (a number too: "starting on 3 May")."""
    for j in range(k, b):
        if not ws[j].is_stop:
            return reasons[j - a] is None
    return False
