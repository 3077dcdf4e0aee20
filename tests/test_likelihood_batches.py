"""llm/likelihood.py's split of many texts into llama.cpp batches, with the decode stood in for (no model):
every sentence here is invented."""

from assistant.llm import likelihood
from assistant.llm.likelihood import MAX_BATCH_TOKENS, MAX_SEQUENCES, Likelihood


class Split(Likelihood):
    """A `Likelihood` whose tokens are a text's words and whose batch scores a text by its length."""

    def __init__(self):  # no context: nothing is decoded
        self._preamble = self._tokens(likelihood.PREAMBLE)
        self.batches: list[list[list[int]]] = []

    def _tokens(self, text):
        return [len(w) for w in text.split()]

    def _batch(self, token_lists):
        self.batches.append(token_lists)
        return [-float(len(t)) for t in token_lists]


def test_more_texts_than_a_batch_holds_are_scored_in_order_over_several_batches():
    scorer = Split()
    texts = [f"A cat number {i} naps." + " on the sofa" * (i % 3) for i in range(MAX_SEQUENCES + 5)]
    assert scorer.log_likelihoods(texts) == [-float(len(t.split())) for t in texts]
    assert [len(b) for b in scorer.batches] == [MAX_SEQUENCES, 5]


def test_long_texts_are_cut_and_a_batch_never_holds_more_tokens_than_its_context():
    scorer = Split()
    texts = ["word " * (MAX_BATCH_TOKENS // 2), "A cat naps.", "word " * (MAX_BATCH_TOKENS // 3)] * 3
    scores = scorer.log_likelihoods(texts)
    assert len(scores) == len(texts) and scores[1] == -3.0
    assert max(-s for s in scores) <= MAX_BATCH_TOKENS // 4
    for batch in scorer.batches:
        assert sum(len(scorer._preamble) + len(t) for t in batch) <= MAX_BATCH_TOKENS


class Strict(Split):
    def _batch(self, token_lists):
        assert all(token_lists), "llama.cpp cannot decode a text of no tokens"  # a crash on the real model
        return super()._batch(token_lists)


def test_an_empty_text_scores_zero_and_is_never_decoded():
    # on the model an empty text among others failed the whole batch (numpy's broadcast), alone llama_decode -1
    scorer = Strict()
    assert scorer.log_likelihoods(["", "A cat naps."]) == [0.0, -3.0]
    assert scorer.log_likelihoods([""]) == [0.0]
    assert scorer.batches == [[[1, 3, 5]]]
