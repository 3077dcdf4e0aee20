"""Prompt-lookup drafting for the embedded model: guesses of the next tokens taken from the
context itself, which llama.cpp checks in one forward pass (speculative decoding).

A caption's lines copy its notes' words ("N3: 2 parallel rectangular concrete-like sections
..."), and a patch answer copies its draft's sentences: where the last few tokens written
occurred before, the tokens that followed them then are a good guess of what follows now. The
model evaluates its sampled token and the guesses together and keeps the guesses it would have
sampled itself, so the answer is what it would have written one token at a time; a pass of
several tokens costs little more than one on a CPU, whose decode waits on reading the weights.

On recorded answers of the 1.5B model to DCI development notes, a caption's first draft took
0.40 forward passes a token this way, a patch answer 0.19 and the raw model's caption 0.52
(docs/EVAL.md, 2026-12-06, speed25).
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Tokens matched at most (the longest run found wins; a single token is the last resort).
MATCH_TOKENS = 3
#: Tokens guessed at most in one pass.
GUESS_TOKENS = 8


def guess(tokens: np.ndarray, match: int = MATCH_TOKENS, count: int = GUESS_TOKENS) -> np.ndarray:
    """The `count` tokens that followed the latest earlier occurrence of the last `match`
    tokens (fewer where no such run occurred, down to one), or none. The latest occurrence,
    not the first: the line being written copies the note or the sentence it just read, while
    the first occurrence of a common pair ("on the") is in the system prompt."""
    tokens = np.asarray(tokens)
    for n in range(min(match, len(tokens) - 1), 0, -1):
        windows = np.lib.stride_tricks.sliding_window_view(tokens[:-1], n)
        hits = np.flatnonzero((windows == tokens[-n:]).all(axis=1))
        if hits.size:
            start = int(hits[-1]) + n
            return tokens[start:start + count]
    return tokens[:0]


def speculate(llm: Any, count: int = GUESS_TOKENS) -> None:
    """Make the llama-cpp-python model `llm` guess with `guess` (its `draft_model` hook) and
    evaluate without copying logits into Python. The library turns on logits for every token
    when a draft model is passed to its constructor, and then copies each evaluated token's
    151,936 logits into an array sized for 512 tokens (it fails past them); here only a pass
    short enough to be a guess to check asks llama.cpp for every token's logits, a prompt only
    for its last, and sampling reads them in llama.cpp as before."""
    import types  # noqa: PLC0415

    llm.draft_model = lambda tokens: guess(tokens, count=count)
    llm.eval = types.MethodType(_eval_factory(count + 1), llm)


def _eval_factory(every_up_to: int):
    def _eval(llm: Any, tokens: Any) -> None:
        llm._ctx.kv_cache_seq_rm(-1, llm.n_tokens, -1)
        every = len(tokens) <= every_up_to
        for i in range(0, len(tokens), llm.n_batch):
            batch = tokens[i:i + llm.n_batch]
            llm._batch.set_batch(batch=batch, n_past=llm.n_tokens, logits_all=every)
            llm._ctx.decode(llm._batch)
            llm.input_ids[llm.n_tokens:llm.n_tokens + len(batch)] = batch
            llm.n_tokens += len(batch)
        llm._requires_eval = False
    return _eval
