"""Disguise transforms for locked8: homoglyphs, fancy unicode, spacing, leet, masks, zero-width.

Seeds mark the words to disguise with braces, e.g. ``you {worthless} {idiot}``. A
transform takes the seed and a seeded ``random.Random`` and returns the disguised text
with the braces removed. When a transform cannot change a seed it returns the plain
text, and the caller tries another transform.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

KeyFn = Callable[[str, random.Random], str]
Transform = Callable[[str, random.Random], str]

KEY = re.compile(r"\{([^{}]+)\}")

CYRILLIC = {
    "a": "\u0430",
    "c": "\u0441",
    "d": "\u0501",
    "e": "\u0435",
    "h": "\u04bb",
    "i": "\u0456",
    "j": "\u0458",
    "l": "\u04cf",
    "o": "\u043e",
    "p": "\u0440",
    "s": "\u0455",
    "w": "\u051d",
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
    "u": "\u03c5",
    "v": "\u03bd",
    "x": "\u03c7",
    "y": "\u03b3",
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
    "a": ["4", "@"],
    "b": ["8"],
    "e": ["3"],
    "g": ["9", "6"],
    "i": ["1", "!"],
    "l": ["1", "|"],
    "o": ["0"],
    "s": ["5", "$"],
    "t": ["7", "+"],
    "z": ["2"],
}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
COMBINING = ["\u0336", "\u0301", "\u0308", "\u0332", "\u0335"]
SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))
# (capital A, small a, digit zero or 0 when the style has no digits)
MATH_STYLES = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "bold_italic": (0x1D468, 0x1D482, 0),
    "bold_script": (0x1D4D0, 0x1D4EA, 0),
    "bold_fraktur": (0x1D56C, 0x1D586, 0),
    "double_struck": (0x1D538, 0x1D552, 0x1D7D8),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "sans_bold_italic": (0x1D63C, 0x1D656, 0),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
}
# Double-struck capitals that live in the Letterlike Symbols block instead.
DOUBLE_STRUCK_HOLES = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
VOWELS = set("aeiouAEIOU")


def plain(seed: str) -> str:
    """The seed with its braces removed."""
    return KEY.sub(lambda m: m.group(1), seed)


def keys(seed: str) -> list[str]:
    """The marked words of a seed."""
    return [str(k) for k in KEY.findall(seed)]


def on_keys(seed: str, fn: KeyFn, rng: random.Random) -> str:
    """Apply ``fn`` to every marked word and drop the braces."""
    return KEY.sub(lambda m: fn(m.group(1), rng), seed)


def _words(key: str, fn: Callable[[str], str]) -> str:
    return " ".join(fn(w) for w in key.split(" "))


def homoglyph_key(key: str, rng: random.Random) -> str:
    table = rng.choice([CYRILLIC, GREEK, {**GREEK, **CYRILLIC}])
    out = [table[c] if c in table and rng.random() < 0.7 else c for c in key]
    if out == list(key):
        idx = [i for i, c in enumerate(key) if c in table]
        if idx:
            i = rng.choice(idx)
            out[i] = table[key[i]]
    return "".join(out)


def leet_key(key: str, rng: random.Random) -> str:
    out = [
        rng.choice(LEET[c.lower()]) if c.lower() in LEET and rng.random() < 0.75 else c
        for c in key
    ]
    if out == list(key):
        idx = [i for i, c in enumerate(key) if c.lower() in LEET]
        if idx:
            i = rng.choice(idx)
            out[i] = LEET[key[i].lower()][0]
    return "".join(out)


def space_key(key: str, rng: random.Random) -> str:
    sep = rng.choice([" ", " ", ".", "-", "_", "*", " . "])
    joiner = "   " if sep == " " else " "
    return joiner.join(sep.join(w) for w in key.split(" "))


def mask_key(key: str, rng: random.Random) -> str:
    sym = rng.choice(["*", "*", "*", "#", "@", "%", "."])
    mode = rng.choice(["vowels", "one", "middle"])

    def mask(word: str) -> str:
        if len(word) < 3:
            return word
        inner = range(1, len(word) - 1)
        if mode == "vowels":
            hits = [i for i in inner if word[i] in VOWELS]
        elif mode == "middle":
            hits = list(inner)[: max(1, (len(word) - 2) // 2 + 1)]
        else:
            hits = []
        if not hits:
            hits = [rng.choice(list(inner))]
        return "".join(sym if i in hits else c for i, c in enumerate(word))

    return _words(key, mask)


def zero_width_key(key: str, rng: random.Random) -> str:
    zw = rng.choice(ZERO_WIDTH)
    every = rng.random() < 0.5

    def insert(word: str) -> str:
        if len(word) < 2:
            return word
        if every:
            return zw.join(word)
        i = rng.randrange(1, len(word))
        return word[:i] + zw + word[i:]

    return _words(key, insert)


def combining_key(key: str, rng: random.Random) -> str:
    mark = rng.choice(COMBINING)
    return "".join(c + mark if c.isalpha() else c for c in key)


def fullwidth_char(c: str) -> str:
    if c == " ":
        return "\u3000"
    if "!" <= c <= "~":
        return chr(ord(c) + 0xFEE0)
    return c


def fullwidth_key(key: str, rng: random.Random) -> str:
    del rng
    return "".join(fullwidth_char(c) for c in key)


def math_char(c: str, style: str) -> str:
    upper, lower, digit = MATH_STYLES[style]
    if "A" <= c <= "Z":
        if style == "double_struck" and c in DOUBLE_STRUCK_HOLES:
            return DOUBLE_STRUCK_HOLES[c]
        return chr(upper + ord(c) - ord("A"))
    if "a" <= c <= "z":
        return chr(lower + ord(c) - ord("a"))
    if "0" <= c <= "9" and digit:
        return chr(digit + ord(c) - ord("0"))
    return c


def math_text(text: str, rng: random.Random) -> str:
    style = rng.choice(sorted(MATH_STYLES))
    return "".join(math_char(c, style) for c in text)


def smallcaps_text(text: str, rng: random.Random) -> str:
    del rng
    return "".join(SMALLCAPS.get(c.lower(), c) for c in text)


def circled_text(text: str, rng: random.Random) -> str:
    del rng
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - ord("A")))
        else:
            out.append(c)
    return "".join(out)


def _whole(fn: Transform) -> Transform:
    def apply(seed: str, rng: random.Random) -> str:
        return fn(plain(seed), rng)

    return apply


def _keys(fn: KeyFn) -> Transform:
    def apply(seed: str, rng: random.Random) -> str:
        return on_keys(seed, fn, rng)

    return apply


def homoglyph_all(seed: str, rng: random.Random) -> str:
    """Marked words get look-alikes for sure, the rest of the text now and then."""
    text = on_keys(seed, homoglyph_key, rng)
    return "".join(CYRILLIC[c] if c in CYRILLIC and rng.random() < 0.3 else c for c in text)


def fullwidth_any(seed: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(fullwidth_char(c) for c in plain(seed))
    return on_keys(seed, fullwidth_key, rng)


def leet_any(seed: str, rng: random.Random) -> str:
    text = on_keys(seed, leet_key, rng)
    if rng.random() < 0.4:
        text = "".join(
            rng.choice(LEET[c]) if c in LEET and rng.random() < 0.3 else c for c in text
        )
    return text


MIXABLE: list[KeyFn] = [homoglyph_key, leet_key, space_key, mask_key, zero_width_key]


def mixed(seed: str, rng: random.Random) -> str:
    """Two key-level disguises on top of each other (leet then spacing, and so on)."""
    first, second = rng.sample(range(len(MIXABLE)), 2)
    if MIXABLE[first] is space_key:
        first, second = second, first

    def both(key: str, r: random.Random) -> str:
        return MIXABLE[second](MIXABLE[first](key, r), r)

    return on_keys(seed, both, rng)


DISGUISES: list[tuple[str, Transform]] = [
    ("DIS_HOMOGLYPH", _keys(homoglyph_key)),
    ("DIS_LEET", leet_any),
    ("DIS_SPACE", _keys(space_key)),
    ("DIS_MASK", _keys(mask_key)),
    ("DIS_ZW", _keys(zero_width_key)),
    ("DIS_FULLWIDTH", fullwidth_any),
    ("DIS_MATH", _whole(math_text)),
    ("DIS_MIXED", mixed),
    ("DIS_HOMOGLYPH_ALL", homoglyph_all),
    ("DIS_SMALLCAPS", _whole(smallcaps_text)),
    ("DIS_COMBINING", _keys(combining_key)),
    ("DIS_CIRCLED", _whole(circled_text)),
]
