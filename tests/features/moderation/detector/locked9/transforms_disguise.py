"""Disguise transforms for locked9: homoglyphs, fullwidth, math letters, spacing,
leetspeak, masking, zero-width characters and mixtures.

Every function takes an explicit ``random.Random`` so output is deterministic.
Targets are the ``[marked]`` words of a seed; unmarked seeds get 1-2 random words.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .charmaps import (
    HOMOGLYPHS,
    LEET,
    MASK_CHARS,
    MATH_STYLES,
    ZERO_WIDTH,
    fullwidth,
    math_alnum,
)
from .poolutil import marked_spans, strip_marks

Span = tuple[int, int]
WordFn = Callable[[str, random.Random], str]

WORD_RE = re.compile(r"[A-Za-z][A-Za-z']{3,}")


def targets(seed: str, rng: random.Random) -> tuple[str, list[Span]]:
    """Clean text plus the spans to disguise (marked words or 1-2 random long words)."""
    text = strip_marks(seed)
    spans = marked_spans(seed)
    if spans:
        return text, spans
    words = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
    if not words:
        return text, [(0, len(text))]
    k = min(len(words), rng.choice((1, 1, 2)))
    return text, sorted(rng.sample(words, k))


def on_spans(text: str, spans: list[Span], fn: Callable[[str], str]) -> str:
    """Apply ``fn`` to each span of ``text`` and rebuild the string."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        out.append(text[pos:start])
        out.append(fn(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def homoglyph_word(word: str, rng: random.Random, rate: float = 0.6) -> str:
    idx = [i for i, ch in enumerate(word) if ch in HOMOGLYPHS]
    if not idx:
        return word
    chosen = {i for i in idx if rng.random() < rate} or {rng.choice(idx)}
    return "".join(rng.choice(HOMOGLYPHS[ch]) if i in chosen else ch for i, ch in enumerate(word))


def leet_word(word: str, rng: random.Random, rate: float = 0.7) -> str:
    idx = [i for i, ch in enumerate(word) if ch.lower() in LEET]
    if not idx:
        return word
    chosen = {i for i in idx if rng.random() < rate} or {rng.choice(idx)}
    return "".join(
        rng.choice(LEET[ch.lower()]) if i in chosen else ch for i, ch in enumerate(word)
    )


def mask_word(word: str, rng: random.Random) -> str:
    """Mask like people do: vowels (f*ggot), one letter (c*nt) or the middle (n****r)."""
    if len(word) < 3:
        return word[0] + rng.choice(MASK_CHARS) * (len(word) - 1)
    sym = rng.choice(MASK_CHARS)
    inner = [i for i in range(1, len(word) - 1) if word[i].isalpha()] or [1]
    roll = rng.random()
    if roll < 0.5:
        chosen = {i for i in inner if word[i].lower() in "aeiou"} or {rng.choice(inner)}
    elif roll < 0.8 or len(word) > 7:
        chosen = {rng.choice(inner)}
    else:
        chosen = set(inner)
    return "".join(sym if i in chosen else ch for i, ch in enumerate(word))


SPACE_SEPS: tuple[str, ...] = (" ", " ", " ", ".", "-", "_", " . ", "  ")


def spaced_with(word: str, sep: str) -> str:
    """Separate the letters of ``word`` with ``sep``; words inside stay apart."""
    gap = "   " if sep.strip() == "" else "  "
    return gap.join(sep.join(part) for part in word.split(" ") if part)


def spaced_word(word: str, rng: random.Random) -> str:
    return spaced_with(word, rng.choice(SPACE_SEPS))


def merge_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """Join spans separated only by one space, so 'gym time' is spaced as one unit."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and text[merged[-1][1] : start] == " ":
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def zw_word(word: str, rng: random.Random) -> str:
    if len(word) < 2:
        return word + rng.choice(ZERO_WIDTH)
    every = rng.random() < 0.5
    out = [word[0]]
    inserted = False
    for ch in word[1:]:
        if every or rng.random() < 0.4:
            out.append(rng.choice(ZERO_WIDTH))
            inserted = True
        out.append(ch)
    if not inserted:
        out.insert(1, rng.choice(ZERO_WIDTH))
    return "".join(out)


def fullwidth_word(word: str, rng: random.Random) -> str:
    return fullwidth(word)


def math_word(word: str, rng: random.Random) -> str:
    return math_alnum(word, rng.choice(sorted(MATH_STYLES)))


DOT_SEPS: tuple[str, ...] = (".", "·", "\u2027", "*")


def dotted_word(word: str, rng: random.Random) -> str:
    return rng.choice(DOT_SEPS).join(word)


def _spans_fn(fn: WordFn, rng: random.Random) -> Callable[[str], str]:
    return lambda w: fn(w, rng)


def _whole_or_spans(
    seed: str, rng: random.Random, whole: Callable[[str], str], fn: WordFn, p_whole: float
) -> str:
    text, spans = targets(seed, rng)
    if rng.random() < p_whole:
        return whole(text)
    return on_spans(text, spans, _spans_fn(fn, rng))


def dis_homo(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    out = on_spans(text, spans, _spans_fn(homoglyph_word, rng))
    if rng.random() < 0.35:
        # also sprinkle look-alikes over the rest of the sentence
        out = "".join(
            rng.choice(HOMOGLYPHS[ch]) if ch in HOMOGLYPHS and rng.random() < 0.2 else ch
            for ch in out
        )
    return out


def dis_full(seed: str, rng: random.Random) -> str:
    return _whole_or_spans(seed, rng, fullwidth, fullwidth_word, 0.45)


def dis_math(seed: str, rng: random.Random) -> str:
    style = rng.choice(sorted(MATH_STYLES))
    return _whole_or_spans(
        seed, rng, lambda t: math_alnum(t, style), lambda w, _r: math_alnum(w, style), 0.45
    )


def dis_space(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    spans = merge_adjacent(text, spans)
    if rng.random() < 0.25:
        return on_spans(text, spans, lambda w: spaced_with(w.upper(), " "))
    sep = rng.choice(SPACE_SEPS)
    return on_spans(text, spans, lambda w: spaced_with(w, sep))


def dis_leet(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    out = on_spans(text, spans, _spans_fn(leet_word, rng))
    if rng.random() < 0.4:
        out = re.sub(r"[A-Za-z]{4,}", lambda m: leet_word(m.group(0), rng, 0.3), out)
    return out


def dis_mask(seed: str, rng: random.Random) -> str:
    """Mask one or two of the marked words (people rarely star out every word)."""
    text, spans = targets(seed, rng)
    if len(spans) > 1:
        spans = sorted(rng.sample(spans, rng.choice((1, 1, 2))))
    return on_spans(text, spans, _spans_fn(mask_word, rng))


def dis_zw(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    return on_spans(text, spans, _spans_fn(zw_word, rng))


def dis_dots(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    sep = rng.choice(DOT_SEPS)
    return on_spans(text, spans, lambda w: sep.join(w))


_MIX_PARTS: tuple[WordFn, ...] = (homoglyph_word, leet_word, mask_word, zw_word)


def dis_mix(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    first, second = rng.sample(_MIX_PARTS, 2)

    def both(word: str) -> str:
        return second(first(word, rng), rng)

    out = on_spans(text, spans, both)
    if rng.random() < 0.3:
        out = re.sub(r"[A-Za-z]{5,}", lambda m: homoglyph_word(m.group(0), rng, 0.3), out)
    return out


def dis_mix_benign(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    first, second = rng.sample((homoglyph_word, leet_word, zw_word, math_word), 2)
    return on_spans(text, spans, lambda w: second(first(w, rng), rng))


OFFENSIVE_METHODS: tuple[tuple[str, Callable[[str, random.Random], str]], ...] = (
    ("DIS_HOMO", dis_homo),
    ("DIS_FULL", dis_full),
    ("DIS_MATH", dis_math),
    ("DIS_SPACE", dis_space),
    ("DIS_LEET", dis_leet),
    ("DIS_MASK", dis_mask),
    ("DIS_ZW", dis_zw),
    ("DIS_DOTS", dis_dots),
    ("DIS_MIX", dis_mix),
    ("DIS_MIX", dis_mix),
)

BENIGN_METHODS: tuple[tuple[str, Callable[[str, random.Random], str]], ...] = (
    ("DB_HOMO", dis_homo),
    ("DB_FULL", dis_full),
    ("DB_MATH", dis_math),
    ("DB_MATH", dis_math),
    ("DB_SPACE", dis_space),
    ("DB_LEET", dis_leet),
    ("DB_ZW", dis_zw),
    ("DB_DOTS", dis_dots),
    ("DB_MIX", dis_mix_benign),
)


def disguise_all(
    seeds: list[str],
    rng: random.Random,
    methods: tuple[tuple[str, Callable[[str, random.Random], str]], ...],
) -> list[tuple[str, str]]:
    """Disguise each seed once, cycling through ``methods`` in a seeded order.

    Returns (text, source) pairs.  Raises if a transform leaves a seed unchanged.
    """
    order = list(range(len(seeds)))
    rng.shuffle(order)
    out: list[tuple[str, str]] = [("", "")] * len(seeds)
    for n, i in enumerate(order):
        source, fn = methods[n % len(methods)]
        seed = seeds[i]
        text = fn(seed, rng)
        if text == strip_marks(seed):
            raise ValueError(f"transform {source} left seed unchanged: {seed!r}")
        out[i] = (text, source)
    return out
