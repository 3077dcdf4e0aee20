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

from assistant.llm.prefixes import Prefixes

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
    _first: Any = None  # the preamble's last logits (they predict a text's first token), once it is decoded

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

    def _first_pass(self, tokens: list[int], rows: list[int]) -> dict[int, "LogRow"]:
        """The log-probabilities (over the vocabulary) that predict each token j of `rows`, after the preamble;
        the text is decoded only as far as the last of them needs."""
        n = self._reset()
        last = max(rows, default=0)
        logits = self._decode_rows([(tokens[:last], 0, n)], [j - 1 for j in rows if j > 0]) if last else {}
        return {j: LogRow(self._first if j == 0 else logits[j - 1]) for j in rows}

    def _reset(self) -> int:
        """Sequence 0 holding the preamble alone, every other sequence gone; the preamble's length. The
        preamble is decoded once, on first use, and kept: every reading starts after it."""
        n = len(self._preamble)
        if self._first is None:
            self._ctx.kv_cache_clear()
            self._first = self._decode_rows([(self._preamble, 0, 0)], [n - 1])[n - 1]
        else:
            self._ctx.kv_cache_seq_keep(0)
            self._ctx.kv_cache_seq_rm(0, n, -1)
        return n

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
        items = [(token, position + j, [seq_id]) for tokens, seq_id, position in sequences for j, token in enumerate(tokens)]
        self._run([(token, position, seq_ids, k in wanted) for k, (token, position, seq_ids) in enumerate(items)])
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
        """The texts' scores, decoded in batches of at most MAX_SEQUENCES texts and, after the preamble, at most
        MAX_BATCH_TOKENS tokens once their shared prefixes are counted once (`prefixes.Prefixes`)."""
        budget = MAX_BATCH_TOKENS - len(self._preamble)
        scores: list[float] = []
        batch = Prefixes()
        for tokens in token_lists:
            if batch.paths and (len(batch.paths) == MAX_SEQUENCES or len(batch.nodes) + batch.new_tokens(tokens) > budget):
                scores += self._batch(batch)
                batch = Prefixes()
            batch.add(tokens)
        return scores + (self._batch(batch) if batch.paths else [])

    def _batch(self, batch: Prefixes) -> list[float]:
        """One decode of the texts after the kept preamble (`_reset`; its cache shared by every sequence),
        each shared prefix once; a text's log-probability is read off the logits of its prefixes."""
        import numpy as np  # noqa: PLC0415

        n = self._reset()
        for seq_id in range(1, len(batch.paths)):
            self._ctx.kv_cache_seq_cp(0, seq_id, 0, -1)
        inner = batch.inner()
        logits = self._decode_tree(batch, n, inner)  # row r: the r-th inner node in batch order
        row_of = {node: r for r, node in enumerate(sorted(inner))}
        norms = log_norms(logits) if len(logits) else None
        first = LogRow(self._first)
        scores = []
        for path in batch.paths:
            lps = [first[batch.nodes[path[0]].token]]
            for node in path[1:]:
                r = row_of[batch.nodes[node].parent]
                lps.append(logits[r, batch.nodes[node].token] - norms[r])  # row k predicts token k
            scores.append(float(np.array(lps, dtype=logits.dtype).sum()))
        return scores

    def _decode_tree(self, batch: Prefixes, position: int, wanted: set[int]):
        """Decodes every node of `batch` (its token at `position` + depth, in all its texts' sequences); the
        logits of the `wanted` nodes, in batch order, as rows of llama.cpp's own buffer (read it before
        the next decode)."""
        import numpy as np  # noqa: PLC0415
        from llama_cpp import llama_cpp as bindings  # noqa: PLC0415

        self._run([(node.token, position + node.depth, node.texts, k in wanted) for k, node in enumerate(batch.nodes)])
        if not wanted:  # texts of one token each: the preamble's logits read them all
            return np.empty((0, self._llm.n_vocab()), dtype=np.float32)
        return np.ctypeslib.as_array(bindings.llama_get_logits(self._ctx.ctx), shape=(len(wanted), self._llm.n_vocab()))

    def _run(self, items: list[tuple[int, int, list[int], bool]]) -> None:
        """One llama.cpp decode of (token, position, sequence ids, whether its logits are kept); the logits
        stay in the context's buffer, in batch order, until the next decode."""
        from llama_cpp._internals import LlamaBatch  # noqa: PLC0415

        batch = LlamaBatch(n_tokens=len(items), embd=0, n_seq_max=MAX_SEQUENCES, verbose=False)
        try:
            raw = batch.batch
            for k, (token, position, seq_ids, keep) in enumerate(items):
                raw.token[k], raw.pos[k], raw.n_seq_id[k], raw.logits[k] = token, position, len(seq_ids), keep
                for i, seq_id in enumerate(seq_ids):
                    raw.seq_id[k][i] = seq_id
            raw.n_tokens = len(items)
            self._ctx.decode(batch)
        finally:
            batch.close()

    def close(self) -> None:
        self._ctx.close()


_CONTINUATION_BYTES = frozenset(bytes([b]) for b in range(0x80, 0xC0))  # a UTF-8 character's later bytes


class LogRow:
    """A row of logits read as log-probabilities: `row[token]` is that token's, the row normalised
    once (as `log_softmax(row)[token]`, without the vocabulary-long copy)."""

    def __init__(self, logits: "Any"):
        self.logits = logits
        self.norm = log_norms(logits[None, :])[0]

    def __getitem__(self, token: int):
        return self.logits[token] - self.norm


#: Rows of logits normalised at once (`log_norms`): some 20 MB of scratch.
NORM_ROWS = 32


def log_norms(rows):
    """Each row's log of the sum of its exponentials (what its log-softmax subtracts), computed as
    `top + log(sum(exp(row - top)))` in the rows' own precision, a few rows at a time in one buffer."""
    import numpy as np  # noqa: PLC0415

    top = rows.max(axis=1)
    sums = np.empty(len(rows), dtype=rows.dtype)
    scratch = np.empty((min(NORM_ROWS, len(rows)), rows.shape[1]), dtype=rows.dtype)
    for start in range(0, len(rows), NORM_ROWS):
        part = scratch[:len(rows[start:start + NORM_ROWS])]
        np.subtract(rows[start:start + NORM_ROWS], top[start:start + NORM_ROWS, None], out=part)
        np.exp(part, out=part)
        sums[start:start + NORM_ROWS] = part.sum(axis=1)
    return top + np.log(sums)
