"""Texts' tokens as a tree of their shared prefixes, so that a batch decodes each prefix once.

The sentences `likely_verbs` asks the model to read differ by one "is" or "are" at a few places: a
dozen texts that begin alike ("The cat's fur | is predominantly ...", "The cat's fur predominantly
| is ..."). In a llama.cpp batch a token may belong to several sequences; a prefix's tokens go in
once, in every sequence of the texts that start with it, and each text's own tokens only after
them. The logits of a prefix's last token then predict the next token of all those texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Node:
    """One distinct prefix: its last token, where that stands (0 for a text's first), the prefix
    before it (None at a text's start), and the texts (their numbers in the batch) that begin so."""

    token: int
    depth: int
    parent: int | None
    texts: list[int] = field(default_factory=list)


class Prefixes:
    """The texts of one batch, in the order added; each text's sequence is its number."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []  # a prefix before every longer one it begins
        self.paths: list[list[int]] = []  # each text's nodes, one a token
        self._after: dict[tuple[int | None, int], int] = {}  # (prefix, next token) -> its node

    def new_tokens(self, tokens: list[int]) -> int:
        """How many tokens `tokens` would add to the batch: those after its longest prefix already in."""
        parent = None
        for k, token in enumerate(tokens):
            parent = self._after.get((parent, token))
            if parent is None:
                return len(tokens) - k
        return 0

    def add(self, tokens: list[int]) -> None:
        text, parent, path = len(self.paths), None, []
        for depth, token in enumerate(tokens):
            node = self._after.get((parent, token))
            if node is None:
                node = self._after[(parent, token)] = len(self.nodes)
                self.nodes.append(Node(token, depth, parent))
            self.nodes[node].texts.append(text)
            path.append(node)
            parent = node
        self.paths.append(path)

    def inner(self) -> set[int]:
        """The nodes another follows: their logits predict a token of some text (a text's last token's
        logits predict nothing that is read)."""
        return {node.parent for node in self.nodes if node.parent is not None}
