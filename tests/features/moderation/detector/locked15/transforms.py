"""Deterministic disguise transforms for hand-written seeds.

Seeds mark their key words with {braces}. Word-level styles are applied to the marked
words (as evaders do); text-level styles (fancy fonts, mixed case) cover the whole text.
All randomness comes from the caller's seeded ``random.Random``.
"""

import random
import re
from collections.abc import Callable

from . import fonts
from ._text import marked_spans, strip_marks

WordStyle = Callable[[str, random.Random], str]

_EMOJI_SPLIT: tuple[str, ...] = ("\U0001f351", "\U0001f525", "\U0001f480", "\u2b50", "\U0001f92c")
_BENIGN_EMOJI: tuple[str, ...] = (
    "\u2728",
    "\U0001f60a",
    "\u2764\ufe0f",
    "\U0001f338",
    "\U0001f31e",
    "\U0001f973",
    "\U0001f44d",
    "\U0001f602",
)
_EMOJI_LETTERS: dict[str, str] = {
    "o": "\u2b55",
    "a": "\U0001f170\ufe0f",
    "b": "\U0001f171\ufe0f",
    "i": "\u2139\ufe0f",
    "x": "\u274c",
    "m": "\u24c2\ufe0f",
}
_SEPARATORS: tuple[str, ...] = (" ", ".", "-", "_", "*", "/", " . ", "|", "~")


def _letters(word: str) -> list[int]:
    return [i for i, ch in enumerate(word) if ch.isalpha()]


def homoglyph(word: str, rng: random.Random) -> str:
    """Swap some letters for Cyrillic or Greek look-alikes (at least one if possible)."""
    idx = [i for i, ch in enumerate(word) if ch in fonts.HOMOGLYPHS]
    if not idx:
        return word
    chosen = {i for i in idx if rng.random() < 0.5} or {rng.choice(idx)}
    return "".join(
        rng.choice(fonts.HOMOGLYPHS[ch]) if i in chosen else ch for i, ch in enumerate(word)
    )


def leet(word: str, rng: random.Random) -> str:
    """Replace some letters with digits or symbols."""
    idx = [i for i, ch in enumerate(word) if ch.lower() in fonts.LEET]
    if not idx:
        return word
    chosen = {i for i in idx if rng.random() < 0.7} or {rng.choice(idx)}
    return "".join(
        rng.choice(fonts.LEET[ch.lower()]) if i in chosen else ch for i, ch in enumerate(word)
    )


def money_leet(word: str, rng: random.Random) -> str:
    """Replace a few letters with currency signs and look-alike symbols."""
    idx = [i for i, ch in enumerate(word) if ch.lower() in fonts.MONEY_LEET]
    if not idx:
        return leet(word, rng)
    chosen = {i for i in idx if rng.random() < 0.5} or {rng.choice(idx)}
    return "".join(
        rng.choice(fonts.MONEY_LEET[ch.lower()]) if i in chosen else ch
        for i, ch in enumerate(word)
    )


def mask(word: str, rng: random.Random) -> str:
    """Hide interior letters behind * or # (f*ck, n****r, b#tch)."""
    idx = _letters(word)
    if len(idx) < 3:
        return word
    inner = idx[1:-1]
    symbol = rng.choice("**#")
    mode = rng.random()
    if mode < 0.4:
        chosen = set(inner)
    elif mode < 0.75:
        vowels = {i for i in inner if word[i].lower() in "aeiou"}
        chosen = vowels or {rng.choice(inner)}
    else:
        chosen = {rng.choice(inner)}
    return "".join(symbol if i in chosen else ch for i, ch in enumerate(word))


def spaced(word: str, rng: random.Random) -> str:
    """Put a separator between the letters of the word."""
    if len(word) < 2:
        return word
    sep = rng.choice(_SEPARATORS)
    return sep.join(word)


def zero_width(word: str, rng: random.Random) -> str:
    """Insert invisible zero-width characters between letters."""
    if len(word) < 2:
        return word
    gaps = list(range(1, len(word)))
    chosen = {g for g in gaps if rng.random() < 0.4} or {rng.choice(gaps)}
    zw = rng.choice(fonts.ZERO_WIDTH)
    out: list[str] = []
    for i, ch in enumerate(word):
        if i in chosen:
            out.append(zw)
        out.append(ch)
    return "".join(out)


def repeat(word: str, rng: random.Random) -> str:
    """Stretch one or two letters (fuuuck, idiooooot)."""
    idx = _letters(word)
    if not idx:
        return word
    vowels = [i for i in idx if word[i].lower() in "aeiouy"]
    pool = vowels or idx
    chosen = set(rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 2)))))
    return "".join(ch * rng.randint(2, 5) if i in chosen else ch for i, ch in enumerate(word))


def mixed_case(word: str, rng: random.Random) -> str:
    """Randomise the case of letters (sTuPiD)."""
    if rng.random() < 0.5:
        start = rng.randint(0, 1)
        return "".join(ch.upper() if (i + start) % 2 else ch.lower() for i, ch in enumerate(word))
    out = "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in word)
    return out if out != word else word.swapcase()


def accents(word: str, rng: random.Random) -> str:
    """Put accents on vowels and a few consonants."""
    idx = [i for i, ch in enumerate(word) if ch.lower() in fonts.ACCENTS]
    if not idx:
        return word
    chosen = {i for i in idx if rng.random() < 0.6} or {rng.choice(idx)}
    out: list[str] = []
    for i, ch in enumerate(word):
        if i in chosen:
            alt = rng.choice(fonts.ACCENTS[ch.lower()])
            out.append(alt.upper() if ch.isupper() else alt)
        else:
            out.append(ch)
    return "".join(out)


def combining(word: str, rng: random.Random) -> str:
    """Add a combining strike-through, underline or slash to every letter."""
    mark = rng.choice(fonts.COMBINING)
    return "".join(ch + mark if ch.isalnum() else ch for ch in word)


def emoji_split(word: str, rng: random.Random) -> str:
    """Break a word with an emoji in the middle."""
    if len(word) < 3:
        return word
    cut = rng.randint(1, len(word) - 1)
    return word[:cut] + rng.choice(_EMOJI_SPLIT) + word[cut:]


def emoji_letters(word: str, rng: random.Random) -> str:
    """Swap letters that have emoji look-alikes (o, a, b, i, x, m) for those emoji."""
    idx = [i for i, ch in enumerate(word) if ch.lower() in _EMOJI_LETTERS]
    if not idx:
        return emoji_split(word, rng)
    chosen = {i for i in idx if rng.random() < 0.6} or {rng.choice(idx)}
    return "".join(_EMOJI_LETTERS[ch.lower()] if i in chosen else ch for i, ch in enumerate(word))


def fancy_word(word: str, rng: random.Random) -> str:
    """Render one word in a randomly chosen fancy font."""
    return fonts.in_font(word, fonts.pick_font(rng))


# Styles that replace characters run before styles that insert characters.
_REPLACING: dict[str, WordStyle] = {
    "homoglyph": homoglyph,
    "leet": leet,
    "mask": mask,
    "repeat": repeat,
    "mixed_case": mixed_case,
    "accents": accents,
    "fancy": fancy_word,
}
_INSERTING: dict[str, WordStyle] = {
    "spaced": spaced,
    "zero_width": zero_width,
    "combining": combining,
    "emoji_split": emoji_split,
    "emoji_letters": emoji_letters,
}
WORD_STYLES: dict[str, WordStyle] = {**_REPLACING, **_INSERTING}

_OFFENSIVE_WEIGHTS: dict[str, int] = {
    "homoglyph": 16,
    "leet": 16,
    "mask": 12,
    "spaced": 14,
    "zero_width": 10,
    "repeat": 8,
    "mixed_case": 8,
    "accents": 5,
    "combining": 3,
    "emoji_split": 3,
    "emoji_letters": 2,
    "fancy": 5,
}
_BENIGN_WEIGHTS: dict[str, int] = {
    "homoglyph": 14,
    "leet": 12,
    "spaced": 14,
    "zero_width": 8,
    "repeat": 10,
    "mixed_case": 10,
    "accents": 6,
    "combining": 4,
    "emoji_letters": 5,
    "fancy": 12,
}
# Pairs that real evaders combine.
_COMBOS: tuple[tuple[str, str], ...] = (
    ("leet", "spaced"),
    ("homoglyph", "zero_width"),
    ("mixed_case", "repeat"),
    ("leet", "mixed_case"),
    ("mask", "spaced"),
    ("repeat", "spaced"),
    ("homoglyph", "spaced"),
    ("accents", "zero_width"),
    ("leet", "zero_width"),
    ("mixed_case", "spaced"),
    ("homoglyph", "leet"),
    ("fancy", "spaced"),
)
_BENIGN_COMBOS: tuple[tuple[str, str], ...] = tuple(c for c in _COMBOS if "mask" not in c)


def _weighted(weights: dict[str, int], rng: random.Random) -> str:
    names = list(weights)
    return rng.choices(names, weights=[weights[n] for n in names], k=1)[0]


def _compose(names: list[str]) -> list[WordStyle]:
    first = [_REPLACING[n] for n in names if n in _REPLACING]
    last = [_INSERTING[n] for n in names if n in _INSERTING]
    return first + last


def apply_to_spans(
    text: str, spans: list[tuple[int, int]], styles: list[WordStyle], rng: random.Random
) -> str:
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(text[pos:start])
        piece = text[start:end]
        for style in styles:
            piece = style(piece, rng)
        out.append(piece)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _default_spans(text: str, rng: random.Random) -> list[tuple[int, int]]:
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{3,}", text)]
    if not words:
        return []
    words.sort(key=lambda se: se[1] - se[0], reverse=True)
    picked = words[: rng.choice((1, 2))]
    return sorted(picked)


def _pick_spans(seed: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    text = strip_marks(seed)
    spans = marked_spans(seed) or _default_spans(text, rng)
    if len(spans) > 2 and rng.random() < 0.5:
        keep = rng.randint(1, len(spans))
        spans = sorted(rng.sample(spans, k=keep))
    return text, spans


def _whole_text_style(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.7:
        return fonts.in_font(text, fonts.pick_font(rng))
    if roll < 0.85:
        return mixed_case(text, rng)
    return "".join(homoglyph(w, rng) if len(w) > 2 else w for w in re.split(r"(\s+)", text))


def _disguise(
    seed: str,
    rng: random.Random,
    weights: dict[str, int],
    combos: tuple[tuple[str, str], ...],
) -> str:
    text, spans = _pick_spans(seed, rng)
    if rng.random() < 0.22:
        if spans and rng.random() < 0.3:
            text = apply_to_spans(text, spans, _compose([_weighted(weights, rng)]), rng)
        return _whole_text_style(text, rng)
    if rng.random() < 0.3:
        names = list(rng.choice(combos))
    else:
        names = [_weighted(weights, rng)]
    return apply_to_spans(text, spans, _compose(names), rng)


def disguise_offensive(seed: str, rng: random.Random) -> str:
    """Disguise an offensive seed the way evaders do."""
    return _disguise(seed, rng, _OFFENSIVE_WEIGHTS, _COMBOS)


def disguise_benign(seed: str, rng: random.Random) -> str:
    """Apply the same disguise styles to a benign seed, sometimes with emoji decoration."""
    out = _disguise(seed, rng, _BENIGN_WEIGHTS, _BENIGN_COMBOS)
    if rng.random() < 0.3:
        deco = "".join(rng.choice(_BENIGN_EMOJI) for _ in range(rng.randint(1, 3)))
        out = f"{deco} {out} {deco}" if rng.random() < 0.5 else f"{out} {deco}"
    return out
