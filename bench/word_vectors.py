"""Static word vectors read from the embedded model's input token-embedding matrix.

No generation: the verified GGUF file (assistant.llm.embedded.weights_path) is opened with the
`gguf` package, `token_embd.weight` (or `output.weight`) is dequantized, and a word's vector is the
mean of its tokens' rows under the model's own byte-level BPE, with a leading space ("Ġhost",
how a word inside a sentence is tokenized), without one ("host"), or the mean of the two.

Used by bench/bench_word_vectors.py (does it separate rewording from new content?).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

VARIANTS = ("space", "bare", "both")
MATRICES = {"input": "token_embd.weight", "output": "output.weight"}


@lru_cache(maxsize=1)
def _byte_chars() -> dict[int, str]:
    """GPT-2's byte -> printable character map, which Qwen2's vocabulary is written in."""
    keep = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    chars = keep[:]
    n = 0
    for b in range(256):
        if b not in keep:
            keep.append(b)
            chars.append(256 + n)
            n += 1
    return dict(zip(keep, map(chr, chars)))


@dataclass
class Vectors:
    """The matrix's rows and the tokenizer's vocabulary and merges."""

    rows: np.ndarray  # float32, one row per token id
    ids: dict[str, int]
    ranks: dict[tuple[str, str], int]
    cache: dict[tuple[str, str], np.ndarray | None] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, matrix: str = "input", centre: bool = False) -> "Vectors":
        import gguf  # noqa: PLC0415 (only the benches and the table builder need it)

        reader = gguf.GGUFReader(str(path))
        tokens = reader.fields["tokenizer.ggml.tokens"].contents()
        merges = reader.fields["tokenizer.ggml.merges"].contents()
        tensor = next(t for t in reader.tensors if t.name == MATRICES[matrix])
        rows = gguf.quants.dequantize(tensor.data, tensor.tensor_type).astype(np.float32)
        if centre:  # the rows share a common direction; without it every cosine is raised alike
            rows -= rows.mean(axis=0)
        ids = {t: i for i, t in enumerate(tokens)}
        ranks = {tuple(m.split(" ", 1)): r for r, m in enumerate(merges)}
        return cls(rows, ids, ranks)

    def bpe(self, text: str) -> list[str]:
        """Byte-level BPE: the lowest-ranked adjacent pair merged until none is in the merges."""
        chars = _byte_chars()
        parts = [chars[b] for b in text.encode("utf-8")]
        while len(parts) > 1:
            pairs = [(self.ranks.get((a, b), 1 << 30), i) for i, (a, b) in enumerate(zip(parts, parts[1:]))]
            rank, i = min(pairs)
            if rank == 1 << 30:
                break
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
        return parts

    def tokens(self, word: str, space: bool = True) -> list[str]:
        return self.bpe((" " if space else "") + word)

    def vector(self, word: str, variant: str = "space") -> np.ndarray | None:
        """The unit vector of `word` (lower-cased), or None for an empty word."""
        word = word.lower()
        key = (word, variant)
        if key not in self.cache:
            self.cache[key] = self._vector(word, variant)
        return self.cache[key]

    def _vector(self, word: str, variant: str) -> np.ndarray | None:
        if not word:
            return None
        if variant == "both":
            a, b = self.vector(word, "space"), self.vector(word, "bare")
            return _unit(a + b)
        toks = self.tokens(word, space=variant == "space")
        return _unit(self.rows[[self.ids[t] for t in toks]].mean(axis=0))

    def single_token_words(self, least: int = 3) -> list[str]:
        """Lower-case alphabetic words the vocabulary holds as one token with a leading space."""
        return sorted(t[1:] for t in self.ids if t.startswith("Ġ") and t[1:].isascii() and t[1:].isalpha()
                      and t[1:].islower() and len(t) > least)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def cosine(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    return None if a is None or b is None else float(a @ b)
