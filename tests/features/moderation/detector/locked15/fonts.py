"""Character tables for disguise: homoglyphs, fancy fonts, leet and accents.

Every non-ASCII character is written as an escape so the tables stay readable.
"""

import random

# Latin letters and their Cyrillic or Greek look-alikes.
HOMOGLYPHS: dict[str, tuple[str, ...]] = {
    "a": ("\u0430", "\u03b1"),
    "c": ("\u0441", "\u03f2"),
    "d": ("\u0501",),
    "e": ("\u0435",),
    "h": ("\u04bb",),
    "i": ("\u0456", "\u03b9"),
    "j": ("\u0458",),
    "k": ("\u03ba",),
    "o": ("\u043e", "\u03bf"),
    "p": ("\u0440", "\u03c1"),
    "s": ("\u0455",),
    "u": ("\u03c5",),
    "v": ("\u03bd",),
    "w": ("\u0461",),
    "x": ("\u0445", "\u03c7"),
    "y": ("\u0443",),
    "A": ("\u0410", "\u0391"),
    "B": ("\u0412", "\u0392"),
    "C": ("\u0421",),
    "E": ("\u0415", "\u0395"),
    "H": ("\u041d", "\u0397"),
    "I": ("\u0406", "\u0399"),
    "J": ("\u0408",),
    "K": ("\u041a", "\u039a"),
    "M": ("\u041c", "\u039c"),
    "N": ("\u039d",),
    "O": ("\u041e", "\u039f"),
    "P": ("\u0420", "\u03a1"),
    "S": ("\u0405",),
    "T": ("\u0422", "\u03a4"),
    "X": ("\u0425", "\u03a7"),
    "Y": ("\u04ae", "\u03a5"),
    "Z": ("\u0396",),
}

# Leet substitutions, most common first.
LEET: dict[str, tuple[str, ...]] = {
    "a": ("4", "@"),
    "b": ("8",),
    "e": ("3",),
    "g": ("9", "6"),
    "i": ("1", "!"),
    "l": ("1", "|"),
    "o": ("0",),
    "s": ("5", "$"),
    "t": ("7", "+"),
    "z": ("2",),
}

# Currency-sign leet seen in West African and Indian scam posts.
MONEY_LEET: dict[str, tuple[str, ...]] = {
    "c": ("\u00a2",),
    "e": ("\u20ac",),
    "n": ("\u20a6",),
    "s": ("$",),
    "r": ("\u20b9",),
    "o": ("0",),
    "a": ("@",),
    "i": ("1",),
}

# Accented vowels and letters (precomposed Latin-1 and Latin Extended-A).
ACCENTS: dict[str, tuple[str, ...]] = {
    "a": ("\u00e0", "\u00e1", "\u00e2", "\u00e4", "\u00e3", "\u00e5"),
    "e": ("\u00e8", "\u00e9", "\u00ea", "\u00eb"),
    "i": ("\u00ec", "\u00ed", "\u00ee", "\u00ef"),
    "o": ("\u00f2", "\u00f3", "\u00f4", "\u00f6", "\u00f5"),
    "u": ("\u00f9", "\u00fa", "\u00fb", "\u00fc"),
    "n": ("\u00f1",),
    "c": ("\u00e7",),
    "y": ("\u00fd", "\u00ff"),
}

ZERO_WIDTH: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")

# Combining marks used by "fancy text" generators: strike-through, underline, slash.
COMBINING: tuple[str, ...] = ("\u0336", "\u0332", "\u0338")

SMALL_CAPS: dict[str, str] = {
    "a": "\u1d00",
    "b": "\u0299",
    "c": "\u1d04",
    "d": "\u1d05",
    "e": "\u1d07",
    "f": "\ua730",
    "g": "\u0262",
    "h": "\u029c",
    "i": "\u026a",
    "j": "\u1d0a",
    "k": "\u1d0b",
    "l": "\u029f",
    "m": "\u1d0d",
    "n": "\u0274",
    "o": "\u1d0f",
    "p": "\u1d18",
    "q": "\u01eb",
    "r": "\u0280",
    "s": "\ua731",
    "t": "\u1d1b",
    "u": "\u1d1c",
    "v": "\u1d20",
    "w": "\u1d21",
    "y": "\u028f",
    "z": "\u1d22",
}

# Mathematical alphanumeric styles: (capital A, small a, digit zero or 0 if none).
MATH_STYLES: dict[str, tuple[int, int, int]] = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "italic": (0x1D434, 0x1D44E, 0),
    "bold_italic": (0x1D468, 0x1D482, 0),
    "bold_script": (0x1D4D0, 0x1D4EA, 0),
    "bold_fraktur": (0x1D56C, 0x1D586, 0),
    "double_struck": (0x1D538, 0x1D552, 0x1D7D8),
    "sans": (0x1D5A0, 0x1D5BA, 0x1D7E2),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "sans_italic": (0x1D608, 0x1D622, 0),
    "sans_bold_italic": (0x1D63C, 0x1D656, 0),
    "mono": (0x1D670, 0x1D68A, 0x1D7F6),
}

# Letters that live in the Letterlike Symbols block instead of the math block.
MATH_EXCEPTIONS: dict[str, dict[str, str]] = {
    "italic": {"h": "\u210e"},
    "double_struck": {
        "C": "\u2102",
        "H": "\u210d",
        "N": "\u2115",
        "P": "\u2119",
        "Q": "\u211a",
        "R": "\u211d",
        "Z": "\u2124",
    },
}

FONT_NAMES: tuple[str, ...] = (
    *MATH_STYLES.keys(),
    "fullwidth",
    "circled",
    "neg_circled",
    "squared",
    "neg_squared",
    "small_caps",
)


def pick_font(rng: random.Random) -> str:
    """Pick a fancy font, balancing the font families the way generators offer them."""
    family = rng.choices(
        ("math", "fullwidth", "circled", "squared", "small_caps"),
        weights=(40, 20, 15, 15, 10),
        k=1,
    )[0]
    if family == "math":
        return rng.choice(tuple(MATH_STYLES))
    if family == "circled":
        return rng.choice(("circled", "neg_circled"))
    if family == "squared":
        return rng.choice(("squared", "neg_squared"))
    return family


def font_char(ch: str, font: str) -> str:
    """Render one character in a fancy font; characters without a glyph pass through."""
    if font in MATH_STYLES:
        exc = MATH_EXCEPTIONS.get(font, {})
        if ch in exc:
            return exc[ch]
        cap, small, digit = MATH_STYLES[font]
        if "A" <= ch <= "Z":
            return chr(cap + ord(ch) - ord("A"))
        if "a" <= ch <= "z":
            return chr(small + ord(ch) - ord("a"))
        if digit and "0" <= ch <= "9":
            return chr(digit + ord(ch) - ord("0"))
        return ch
    if font == "fullwidth":
        if "!" <= ch <= "~":
            return chr(ord(ch) + 0xFEE0)
        return ch
    if font == "circled":
        if "A" <= ch <= "Z":
            return chr(0x24B6 + ord(ch) - ord("A"))
        if "a" <= ch <= "z":
            return chr(0x24D0 + ord(ch) - ord("a"))
        if ch == "0":
            return "\u24ea"
        if "1" <= ch <= "9":
            return chr(0x2460 + ord(ch) - ord("1"))
        return ch
    upper = ch.upper()
    if not ("A" <= upper <= "Z"):
        return ch
    offset = ord(upper) - ord("A")
    if font == "neg_circled":
        return chr(0x1F150 + offset)
    if font == "squared":
        return chr(0x1F130 + offset)
    if font == "neg_squared":
        return chr(0x1F170 + offset)
    if font == "small_caps":
        return SMALL_CAPS.get(ch.lower(), ch)
    raise ValueError(f"unknown font {font!r}")


def in_font(text: str, font: str) -> str:
    """Render a whole string in a fancy font."""
    return "".join(font_char(ch, font) for ch in text)
