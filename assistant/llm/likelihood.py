"""How likely the embedded model finds a piece of text: the sum of its tokens' log-probabilities.

Compose uses it to choose between a few spellings of one sentence that differ by a word, all
made by rules from the model's own sentence ("The fur is predominantly ginger" against "The fur
predominantly is ginger"): reading is much cheaper than writing (the candidates are evaluated
together, in one batch, with no token generated) and the model cannot add a word of its own.

The texts are scored in a second llama.cpp context on the same weights (no second copy of them;
its KV cache is a few MB), so the generation context and its cached prompts stay as they were.
Each text follows the same short preamble that asks for complete sentences: after a bare
"Caption:" the model rates a verbless note as likely as a sentence.
"""

from __future__ import annotations

import os
from typing import Any

#: What every scored text follows (its own tokens are not counted).
PREAMBLE = "A photo described in complete, grammatical sentences:\n"
#: Texts scored together in one decode, and the tokens such a batch may hold.
MAX_SEQUENCES = 32
#: llama.cpp keeps the logits of every token of a batch (151,936 floats, 0.6 MB, each): 512 tokens hold
#: some 25 candidate sentences and cost about 300 MB while they are read.
MAX_BATCH_TOKENS = 512


class Likelihood:
    """Log-likelihoods of texts under a loaded llama-cpp-python `Llama` (`EmbeddedModel.llm`)."""

    def __init__(self, llm: Any, n_threads: int | None = None):
        from llama_cpp import llama_cpp as bindings  # noqa: PLC0415 - heavy; only with the model
        from llama_cpp._internals import LlamaContext  # noqa: PLC0415

        params = bindings.llama_context_default_params()
        params.n_ctx = MAX_BATCH_TOKENS
        params.n_batch = params.n_ubatch = MAX_BATCH_TOKENS
        params.n_seq_max = MAX_SEQUENCES
        params.kv_unified = True  # one cache for the batch: a sequence may be as long as the batch allows
        params.n_threads = params.n_threads_batch = n_threads or os.cpu_count() or 2
        self._llm = llm
        self._ctx = LlamaContext(model=llm._model, params=params, verbose=False)
        self._preamble = self._tokens(PREAMBLE)

    def _tokens(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)

    def log_likelihoods(self, texts: list[str]) -> list[float]:
        """Each text's log-probability after the preamble, in nats (higher is likelier). Texts
        longer than a batch holds are cut to fit (their common tail rarely decides a choice); a text
        of no tokens scores 0, the sum of none, and is not decoded (llama.cpp refuses an empty batch)."""
        token_lists = [self._tokens(t)[: MAX_BATCH_TOKENS // 4] for t in texts]
        scores = iter(self._batched([tokens for tokens in token_lists if tokens]))
        return [next(scores) if tokens else 0.0 for tokens in token_lists]

    def _batched(self, token_lists: list[list[int]]) -> list[float]:
        """The texts' scores, decoded in batches of at most MAX_SEQUENCES texts and MAX_BATCH_TOKENS tokens."""
        scores: list[float] = []
        batch: list[list[int]] = []
        for tokens in token_lists:
            if batch and (len(batch) == MAX_SEQUENCES or
                          sum(len(self._preamble) + len(t) for t in batch + [tokens]) > MAX_BATCH_TOKENS):
                scores += self._batch(batch)
                batch = []
            batch.append(tokens)
        return scores + (self._batch(batch) if batch else [])

    def _batch(self, token_lists: list[list[int]]) -> list[float]:
        """One decode of the preamble, shared by every sequence (its cache copied to each), then one of
        all the texts' tokens together."""
        import numpy as np  # noqa: PLC0415

        self._ctx.kv_cache_clear()
        first = self._decode([(self._preamble, 0, 0)], all_logits=False)[-1:].copy()  # predicts each text's first token
        for seq_id in range(1, len(token_lists)):
            self._ctx.kv_cache_seq_cp(0, seq_id, 0, -1)
        logits = self._decode([(tokens, seq_id, len(self._preamble)) for seq_id, tokens in enumerate(token_lists)],
                              all_logits=True)
        scores, start = [], 0
        for tokens in token_lists:
            rows = np.concatenate([first, logits[start:start + len(tokens) - 1]])  # row k predicts token k
            top = rows.max(axis=1)
            norm = top + np.log(np.exp(rows - top[:, None]).sum(axis=1))
            scores.append(float((rows[np.arange(len(tokens)), tokens] - norm).sum()))
            start += len(tokens)
        return scores

    def _decode(self, sequences: list[tuple[list[int], int, int]], all_logits: bool):
        """Decodes (tokens, sequence id, first position) together; the logits of every token (or of
        the last only), as rows of a float32 array that is llama.cpp's own buffer: read it before the
        next decode."""
        import numpy as np  # noqa: PLC0415
        from llama_cpp import llama_cpp as bindings  # noqa: PLC0415
        from llama_cpp._internals import LlamaBatch  # noqa: PLC0415

        total = sum(len(tokens) for tokens, _, _ in sequences)
        batch = LlamaBatch(n_tokens=total, embd=0, n_seq_max=1, verbose=False)
        try:
            raw = batch.batch
            k = 0
            for tokens, seq_id, position in sequences:
                for j, token in enumerate(tokens):
                    raw.token[k], raw.pos[k], raw.n_seq_id[k] = token, position + j, 1
                    raw.seq_id[k][0] = seq_id
                    raw.logits[k] = all_logits or k == total - 1
                    k += 1
            raw.n_tokens = total
            self._ctx.decode(batch)
            rows = total if all_logits else 1
            pointer = bindings.llama_get_logits(self._ctx.ctx) if all_logits else \
                bindings.llama_get_logits_ith(self._ctx.ctx, total - 1)
            return np.ctypeslib.as_array(pointer, shape=(rows, self._llm.n_vocab()))
        finally:
            batch.close()

    def close(self) -> None:
        self._ctx.close()
