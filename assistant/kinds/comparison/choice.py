"""The choice check of a comparison rationale (no LLM): the usual fact check, plus
- the stated choice: the rationale states the annotator's choice (A, B or tie), and no other;
- the sides of the reasons: a reason noted about A is not given to B, nor the reverse.

Both land in one CheckReport. The choice is a FactCheck with id "choice" ("Choice: A"):
- kept when a sentence states the annotator's choice and none states another;
- contradicted, certain, when the rationale states another side (a flipped verdict), or states
  both the choice and another side without conceding one of them;
- dropped, check tier, when no sentence states any choice. Not certain: the verdict may be there
  in words the patterns do not know ("A gets the nod from me"), and a reviewer sees at once
  whether it is; a stated wrong side, by contrast, is read off the words themselves.

A reason whose words sit in a stretch about the other side and not in one about its own (sides.py)
is contradicted, certain, with the stretch as evidence.
"""

from __future__ import annotations

import re

from assistant.check import check_draft
from assistant.check.report import PROBLEM_STATUSES, CheckReport, FactCheck, SentenceProvenance, Span
from assistant.check.words import words
from assistant.kinds.comparison import sides, verdict
from assistant.kinds.comparison.task import ComparisonTask, side_of
from assistant.notes import Observation

CHOICE_ID = "choice"
_LABEL = re.compile(r"^\s*(?:(?:response|answer)\s+)?(?:A|B|both)\b\s*[:\-–—)]?\s*", re.I)
_NAMES = {"A": "Response A", "B": "Response B", "tie": "a tie"}
#: words a rationale needs to state a choice and name the sides: never "unsupported"
_COMPARISON_WORDS = {
    "response", "responses", "summary", "summaries", "answer", "answers", "option", "a", "b", "first", "second",
    "one", "other", "former", "latter", "both", "neither", "better", "best", "worse", "prefer", "preferred",
    "preferable", "choice", "choose", "pick", "wins", "win", "tie", "equally", "overall", "i", "my", "is",
    "stronger", "weaker", "superior", "inferior", "than", "over", "so", "go", "with", "would", "winner", "s",
    # what a response does with its content: the content itself is still checked against the notes
    "gives", "give", "says", "say", "states", "state", "cites", "cite", "mentions", "mention", "claims", "claim",
    "lists", "includes", "uses", "provides", "contains", "offers", "writes", "puts", "calls", "reports",
    "describes", "gets", "get",
}


def check_comparison(task: ComparisonTask, rationale: str) -> CheckReport:
    """Check `rationale` against the task's reasons and choice."""
    observations = task.observations()
    base = check_draft(observations, rationale, as_facts=True)  # reasons are reported, not applied
    segs = sides.segments(rationale)
    topic = sides.shared_words(task.response_a, task.response_b)
    facts = [_side_fact(f, o, segs, observations, topic) for f, o in zip(base.facts, observations)]
    choice = choice_fact(task.choice, rationale)
    return merged(base, [choice, *facts])


def choice_fact(choice: str, rationale: str) -> FactCheck:
    """The FactCheck of the stated choice."""
    reading = verdict.read(rationale)
    text = f"Choice: {choice}"
    wrong = sorted(reading.stated - {choice})
    if wrong:
        said = reading.for_side(wrong[0])[0]
        also = " (it also states the choice, unconceded)" if choice in reading.stated else ""
        return FactCheck(id=CHOICE_ID, text=text, status="contradicted", tier="certain", kind="fact",
                         evidence=f"the rationale states {_NAMES[wrong[0]]}{also}: \"{said.text}\"",
                         missing=[f"the choice {choice}"], sentences=[said.sentence])
    if choice in reading.stated:
        said = reading.for_side(choice)
        return FactCheck(id=CHOICE_ID, text=text, status="kept", kind="fact", evidence=said[0].text,
                         sentences=sorted({s.sentence for s in said}))
    return FactCheck(id=CHOICE_ID, text=text, status="dropped", tier="check", kind="fact",
                     evidence=f"no sentence states the choice ({_example(choice)})", missing=[f"the choice {choice}"])


def _example(choice: str) -> str:
    return "\"neither is better\", \"both are equally good\"" if choice == "tie" else \
        f"\"Response {choice} is better\", \"I prefer {choice}\""


def _side_fact(fact: FactCheck, obs: Observation, segs: list[sides.Segment],
               observations: list[Observation], topic: frozenset[str]) -> FactCheck:
    """The note's verdict, contradicted when the rationale gives the reason to the other side."""
    side = side_of(obs)
    if side not in ("A", "B") or fact.kind == "style":
        return fact
    rivals = [_unlabelled(o.text) for o in observations if side_of(o) == sides.other(side)]
    found = sides.attribute(_unlabelled(obs.text), side, segs, rivals, topic)
    if not found.swapped:
        return fact
    evidence = (f"the note is about Response {side}; the rationale gives it to Response {sides.other(side)}: "
                f"\"{found.other_text.strip()}\"")
    return fact.model_copy(update={"status": "contradicted", "tier": "certain", "evidence": evidence,
                                   "missing": [f"side {side}"], "checked": True})


def _unlabelled(text: str) -> str:
    """The note without its leading "A:" / "B -" label (its words say nothing about the reason)."""
    return _LABEL.sub("", text, count=1)


def _trimmed(span: Span) -> Span | None:
    """An unsupported span without the words at its ends that name the sides and state the
    choice ("Response A gives" -> "gives"); None when nothing else is left."""
    ws = words(span.text, span.start)
    keep = [i for i, w in enumerate(ws) if not (w.is_stop or w.lower in _COMPARISON_WORDS)]
    if not keep:
        return None
    first, last = ws[keep[0]].tok, ws[keep[-1]].tok
    if (first.start, last.end) == (span.start, span.end):
        return span
    return span.model_copy(update={"start": first.start, "end": last.end,
                                   "text": span.text[first.start - span.start:last.end - span.start]})


def merged(base: CheckReport, facts: list[FactCheck]) -> CheckReport:
    """`base` with `facts` in place of its own: every list and flag recomputed from them."""
    spans = [t for u in base.unsupported if (t := _trimmed(u)) is not None]
    wrong = {f.id for f in facts if f.status in ("dropped", "contradicted")}
    choice = next((f for f in facts if f.id == CHOICE_ID), None)
    provenance = []
    for i, s in enumerate(base.sentences):
        notes = [n for n in s.notes if n not in wrong]
        if choice is not None and choice.status == "kept" and i in choice.sentences:
            notes.insert(0, CHOICE_ID)
        provenance.append(SentenceProvenance(text=s.text, start=s.start, end=s.end, notes=notes))
    problems = [f for f in facts if f.status in PROBLEM_STATUSES]
    return base.model_copy(update={
        "facts": facts,
        "dropped": [f.id for f in facts if f.status == "dropped"],
        "contradicted": [f.id for f in facts if f.status == "contradicted"],
        "hedges_lost": [f.id for f in facts if f.status == "hedge_lost"],
        "unsupported": spans,
        "sentences": provenance,
        "to_verify": [f.id for f in facts if f.status == "verify"],
        "ok": not problems and not spans,
        "certain_ok": not any(f.tier == "certain" for f in problems) and not any(u.tier == "certain" for u in spans),
    })
