"""A rewrite's response as segments: each sentence with the whitespace after it, what it was,
and how and why it changed; the sentence a note is about."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant import lexicon
from assistant.compose.models import ChangeHow, SentenceChange
from assistant.compose.sentences import content_words
from assistant.notes import Observation
from assistant.text import sentences as split_sentences


@dataclass
class Segment:
    """A sentence of the response and the whitespace that follows it."""

    text: str
    gap: str
    original: str
    how: ChangeHow | None = None
    notes: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def change(self, text: str, how: ChangeHow, note: str | None, reason: str) -> None:
        self.text = text
        self.how = "removed" if not text else how
        self.notes += [note] if note else []
        self.reasons.append(reason)


def segments(text: str) -> list[Segment]:
    parts = split_sentences(text)
    out = []
    for i, s in enumerate(parts):
        end = parts[i + 1].start if i + 1 < len(parts) else len(text)
        out.append(Segment(text=s.text, gap=text[s.end:end], original=s.text))
    return out


def join_segments(segs: list[Segment]) -> str:
    out = ""
    for s in segs:
        if s.text:
            out += s.text + s.gap
        elif out and s.gap and not out[-1].isspace():
            out += s.gap
    return out.strip()


def target(obs: Observation, segs: list[Segment]) -> int | None:
    """The sentence a note is about: the one sharing most of its content words (by lemma:
    "bought" finds "buy"), the first of a tie; None when no sentence shares any."""
    want = [lexicon.lemmas(w) for w in content_words(obs.text)]
    best, best_score = None, 0
    for i, seg in enumerate(segs):
        if not seg.text:
            continue
        have = set().union(*(lexicon.lemmas(w) for w in content_words(seg.text)))
        score = sum(bool(keys & have) for keys in want)
        if score > best_score:
            best, best_score = i, score
    return best


def segment_changes(segs: list[Segment]) -> list[SentenceChange]:
    return [SentenceChange(before=s.original, after=s.text, how=s.how, notes=list(dict.fromkeys(s.notes)),
                           reason="; ".join(s.reasons))
            for s in segs if s.how is not None and s.text != s.original]
