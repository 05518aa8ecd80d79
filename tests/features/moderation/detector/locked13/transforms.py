"""Deterministic disguise and misspelling transforms for the hand-written seeds.

Seeds mark the words a disguiser would hide with [brackets]. Every function takes an explicit
``random.Random`` so the output depends only on the caller's fixed seed.
"""

import random
import re
from collections.abc import Callable

Span = tuple[int, int]

_BRACKET = re.compile(r"\[([^\]]+)\]")

HOMOGLYPHS = {
    "a": "а", "c": "с", "e": "е", "i": "і", "j": "ј", "o": "о", "p": "р", "s": "ѕ",
    "x": "х", "y": "у", "k": "κ", "h": "һ", "d": "ԁ", "l": "ӏ", "u": "υ", "v": "ν",
    "w": "ԝ", "g": "ɡ", "n": "ո", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н",
    "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "Υ",
}  # fmt: skip
LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "g": "9", "b": "8"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))
LETTER_EMOJI = {"o": "⭕", "a": "🅰️", "b": "🅱️", "i": "ℹ️", "x": "❌", "m": "Ⓜ️", "p": "🅿️"}
WORD_EMOJI = {
    "kill": "🔪", "die": "💀", "burn": "🔥", "gas": "⛽", "shoot": "🔫", "shot": "🔫",
    "rats": "🐀", "monkeys": "🐒", "dogs": "🐕", "shit": "💩", "cock": "🍆", "dick": "🍆",
    "ass": "🍑", "pussy": "🐱", "hang": "🪢", "bugs": "🪳", "cockroaches": "🪳", "animals": "🐒",
    "coffee": "☕", "love": "❤️", "pizza": "🍕", "cat": "🐱", "run": "🏃", "rain": "🌧️",
    "music": "🎵", "code": "💻", "coding": "💻", "tea": "🍵", "books": "📚", "reading": "📖",
    "snow": "❄️", "sun": "☀️", "summer": "☀️", "fish": "🐟", "fishing": "🎣", "birthday": "🎂",
    "bitcoin": "₿", "btc": "₿", "money": "💰", "gift": "🎁", "prize": "🏆", "call": "📞",
    "phone": "📱", "parcel": "📦", "wallet": "👛", "fire": "🔥", "home": "🏠",
}  # fmt: skip
# Mathematical alphanumeric blocks without reserved holes: (capital A, small a, digit 0).
MATH_FONTS = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "bold_italic": (0x1D468, 0x1D482, None),
    "bold_script": (0x1D4D0, 0x1D4EA, None),
    "bold_fraktur": (0x1D56C, 0x1D586, None),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
}
SCAM_KEYWORDS = re.compile(
    r"\b(microsoft|support|licence|domain|whatsapp|telegram|verify|account|invoice|bitcoin|btc|"
    r"giveaway|gift|prize|wallet|password|bank|paypal|apple|crypto|fee|fraud|refund|claim|nitro|"
    r"robux|kyc|pin|token|seed|recruiter|job|hiring|lottery|money|win|won|free|urgent)\b",
    re.IGNORECASE,
)


def parse_seed(seed: str) -> tuple[str, list[Span]]:
    """Strip [brackets] from a seed; return the plain text and the bracketed spans."""
    out, spans, pos = [], [], 0
    for m in _BRACKET.finditer(seed):
        out.append(seed[pos : m.start()])
        start = sum(len(p) for p in out)
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        pos = m.end()
    out.append(seed[pos:])
    return "".join(out), spans


def keyword_spans(text: str, spans: list[Span]) -> list[Span]:
    """Add scam-keyword spans that do not overlap the given spans."""
    extra = [m.span() for m in SCAM_KEYWORDS.finditer(text)]
    merged = list(spans)
    for s in extra:
        if all(s[1] <= a or s[0] >= b for a, b in merged):
            merged.append(s)
    return sorted(merged)


def random_word_spans(text: str, rng: random.Random, k: int = 2) -> list[Span]:
    """Pick up to k words of four or more letters (used for seeds without brackets)."""
    words = [m.span() for m in re.finditer(r"[A-Za-z]{4,}", text)]
    if not words:
        words = [m.span() for m in re.finditer(r"[A-Za-z]+", text)]
    return sorted(rng.sample(words, min(k, len(words))))


def on_spans(text: str, spans: list[Span], fn: Callable[[str], str]) -> str:
    """Apply a word function to each span, leaving the rest of the text untouched."""
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(text[pos:a])
        out.append(fn(text[a:b]))
        pos = b
    out.append(text[pos:])
    return "".join(out)


# ---- word-level disguises -------------------------------------------------------------------


def homoglyph(w: str, rng: random.Random, share: float = 1.0) -> str:
    return "".join(HOMOGLYPHS[c] if c in HOMOGLYPHS and rng.random() < share else c for c in w)


def leet(w: str, rng: random.Random) -> str:
    return "".join(rng.choice(LEET[c.lower()]) if c.lower() in LEET else c for c in w)


def masked(w: str, rng: random.Random) -> str:
    mark = rng.choice("*#")
    if len(w) <= 3:
        return w[0] + mark * (len(w) - 2) + w[-1] if len(w) == 3 else w[0] + mark
    inner = "".join(mark if c.lower() in "aeiou" else c for c in w[1:-1])
    if inner == w[1:-1]:
        inner = mark * len(inner)
    return w[0] + inner + w[-1]


def mixed_case(w: str, rng: random.Random) -> str:
    flip = rng.random() < 0.5
    out = []
    for c in w:
        out.append(c.upper() if flip else c.lower())
        if c.isalpha():
            flip = not flip
    return "".join(out)


def repeated(w: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(w) if c.lower() in "aeiouy"] or [len(w) - 1]
    chosen = set(rng.sample(idx, min(len(idx), rng.choice([1, 2]))))
    return "".join(c * rng.randint(3, 6) if i in chosen else c for i, c in enumerate(w))


def emoji_word(w: str, rng: random.Random) -> str:
    if w.lower() in WORD_EMOJI:
        return WORD_EMOJI[w.lower()]
    return "".join(LETTER_EMOJI.get(c.lower(), c) for c in w)


def zero_width(w: str, rng: random.Random) -> str:
    return "".join(c + (rng.choice(ZERO_WIDTH) if i < len(w) - 1 else "") for i, c in enumerate(w))


def joined(sep: str) -> Callable[[str, random.Random], str]:
    return lambda w, rng: sep.join(w)


# ---- whole-text disguises -------------------------------------------------------------------


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def math_font(text: str, name: str) -> str:
    cap, small, digit = MATH_FONTS[name]
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(cap + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(small + ord(c) - 97))
        elif digit is not None and "0" <= c <= "9":
            out.append(chr(digit + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def circled(text: str) -> str:
    def one(c: str) -> str:
        if "a" <= c <= "z":
            return chr(0x24D0 + ord(c) - 97)
        if "A" <= c <= "Z":
            return chr(0x24B6 + ord(c) - 65)
        return c

    return "".join(one(c) for c in text)


def small_caps(text: str) -> str:
    return "".join(SMALL_CAPS.get(c.lower(), c) for c in text)


def dotted_domain(text: str, spans: list[Span], rng: random.Random) -> str:
    sep = rng.choice([" . ", "[.]", "(dot)", " dot ", ". "])
    return on_spans(text, spans, lambda w: w.replace(".", sep))


WORD_STYLES: dict[str, Callable[[str, random.Random], str]] = {
    "homoglyph": lambda w, rng: homoglyph(w, rng),
    "leet": leet,
    "spaced": joined(" "),
    "dotted": joined("."),
    "dashed": joined("-"),
    "zero_width": zero_width,
    "masked": masked,
    "mixed_case": mixed_case,
    "repeated": repeated,
    "emoji": emoji_word,
    "leet_spaced": lambda w, rng: " ".join(leet(w, rng)),
    "homoglyph_zw": lambda w, rng: zero_width(homoglyph(w, rng), rng),
}
TEXT_STYLES: dict[str, Callable[[str, random.Random], str]] = {
    "fullwidth": lambda t, rng: fullwidth(t),
    "math_font": lambda t, rng: math_font(t, rng.choice(sorted(MATH_FONTS))),
    "circled": lambda t, rng: circled(t),
    "small_caps": lambda t, rng: small_caps(t),
    "homoglyph_text": lambda t, rng: homoglyph(t, rng, share=0.6),
}


def disguise(text: str, spans: list[Span], style: str, rng: random.Random) -> str:
    """Apply one named style; word styles act on spans, text styles on the whole text."""
    if style == "dotted_domain":
        return dotted_domain(text, spans, rng)
    if style in TEXT_STYLES:
        return TEXT_STYLES[style](text, rng)
    fn = WORD_STYLES[style]
    return on_spans(text, spans, lambda w: fn(w, rng))
