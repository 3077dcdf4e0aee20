"""Prompt-lookup drafting (assistant/llm/lookup.py): the guesses, and what a forward pass asks of llama.cpp."""

from __future__ import annotations

import numpy as np

from assistant.llm import lookup


def test_the_tokens_after_the_latest_earlier_run_of_the_last_three_are_guessed():
    # 7 8 9 occurs twice before the end: the later occurrence (followed by 4 4) wins
    tokens = np.array([7, 8, 9, 1, 2, 5, 7, 8, 9, 4, 4, 6, 7, 8, 9])
    assert lookup.guess(tokens, count=2).tolist() == [4, 4]


def test_a_shorter_run_is_matched_where_the_longer_never_occurred():
    tokens = np.array([5, 9, 3, 3, 1, 2, 9])  # 1 2 9 and 2 9 never occurred before; 9 did, followed by 3 3
    assert lookup.guess(tokens, count=4).tolist() == [3, 3, 1, 2]


def test_nothing_is_guessed_for_a_token_never_seen_or_a_context_too_short():
    assert lookup.guess(np.array([1, 2, 3, 4])).tolist() == []
    assert lookup.guess(np.array([5])).tolist() == []
    assert lookup.guess(np.array([], dtype=np.intc)).tolist() == []


def test_the_guess_is_cut_at_the_end_of_the_context():
    assert lookup.guess(np.array([4, 5, 6, 4, 5]), count=8).tolist() == [6, 4, 5]


class _Batch:
    def __init__(self):
        self.asked: list[tuple[list[int], int, bool]] = []

    def set_batch(self, batch, n_past, logits_all):
        self.asked.append((list(batch), n_past, logits_all))


class _Ctx:
    def __init__(self):
        self.decoded = 0
        self.removed: list[int] = []

    def decode(self, batch):
        self.decoded += 1

    def kv_cache_seq_rm(self, seq, start, end):
        self.removed.append(start)


class _Llama:
    """What `speculate` touches of llama_cpp.Llama."""

    def __init__(self, n_batch=4):
        self.n_batch = n_batch
        self.n_tokens = 0
        self.input_ids = np.zeros(64, dtype=np.intc)
        self._batch = _Batch()
        self._ctx = _Ctx()
        self._requires_eval = True
        self.draft_model = None


def test_a_prompt_asks_for_its_last_logits_only_and_a_guess_to_check_for_every_tokens():
    llm = _Llama(n_batch=4)
    lookup.speculate(llm, count=2)
    llm.eval([1, 2, 3, 4, 5, 6])  # a prompt: two batches of at most n_batch, last logits only
    assert llm._batch.asked == [([1, 2, 3, 4], 0, False), ([5, 6], 4, False)]
    assert llm.n_tokens == 6 and llm.input_ids[:6].tolist() == [1, 2, 3, 4, 5, 6] and not llm._requires_eval
    llm.eval([7, 8, 9])  # a sampled token and two guesses: every token's logits, for sampling each
    assert llm._batch.asked[-1] == ([7, 8, 9], 6, True)
    assert llm._ctx.removed == [0, 6]  # whatever a rejected guess left past the evaluated tokens goes first
    assert llm.draft_model(np.array([1, 2, 3, 1, 2])).tolist() == [3, 1]
