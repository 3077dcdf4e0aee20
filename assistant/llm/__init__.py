"""The model seam: the ONLY package that imports litellm (in providers.py).

Every model is a litellm model string ("openai/gpt-4o-mini", "anthropic/...",
"ollama/llama3", "hosted_vllm/...", ...). Two in-process providers are registered as litellm
custom providers so the rest of the code sees one interface:
- "embedded": the local llama.cpp model (assistant/llm/embedded.py), the default;
- "fake": the scriptable test model (assistant/llm/fake.py).

Transient errors (timeouts, 429, 5xx, connection errors) are retried with exponential
backoff by tenacity; bad requests are not retried.

The rest of the code imports this package's names only; one module per step behind them:
- spec:        ModelSpec, resolved from arguments, then the environment, then the default
- deadline:    a compose's one budget for every call and retry
- providers:   litellm itself, and the in-process providers registered with it
- request:     one request's litellm arguments (where ALLOW_MODEL_REQUESTS is enforced)
- retries:     which failures are transient, and each failure as one actionable line
- usage:       Completion, Usage, cost and the record of every call made
- calls:       complete (retries, then the fallback)
- streaming:   stream / Stream
- structured:  complete_validated (re-asks on invalid output)
- warm:        preloading litellm and the embedded model
- scoring:     log_likelihoods of given texts, edit_gains of edits to one, where the model runs in this process
"""

from __future__ import annotations

from assistant.llm.calls import complete
from assistant.llm.deadline import DEADLINE_ENV, DEADLINE_S, DeadlineError, deadline_s, started
from assistant.llm.providers import LocalModel, in_process, local_provider, register_local, validate
from assistant.llm.retries import is_rate_limited
from assistant.llm.scoring import edit_gains, log_likelihoods
from assistant.llm.spec import API_BASE_ENV, EMBEDDED, MODEL_ENV, ModelSpec, resolve_spec
from assistant.llm.streaming import Stream, stream
from assistant.llm.structured import Validated, complete_validated, unanswered
from assistant.llm.usage import Completion, Usage, cost_usd, record_completions
from assistant.llm.warm import preload, warm_embedded, warm_up

#: Tests set this to False: then only in-process providers ("embedded", "fake") may be called.
#: request.py reads it here at call time, so setting it on this package takes effect everywhere.
ALLOW_MODEL_REQUESTS = True

__all__ = [
    "ALLOW_MODEL_REQUESTS", "API_BASE_ENV", "DEADLINE_ENV", "DEADLINE_S", "EMBEDDED", "MODEL_ENV", "Completion",
    "DeadlineError", "LocalModel", "ModelSpec", "Stream", "Usage", "Validated", "complete", "complete_validated",
    "cost_usd", "deadline_s", "edit_gains", "in_process", "is_rate_limited", "local_provider", "log_likelihoods", "preload",
    "record_completions", "register_local", "resolve_spec", "started", "stream", "unanswered",
    "validate", "warm_embedded", "warm_up",
]
