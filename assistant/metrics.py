"""Text-similarity and agreement measures for evaluation (no model, no checker code).

chrF comes from sacrebleu, the reference implementation, so figures compare with published
ones. Token F1 is the SQuAD-style bag-of-words F1 over lower-cased word tokens.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]


def word_count(text: str) -> int:
    return len(words(text))


def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF (character n-gram F-score, beta 2), 0-100."""
    from sacrebleu.metrics import CHRF  # noqa: PLC0415  (imported on use: eval only)

    return CHRF().sentence_score(hypothesis, [reference]).score


def token_f1(hypothesis: str, reference: str) -> float:
    hyp, ref = Counter(words(hypothesis)), Counter(words(reference))
    common = sum((hyp & ref).values())
    if not common:
        return 0.0
    precision, recall = common / sum(hyp.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def kept_share(original: str, draft: str, exclude: set[str]) -> float | None:
    """Share of the original's word tokens, outside `exclude`, that the draft still has.

    Multiset overlap: a word the original uses twice counts twice. None when nothing is left
    to keep (every word was the subject of an edit).
    """
    want = Counter(w for w in words(original) if w not in exclude)
    if not want:
        return None
    have = Counter(words(draft))
    return sum((want & have).values()) / sum(want.values())


def cohen_kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Agreement of two yes/no raters beyond chance; None when it is undefined."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
