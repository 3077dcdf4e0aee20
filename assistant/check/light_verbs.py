"""Verbs that carry an act or an event their noun already names (issue 23: rewordings in plain
everyday words). "has been given an award" says no more than "has been awarded"; "claimed victory"
no more than "won"; "a funeral has been held" no more than "the funeral". Where that noun is
supported, the verb adds no fact of its own."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.words import Word

#: Verbs that carry an act named by their object: "given an award" (awarded), "held talks" (talked).
_LIGHT_VERBS = frozenset({"give", "take", "hold", "have", "receive", "pay", "do", "get"})
#: Verbs that only say a result was had, before a noun that names it: "claimed victory", "secured a
#: win", "completed a 44-38 victory", "clinched the title". Another object ("claimed the money",
#: "recorded a song") is a fact of its own.
_RESULT_VERBS = frozenset({"claim", "secure", "complete", "clinch", "seal", "earn", "achieve", "register", "notch"})
#: Verbs by which the notes or the original say a result was had ("won", "beat", "held on"), so that
#: a result verb restates it. "claim" is not one: it also asserts ("claimed victory" for "confident
#: of victory"), and a result noun alone ("hopes of victory", "York celebrated victory") says no more.
_HAD = frozenset({"win", "beat", "defeat", "hold", "secure", "complete", "clinch", "seal", "earn", "achieve",
                  "register", "notch", "draw", "gain", "sign", "agree", "reach", "strike", "promote", "triumph"})
#: Words before a result noun that say it was had: "climbed to the top with victory over", "after a win".
_BY_MEANS = frozenset({"with", "after", "following", "by", "thanks"})
_RESULTS = frozenset({"victory", "victories", "win", "wins", "draw", "title", "titles", "triumph", "success", "point",
                      "points", "place", "promotion", "medal", "gold", "silver", "bronze", "deal", "agreement"})
#: Events a passive "held" or "staged" only says took place: "a funeral has been held" (the funeral).
_EVENTS = frozenset({"funeral", "funerals", "service", "ceremony", "vigil", "memorial", "meeting", "meetings", "talks",
                     "election", "elections", "vote", "ballot", "referendum", "protest", "protests", "rally",
                     "march", "event", "festival", "concert", "race", "match", "game", "tournament", "inquest",
                     "hearing", "trial", "auction", "celebration", "celebrations", "parade", "show"})
_HELD = frozenset({"held", "staged"})
#: The forms of "be", "'s" of "it's" among them.
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})


def result_had(support: list[Word]) -> bool:
    """The notes or the original say a result was had: a verb of `_HAD` ("won", "beat"), or a result
    noun after "with", "after", ... past function words and numbers ("with victory over", "after a
    3-1 win")."""
    return any(lexicon.lemmas(w.lower) & _HAD or w.lower in _RESULTS and _by_means(support, i)
               for i, w in enumerate(support))


def _by_means(ws: list[Word], i: int) -> bool:
    """A word of `_BY_MEANS` before `i`, past at most two function words or numbers."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if ws[j].lower in _BY_MEANS:
            return True
        if not (ws[j].is_stop or ws[j].number is not None):
            return False
    return False


def carries_a_supplied_act(ws: list[Word], a: int, i: int, b: int, reasons: list[str | None],
                           had: bool) -> bool:
    """The word at `i` is such a verb and its noun is supported (`reasons`: the sentence's
    verdicts, from `a`; None where a word is supported); a result verb also needs the notes or
    the original to say a result was had (`had`, from `result_had`)."""
    low = ws[i].lower
    lemmas = lexicon.lemmas(low)
    if lemmas & _LIGHT_VERBS and _object_supported(ws, a, i, b, reasons):
        return True
    if lemmas & _RESULT_VERBS:
        return had and _result_supported(ws, a, i, b, reasons)
    return low in _HELD and _held_event(ws, a, i, reasons)


def _object_supported(ws: list[Word], a: int, i: int, b: int, reasons: list[str | None]) -> bool:
    """The next content word, past at most two function words, is supported, and no number or name."""
    for j in range(i + 1, min(b, i + 4)):
        if not ws[j].is_stop:
            return reasons[j - a] is None and ws[j].number is None and not ws[j].is_name
    return False


def _result_supported(ws: list[Word], a: int, i: int, b: int, reasons: list[str | None]) -> bool:
    """A supported result noun within the next four words, past function words, numbers and
    supported words only ("completed a 44-38 victory", "secured a bonus-point win": the score and
    the kind of win are judged on their own)."""
    for j in range(i + 1, min(b, i + 5)):
        if ws[j].lower in _RESULTS:
            return reasons[j - a] is None
        if not (ws[j].is_stop or ws[j].number is not None or reasons[j - a] is None):
            return False
    return False


def _held_event(ws: list[Word], a: int, i: int, reasons: list[str | None]) -> bool:
    """"<event> has been held": the verb after a form of "be", the event before it supported."""
    j = i - 1
    if j < a or ws[j].lower not in BE:
        return False
    while j >= a and (ws[j].is_stop or ws[j].lower in BE):
        j -= 1
    return j >= a and ws[j].lower in _EVENTS and reasons[j - a] is None
