"""Terse notes from IIW-400 object notes: the way annotators really type.

IIW object notes are full sentences ("A black and white owl statue is placed on the wooden
surface."). Annotators in the product type fragments: "black + white owl statue on wooden
surface", "2 mugs right, blue + white", "maybe home office". This module rewrites each note
line of `IIWRow.note_lines()` in that style, deterministically: one terse note per full note
(same count, same order, so note n3 of the terse notes is note n3 of the full ones).

What goes: articles, copulas, "there is", "which/that is", filler verbs ("is placed", "can be
seen"), view framing ("A close-up view of"), the final full stop, and a label that the note
repeats anyway. What changes: number words become digits, "and" may become "+", "with" / "has" may
become "w/" (not as an auxiliary: "have fallen" loses "have", and "that has" loses "that" with it), "to the left" becomes "left", "colored" after a colour goes, "approximately/about/around" before a count become "~", hedges ("appears to be", "possibly")
become "maybe". What stays, always: every other word (numbers, colours, sizes, materials,
positions, relations), in order, and quoted text verbatim.

The only randomness is a seeded choice per note (which of "and" / "+" and "with" / "w/"),
from SHA-1 of (seed, row key, line index): the same row gives the same notes on every run and
machine. No model is involved.
"""

from __future__ import annotations

import hashlib
import random
import re

from assistant.eval.datasets import IIWRow
from assistant.kinds.caption import CaptionTask
from assistant.text import ARTICLES

#: Words dropped wherever they stand (outside quotes): they carry no fact.
DROP = frozenset("a an the is are was were be been being".split())
#: Multi-word fillers dropped whole (matched case-insensitively, longest first).
FILLERS = (
    "can be seen", "could be seen", "is seen", "are seen", "is visible", "are visible",
    "is placed", "are placed", "is located", "are located", "is positioned", "are positioned",
    "is kept", "are kept", "is present", "are present", "there is", "there are",
    "which is", "which are", "that is", "that are", "who is", "who are",
    "an outdoor view of", "an indoor view of", "a view of", "a picture of", "an image of",
    "on it", "on them", "in it", "also",
)
#: Wordings annotators shorten (matched case-insensitively, longest first).
SHORTER = {
    "a close-up view of": "close-up,", "a close up view of": "close-up,", "a close-up shot of": "close-up,",
    "to the left": "left", "to the right": "right", "towards the left": "left", "towards the right": "right",
    "in color": "", "in colour": "",
}
#: Hedged wordings annotators write as "maybe" (the hedge stays: it is content).
HEDGES = (
    "appears to be", "appear to be", "seems to be", "seem to be", "looks like", "look like",
    "possibly", "probably", "perhaps", "likely",
)
APPROX = ("approximately", "about", "around", "roughly", "nearly")
NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
NUMBERS.pop("zero")
NUMBERS.pop("one")  # "one" is as often a pronoun ("one to each side") as a count

_QUOTE_RE = re.compile(r'"[^"]*"|“[^”]*”')
_TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)+|\w+(?:[-'’./]\w+)*|[^\w\s]")


def terse_line(line: str, rng: random.Random) -> str:
    """One note line in the terse style; quoted text is kept verbatim."""
    label, _, body = line.partition(": ") if _has_label(line) else ("", "", line)
    out: list[str] = []
    pos = 0
    for m in _QUOTE_RE.finditer(body):
        out.append(_terse_text(body[pos:m.start()], rng))
        out.append(m.group(0))
        pos = m.end()
    out.append(_terse_text(body[pos:], rng))
    text = _join(out)
    if label and not _repeats(label, text):
        text = f"{label.lower()}: {text}" if text else label.lower()
    return _lower_first(text)


def terse_notes(row: IIWRow, seed: int = 0) -> list[str]:
    """The row's note lines, each made terse; same count and order as `row.note_lines()`."""
    return [terse_line(line, line_rng(seed, row.key, i)) for i, line in enumerate(row.note_lines())]


def terse_task(row: IIWRow, seed: int = 0) -> CaptionTask:
    """The row as a caption task with terse notes."""
    return CaptionTask(notes="\n".join(terse_notes(row, seed)), image=row.key or None)


def line_rng(seed: int, key: str, index: int) -> random.Random:
    """The random choices for one note line: fixed by seed, row key and line index."""
    digest = hashlib.sha1(f"{seed}|{key}|{index}".encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def _has_label(line: str) -> bool:
    head = line.split(": ", 1)[0]
    return ": " in line and '"' not in head and len(head.split()) <= 6


def _terse_text(text: str, rng: random.Random) -> str:
    plus = rng.random() < 0.6  # "and" -> "+"
    w_slash = rng.random() < 0.5  # "with" -> "w/"
    for phrase in sorted(SHORTER, key=len, reverse=True):
        text = _replace_phrases(text, (phrase,), SHORTER[phrase])
    text = _replace_phrases(text, FILLERS, "")
    text = _replace_phrases(text, HEDGES, "maybe")
    words: list[str] = []
    tokens = _TOKEN_RE.findall(text)
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in DROP or low in HAVE and _auxiliary(tokens[i + 1:]):
            continue  # "which have fallen" -> "which fallen": an auxiliary, not "w/"
        if low in RELATIVES and _next_kept(tokens[i + 1:]) in HAVE and (w_slash or _auxiliary(tokens[i + 2:])):
            continue  # "ground that has dry leaves" -> "ground w/ dry leaves", "poles which have fallen" -> "poles fallen"
        if low in ("colored", "coloured") and words and words[-1].lower() in _colours():
            continue  # "red colored" -> "red"; "multi colored" stays
        if low in NUMBERS:
            words.append(NUMBERS[low])
        elif low in APPROX and _count_follows(tokens[i + 1:]):  # "around the tree" is a place
            words.append("~")
        elif low == "and" and plus:
            words.append("+")
        elif (low == "with" or low in HAVE) and w_slash:
            words.append("w/")
        elif tok == ".":
            continue
        else:
            words.append(tok)
    return _detach(" ".join(words))


HAVE = frozenset(["has", "have", "having", "had"])
RELATIVES = frozenset(["that", "which", "who"])


def _next_kept(rest: list[str]) -> str:
    return next((t.lower() for t in rest if t.lower() not in DROP or t.lower() == "been"), "")


def _auxiliary(rest: list[str]) -> bool:
    """Whether "has"/"have" before `rest` is an auxiliary: a past participle follows ("have
    fallen on grass", "has been"), and no noun it would describe ("has painted walls", "has
    broken windows": the thing has them; "has left the shop" has its object). "has a golden
    handle", "has open windows": no participle at all."""
    from assistant import lexicon  # noqa: PLC0415
    from assistant.check.word_forms import past_participle  # noqa: PLC0415
    from assistant.compose.fragments import PHRASE_START  # noqa: PLC0415

    kept = [(k, t.lower()) for k, t in enumerate(rest) if t.lower() not in DROP or t.lower() == "been"][:2]
    (at, word), (_, following) = (kept + [(0, ""), (0, "")])[:2]
    if word == "been":
        return True
    if not past_participle(word):
        return False
    if rest[at + 1:at + 2] and rest[at + 1].lower() in ARTICLES:
        return True  # "has left the shop": its object, not a thing it describes
    return not (following[:1].isalpha() and following not in PHRASE_START and lexicon.can_be_noun(following)
                and not lexicon.can_be_adverb(following))


def _colours() -> frozenset[str]:
    from assistant import lexicon  # noqa: PLC0415

    return frozenset(lexicon.load().colors)


def _count_follows(rest: list[str]) -> bool:
    nxt = next((t.lower() for t in rest if t.lower() not in DROP), "")
    return nxt[:1].isdigit() or nxt in NUMBERS


def _replace_phrases(text: str, phrases: tuple[str, ...], by: str) -> str:
    for phrase in sorted(phrases, key=len, reverse=True):
        text = re.sub(rf"(?i)(?<![\w-]){re.escape(phrase)}(?![\w-])", by, text)
    return text


def _detach(text: str) -> str:
    """Punctuation back against its word: 'red , white' -> 'red, white'."""
    text = re.sub(r"\s+([,;:!?)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r"~\s+", "~", text)
    return " ".join(text.split()).strip(" ,")


def _join(parts: list[str]) -> str:
    text = " ".join(p for p in parts if p.strip())
    return " ".join(text.split()).strip(" ,")


def _repeats(label: str, text: str) -> bool:
    """The note already names what its label names (every label word, by prefix)."""
    low = text.lower()
    words = [w for w in re.findall(r"\w+", label.lower()) if w not in DROP]
    return bool(words) and all(re.search(rf"\b{re.escape(w[:max(3, len(w) - 2)])}", low) for w in words)


def _lower_first(text: str) -> str:
    if not text or text.startswith('"'):
        return text
    first = text.split(" ", 1)[0]
    if first.isupper() and len(first) > 1:  # LED, TV
        return text
    return text[0].lower() + text[1:]
