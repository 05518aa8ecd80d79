"""Misspelled rule words read as the word meant (detector round 9): "excuted", "discusting",
"aqsians" -> executed, disgusting, asians.

Misspelled hate ("gays should be excuted") escaped the rules, which read words, not letters;
the slur lists have their own edit-distance match (:mod:`.misspell`). Here a word that neither
the lists nor the everyday vocabulary know is read as a word of the rules' vocabulary (a group,
a violent or derogatory word) one edit away: a letter dropped, added, changed or two swapped.
Candidates are looked up in an index of the target words with one letter deleted, so a lookup
costs a few dictionary probes instead of the hundreds of spellings a generate-and-test
corrector tries.

Only rule words are targets. Reading every unknown word as its nearest everyday word was
tried first and lost more than it won on the validation sets: a vocabulary of twelve thousand
words does not know "curdle" or "walled", and the model had learned those words as typed.
Guards keep benign text benign: the everyday vocabulary's words are never corrected, short
words never are (too many neighbours: a "kiln" is one letter from "kill"), and a violent or
derogatory target needs a word of six letters or more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Set

# Words shorter than this are left as typed.
MIN_LENGTH = 5
# A correction into a guarded word (violent, derogatory) needs a word at least this long.
GUARDED_MIN_LENGTH = 6
CACHE_SIZE = 20_000


class Speller:
    """Reads unknown words as their best-ranked target one edit away."""

    __slots__ = ("_cache", "_guarded", "_index", "_known", "_targets")

    def __init__(
        self,
        targets: Mapping[str, int],
        known: Callable[[str], bool],
        guarded: Set[str] = frozenset(),
    ) -> None:
        """``targets``: the words a misspelling may be read as, each with a rank (lower wins a
        tie); ``known``: whether a word is spelled right (never corrected); ``guarded``:
        targets a short misspelling must not become."""
        self._targets = targets
        self._known = known
        self._guarded = guarded
        # Deletion variant -> the best-ranked target it comes from (and the target itself).
        index: dict[str, str] = {}
        for word, rank in targets.items():
            if len(word) < MIN_LENGTH or not word.isalpha():
                continue
            for key in _keys(word):
                held = index.get(key)
                if held is None or targets[held] > rank:
                    index[key] = word
        self._index = index
        # Unknown words recur (names, slang): each is looked up once. Bounded like the
        # normaliser's other caches, so a flood of invented words cannot grow it.
        self._cache: dict[str, str | None] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def misspelled(self, words: Iterable[str]) -> bool:
        """Whether any of ``words`` has a correction."""
        return any(self.correct(w) is not None for w in words)

    def correct(self, word: str) -> str | None:
        """The word meant by ``word``, or None when it is known, short or has no neighbour."""
        if len(word) < MIN_LENGTH or word in self._targets:
            return None
        cache = self._cache
        if word in cache:
            return cache[word]
        meant = None if self._known(word) else self._nearest(word)
        if len(cache) >= CACHE_SIZE:
            cache.clear()
        cache[word] = meant
        return meant

    def _nearest(self, word: str) -> str | None:
        index = self._index
        best: str | None = None
        for key in _keys(word):
            candidate = index.get(key)
            if candidate is None or candidate == best or not _one_edit(word, candidate):
                continue
            if candidate in self._guarded and len(word) < GUARDED_MIN_LENGTH:
                continue
            if best is None or self._targets[candidate] < self._targets[best]:
                best = candidate
        return best


def _keys(word: str) -> tuple[str, ...]:
    """The word and its spellings with one letter deleted: two words one edit apart share one
    of these (a deletion, an insertion, a change or a swap of neighbours)."""
    return (word, *(word[:i] + word[i + 1 :] for i in range(len(word))))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter deleted, inserted, changed, or two neighbours
    swapped."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one letter changed
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]
