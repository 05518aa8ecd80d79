"""Scoring with the shipped linear model. Pure Python, with a per-word cache.

Features of a model-view text ``t`` (lower-case words split by single spaces, see
:mod:`..model_view`): for every distinct word ``w``, the set of character n-grams (lengths
:data:`CHAR_NS`) of ``" " + w + " "``, counted once per distinct word that has them; and the
set of words and word bigrams. The training script builds the same features with
:func:`features`, so training and inference cannot drift.

Since model v7 the character n-grams are taken within words, not across them: a word's whole
contribution (its n-grams and its own word weight) is then one number, computed once and
kept in a bounded cache, so scoring a status costs one lookup per word and one per bigram
instead of one per character n-gram (about three times faster on the mixed workload).
"""

from __future__ import annotations

import gzip
import itertools
import math
from collections.abc import Mapping
from importlib import resources

CHAR_NS = (3, 4, 5)
# Statuses are short; a hostile 8 kB text is scored on its first characters only, which
# bounds the cost of one call.
MAX_SCORED_CHARS = 512
# Distinct words whose contribution is remembered. Everyday vocabulary fits many times over;
# a flood of invented words only empties the cache, it cannot grow it.
WORD_CACHE_SIZE = 50_000
_WEIGHTS = "weights.tsv.gz"


def word_grams(word: str) -> set[str]:
    """The character n-grams of one word, padded with a space each side."""
    padded = f" {word} "
    size = len(padded)
    if size < len(_GRAM_SLICES):
        return set(map(padded.__getitem__, _GRAM_SLICES[size]))
    return {padded[i : i + n] for n in CHAR_NS for i in range(size - n + 1)}


# The n-gram slices of a padded word of each short length, in the order word_grams has
# always inserted them: a set's iteration order follows its insertion order where hashes
# collide, and the word score sums the weights in that order, so the order is part of the
# score down to the last bit. Slicing by map() instead of a comprehension makes a new word
# about a quarter cheaper.
_GRAM_SLICES = tuple(
    tuple(slice(i, i + n) for n in CHAR_NS for i in range(size - n + 1)) for size in range(40)
)


def features(text: str) -> tuple[list[str], set[str]]:
    """(character n-grams with repeats across distinct words, words and word bigrams) of a
    model-view text."""
    words = text[:MAX_SCORED_CHARS].split()
    chars = [g for w in dict.fromkeys(words) for g in word_grams(w)]
    tokens = set(words)
    tokens.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return chars, tokens


class LinearScorer:
    """A logistic-regression model: ``p = sigmoid(bias + sum of the weights of the features)``."""

    __slots__ = ("_bigrams", "_word_cache", "bias", "char_weights", "version", "word_weights")

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
        self._word_cache: dict[str, float] = {}
        # Bigram weights by first word, then second: scoring looks up the first word of each
        # pair and builds no "a b" string unless the first word starts a weighted bigram.
        self._bigrams: dict[str, dict[str, float]] = {}
        for gram, weight in self.word_weights.items():
            first, space, second = gram.partition(" ")
            if space:
                self._bigrams.setdefault(first, {})[second] = weight

    def clear_cache(self) -> None:
        """Forget the per-word contributions (benchmarks call this between passes, so a
        repeated pass is not flattered by a cache that already holds every word)."""
        self._word_cache.clear()

    def knows(self, word: str) -> bool:
        """Whether training saw ``word``: it has a word weight, or one of its longest
        word-boundary n-grams has (since v7 much of a word's weight sits in its character
        n-grams, and pruning may drop its word weight)."""
        if word in self.word_weights:
            return True
        cw = self.char_weights
        # The longest word-boundary n-grams, and since detector round 8 the next shorter ones
        # too: pruning small weights can drop both longest ones of a word the model has
        # plainly seen ("dyke" in model v10).
        for k in (CHAR_NS[-1] - 1, CHAR_NS[-2] - 1):
            if len(word) < k:
                if f" {word} " in cw:
                    return True
            elif f" {word[:k]}" in cw or f"{word[-k:]} " in cw:
                return True
        return False

    def word_score(self, word: str) -> float:
        """A word's contribution: its character n-grams and its own weight."""
        grams = word_grams(word)
        return sum(map(self.char_weights.get, grams, itertools.repeat(0.0, len(grams)))) + (
            self.word_weights.get(word, 0.0)
        )

    def logit(self, text: str) -> float:
        words = text[:MAX_SCORED_CHARS].split()
        cache = self._word_cache
        total = self.bias
        distinct = set(words)
        for word in distinct:
            score = cache.get(word)
            if score is None:
                score = self.word_score(word)
                if len(cache) >= WORD_CACHE_SIZE:
                    cache.clear()
                cache[word] = score
            total += score
        if len(words) > 1:
            bigrams = self._bigrams
            if len(distinct) == len(words):
                # No word repeats, so no bigram can: the common case needs no seen-set.
                for first, second in itertools.pairwise(words):
                    following = bigrams.get(first)
                    if following is not None:
                        total += following.get(second, 0.0)
                return total
            seen: set[tuple[str, str]] = set()
            for pair in itertools.pairwise(words):
                following = bigrams.get(pair[0])
                if following is not None and pair not in seen:
                    # Each distinct bigram counts once, as in training (a set of features).
                    seen.add(pair)
                    total += following.get(pair[1], 0.0)
        return total

    def probability(self, text: str) -> float:
        """Probability (0..1) that a model-view text is offensive or a scam."""
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
