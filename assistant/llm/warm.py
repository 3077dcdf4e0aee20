"""Warming a process: litellm imported and its request paths run before the first real call."""

from __future__ import annotations

import time
from functools import lru_cache

from assistant.llm.providers import load_litellm
from assistant.llm.spec import EMBEDDED, ModelSpec
from assistant.llm.streaming import stream


@lru_cache(maxsize=1)
def preload() -> None:
    """Import litellm now (about 2-4 s of CPU) rather than on the first call: the server that
    batch worker processes fork from does it once for all of them."""
    load_litellm()


def warm_up() -> None:
    """Run litellm's request path once, against a loopback port nothing listens on (refused at
    once, no network): the modules it imports on a first call (about 0.5 s of CPU) are loaded
    now. For a process that others fork from."""
    try:
        load_litellm().completion(model="openai/warm-up", messages=[{"role": "user", "content": "."}],
                                  api_base="http://127.0.0.1:9/v1", api_key="warm-up", num_retries=0, max_retries=0,
                                  timeout=2)
    except Exception:  # noqa: BLE001, S110 - refused is the expected outcome
        pass


def warm_embedded(messages: list[dict]) -> float:
    """Send `messages` to the embedded model through this seam for one token, as a compose
    would: litellm is imported and its streaming path run (about 5 s of CPU on a first call),
    the weights are paged in, and llama.cpp's KV cache holds the prompt, whose shared prefix
    the next request reuses instead of evaluating it again. Returns the seconds it took."""
    started = time.perf_counter()
    for _ in stream(messages, ModelSpec(model=EMBEDDED, max_tokens=1, temperature=0.0, retries=0)):
        pass
    return time.perf_counter() - started
