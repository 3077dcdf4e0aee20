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
from collections.abc import Callable
from typing import Any

#: What every scored text follows (its own tokens are not counted).
PREAMBLE = "A photo described in complete, grammatical sentences:\n"
#: Texts scored together in one decode, and the tokens such a batch may hold.
MAX_SEQUENCES = 32
#: llama.cpp keeps the logits of every token of a batch (151,936 floats, 0.6 MB, each): 512 tokens hold
#: some 25 candidate sentences and cost about 300 MB while they are read.
MAX_BATCH_TOKENS = 512


#: Tokens after an edit over which `edit_gains` compares the text with and without it.
WINDOW_TOKENS = 6


class Likelihood:
    """Log-likelihoods of texts under a loaded llama-cpp-python `Llama` (`EmbeddedModel.llm`)."""

    _an: dict[int, int] | None = None  # the token of "an" -> that of "a" (`_expected`), made on first use
    _kept: Any = None  # the preamble's last logits while the cache holds the preamble alone (`_preamble_alone`)

    def __init__(self, llm: Any, n_threads: int | None = None):
        from llama_cpp import llama_cpp as bindings  # noqa: PLC0415 - heavy; only with the model
        from llama_cpp._internals import LlamaContext  # noqa: PLC0415

        params = bindings.llama_context_default_params()
        params.n_ctx = 2 * MAX_BATCH_TOKENS  # a text of a batch, and the edits' tails (`edit_gains`)
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

    def edit_gains(self, text: str, edits: list[tuple[int, int, str]], expect: float) -> list[float | None]:
        """For each edit (start, end, replacement) of `text`, how much likelier (nats) the text reads with it,
        over the edit and the WINDOW_TOKENS tokens after it, each edit alone in the text as it is; None for
        an edit the model did not expect: the first token it writes must have been at least `expect`
        likely (log) there, and likelier than the text's own token. One decode of the text, then one of
        every expected edit's few tokens, each after a copy of the text's cache up to it."""
        tokens = self._tokens(text)[: MAX_BATCH_TOKENS - len(self._preamble)]
        spans = self._spans(text, tokens) if tokens else None
        if spans is None:
            return [None] * len(edits)
        plans = [self._plan(text, tokens, spans, edit) for edit in edits]
        rows = sorted({j for plan in plans if plan for j in range(plan[0], plan[1])})
        own = self._first_pass(tokens, rows)
        tried = [(n, plan) for n, plan in enumerate(plans)
                 if plan and (expected := self._expected(own[plan[0]], plan[2][0])) >= expect
                 and expected > own[plan[0]][tokens[plan[0]]]]
        gains: list[float | None] = [None] * len(edits)
        for start in range(0, len(tried), MAX_SEQUENCES - 1):
            for (n, (k, end, tail)), tail_lps in zip(tried[start:start + MAX_SEQUENCES - 1],
                                                     self._tails([plan for _, plan in tried[start:start + MAX_SEQUENCES - 1]])):
                before = sum(own[j][tokens[j]] for j in range(k, end))
                gains[n] = float(own[k][tail[0]] + sum(tail_lps) - before)
        return gains

    def _expected(self, row: "Any", token: int) -> float:
        """How likely the model found `token` where it stands (log): for "an", "a" or "an", since the model
        chooses between them by the noun it has not read yet ("eating an apple": at the article it expects
        "a"); the gain still counts "an" itself."""
        import numpy as np  # noqa: PLC0415

        if self._an is None:
            pairs = [(self._tokens(an), self._tokens(a)) for an, a in ((" an", " a"), (" An", " A"), ("An", "A"))]
            self._an = {an[0]: a[0] for an, a in pairs if len(an) == len(a) == 1}
        other = self._an.get(token)
        return float(row[token] if other is None else np.logaddexp(row[token], row[other]))

    def _plan(self, text: str, tokens: list[int], spans: list[tuple[int, int]],
              edit: tuple[int, int, str]) -> tuple[int, int, list[int]] | None:
        """The edit as (its first token k, the end of its window, the tokens that replace tokens[k:end]),
        or None where the text is cut before it."""
        start, stop, replacement = edit
        at = start - 1 if start > 0 and text[start - 1] == " " else start  # " touch": the space is the token's
        k = next((j for j, (a, b) in enumerate(spans) if a <= at < b), None)
        if k is None or stop > spans[-1][1]:
            return None
        end = min(len(tokens), max(k + WINDOW_TOKENS, next(j for j, (a, b) in enumerate(spans) if b >= stop) + 1))
        while end < len(tokens) and self._llm.detokenize([tokens[end]])[:1] in _CONTINUATION_BYTES:
            end += 1  # never inside a character: both sides read the same characters ("🦉" may be 3 tokens)
        tail = self._tokens(text[spans[k][0]:start] + replacement + text[stop:spans[end - 1][1]])
        return (k, end, tail) if tail else None

    def _first_pass(self, tokens: list[int], rows: list[int]) -> dict[int, "Any"]:
        """The log-probabilities (over the vocabulary) that predict each token j of `rows`, after the preamble."""
        self._kept = None
        self._ctx.kv_cache_clear()
        n = len(self._preamble)
        logits = self._decode_rows([(self._preamble + tokens, 0, 0)], [n + j - 1 for j in rows])
        return {j: LogRow(logits[n + j - 1]) for j in rows}

    def _tails(self, plans: list[tuple[int, int, list[int]]]) -> list[list[float]]:
        """For each plan, the log-probabilities of its tail's tokens after its first, each sequence a copy of
        the text's cache up to the plan's token k, followed by the tail."""
        n = len(self._preamble)
        sequences, wanted = [], []
        for seq_id, (k, _, tail) in enumerate(plans, start=1):
            if len(tail) > 1:
                self._ctx.kv_cache_seq_cp(0, seq_id, 0, n + k)
                sequences.append((tail[:-1], seq_id, n + k))
        at = 0
        for tokens, _, _ in sequences:
            wanted += range(at, at + len(tokens))
            at += len(tokens)
        logits = self._decode_rows(sequences, wanted) if sequences else {}
        out, at = [], 0
        for k, _, tail in plans:
            lps = []
            for i in range(1, len(tail)):
                lps.append(float(LogRow(logits[at])[tail[i]]))
                at += 1
            out.append(lps)
        for seq_id in range(1, len(plans) + 1):
            self._ctx.kv_cache_seq_rm(seq_id, -1, -1)
        return out

    def _decode_rows(self, sequences: list[tuple[list[int], int, int]], rows: list[int]) -> dict[int, "Any"]:
        """Decodes (tokens, sequence id, first position) together; copies of the logits of the batch's
        tokens numbered in `rows`."""
        import numpy as np  # noqa: PLC0415
        from llama_cpp import llama_cpp as bindings  # noqa: PLC0415

        wanted = set(rows)
        self._run(sequences, wanted.__contains__)
        n_vocab = self._llm.n_vocab()
        return {i: np.ctypeslib.as_array(bindings.llama_get_logits_ith(self._ctx.ctx, i), shape=(n_vocab,)).copy()
                for i in wanted}

    def _spans(self, text: str, tokens: list[int]) -> list[tuple[int, int]] | None:
        """Each token's characters in `text`, or None where the tokens do not spell its start byte for byte."""
        pieces = [self._llm.detokenize([t]) for t in tokens]
        raw = text.encode("utf-8")
        if b"".join(pieces) != raw[:sum(len(p) for p in pieces)]:
            return None
        char_at = [0] * (len(raw) + 1)  # the character each byte belongs to (a token may end inside one)
        k = 0
        for ch_index, ch in enumerate(text):
            for _ in range(len(ch.encode("utf-8"))):
                char_at[k] = ch_index
                k += 1
        char_at[k] = len(text)
        spans, at = [], 0
        for p in pieces:
            spans.append((char_at[at], char_at[at + len(p)]))
            at += len(p)
        return spans

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
        """One decode of all the texts' tokens together, each in a sequence of its own that begins with the
        preamble (`_preamble_alone`, shared by every sequence: its cache copied to each); the texts are removed
        again after it."""
        import numpy as np  # noqa: PLC0415

        first = self._preamble_alone()  # predicts each text's first token
        self._kept = None  # until the texts are gone again
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
        self._ctx.kv_cache_seq_keep(0)
        self._ctx.kv_cache_seq_rm(0, len(self._preamble), -1)
        self._kept = first
        return scores

    def _preamble_alone(self):
        """The logits that predict a text's first token, the cache holding the preamble alone in sequence 0.
        It is decoded after a cleared cache and kept while batches of texts follow (an edit's reading clears
        it): the texts of a batch are removed after it, and llama.cpp then looks for the next batch's cells
        from the first one freed, so the next batch takes the same cells as after a fresh decode of the
        preamble, and reads the same numbers, bit for bit (`bench/bench_readings.py --base`). The preamble
        alone, 11 tokens, cost a decode of some 0.2 s a batch."""
        if self._kept is None:
            self._ctx.kv_cache_clear()
            self._kept = self._decode([(self._preamble, 0, 0)], all_logits=False)[-1:].copy()
        return self._kept

    def _decode(self, sequences: list[tuple[list[int], int, int]], all_logits: bool):
        """Decodes (tokens, sequence id, first position) together; the logits of every token (or of
        the last only), as rows of a float32 array that is llama.cpp's own buffer: read it before the
        next decode."""
        import numpy as np  # noqa: PLC0415
        from llama_cpp import llama_cpp as bindings  # noqa: PLC0415

        total = sum(len(tokens) for tokens, _, _ in sequences)
        self._run(sequences, lambda k: all_logits or k == total - 1)
        rows = total if all_logits else 1
        pointer = bindings.llama_get_logits(self._ctx.ctx) if all_logits else \
            bindings.llama_get_logits_ith(self._ctx.ctx, total - 1)
        return np.ctypeslib.as_array(pointer, shape=(rows, self._llm.n_vocab()))

    def _run(self, sequences: list[tuple[list[int], int, int]], output: Callable[[int], bool]) -> None:
        """One llama.cpp decode of (tokens, sequence id, first position) together, keeping the logits of
        the batch's tokens k where `output(k)`; they stay in the context's buffer until the next decode."""
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
                    raw.logits[k] = output(k)
                    k += 1
            raw.n_tokens = total
            self._ctx.decode(batch)
        finally:
            batch.close()

    def close(self) -> None:
        self._ctx.close()


_CONTINUATION_BYTES = frozenset(bytes([b]) for b in range(0x80, 0xC0))  # a UTF-8 character's later bytes


class LogRow:
    """A row of logits read as log-probabilities, `row[token]` as `log_softmax(row)[token]` to the bit (the same
    float32 operations on that element), without the vocabulary-long array (151,936 floats) it would make."""

    def __init__(self, logits: "Any"):
        import numpy as np  # noqa: PLC0415

        top = logits.max()
        self.logits, self.norm = logits, top + np.log(np.exp(logits - top).sum())

    def __getitem__(self, token: int):
        return self.logits[token] - self.norm


def log_softmax(row):
    import numpy as np  # noqa: PLC0415

    top = row.max()
    return row - (top + np.log(np.exp(row - top).sum()))
