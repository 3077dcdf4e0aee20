"""llm/likelihood.py's readings of whole texts (`log_likelihoods`) with the model stood in for: the preamble every
text follows is decoded once for the batches that come one after another, and a text's score is still the sum of
its tokens' log-probabilities after the preamble. Every sentence here is invented."""

import numpy as np

from assistant.llm import likelihood
from assistant.llm.likelihood import MAX_SEQUENCES, Likelihood
from tests.test_likelihood_edits import Stood, Toy


class Cache(Toy):
    """`Toy` with the cache operations a kept preamble needs: a sequence's tokens from a position on removed, and
    every sequence but one dropped."""

    def kv_cache_seq_cp(self, src, dst, p0, p1):
        assert p0 == 0 and dst < MAX_SEQUENCES
        self.cache[dst] = list(self.cache[src][:None if p1 == -1 else p1])

    def kv_cache_seq_rm(self, seq_id, p0, p1):
        assert p1 == -1
        if p0 <= 0:
            self.cache.pop(seq_id, None)
        elif seq_id in self.cache:
            del self.cache[seq_id][p0:]

    def kv_cache_seq_keep(self, seq_id):
        self.cache = {seq_id: self.cache[seq_id]} if seq_id in self.cache else {}


class Counted(Stood):
    """`Stood` that also decodes whole texts (`_decode`), and counts the tokens of every decode."""

    def __init__(self):
        super().__init__()
        self._llm = self._ctx = Cache()
        self._preamble = self._tokens(likelihood.PREAMBLE)
        self.decoded: list[int] = []

    def _decode(self, sequences, all_logits):
        rows = []
        for tokens, seq_id, position in sequences:
            cache = self._ctx.cache.setdefault(seq_id, [])
            assert position == len(cache), "each sequence goes on where its cache ends"
            for token in tokens:
                cache.append(token)
                rows.append(self._ctx.logits(cache))
        self.decoded.append(sum(len(t) for t, _, _ in sequences))
        return np.array(rows if all_logits else rows[-1:], dtype=np.float32)

    def _decode_rows(self, sequences, rows):
        self.decoded.append(sum(len(t) for t, _, _ in sequences))
        return super()._decode_rows(sequences, rows)


TEXTS = ["A heron stands in the shallow reeds.", "Two kayaks drift past the old mill.", "The ferry horn sounds at dusk."]


def test_batches_one_after_another_decode_the_preamble_once_and_score_as_a_fresh_start():
    scorer = Counted()
    first = scorer.log_likelihoods(TEXTS)
    second = scorer.log_likelihoods(TEXTS[::-1])  # before: the preamble decoded again for every batch
    third = scorer.log_likelihoods(TEXTS[:1])
    preamble = len(scorer._preamble)
    assert scorer.decoded.count(preamble) == 1, scorer.decoded
    for text, score in zip(TEXTS, first):
        assert abs(score - scorer.log_likelihood(text)) < 1e-4  # float32 sums
    assert second == first[::-1] and third == first[:1]
    assert scorer._ctx.cache == {0: scorer._preamble}  # the texts are gone again: the next batch starts after it


def test_a_reading_of_edits_between_batches_clears_the_kept_preamble_and_the_next_batch_decodes_it_again():
    scorer = Counted()
    before = scorer.log_likelihoods(TEXTS)
    text = "Heron stands in shallow reeds."
    at = text.index("shallow")
    scorer.edit_gains(text, [(at, at, "the ")], -100.0)  # its first pass reads the preamble and the text together
    assert scorer.log_likelihoods(TEXTS) == before
    assert scorer.decoded.count(len(scorer._preamble)) == 2, scorer.decoded


def test_a_row_read_token_by_token_gives_log_softmax_to_the_bit():
    from assistant.llm.likelihood import LogRow, log_softmax  # noqa: PLC0415

    rng = np.random.default_rng(7)
    for scale in (0.5, 3.0, 40.0):  # flat rows, peaked ones, and one whose exponentials would overflow unshifted
        row = (rng.normal(0, scale, 151_936)).astype(np.float32)
        full, read = log_softmax(row), LogRow(row)
        tokens = rng.integers(0, len(row), 50).tolist() + [int(row.argmax()), int(row.argmin())]
        assert all(read[t] == full[t] and read[t].dtype == np.float32 for t in tokens)
