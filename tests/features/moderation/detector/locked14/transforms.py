"""Deterministic disguise transforms for the locked14 hand-written seeds.

Styles: homoglyphs (Cyrillic, Greek, mixed look-alikes), fullwidth, mathematical
alphanumerics, circled and squared letters, letter spacing with separators, leet,
masking with * or #, zero-width characters, repeated letters, combining diacritics,
mixed case and emoji. A disguise picks one to three styles and applies them either
to the target words (offensive or bait words, else the longest words) or to the
whole text. All randomness comes from the caller's random.Random.
"""

import random
import re
from collections.abc import Callable

from . import glyphs
from .keywords import OFFENSIVE_KEYWORDS

WordFn = Callable[[str, random.Random], str]

_TOKEN = re.compile(r"(\s+)")
_CORE = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.S)

EMOJI_OFFENSIVE: list[str] = ["😂", "🤡", "💀", "🖕", "🤮", "👉", "😤", "🔪", "🐒", "🙄"]
EMOJI_BENIGN: list[str] = ["😂", "🔥", "💪", "🎉", "☀️", "🏉", "🏏", "⚽", "🎮", "❤️", "🙏", "✨"]

EDIT_STYLES: list[str] = ["spaced", "leet", "mask", "repeat", "diacritic"]
GLYPH_STYLES: list[str] = [
    "cyrillic",
    "greek",
    "mixed_lookalike",
    "fullwidth",
    "math",
    "circled",
    "boxed",
]
ADDON_STYLES: list[str] = ["zero_width", "case", "emoji"]

OFFENSIVE_WEIGHTS: dict[str, float] = {
    "spaced": 1.2,
    "leet": 1.3,
    "mask": 1.3,
    "repeat": 0.7,
    "diacritic": 0.4,
    "cyrillic": 1.0,
    "greek": 0.5,
    "mixed_lookalike": 0.6,
    "fullwidth": 0.5,
    "math": 0.7,
    "circled": 0.4,
    "boxed": 0.3,
    "zero_width": 0.9,
    "case": 0.6,
    "emoji": 0.3,
}

BENIGN_WEIGHTS: dict[str, float] = {
    "spaced": 0.8,
    "leet": 0.9,
    "mask": 0.0,
    "repeat": 0.7,
    "diacritic": 0.3,
    "cyrillic": 0.8,
    "greek": 0.4,
    "mixed_lookalike": 0.4,
    "fullwidth": 0.7,
    "math": 1.1,
    "circled": 0.5,
    "boxed": 0.3,
    "zero_width": 0.6,
    "case": 0.6,
    "emoji": 1.2,
}


def tokens(text: str) -> list[str]:
    """Split text into alternating word and whitespace tokens."""
    return [t for t in _TOKEN.split(text) if t != ""]


def split_core(token: str) -> tuple[str, str, str]:
    """Split a token into leading punctuation, core and trailing punctuation."""
    m = _CORE.match(token)
    if m is None:
        return "", token, ""
    return m.group(1), m.group(2), m.group(3)


def word_indices(toks: list[str]) -> list[int]:
    """Indices of the non-whitespace tokens."""
    return [i for i, t in enumerate(toks) if not t.isspace()]


def pick_targets(
    toks: list[str],
    rng: random.Random,
    keywords: frozenset[str],
    limit: int,
    skip: Callable[[str], bool] | None = None,
) -> list[int]:
    """Prefer keyword tokens; otherwise choose among the longest words."""
    words = [i for i in word_indices(toks) if skip is None or not skip(toks[i])]
    if not words:
        words = word_indices(toks)
    hits = [i for i in words if split_core(toks[i])[1].lower() in keywords]
    if hits:
        rng.shuffle(hits)
        return sorted(hits[:limit])
    ranked = sorted(words, key=lambda i: (-len(split_core(toks[i])[1]), i))
    pool = [i for i in ranked[: max(2, limit + 1)] if len(split_core(toks[i])[1]) >= 3]
    if not pool:
        pool = words[:1]
    rng.shuffle(pool)
    return sorted(pool[: rng.randint(1, max(1, min(limit, len(pool))))])


def spaced(word: str, rng: random.Random) -> str:
    """Put a separator between every letter."""
    sep = rng.choice([" ", ".", "-", "_", "*", "\u00b7", " . ", "|"])
    return sep.join(word)


def leet(word: str, rng: random.Random) -> str:
    """Swap letters for digits and symbols."""
    rate = rng.choice([0.5, 0.7, 1.0])
    out: list[str] = []
    changed = False
    for ch in word:
        options = glyphs.LEET.get(ch.lower())
        if options and rng.random() < rate:
            out.append(rng.choice(options))
            changed = True
        else:
            out.append(ch)
    if not changed:
        spots = [i for i, ch in enumerate(word) if ch.lower() in glyphs.LEET]
        if spots:
            i = rng.choice(spots)
            out[i] = glyphs.LEET[word[i].lower()][0]
    return "".join(out)


def mask(word: str, rng: random.Random) -> str:
    """Mask interior letters with * or #, keeping the first letter."""
    if len(word) < 3:
        return word[0] + "*" * (len(word) - 1) if word else word
    char = rng.choice(["*", "*", "#"])
    mode = rng.choice(["vowels", "one", "all"] if len(word) <= 7 else ["vowels", "one"])
    chars = list(word)
    interior = list(range(1, len(word) - 1))
    if mode == "vowels":
        picks = [i for i in interior if chars[i].lower() in "aeiou"]
        if not picks:
            picks = [rng.choice(interior)]
    elif mode == "one":
        picks = [rng.choice(interior)]
    else:
        picks = interior
    for i in picks:
        chars[i] = char
    return "".join(chars)


def repeat(word: str, rng: random.Random) -> str:
    """Repeat one or two letters several times."""
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if not letters:
        return word + word[-1:] * 2
    picks = sorted(rng.sample(letters, min(len(letters), rng.choice([1, 1, 2]))))
    out: list[str] = []
    for i, ch in enumerate(word):
        out.append(ch * (1 + rng.randint(2, 5)) if i in picks else ch)
    return "".join(out)


def diacritic(word: str, rng: random.Random) -> str:
    """Stack combining marks on some letters."""
    out: list[str] = []
    for ch in word:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.5:
            out.append(rng.choice(glyphs.COMBINING))
    if len(out) == len(word):
        out.append(glyphs.COMBINING[0])
    return "".join(out)


def zero_width(word: str, rng: random.Random) -> str:
    """Insert invisible characters between letters."""
    if len(word) < 2:
        return word + rng.choice(glyphs.ZERO_WIDTH)
    zw = rng.choice(glyphs.ZERO_WIDTH)
    every = rng.random() < 0.4
    out: list[str] = [word[0]]
    inserted = False
    for ch in word[1:]:
        if every or rng.random() < 0.35:
            out.append(zw)
            inserted = True
        out.append(ch)
    if not inserted:
        out.insert(1, zw)
    return "".join(out)


def mixed_case(s: str, rng: random.Random) -> str:
    """Alternate or randomise letter case."""
    if rng.random() < 0.5:
        start = rng.randint(0, 1)
        out: list[str] = []
        k = start
        for ch in s:
            if ch.isalpha():
                out.append(ch.upper() if k % 2 else ch.lower())
                k += 1
            else:
                out.append(ch)
        return "".join(out)
    return "".join(ch.upper() if rng.random() < 0.45 else ch.lower() for ch in s)


def glyph_fn(style: str, rng: random.Random) -> Callable[[str], str]:
    """Build a fixed character mapping for one glyph style."""
    if style in ("cyrillic", "greek", "mixed_lookalike"):
        rate = rng.choice([0.35, 0.6, 1.0])
        return lambda s: glyphs.homoglyph(s, rng, style, rate)
    if style == "fullwidth":
        wide = rng.random() < 0.5
        return lambda s: glyphs.fullwidth(s, wide)
    if style == "math":
        font = rng.randrange(len(glyphs.MATH_FONTS))
        return lambda s: glyphs.math_font(s, font)
    if style == "circled":
        return glyphs.circled
    box = rng.choice(["squared", "neg_squared", "neg_circled"])
    return lambda s: glyphs.boxed(s, box)


EDIT_FNS: dict[str, WordFn] = {
    "spaced": spaced,
    "leet": leet,
    "mask": mask,
    "repeat": repeat,
    "diacritic": diacritic,
}


def choose_styles(rng: random.Random, weights: dict[str, float]) -> list[str]:
    """Pick one to three compatible styles (at most one glyph style, never case alone)."""
    names = [n for n in EDIT_STYLES + GLYPH_STYLES + ADDON_STYLES if weights[n] > 0]
    w = [weights[n] for n in names]
    n = rng.choices([1, 2, 3], weights=[0.42, 0.43, 0.15])[0]
    chosen: list[str] = []
    while len(chosen) < n:
        s = rng.choices(names, weights=w)[0]
        if s in chosen:
            continue
        if s in GLYPH_STYLES and any(c in GLYPH_STYLES for c in chosen):
            continue
        chosen.append(s)
    if chosen in (["case"], ["emoji"]):
        extra = rng.choice(["leet", "cyrillic", "zero_width", "spaced"])
        chosen.append(extra)
    return chosen


def apply_word(toks: list[str], idx: list[int], fn: WordFn, rng: random.Random) -> None:
    """Apply fn to the core of each chosen token, in place."""
    for i in idx:
        pre, core, post = split_core(toks[i])
        if core:
            toks[i] = pre + fn(core, rng) + post


def insert_emoji(toks: list[str], rng: random.Random, pool: list[str]) -> list[str]:
    """Sprinkle emoji after some words or at the ends."""
    out = list(toks)
    mode = rng.choice(["end", "start", "between"])
    e = rng.choice(pool) * rng.choice([1, 1, 2, 3])
    if mode == "end":
        out.append(" " + e)
    elif mode == "start":
        out.insert(0, e + " ")
    else:
        words = word_indices(out)
        for i in sorted(rng.sample(words, min(len(words), rng.randint(1, 3))), reverse=True):
            out[i] = out[i] + " " + rng.choice(pool)
    return out


def disguise(
    text: str,
    rng: random.Random,
    weights: dict[str, float],
    keywords: frozenset[str],
    emoji_pool: list[str],
) -> str:
    """Apply a random compatible mix of disguise styles to text."""
    styles = choose_styles(rng, weights)
    toks = tokens(text)
    targets = pick_targets(toks, rng, keywords, limit=3)
    spaced_targets = targets[:2]
    for s in EDIT_STYLES:
        if s in styles:
            apply_word(toks, spaced_targets if s == "spaced" else targets, EDIT_FNS[s], rng)
    if "case" in styles:
        if rng.random() < 0.5:
            toks = [mixed_case(t, rng) for t in toks]
        else:
            apply_word(toks, targets, mixed_case, rng)
    glyph = [s for s in styles if s in GLYPH_STYLES]
    if glyph:
        f = glyph_fn(glyph[0], rng)
        if rng.random() < 0.5:
            toks = [f(t) for t in toks]
        else:
            for i in targets:
                toks[i] = f(toks[i])
    if "zero_width" in styles:
        apply_word(toks, targets, zero_width, rng)
    if "emoji" in styles:
        toks = insert_emoji(toks, rng, emoji_pool)
    return "".join(toks)


def disguise_offensive(text: str, rng: random.Random) -> str:
    """Disguise an offensive seed, favouring its offensive words."""
    return disguise(text, rng, OFFENSIVE_WEIGHTS, OFFENSIVE_KEYWORDS, EMOJI_OFFENSIVE)


def disguise_benign(text: str, rng: random.Random) -> str:
    """Disguise a benign seed with the same styles (no masking, more emoji and fonts)."""
    return disguise(text, rng, BENIGN_WEIGHTS, frozenset(), EMOJI_BENIGN)
