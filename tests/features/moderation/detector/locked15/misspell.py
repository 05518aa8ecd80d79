"""Deterministic misspelling of hand-written seeds: dropped, swapped, doubled and added
letters and missing spaces, as real typists and evaders produce them."""

import random
import re

from ._text import marked_spans, strip_marks

_ROWS: tuple[str, ...] = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, str]:
    table: dict[str, str] = {}
    for r, row in enumerate(_ROWS):
        for c, ch in enumerate(row):
            near: list[str] = []
            for dr in (-1, 0, 1):
                rr = r + dr
                if not 0 <= rr < len(_ROWS):
                    continue
                for dc in (-1, 0, 1):
                    cc = c + dc
                    if (dr, dc) != (0, 0) and 0 <= cc < len(_ROWS[rr]):
                        near.append(_ROWS[rr][cc])
            table[ch] = "".join(near)
    return table


NEIGHBOURS: dict[str, str] = _neighbours()


def drop_letter(word: str, rng: random.Random) -> str:
    """Drop one letter (never the first of a short word)."""
    if len(word) < 3:
        return word
    i = rng.randint(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


def swap_letters(word: str, rng: random.Random) -> str:
    """Swap two neighbouring letters that differ."""
    pairs = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
    if not pairs:
        return word
    i = rng.choice(pairs)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_letter(word: str, rng: random.Random) -> str:
    """Type one letter twice."""
    if not word:
        return word
    i = rng.randrange(len(word))
    return word[: i + 1] + word[i] + word[i + 1 :]


def add_letter(word: str, rng: random.Random) -> str:
    """Insert a neighbouring key next to a letter (fat-finger typo)."""
    idx = [i for i, ch in enumerate(word) if ch.lower() in NEIGHBOURS]
    if not idx:
        return word
    i = rng.choice(idx)
    extra = rng.choice(NEIGHBOURS[word[i].lower()])
    if word[i].isupper():
        extra = extra.upper()
    return (
        word[: i + 1] + extra + word[i + 1 :]
        if rng.random() < 0.5
        else word[:i] + extra + word[i:]
    )


_OPS = (drop_letter, swap_letters, double_letter, add_letter)
_WORD = re.compile(r"[A-Za-z']+")


def _misspell_word(word: str, rng: random.Random) -> str:
    for _ in range(6):
        out = rng.choice(_OPS)(word, rng)
        if out.lower() != word.lower():
            return out
    return word


def _join_one_space(text: str, rng: random.Random, near: int) -> str:
    """Remove the space closest to position ``near`` (missing space)."""
    gaps = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text)]
    if not gaps:
        return text
    gaps.sort(key=lambda g: abs(g - near))
    g = gaps[min(len(gaps) - 1, rng.choice((0, 0, 1)))]
    return text[:g] + text[g + 1 :]


def misspell(seed: str, rng: random.Random) -> str:
    """Misspell 1-3 words (always at least one marked key word) and maybe drop a space."""
    text = strip_marks(seed)
    spans = marked_spans(seed)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text) if m.end() - m.start() >= 3]
    if not spans:
        spans = sorted(words, key=lambda se: se[1] - se[0], reverse=True)[:1]
    targets = set(rng.sample(spans, k=min(len(spans), rng.choice((1, 1, 2)))))
    others = [w for w in words if w not in spans]
    if others and rng.random() < 0.35:
        targets.add(rng.choice(others))
    out: list[str] = []
    pos = 0
    for start, end in sorted(targets):
        out.append(text[pos:start])
        out.append(_misspell_word(text[start:end], rng))
        pos = end
    out.append(text[pos:])
    result = "".join(out)
    if rng.random() < 0.3:
        anchor = min(targets)[0] if targets else 0
        result = _join_one_space(result, rng, anchor)
    return result
