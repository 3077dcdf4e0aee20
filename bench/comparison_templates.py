"""Template rationales for the choice-check set: the annotator's reasons in varied phrasings.

Each pair gets one rationale: a verdict sentence and the reasons, every reason on its side, in
a naming style (Response A / A / the first response / Summary A) and with "it" continuing a
side's second reason. Dev rows and blind rows draw their phrasings from two separate pools, so
the blind figures also measure phrasings the dev part never showed.
"""

from __future__ import annotations

from comparison_rows import Pair, Reason, split_of

_ORD = {"A": "first", "B": "second"}

#: naming styles: how a side is named in full
NAMES = {
    "dev": (lambda s: f"Response {s}", lambda s: s, lambda s: f"the {_ORD[s]} response"),
    "blind": (lambda s: f"Summary {s}", lambda s: f"the {_ORD[s]} summary", lambda s: f"Answer {s}"),
}

#: verdicts: (sentence with {w} winner and {l} loser names, placed last?)
VERDICTS = {
    "dev": (("{W} is better.", False), ("I prefer {w}.", False), ("So {w} is the better one.", True),
            ("{W} wins.", False), ("Overall, {w} is preferable to {l}.", True), ("My choice is {w}.", False)),
    "blind": (("I would go with {w}.", False), ("{W} is the stronger of the two.", False),
              ("For these reasons {w} comes out ahead of {l}.", True), ("The better response is {w}.", False),
              ("{W} should be preferred.", True), ("I'd pick {w} over {l}.", False)),
}

#: reason phrasings per form: {s} the side's name (or "it"), {x} what, {y} instead
REASONS = {
    "dev": {
        "wrong": ("{S} says {x} where it should say {y}.", "{S} gets it wrong with {x} instead of {y}."),
        "has": ("{S} correctly has {x}.", "{S} gives {x}, which is right."),
        "adds": ("{S} adds {x}, which the article does not mention.", "{S} brings in {x}, not in the article."),
        "omits": ("{S} leaves out {x}.", "{S} misses {x}."),
        "includes": ("{S} includes {x}.", "{S} keeps {x}."),
        "misstates": ("{S} gets {x} wrong.", "{S} misreports {x}."),
        "explains": ("About {s}: {x}.", "The problem with {s}: {x}."),
    },
    "blind": {
        "wrong": ("{S} states {x}, but it should be {y}.", "{S} has {x} rather than {y}."),
        "has": ("{S} has {x}.", "{S} rightly reports {x}."),
        "adds": ("{S} includes {x}, which is not in the article.", "{S} invents {x}; the article lacks it."),
        "omits": ("{S} omits {x}.", "{S} drops {x}."),
        "includes": ("{S} keeps {x}.", "{S} mentions {x}."),
        "misstates": ("{S} misstates {x}.", "{S} is wrong about {x}."),
        "explains": ("As for {s}, {x}.", "On {s}: {x}."),
    },
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _reason(r: Reason, name: str, pool: dict, k: int) -> str:
    phrasing = pool[r.form][k % len(pool[r.form])]
    subject = name
    return _cap(phrasing.format(S=subject, s=subject, x=r.what, y=r.instead))


def template_rationales(pair: Pair, k: int) -> list[tuple[str, str, bool]]:
    """[(verdict sentence, reasons text, verdict placed last)] for one pair; k varies the phrasing."""
    split = split_of(pair.doc_id)
    name = NAMES[split][k % len(NAMES[split])]
    verdict, last = VERDICTS[split][k % len(VERDICTS[split])]
    w, lo = name(pair.choice), name(pair.loser)
    verdict = verdict.format(W=_cap(w), w=w, l=lo)
    sentences, previous = [], None
    for j, r in enumerate(pair.reasons):
        # a second reason about the side just named continues with "it" (not for "About X:" forms)
        use_it = previous == r.side and r.form != "explains" and (k + j) % 2 == 0
        sentences.append(_reason(r, "it" if use_it else name(r.side), REASONS[split], k + j))
        previous = r.side
    return [(verdict, " ".join(sentences), last)]
