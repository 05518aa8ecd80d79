"""Small helpers shared by the locked4 pools: block parsing, template filling, light styling.

Part of the fourth locked test set (see make_locked4.py). Never train or tune on it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

_SLOT = re.compile(r"\{(\w+)\}")

EMOJI_TAIL = ["🙂", "😅", "👍", "☕", "🙃", "✨", "😴", "🎉", "💤", "🤷", "😂", "🙏", "🔥", "😬"]


def lines(block: str) -> list[str]:
    """One text per non-blank line; a trailing backslash in the source joins lines."""
    return [line.strip() for line in block.splitlines() if line.strip()]


def fill(template: str, slots: Mapping[str, Sequence[str]], rng: random.Random) -> str:
    """Replace every {name} in template by a random choice from slots[name]."""
    return _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)


def expand(
    templates: Sequence[str],
    slots: Mapping[str, Sequence[str]],
    rng: random.Random,
    n: int,
    tries: int = 40,
) -> list[str]:
    """Up to n distinct fillings of randomly chosen templates."""
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n * tries):
        if len(out) >= n:
            break
        text = fill(rng.choice(templates), slots, rng)
        key = text.lower()
        if key not in seen:
            seen.add(key)
            out.append(text)
    return out


def style(text: str, rng: random.Random, typos: bool = False) -> str:
    """Casing, punctuation and emoji variety of the kind people use in statuses."""
    roll = rng.random()
    if roll < 0.30:
        text = text.lower()
    elif roll < 0.34:
        text = text.upper()
    elif roll < 0.50 and text[:1].islower():
        text = text[:1].upper() + text[1:]
    roll = rng.random()
    if roll < 0.15:
        text = text.rstrip(".!") + rng.choice(["!", "!!", "...", " lol", " tbh", " :)", " x"])
    elif roll < 0.30 and text.endswith("."):
        text = text[:-1]
    if rng.random() < 0.18:
        text = f"{text} {rng.choice(EMOJI_TAIL)}"
    if typos and rng.random() < 0.15:
        text = typo(text, rng)
    return text


def typo(text: str, rng: random.Random) -> str:
    """One ordinary keyboard slip: a swapped, dropped or doubled letter."""
    spots = [i for i in range(1, len(text) - 1) if text[i].isalpha() and text[i + 1].isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if kind == 1:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i] + text[i:]
