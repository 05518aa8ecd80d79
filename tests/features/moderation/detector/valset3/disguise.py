"""Deterministic disguise transforms for the valset3 scam seeds.

Each transform hides the scam's trigger words the way spammers do: Cyrillic or Greek look-alike
letters, fullwidth forms, letter spacing, dots between letters, leetspeak, zero-width characters,
or a mix. Only the standard library is used; randomness comes from a caller-supplied Random.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

_WORD = re.compile(r"[A-Za-z0-9]+")

# Words a spammer would most want to hide from a keyword filter.
TRIGGERS = frozenset(
    """
    account airdrop bank bitcoin bonus btc card cash claim code crypto customs deposit double
    eth ethereum fee fees forex free funds gift giveaway grant guaranteed inheritance invest
    investment key loan login lottery money password payment pin prize profit profits recover
    recovery refund reward seed send telegram transfer urgent usdt verify voucher vouchers wallet
    whatsapp win winner wire withdrawal
    """.split()
)

CYRILLIC = {
    "a": "\u0430",
    "c": "\u0441",
    "e": "\u0435",
    "i": "\u0456",
    "j": "\u0458",
    "o": "\u043e",
    "p": "\u0440",
    "s": "\u0455",
    "x": "\u0445",
    "y": "\u0443",
    "A": "\u0410",
    "B": "\u0412",
    "C": "\u0421",
    "E": "\u0415",
    "H": "\u041d",
    "I": "\u0406",
    "K": "\u041a",
    "M": "\u041c",
    "O": "\u041e",
    "P": "\u0420",
    "S": "\u0405",
    "T": "\u0422",
    "X": "\u0425",
    "Y": "\u0423",
}

GREEK = {
    "a": "\u03b1",
    "i": "\u03b9",
    "k": "\u03ba",
    "n": "\u03b7",
    "o": "\u03bf",
    "p": "\u03c1",
    "t": "\u03c4",
    "u": "\u03c5",
    "v": "\u03bd",
    "x": "\u03c7",
    "A": "\u0391",
    "B": "\u0392",
    "E": "\u0395",
    "H": "\u0397",
    "I": "\u0399",
    "K": "\u039a",
    "M": "\u039c",
    "N": "\u039d",
    "O": "\u039f",
    "P": "\u03a1",
    "T": "\u03a4",
    "X": "\u03a7",
    "Y": "\u03a5",
    "Z": "\u0396",
}

LEET = {
    "a": ("4", "@"),
    "e": ("3",),
    "i": ("1", "!"),
    "o": ("0",),
    "s": ("5", "$"),
    "t": ("7",),
    "b": ("8",),
    "g": ("9",),
}

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")

KINDS = ("cyrillic", "greek", "fullwidth", "spaced", "dotted", "leet", "zerowidth", "mixed")


def _keyword_spans(text: str, rng: random.Random, limit: int) -> list[tuple[int, int]]:
    """Spans of trigger words (at most `limit`); falls back to the longest words."""
    words = list(_WORD.finditer(text))
    hits = [m for m in words if m.group().lower() in TRIGGERS]
    if not hits:
        hits = sorted(words, key=lambda m: (-len(m.group()), m.start()))[:2]
    if len(hits) > limit:
        hits = rng.sample(hits, limit)
    return sorted(m.span() for m in hits)


def _rewrite(
    text: str,
    spans: list[tuple[int, int]],
    word_fn: Callable[[str], str],
    other_fn: Callable[[str], str] | None = None,
) -> str:
    """Apply word_fn to the given spans and other_fn (if any) to every other word."""
    out: list[str] = []
    pos = 0
    chosen = set(spans)
    for m in _WORD.finditer(text):
        out.append(text[pos : m.start()])
        if m.span() in chosen:
            out.append(word_fn(m.group()))
        elif other_fn is not None:
            out.append(other_fn(m.group()))
        else:
            out.append(m.group())
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _swap(table: dict[str, str], rng: random.Random, prob: float) -> Callable[[str], str]:
    def apply(word: str) -> str:
        return "".join(table[c] if c in table and rng.random() < prob else c for c in word)

    return apply


def _cyrillic(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=6)
    return _rewrite(text, spans, _swap(CYRILLIC, rng, 1.0), _swap(CYRILLIC, rng, 0.3))


def _greek(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=6)
    return _rewrite(text, spans, _swap(GREEK, rng, 1.0), _swap(GREEK, rng, 0.25))


def _to_fullwidth(word: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)


def _fullwidth(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=6)
    whole = rng.random() < 0.3

    def other(word: str) -> str:
        return _to_fullwidth(word) if whole or word.isdigit() else word

    return _rewrite(text, spans, _to_fullwidth, other)


def _spaced(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=3)
    upper = rng.random() < 0.4

    def word_fn(word: str) -> str:
        return " ".join(word.upper() if upper else word)

    return _rewrite(text, spans, word_fn)


def _dotted(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=3)
    sep = rng.choice((".", ".", ".", "-", "_"))
    return _rewrite(text, spans, sep.join)


def _leet(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=6)

    def swap(prob: float) -> Callable[[str], str]:
        def apply(word: str) -> str:
            chars = []
            for c in word:
                options = LEET.get(c.lower())
                chars.append(rng.choice(options) if options and rng.random() < prob else c)
            return "".join(chars)

        return apply

    return _rewrite(text, spans, swap(0.9), swap(0.35))


def _zero_width(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=4)

    def word_fn(word: str) -> str:
        return "".join(
            c + (rng.choice(ZERO_WIDTH) if i < len(word) - 1 else "") for i, c in enumerate(word)
        )

    return _rewrite(text, spans, word_fn)


def _mixed(text: str, rng: random.Random) -> str:
    spans = _keyword_spans(text, rng, limit=4)
    cyr = _swap(CYRILLIC, rng, 0.7)

    def word_fn(word: str) -> str:
        word = cyr(word)
        if rng.random() < 0.5:
            return rng.choice(ZERO_WIDTH).join(word)
        return ".".join(word)

    return _rewrite(text, spans, word_fn)


TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "cyrillic": _cyrillic,
    "greek": _greek,
    "fullwidth": _fullwidth,
    "spaced": _spaced,
    "dotted": _dotted,
    "leet": _leet,
    "zerowidth": _zero_width,
    "mixed": _mixed,
}


def disguise(text: str, kind: str, rng: random.Random) -> str:
    """Return `text` disguised with transform `kind`, guaranteed to differ from `text`."""
    result = TRANSFORMS[kind](text, rng)
    if result == text:
        raise ValueError(f"transform {kind!r} left the text unchanged: {text!r}")
    return result
