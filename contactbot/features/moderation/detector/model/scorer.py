"""Scoring with the shipped linear model. Pure Python: one dictionary lookup per n-gram.

Features of a word-view text ``t`` (lower case, words split by single spaces): the set of
character 4-grams of ``" " + t + " "`` and the set of words and word bigrams. The training
script builds the same features with :func:`features`, so training and inference cannot drift.
"""

from __future__ import annotations

import gzip
import itertools
import math
from collections.abc import Mapping
from importlib import resources

CHAR_N = 4
# Statuses are short; a hostile 8 kB text is scored on its first characters only, which
# bounds the cost of one call.
MAX_SCORED_CHARS = 512
_WEIGHTS = "weights.tsv.gz"


def features(text: str) -> tuple[set[str], set[str]]:
    """(character n-grams, words and word bigrams) of a word-view text."""
    text = text[:MAX_SCORED_CHARS]
    padded = f" {text} "
    chars = {padded[i : i + CHAR_N] for i in range(len(padded) - CHAR_N + 1)}
    words = text.split()
    tokens = set(words)
    tokens.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return chars, tokens


class LinearScorer:
    """A logistic-regression model: ``p = sigmoid(bias + sum of the weights of the features)``."""

    __slots__ = ("bias", "char_weights", "version", "word_weights")

    def __init__(
        self,
        bias: float,
        char_weights: Mapping[str, float],
        word_weights: Mapping[str, float],
        version: str = "",
    ) -> None:
        self.bias = bias
        self.char_weights = dict(char_weights)
        self.word_weights = dict(word_weights)
        self.version = version

    def logit(self, text: str) -> float:
        chars, words = features(text)
        cw = self.char_weights.get
        ww = self.word_weights.get
        return self.bias + sum([cw(g, 0.0) for g in chars]) + sum([ww(g, 0.0) for g in words])

    def probability(self, text: str) -> float:
        """Probability (0..1) that a word-view text is offensive or a scam."""
        z = self.logit(text)
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def load_scorer() -> LinearScorer:
    """Read the model shipped in this package (≈ tens of milliseconds)."""
    raw = (resources.files(__package__ or __name__) / _WEIGHTS).read_bytes()
    bias = 0.0
    version = ""
    chars: dict[str, float] = {}
    words: dict[str, float] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        kind, gram, weight = line.split("\t")
        if kind == "c":
            chars[gram] = float(weight)
        elif kind == "w":
            words[gram] = float(weight)
        elif kind == "bias":
            bias = float(weight)
        elif kind == "version":
            version = gram
    return LinearScorer(bias, chars, words, version)
