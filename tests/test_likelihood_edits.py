"""llm/likelihood.py's `edit_gains` with the model stood in for: a byte-level toy tokenizer (a word and the
space before it one token, a character outside ASCII one token a byte) and a toy model whose logits depend on
every token before (its cache a list per sequence). Every sentence here is invented (review47)."""

import re

import numpy as np

from assistant.llm import likelihood
from assistant.llm.likelihood import MAX_BATCH_TOKENS, MAX_SEQUENCES, Likelihood

VOCAB = 4096


class Toy:
    """The tokenizer and the context `Likelihood` uses, in a few lines."""

    def __init__(self):
        self.ids: dict[bytes, int] = {}
        self.pieces: list[bytes] = []
        self.cache: dict[int, list[int]] = {}

    def tokenize(self, raw, add_bos=False, special=False):
        return [self.ids.setdefault(p, len(self.ids)) if p in self.ids or self.pieces.append(p) is None else 0
                for p in re.findall(rb" ?[A-Za-z]+| ?[\x80-\xff]|[\x80-\xff]| ?[^\sA-Za-z\x80-\xff]|\s", raw)]

    def detokenize(self, tokens):
        return b"".join(self.pieces[t] for t in tokens)

    def n_vocab(self):
        return VOCAB

    def logits(self, history):
        return np.random.default_rng(hash(tuple(history)) % 2**32).normal(0, 3, VOCAB)

    def kv_cache_clear(self):
        self.cache = {}

    def kv_cache_seq_cp(self, src, dst, p0, p1):
        assert p0 == 0 and dst < MAX_SEQUENCES
        self.cache[dst] = self.cache[src][:p1]

    def kv_cache_seq_rm(self, seq_id, p0, p1):
        self.cache.pop(seq_id, None)


class Stood(Likelihood):
    def __init__(self):  # no model: `Toy` tokenizes and decodes
        self._llm = self._ctx = Toy()
        self._preamble = self._tokens(likelihood.PREAMBLE)

    def _decode_rows(self, sequences, rows):
        assert sum(len(t) for t, _, _ in sequences) <= MAX_BATCH_TOKENS
        out, i = {}, 0
        for tokens, seq_id, position in sequences:
            cache = self._ctx.cache.setdefault(seq_id, [])
            assert position == len(cache)  # each sequence goes on where its cache ends
            for token in tokens:
                cache.append(token)
                if i in rows:
                    out[i] = self._ctx.logits(cache)
                i += 1
        return out

    def log_likelihood(self, text):
        history, total = list(self._preamble), 0.0
        for token in self._tokens(text):
            row = self._ctx.logits(history)
            total += float(row[token] - row.max() - np.log(np.exp(row - row.max()).sum()))
            history.append(token)
        return total


def insertions(text, article="the "):
    return [(m.start(), m.start(), article) for m in re.finditer(r"(?<= )[a-z]", text)]


def test_a_gain_is_the_difference_of_the_two_texts_over_the_window_whichever_edits_are_beside_it():
    scorer = Stood()
    text = "Man in red coat walks dog on beach near old pier while gull circles over water and boat by café."
    edits = [e for article in ("the ", "a ", "an ", "this ", "some ") for e in insertions(text, article)]
    edits += [(0, 1, "The m"), (len(text) - 1, len(text), "!")]  # at the text's start; a tail of one token
    together = scorer.edit_gains(text, edits, -100.0)
    assert sum(g is not None for g in together) > MAX_SEQUENCES  # two rounds of tails, the second on cleared sequences
    tokens = scorer._tokens(text)
    spans = scorer._spans(text, tokens)
    for edit, gain in zip(edits, together):
        alone = scorer.edit_gains(text, [edit], -100.0)[0]
        if gain is None:  # its first token less likely than the text's own
            assert alone is None
            continue
        k, end, _ = scorer._plan(text, tokens, spans, edit)
        start, stop, replacement = edit
        cut = spans[end - 1][1]
        want = scorer.log_likelihood(text[:start] + replacement + text[stop:cut]) - scorer.log_likelihood(text[:cut])
        assert abs(gain - want) < 1e-6, (edit, gain, want)
        assert abs(alone - gain) < 1e-9
    assert scorer.edit_gains("", [(0, 0, "the ")], -100.0) == [None]


def test_the_window_never_ends_inside_a_character():
    # review47: "dusk 🦉" cut after the first bytes of the owl: the text without the article was read over one
    # more token than the text with it (" " against " \xf0", "\x9f")
    scorer = Stood()
    for text in ["Owl on oak branch at dusk 🦉🌙 calm.", "Dog near bowl of ramen 🍜🍜 on table.", "Cup of café au lait é."]:
        tokens = scorer._tokens(text)
        spans = scorer._spans(text, tokens)
        for edit in insertions(text):
            k, end, tail = scorer._plan(text, tokens, spans, edit)
            assert tail[1:] == tokens[k:end], (text[edit[0]:], scorer._llm.detokenize(tail))


def test_a_text_longer_than_a_batch_is_read_to_its_cut_and_edits_past_it_get_none():  # a guard
    scorer = Stood()
    text = " ".join(f"dog{'s' * (i % 5)} naps" for i in range(MAX_BATCH_TOKENS // 2 + 40)) + " on mat."
    near = [e for article in ("the ", "a ", "an ", "this ", "some ") for e in insertions(text[:60], article)]
    *gains, past = scorer.edit_gains(text, near + [(len(text) - 4, len(text) - 4, "the ")], -100.0)
    assert past is None and any(g is not None for g in gains)
    tokens = scorer._tokens(text)
    spans = scorer._spans(text, tokens)
    for (start, _, article), gain in zip(near, gains):
        if gain is not None:
            cut = spans[scorer._plan(text, tokens, spans, (start, start, article))[1] - 1][1]
            want = scorer.log_likelihood(text[:start] + article + text[start:cut]) - scorer.log_likelihood(text[:cut])
            assert abs(gain - want) < 1e-6


class Articles(Toy):
    """A toy that at every place expects " a" strongly and " an" hardly at all, as a model does before
    it has read the noun."""

    def logits(self, history):
        row = super().logits(history)
        row[self.tokenize(b" a")[0]] = 30.0
        row[self.tokenize(b" an")[0]] = -30.0
        return row


def test_an_is_tried_where_the_model_expected_a_for_the_noun_it_had_not_read_yet():
    scorer = Stood()
    scorer._llm = scorer._ctx = Articles()
    scorer._preamble = scorer._tokens(likelihood.PREAMBLE)
    text = "The boy is eating apple by the gate."
    at = text.index("apple")
    an, a = scorer.edit_gains(text, [(at, at, "an "), (at, at, "a ")], -2.5)
    assert an is not None and a is not None  # both judged; before, "an" (expected at -60) was never tried
    assert an < a  # the gain still counts "an" itself, which this toy finds unlikely
