"""llm/likelihood.py's split of many texts into llama.cpp batches, with the decode stood in for (no model):
every sentence here is invented."""

from assistant.llm import likelihood
from assistant.llm.likelihood import MAX_BATCH_TOKENS, MAX_SEQUENCES, Likelihood


class Split(Likelihood):
    """A `Likelihood` whose tokens are a text's words and whose batch scores a text by its length."""

    def __init__(self):  # no context: nothing is decoded
        self._preamble = self._tokens(likelihood.PREAMBLE)
        self.batches: list[list[list[int]]] = []
        self.decoded: list[int] = []  # tokens each batch decodes: shared prefixes once

    def _tokens(self, text):
        return [len(w) for w in text.split()]

    def _batch(self, batch):
        token_lists = [[batch.nodes[node].token for node in path] for path in batch.paths]
        self.batches.append(token_lists)
        self.decoded.append(len(batch.nodes))
        return [-float(len(t)) for t in token_lists]


def test_more_texts_than_a_batch_holds_are_scored_in_order_over_several_batches():
    scorer = Split()
    texts = [f"A cat number {i} naps." + " on the sofa" * (i % 3) for i in range(MAX_SEQUENCES + 5)]
    assert scorer.log_likelihoods(texts) == [-float(len(t.split())) for t in texts]
    assert [len(b) for b in scorer.batches] == [MAX_SEQUENCES, 5]


def test_long_texts_are_cut_and_a_batch_never_holds_more_tokens_than_its_context():
    scorer = Split()
    texts = [" ".join(f"w{k}{'x' * (k % 7)}" for k in range(i, i + MAX_BATCH_TOKENS // 2)) for i in range(6)]
    texts.insert(1, "A cat naps.")
    scores = scorer.log_likelihoods(texts)
    assert len(scores) == len(texts) and scores[1] == -3.0
    assert max(-s for s in scores) <= MAX_BATCH_TOKENS // 4
    assert len(scorer.batches) > 1
    for decoded in scorer.decoded:
        assert len(scorer._preamble) + decoded <= MAX_BATCH_TOKENS


def test_texts_that_begin_alike_share_a_batch_and_their_prefix_is_decoded_once():
    # likely_verbs' candidates: one sentence with "is" or "are" at each place a subject may end
    scorer = Split()
    words = "The old wooden fence beside the narrow country road slowly leaning toward the ditch".split()
    texts = [" ".join(words[:i] + [be] + words[i:]) for i in range(2, len(words)) for be in ("is", "are")]
    scores = scorer.log_likelihoods(texts)
    assert scores == [-float(len(t.split())) for t in texts]
    assert len(scorer.batches) == 1  # counted whole, with a preamble each, they took two
    assert scorer.decoded[0] <= sum(len(t.split()) for t in texts) // 2


class Strict(Split):
    def _batch(self, batch):
        assert all(batch.paths), "llama.cpp cannot decode a text of no tokens"  # a crash on the real model
        return super()._batch(batch)


def test_an_empty_text_scores_zero_and_is_never_decoded():
    # on the model an empty text among others failed the whole batch (numpy's broadcast), alone llama_decode -1
    scorer = Strict()
    assert scorer.log_likelihoods(["", "A cat naps."]) == [0.0, -3.0]
    assert scorer.log_likelihoods([""]) == [0.0]
    assert scorer.batches == [[[1, 3, 5]]]
