"""Deterministic misspelling for the locked14 offensive seeds.

Edits are the ones real typists and evaders make: a dropped letter, two adjacent
letters swapped, a doubled letter, an extra letter from a neighbouring key, and a
missing space between two words. One to three edits per text, aimed at an
offensive word most of the time. All randomness comes from the caller's
random.Random.
"""

import random

from .keywords import OFFENSIVE_KEYWORDS
from .transforms import split_core, tokens, word_indices

KEYBOARD_ROWS: list[str] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(ch: str) -> str:
    """Letters next to ch on a QWERTY keyboard (same row and the rows above/below)."""
    low = ch.lower()
    for r, row in enumerate(KEYBOARD_ROWS):
        c = row.find(low)
        if c < 0:
            continue
        near: list[str] = []
        for rr in (r - 1, r, r + 1):
            if 0 <= rr < len(KEYBOARD_ROWS):
                other = KEYBOARD_ROWS[rr]
                for cc in (c - 1, c, c + 1):
                    if 0 <= cc < len(other) and other[cc] != low:
                        near.append(other[cc])
        return "".join(near)
    return ""


def drop_letter(word: str, rng: random.Random) -> str:
    """Remove one letter (not the first, so the word stays recognisable)."""
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word))
    return word[:i] + word[i + 1 :]


def swap_letters(word: str, rng: random.Random) -> str:
    """Swap two adjacent, different letters."""
    spots = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_letter(word: str, rng: random.Random) -> str:
    """Type one letter twice."""
    if not word:
        return word
    i = rng.randrange(len(word))
    return word[: i + 1] + word[i] + word[i + 1 :]


def add_letter(word: str, rng: random.Random) -> str:
    """Insert a neighbouring-key letter next to one of the letters."""
    spots = [i for i, ch in enumerate(word) if neighbours(ch)]
    if not spots:
        return word
    i = rng.choice(spots)
    extra = rng.choice(neighbours(word[i]))
    if rng.random() < 0.5:
        return word[: i + 1] + extra + word[i + 1 :]
    return word[:i] + extra + word[i:]


WORD_EDITS = [drop_letter, swap_letters, double_letter, add_letter]


def merge_space(toks: list[str], rng: random.Random) -> list[str]:
    """Remove one space between two words."""
    gaps = [i for i, t in enumerate(toks) if t == " " and 0 < i < len(toks) - 1]
    if not gaps:
        return toks
    i = rng.choice(gaps)
    return toks[:i] + toks[i + 1 :]


def misspell(text: str, rng: random.Random) -> str:
    """Apply one to three realistic typos to text."""
    toks = tokens(text)
    words = [i for i in word_indices(toks) if len(split_core(toks[i])[1]) >= 3]
    keyed = [i for i in words if split_core(toks[i])[1].lower() in OFFENSIVE_KEYWORDS]
    n_edits = 1 + int(len(words) > 5) + int(rng.random() < 0.3)
    for _ in range(n_edits):
        if rng.random() < 0.18:
            toks = merge_space(toks, rng)
            words = [i for i in word_indices(toks) if len(split_core(toks[i])[1]) >= 3]
            keyed = [i for i in words if split_core(toks[i])[1].lower() in OFFENSIVE_KEYWORDS]
            continue
        pool = keyed if keyed and rng.random() < 0.65 else words
        if not pool:
            continue
        i = rng.choice(pool)
        pre, core, post = split_core(toks[i])
        edit = rng.choice(WORD_EDITS)
        toks[i] = pre + edit(core, rng) + post
    out = "".join(toks)
    if out == text:
        i = rng.choice(words) if words else 0
        pre, core, post = split_core(toks[i])
        toks[i] = pre + double_letter(core, rng) + post
        out = "".join(toks)
    return out
