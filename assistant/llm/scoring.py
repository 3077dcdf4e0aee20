"""Log-likelihoods of given texts, and of edits to one, from a model that runs in this process.

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
    score = _in_process(spec, "score")
    if score is None:
        return None
    scores = score(texts)
    if scores is not None and len(scores) != len(texts):
        raise ValueError(f"the model scored {len(scores)} of {len(texts)} texts")
    return scores


def edit_gains(text: str, edits: list[tuple[int, int, str]], expect: float, spec: ModelSpec) -> list[float | None] | None:
    """For each edit (start, end, replacement) of `text`, how much likelier `spec`'s model reads the text
    with it (nats, over the edit and a few tokens after it), or None for an edit it did not expect there
    (its first token less likely than `expect`, log, or than the text's own); None where that model
    cannot score text here."""
    if not edits:
        return []
    score = _in_process(spec, "score_edits")
    if score is None:
        return None
    gains = score(text, [tuple(e) for e in edits], expect)
    if gains is not None and len(gains) != len(edits):
        raise ValueError(f"the model scored {len(gains)} of {len(edits)} edits")
    return gains


def _in_process(spec: ModelSpec, method: str):
    """`spec`'s in-process model's `method` (the embedded model registered first), or None where the model
    runs elsewhere or has no such method."""
    if spec.provider == EMBEDDED:
        providers.ensure_embedded_registered()
    factory = providers.local_factory(spec.provider)
    return getattr(factory(), method, None) if factory is not None else None
