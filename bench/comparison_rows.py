"""The comparison tasks of the choice-check set, made from DeFacto validation rows (no model).

A DeFacto row gives a pair of one-sentence summaries of a BBC article: the model's candidate
and the annotator's corrected summary. The corrected one is the better response; which of the
two is A is drawn with a fixed seed. The annotator's instructions become side-labelled reasons:
"Replace the information about X with the information about Y" says the candidate has X where
it should have Y (and the corrected summary has Y); "Remove ... X" says the candidate adds X;
"Add ... X" says it leaves X out; "Modify ... X" says it gets X wrong. The explanation's first
sentence, when short, is one more reason about the candidate.

Only rows earlier work already read are used (the positions checker precision used, see
assistant/eval/blind.py DEFACTO_USED), so no row of the checker's blind set is read here.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.eval.blind import DEFACTO_USED
from assistant.text import sentences

SEED = 27
PROMPT = "Summarize the BBC news article in one sentence."
_INFO = r"(?:the )?information about (?:the )?"
_REPLACE = re.compile(rf"^Replace {_INFO}(.+?) with {_INFO}(.+?)\.?$", re.I)
_REMOVE = re.compile(rf"^Remove {_INFO}(.+?)(?: from the summary)?\.?$", re.I)
_ADD = re.compile(rf"^Add {_INFO}(.+?)(?:\.? to the summary)?\.?$", re.I)
_FUNCTION_WORDS = {"the", "a", "an", "this", "that", "it", "its", "there", "these", "those", "he", "she", "they"}
_MODIFY = re.compile(rf"^Modify {_INFO}(.+?)(?: in the summary)?\.?$", re.I)


@dataclass
class Reason:
    """One reason: what it says, which side it is about, and its form (for templates)."""

    side: str  # "A" or "B"
    form: str  # wrong, has, adds, omits, includes, misstates, explains
    what: str
    instead: str = ""

    def note(self) -> str:
        match self.form:
            case "wrong":
                return f"{self.side}: says {self.what}, should be {self.instead}"
            case "has":
                return f"{self.side}: has {self.what}"
            case "adds":
                return f"{self.side}: adds {self.what}, not in the article"
            case "omits":
                return f"{self.side}: leaves out {self.what}"
            case "includes":
                return f"{self.side}: includes {self.what}"
            case "misstates":
                return f"{self.side}: gets {self.what} wrong"
            case "explains":
                return f"{self.side}: {self.what}"
        raise ValueError(self.form)


@dataclass
class Pair:
    doc_id: str
    response_a: str
    response_b: str
    choice: str
    reasons: list[Reason]

    @property
    def loser(self) -> str:
        return "B" if self.choice == "A" else "A"

    def notes(self) -> str:
        return "\n".join(r.note() for r in self.reasons)

    def task(self) -> dict:
        return {"notes": self.notes(), "prompt": PROMPT, "response_a": self.response_a,
                "response_b": self.response_b, "choice": self.choice}


def _clean(phrase: str) -> str:
    phrase = " ".join(phrase.replace(";", ",").split()).strip(" .")
    first, _, rest = phrase.partition(" ")
    # only a sentence-initial function word is lowered: "The source text ..." -> "the source
    # text ...", never a name ("Hertfordshire", "Mr Carney")
    if first.lower() in _FUNCTION_WORDS:
        return f"{first.lower()} {rest}".strip()
    return phrase


def reasons_of(instructions: list[str], explanation: str, loser: str, winner: str) -> list[Reason] | None:
    """The reasons of one row, or None when an instruction has none of the four forms."""
    out: list[Reason] = []
    for ins in instructions:
        ins = " ".join(ins.split())
        if m := _REPLACE.match(ins):
            out += [Reason(loser, "wrong", _clean(m.group(1)), _clean(m.group(2))),
                    Reason(winner, "has", _clean(m.group(2)))]
        elif m := _REMOVE.match(ins):
            out.append(Reason(loser, "adds", _clean(m.group(1))))
        elif m := _ADD.match(ins):
            out += [Reason(loser, "omits", _clean(m.group(1))), Reason(winner, "includes", _clean(m.group(1)))]
        elif m := _MODIFY.match(ins):
            out.append(Reason(loser, "misstates", _clean(m.group(1))))
        else:
            return None
    first = sentences(explanation.strip())
    if first and len(first[0].text) <= 160:
        out.append(Reason(loser, "explains", _clean(first[0].text)))
    return out


def _split(doc_id: str) -> str:
    """dev or blind, half and half by a hash of the row id (fixed before any rule was written)."""
    return "dev" if int(hashlib.sha1(f"choice-split:{doc_id}".encode()).hexdigest(), 16) % 2 == 0 else "blind"


def split_of(doc_id: str) -> str:
    return _split(doc_id)


def pairs(data_dir: str | Path) -> list[Pair]:
    """Every usable row among the positions earlier work read, in a seeded order."""
    rows = [json.loads(line) for line in (Path(data_dir) / "defacto-val.jsonl").read_text().splitlines() if line.strip()]
    with_ins = [r for r in rows if any(i.strip() for i in r["feedback"]["instruction_list"])]
    rng = random.Random(SEED)
    out: list[Pair] = []
    for pos, r in enumerate(with_ins):
        fb = r["feedback"]
        if not any(pos in span for span in DEFACTO_USED) or not fb["summary"].strip():
            continue
        if fb["summary"].strip() == r["candidate"].strip():
            continue
        human_is_a = rng.random() < 0.5
        winner, loser = ("A", "B") if human_is_a else ("B", "A")
        reasons = reasons_of(fb["instruction_list"], fb["explanation"], loser, winner)
        if not reasons:
            continue
        a, b = (fb["summary"], r["candidate"]) if human_is_a else (r["candidate"], fb["summary"])
        out.append(Pair(str(r["doc_id"]), a.strip(), b.strip(), winner, reasons))
    rng.shuffle(out)
    return out
