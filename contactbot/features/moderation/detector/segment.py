"""Word boundaries for spaced-out text (detector round 8): "y o u a r e a n i d i o t" is
joined into "youareanidiot" by the normaliser, which loses the gaps between its words.

If the joined letters split completely into words the lists and the grammar know ("you are an
idiot", "gas the jews"), the word view gets those words back, so the rules and the model read
a sentence instead of one long unknown word. Most benign spaced text ("h a p p y  b i r t h d a
y" is spaced with double gaps and never joined) does not split completely; then nothing
changes and the lists still match inside the joined letters, as before.
"""

from __future__ import annotations

from collections.abc import Callable

# Longest piece tried; list phrases are matched on the joined words, not as pieces.
_MAX_PIECE = 16
# One-letter words a spaced sentence may hold.
_ONE_LETTER = frozenset("ai")
# A grammar word's share of the cost of a split (another word costs 1).
_GRAMMAR_COST = 0.4


def segment(letters: str, rank: Callable[[str], int | None], common_rank: int) -> list[str] | None:
    """The cheapest split of ``letters`` into known words, or None when there is none (or only
    the whole). ``rank`` is the lexicon's rank of a whole word (None: unknown); a grammar word
    (rank >= ``common_rank``) costs less than another word, so "youareafuckingidiot" reads
    "you are a fucking idiot", not "you area fucking idiot"."""
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
            piece_rank = rank(piece)
            if piece_rank is None:
                continue
            cost = prior[0] + (_GRAMMAR_COST if piece_rank >= common_rank else 1.0)
            current = best[end]
            if current is None or cost < current[0]:
                best[end] = (cost, start)
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
