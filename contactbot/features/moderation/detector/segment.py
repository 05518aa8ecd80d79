"""Word boundaries for spaced-out text (detector round 8): "y o u a r e a n i d i o t" is
joined into "youareanidiot" by the normaliser, which loses the gaps between its words.

If the joined letters split completely into words the lists and the grammar know ("you are an
idiot", "gas the jews"), the word view gets those words back, so the rules and the model read
a sentence instead of one long unknown word. Most benign spaced text ("h a p p y  b i r t h d a
y" is spaced with double gaps and never joined) does not split completely; then nothing
changes and the lists still match inside the joined letters, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

# Longest piece tried; list phrases are matched on the joined words, not as pieces.
_MAX_PIECE = 16
# One-letter words a spaced sentence may hold.
_ONE_LETTER = frozenset("ai")
# A grammar word's share of the cost of a split (another word costs 1), and a three-letter
# word's that only the everyday vocabulary knows.
_GRAMMAR_COST = 0.4
_SHORT_COST = 1.6
# Three-letter everyday words count as pieces only among the vocabulary's most frequent words.
_FREQUENT_SHORT = 2000


def lexicon_cost(
    rank: Callable[[str], int | None], common_rank: int
) -> Callable[[str], float | None]:
    """The cost of a piece the lists or the grammar know: a grammar word (rank >=
    ``common_rank``) costs less than another word, so "youareafuckingidiot" reads "you are a
    fucking idiot", not "you area fucking idiot"; None for an unknown piece."""

    def cost(piece: str) -> float | None:
        piece_rank = rank(piece)
        if piece_rank is None:
            return None
        return _GRAMMAR_COST if piece_rank >= common_rank else 1.0

    return cost


def everyday_cost(
    known: Callable[[str], float | None], vocabulary: Mapping[str, int]
) -> Callable[[str], float | None]:
    """``known``, and since detector round 9 the everyday vocabulary's words (``vocabulary``:
    word -> frequency rank) of four letters or more, and its frequent three-letter words at a
    higher cost: rarer short words are mostly fragments ("ted", "est") that would cut a long
    word into pieces."""

    def cost(piece: str) -> float | None:
        listed = known(piece)
        if listed is not None or len(piece) < 3:
            return listed
        rank = vocabulary.get(piece)
        if rank is None:
            return None
        if len(piece) > 3:
            return 1.0
        return _SHORT_COST if rank < _FREQUENT_SHORT else None

    return cost


def segment(letters: str, cost: Callable[[str], float | None]) -> list[str] | None:
    """The cheapest split of ``letters`` into known words, or None when there is none (or only
    the whole). ``cost`` is a piece's cost, None for an unknown piece."""
    n = len(letters)
    # best[i]: the cost of the cheapest split of letters[:i], and where its last piece starts.
    best: list[tuple[float, int] | None] = [None] * (n + 1)
    best[0] = (0.0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_PIECE), end):
            prior = best[start]
            if prior is None:
                continue
            piece = letters[start:end]
            if len(piece) == 1 and piece not in _ONE_LETTER:
                continue
            piece_cost = cost(piece)
            if piece_cost is None:
                continue
            total = prior[0] + piece_cost
            current = best[end]
            if current is None or total < current[0]:
                best[end] = (total, start)
    if best[n] is None:
        return None
    pieces: list[str] = []
    end = n
    while end > 0:
        entry = best[end]
        if entry is None:  # unreachable: every prefix on the path was reached
            return None
        pieces.append(letters[entry[1] : end])
        end = entry[1]
    return pieces[::-1] if len(pieces) > 1 else None
