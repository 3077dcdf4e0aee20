"""Text-similarity and agreement measures for evaluation (no model, no checker code).

chrF comes from sacrebleu, the reference implementation, so figures compare with published
ones. Token F1 is the SQuAD-style bag-of-words F1 over lower-cased word tokens. Coverage is
the word-overlap referee for IIW: how much of a note's content the draft has anywhere.
"""

from __future__ import annotations

from assistant.text import ARTICLES

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


# A fixed, deliberately plain stopword list: the overlap referee must not share the checker's lexicon.
_FUNCTION_WORDS = frozenset(
    "the a an of on in at to and or is are was were be been being with by for from as that this these those "
    "it its into onto over under near behind above below left right top bottom there their they them has have "
    "had which who what while also very some any each other than then".split()
)


def content_stems(text: str) -> set[str]:
    """Content words cut to 5 letters (a crude stem: 'plants'/'plant', 'edges'/'edge')."""
    return {w[:5] for w in words(text) if len(w) >= 3 and w not in _FUNCTION_WORDS}


def coverage(note: str, draft: str) -> float | None:
    """Share of a note's content stems that occur anywhere in the draft; None if it has none."""
    want = content_stems(note)
    return len(want & content_stems(draft)) / len(want) if want else None


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


def articles_kept(source: str, text: str) -> tuple[int, int]:
    """How many of the words the source text puts an article before, of those `text` also has, `text` puts
    an article before somewhere (any of a, an, the): terse notes cut from the source drop its articles, and
    a caption that reads as written puts them back. Distinct lower-cased words; (kept, asked)."""
    def after_article(words: list[str]) -> set[str]:
        return {words[i + 1] for i in range(len(words) - 1) if words[i] in ARTICLES}

    written = words(text)
    asked = after_article(words(source)) & set(written) - ARTICLES
    return len(asked & after_article(written)), len(asked)
