"""Log-likelihoods of given texts, from a model that runs in this process.

litellm has no call that scores a text it did not write, so only in-process providers can: the
embedded model (`likelihood.Likelihood`) and any registered local model with a `score` method
(the fake's `scorer`, a replayed recording). Every other model gets None, and what would choose
by likelihood leaves the text as it is: a larger hosted model seldom writes the slips it mends.
"""

from __future__ import annotations

from assistant.llm import providers
from assistant.llm.spec import EMBEDDED, ModelSpec


def log_likelihoods(texts: list[str], spec: ModelSpec) -> list[float] | None:
    """Each text's log-probability under `spec`'s model (higher is likelier), or None where that
    model cannot score text here."""
    if not texts:
        return []
    if spec.provider == EMBEDDED:
        providers.ensure_embedded_registered()
    factory = providers.local_factory(spec.provider)
    score = getattr(factory(), "score", None) if factory is not None else None
    if score is None:
        return None
    scores = score(texts)
    if scores is not None and len(scores) != len(texts):
        raise ValueError(f"the model scored {len(scores)} of {len(texts)} texts")
    return scores
