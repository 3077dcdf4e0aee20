"""Checker accuracy suite: drafts with known defects, and faithful variants, from real notes.

The notes are IIW-400 object descriptions (one note per sentence, see datasets.py). The
faithful base draft is those human-written sentences themselves. From it come:

- defects the checker must catch, one per draft: a dropped note, a changed number, a
  flipped negation, swapped left/right (or top/bottom, ...), altered quoted text, a removed
  hedge, an invented object, an invented attribute;
- faithful variants it must pass: the verbatim sentences, reordered, with synonyms, merged
  in pairs, and hedged notes carried by a differently worded hedge.

Ground truth comes from the construction, not from the checker: every edit here uses its
own word lists, never the checker's lexicon. IIW object notes contain no hedges (none in the
300 development rows), so hedged notes are made by adding a hedge word to a real note; the
notes are otherwise real.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Literal

from assistant.eval.datasets import IIWRow
from assistant.notes import Observation, split_notes
from assistant.text import indefinite_article

DefectType = Literal["dropped", "number", "negation", "direction", "quote", "hedge", "invented_object",
                     "invented_attribute"]
FaithfulType = Literal["verbatim", "reordered", "synonyms", "merged", "hedged"]
DEFECT_TYPES: tuple[str, ...] = DefectType.__args__  # type: ignore[attr-defined]
FAITHFUL_TYPES: tuple[str, ...] = FaithfulType.__args__  # type: ignore[attr-defined]

# ------------------------------------------------------------------ word lists (suite-owned)

_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve"]
_DIRECTION_SWAPS = {"left": "right", "right": "left", "top": "bottom", "bottom": "top", "above": "below",
                    "below": "above", "upper": "lower", "lower": "upper", "leftmost": "rightmost",
                    "rightmost": "leftmost", "north": "south", "south": "north", "east": "west", "west": "east"}
_NEGATION_RE = re.compile(r"\b(?:not|no|never|without|none|nothing)\b|n't\b", re.I)
_ADD_NEGATION = [(re.compile(r"\b(is|are|was|were)\b(?! not)"), r"\1 not"),
                 (re.compile(r"\b(has|have)\b"), lambda m: "does not have" if m.group(1) == "has" else "do not have"),
                 (re.compile(r"\bwith\b"), "without")]
_REMOVE_NEGATION = [(re.compile(r"\b(is|are|was|were|does|do|did|can|has|have) not\b", re.I), r"\1"),
                    (re.compile(r"\b(is|are|was|were|does|do|did|has|have)n't\b", re.I), r"\1"),
                    (re.compile(r"\bwithout\b", re.I), "with"),
                    (re.compile(r"\bno\b", re.I), "some")]
_HEDGE_WORDS = re.compile(r"\b(?:maybe|possibly|probably|likely|perhaps|appears?|seems?|looks?|may|might|could|"
                          r"unclear|unknown|uncertain|unsure|"
                          r"about|around|approximately|roughly|nearly|almost|suggests?|apparently)\b", re.I)
# (note form, hedge word) and draft forms that keep a hedge in other words
_NOTE_HEDGES = [("maybe {s}", "maybe"), ("{s}, probably", "probably"), ("possibly {s}", "possibly"),
                ("{s}? not sure, maybe", "maybe")]
_DRAFT_HEDGES = ["Possibly, {s}", "It appears that {s}", "{S}, it seems", "Perhaps {s}", "{S}, probably"]
# General-vocabulary synonyms, written for this suite (not taken from the checker's lexicon).
_SYNONYMS = {"large": "big", "big": "large", "small": "little", "little": "small", "picture": "photo",
             "photo": "picture", "image": "picture", "car": "automobile", "street": "road", "road": "street",
             "stone": "rock", "rock": "stone", "tall": "high", "middle": "center",
             "center": "middle", "sitting": "seated", "shiny": "glossy",
             "thin": "slim", "wide": "broad", "person": "individual", "man": "guy", "woman": "lady",
             "kid": "child", "child": "kid", "dog": "puppy", "building": "structure", "sidewalk": "pavement",
             "bottle": "flask", "shows": "depicts", "photograph": "photo", "beside": "next to",
             "near": "close to", "multiple": "several", "several": "multiple", "dark": "dim",
             "pale": "light", "huge": "enormous", "tiny": "minuscule",
             "ground": "floor", "boat": "vessel", "hill": "slope", "trousers": "pants", "pants": "trousers"}
_ATTRIBUTES = ["wooden", "striped", "rusty", "plastic", "polka-dotted", "metallic", "broken", "fluffy",
               "crimson", "turquoise", "velvet", "wrinkled"]
_ARTICLE_RE = re.compile(r"\b(?:the|a|an)\s+(?=([a-z]{3,})\b)", re.I)


@dataclass
class Case:
    """One generated draft with its ground truth."""

    row: str
    variant: str
    defect: bool
    notes: list[Observation]
    draft: str
    target: str | None = None  # the note the defect changes
    span: tuple[int, int] | None = None  # where in the draft the defect sits
    detail: str = ""
    base_span: tuple[int, int] | None = None  # the changed sentence in the verbatim draft


@dataclass
class _Base:
    row: str
    notes: list[Observation]
    sents: list[str]  # one draft sentence per note, same order
    spans: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        pos = 0
        for s in self.sents:
            self.spans.append((pos, pos + len(s)))
            pos += len(s) + 1

    @property
    def text(self) -> str:
        return " ".join(self.sents)

    def with_sentence(self, i: int, new: str | None) -> tuple[str, tuple[int, int]]:
        """The draft with note i's sentence replaced (None removes it), and the new span."""
        sents = list(self.sents)
        if new is None:
            del sents[i]
            return " ".join(sents), (self.spans[i][0], self.spans[i][0])
        sents[i] = new
        start = self.spans[i][0]
        return " ".join(sents), (start, start + len(new))


def as_sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", '"', "”")) else text + "."


def base_for(row_key: str, note_lines: list[str]) -> _Base:
    notes = split_notes("\n".join(note_lines))
    return _Base(row_key, notes, [as_sentence(n.text) for n in notes])


# ------------------------------------------------------------------ defects


def change_number(s: str, rng: random.Random) -> tuple[str, str] | None:
    found = list(re.finditer(r"\b\d+\b|\b(?:" + "|".join(_NUMBER_WORDS[2:]) + r")\b", s, re.I))
    if not found:
        return None
    m = rng.choice(found)
    word = m.group(0)
    if word.isdigit():
        new = str(int(word) + rng.choice([1, 2, 10]))
    else:
        n = _NUMBER_WORDS.index(word.lower())
        new = _NUMBER_WORDS[n + 1 if n + 1 < len(_NUMBER_WORDS) else n - 1]
        new = new.capitalize() if word[0].isupper() else new
    return s[: m.start()] + new + s[m.end():], f"{word} -> {new}"


def flip_negation(s: str, rng: random.Random) -> tuple[str, str] | None:
    rules = _REMOVE_NEGATION if _NEGATION_RE.search(s) else _ADD_NEGATION
    for pattern, repl in rules:
        new, n = pattern.subn(repl, s, count=1)
        if n:
            return new, "negation removed" if rules is _REMOVE_NEGATION else "negation added"
    return None


def swap_direction(s: str, rng: random.Random) -> tuple[str, str] | None:
    found = list(re.finditer(r"\b(?:" + "|".join(_DIRECTION_SWAPS) + r")\b", s, re.I))
    if not found:
        return None
    m = rng.choice(found)
    word = m.group(0)
    new = _DIRECTION_SWAPS[word.lower()]
    new = new.capitalize() if word[0].isupper() else new
    return s[: m.start()] + new + s[m.end():], f"{word} -> {new}"


def alter_quote(s: str, rng: random.Random) -> tuple[str, str] | None:
    found = list(re.finditer(r'"([^"]{2,})"|“([^”]{2,})”', s))
    if not found:
        return None
    m = rng.choice(found)
    inner = m.group(1) or m.group(2)
    words = inner.split()
    if len(words) > 1:
        new_inner = " ".join(words[:-1])
    else:
        letters = [i for i, ch in enumerate(inner) if ch.isalnum()]
        if not letters:
            return None
        i = letters[len(letters) // 2]
        ch = inner[i]
        sub = ("7" if ch != "7" else "4") if ch.isdigit() else ("x" if ch.lower() != "x" else "q")
        new_inner = inner[:i] + (sub.upper() if ch.isupper() else sub) + inner[i + 1:]
    start = m.start(1) if m.group(1) else m.start(2)
    return s[:start] + new_inner + s[start + len(inner):], f"{inner!r} -> {new_inner!r}"


_MUTATORS = {"number": change_number, "negation": flip_negation, "direction": swap_direction,
             "quote": alter_quote}


def defect_cases(base: _Base, rng: random.Random, donor_labels: list[str]) -> list[Case]:
    """At most one case per defect type, on a note chosen at random among those that allow it."""
    cases: list[Case] = []
    order = list(range(len(base.notes)))
    rng.shuffle(order)
    note_words = _vocab(" ".join(n.text for n in base.notes))
    # dropped: a note with at least two content words no other note has. IIW annotators often
    # describe one thing in two objects' notes; dropping one of those loses nothing identifiable.
    for i in order:
        others = _vocab(" ".join(n.text for j, n in enumerate(base.notes) if j != i))
        if len(base.notes) > 1 and len({w for w in _vocab(base.notes[i].text) if len(w) > 3} - others) >= 2:
            draft, span = base.with_sentence(i, None)
            cases.append(Case(base.row, "dropped", True, base.notes, draft, base.notes[i].id, span, "note removed"))
            break
    for kind, mutate in _MUTATORS.items():
        for i in order:
            out = mutate(base.sents[i], rng)
            if out:
                draft, span = base.with_sentence(i, out[0])
                cases.append(Case(base.row, kind, True, base.notes, draft, base.notes[i].id, span, out[1],
                                  base.spans[i]))
                break
    hedged = _hedge_case(base, rng, order, defect=True)
    if hedged:
        cases.append(hedged)
    cases += _invented(base, rng, donor_labels, note_words)
    return cases


def _hedge_case(base: _Base, rng: random.Random, order: list[int], *, defect: bool) -> Case | None:
    """A real note made uncertain; the draft drops the hedge (defect) or words it differently."""
    for i in order:
        plain = base.notes[i].text
        if _HEDGE_WORDS.search(plain) or _NEGATION_RE.search(plain):
            continue
        note_form, _ = rng.choice(_NOTE_HEDGES)
        lower = plain[:1].lower() + plain[1:] if not plain[:2].isupper() else plain
        notes = split_notes("\n".join(
            (note_form.format(s=lower.rstrip(".")) if j == i else n.text) for j, n in enumerate(base.notes)))
        if not notes[i].hedged:
            continue
        if defect:
            sentence = base.sents[i]
        else:
            body = base.sents[i].rstrip(".")
            sentence = rng.choice(_DRAFT_HEDGES).format(s=body[:1].lower() + body[1:], S=body) + "."
        draft, span = base.with_sentence(i, sentence)
        return Case(base.row, "hedge" if defect else "hedged", defect, notes, draft, notes[i].id, span,
                    f"note: {notes[i].text!r}", base.spans[i])
    return None


def _invented(base: _Base, rng: random.Random, donor_labels: list[str], note_words: set[str]) -> list[Case]:
    cases: list[Case] = []
    stems = {_stem(w) for w in note_words}
    foreign = [lab for lab in donor_labels if _vocab(lab) and not {_stem(w) for w in _vocab(lab)} & stems]
    if foreign:
        label = rng.choice(foreign).strip().rstrip(".")
        sentence = f"There is also {_article(label)} {label[:1].lower() + label[1:]} in the scene."
        at = rng.randrange(len(base.sents) + 1)
        sents = base.sents[:at] + [sentence] + base.sents[at:]
        start = sum(len(s) + 1 for s in base.sents[:at])
        cases.append(Case(base.row, "invented_object", True, base.notes, " ".join(sents), None,
                          (start, start + len(sentence)), f"added {label!r}"))
    attributes = [a for a in _ATTRIBUTES if a not in note_words]
    for i in rng.sample(range(len(base.sents)), len(base.sents)):
        m = _ARTICLE_RE.search(base.sents[i])
        if not m or not attributes:
            continue
        word = rng.choice(attributes)
        s = base.sents[i]
        new = s[: m.end()] + word + " " + s[m.end():]
        draft, span = base.with_sentence(i, new)
        pos = span[0] + m.end()
        cases.append(Case(base.row, "invented_attribute", True, base.notes, draft, None, (pos, pos + len(word)),
                          f"added {word!r}", base.spans[i]))
        break
    return cases


def _article(label: str) -> str:
    return indefinite_article(label)


def _stem(word: str) -> str:
    """Crude plural folding, enough to keep 'tree' from counting as new next to 'trees'."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _vocab(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


# ------------------------------------------------------------------ faithful variants


def faithful_cases(base: _Base, rng: random.Random) -> list[Case]:
    cases = [Case(base.row, "verbatim", False, base.notes, base.text)]
    if len(base.sents) > 1:
        order = list(range(len(base.sents)))
        while order == sorted(order):
            rng.shuffle(order)
        cases.append(Case(base.row, "reordered", False, base.notes, " ".join(base.sents[i] for i in order)))
        merged = []
        for k in range(0, len(base.sents), 2):
            pair = base.sents[k : k + 2]
            if len(pair) == 2 and pair[0].endswith("."):
                second = pair[1][:1].lower() + pair[1][1:] if not pair[1][:2].isupper() else pair[1]
                merged.append(f"{pair[0][:-1]}, and {second}")
            else:
                merged.extend(pair)
        cases.append(Case(base.row, "merged", False, base.notes, " ".join(merged)))
    swapped, n = _apply_synonyms(base.text)
    if n:
        cases.append(Case(base.row, "synonyms", False, base.notes, swapped, detail=f"{n} words replaced"))
    hedged = _hedge_case(base, rng, rng.sample(range(len(base.notes)), len(base.notes)), defect=False)
    if hedged:
        cases.append(hedged)
    return cases


def _apply_synonyms(text: str) -> tuple[str, int]:
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        word = m.group(0)
        new = _SYNONYMS.get(word.lower())
        if new is None:
            return word
        count += 1
        return new.capitalize() if word[0].isupper() else new

    # quoted text is verbatim by definition: synonyms never touch it
    parts = re.split(r'("[^"]*"|“[^”]*”)', text)
    out = "".join(p if p[:1] in ('"', "“") else re.sub(r"\b[A-Za-z]+\b", repl, p) for p in parts)
    return out, count


def cases_for_row(row: IIWRow, donor_labels: list[str], seed: int = 0) -> list[Case]:
    key = row.key or str(id(row))
    rng = random.Random(f"{seed}:{key}")
    base = base_for(key, row.note_lines())
    if not base.notes:
        return []
    return faithful_cases(base, rng) + defect_cases(base, rng, donor_labels)
