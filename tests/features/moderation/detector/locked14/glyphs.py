"""Character tables and whole-string glyph mappings used by the locked14 disguises.

Every function here is a pure mapping of characters; randomness is passed in.
"""

import random

CYRILLIC: dict[str, str] = {
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
    "h": "\u04bb",
    "d": "\u0501",
    "q": "\u051b",
    "w": "\u051d",
    "A": "\u0410",
    "B": "\u0412",
    "C": "\u0421",
    "E": "\u0415",
    "H": "\u041d",
    "I": "\u0406",
    "J": "\u0408",
    "K": "\u041a",
    "M": "\u041c",
    "O": "\u041e",
    "P": "\u0420",
    "S": "\u0405",
    "T": "\u0422",
    "X": "\u0425",
    "Y": "\u04ae",
}

GREEK: dict[str, str] = {
    "a": "\u03b1",
    "o": "\u03bf",
    "i": "\u03b9",
    "u": "\u03c5",
    "v": "\u03bd",
    "p": "\u03c1",
    "k": "\u03ba",
    "x": "\u03c7",
    "n": "\u03b7",
    "t": "\u03c4",
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

OTHER_LOOKALIKES: dict[str, str] = {
    "o": "\u0585",
    "u": "\u057d",
    "n": "\u0578",
    "g": "\u0261",
    "l": "\u04cf",
    "r": "\u0433",
    "b": "\u042c",
    "k": "\u0138",
    "m": "\u0271",
}

LEET: dict[str, list[str]] = {
    "a": ["4", "@"],
    "e": ["3"],
    "i": ["1", "!"],
    "o": ["0"],
    "s": ["5", "$"],
    "t": ["7"],
    "g": ["9", "6"],
    "l": ["1", "|"],
    "b": ["8"],
    "z": ["2"],
}

ZERO_WIDTH: list[str] = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]

COMBINING: list[str] = ["\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u0327", "\u0331"]

# (name, capital A, small a, digit zero or 0, exceptions)
MATH_FONTS: list[tuple[str, int, int, int, dict[str, str]]] = [
    ("bold", 0x1D400, 0x1D41A, 0x1D7CE, {}),
    ("italic", 0x1D434, 0x1D44E, 0, {"h": "\u210e"}),
    ("bold_italic", 0x1D468, 0x1D482, 0, {}),
    ("bold_script", 0x1D4D0, 0x1D4EA, 0, {}),
    ("bold_fraktur", 0x1D56C, 0x1D586, 0, {}),
    (
        "double_struck",
        0x1D538,
        0x1D552,
        0x1D7D8,
        {
            "C": "\u2102",
            "H": "\u210d",
            "N": "\u2115",
            "P": "\u2119",
            "Q": "\u211a",
            "R": "\u211d",
            "Z": "\u2124",
        },
    ),
    ("sans", 0x1D5A0, 0x1D5BA, 0x1D7E2, {}),
    ("sans_bold", 0x1D5D4, 0x1D5EE, 0x1D7EC, {}),
    ("sans_italic", 0x1D608, 0x1D622, 0, {}),
    ("monospace", 0x1D670, 0x1D68A, 0x1D7F6, {}),
]

KEYCAP: str = "\ufe0f\u20e3"


def map_table(s: str, table: dict[str, str], rate: float, rng: random.Random) -> str:
    """Replace characters found in table with probability rate (at least one if any)."""
    positions = [i for i, ch in enumerate(s) if ch in table]
    if not positions:
        return s
    chosen = [i for i in positions if rng.random() < rate]
    if not chosen:
        chosen = [rng.choice(positions)]
    chars = list(s)
    for i in chosen:
        chars[i] = table[chars[i]]
    return "".join(chars)


def homoglyph(s: str, rng: random.Random, script: str, rate: float) -> str:
    """Swap Latin letters for Cyrillic, Greek or mixed look-alikes."""
    if script == "cyrillic":
        table = CYRILLIC
    elif script == "greek":
        table = GREEK
    else:
        table = {**GREEK, **CYRILLIC, **OTHER_LOOKALIKES}
    return map_table(s, table, rate, rng)


def fullwidth(s: str, wide_space: bool) -> str:
    """Map printable ASCII to fullwidth forms."""
    out: list[str] = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " " and wide_space:
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def math_font(s: str, font_index: int) -> str:
    """Map ASCII letters (and digits where the font has them) to a math alphabet."""
    _, cap, small, digit, exceptions = MATH_FONTS[font_index]
    out: list[str] = []
    for ch in s:
        if ch in exceptions:
            out.append(exceptions[ch])
        elif "a" <= ch <= "z":
            out.append(chr(small + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(cap + ord(ch) - ord("A")))
        elif "0" <= ch <= "9" and digit:
            out.append(chr(digit + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def circled(s: str) -> str:
    """Map letters and digits to circled forms."""
    out: list[str] = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x24D0 + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(0x24B6 + ord(ch) - ord("A")))
        elif ch == "0":
            out.append("\u24ea")
        elif "1" <= ch <= "9":
            out.append(chr(0x2460 + ord(ch) - ord("1")))
        else:
            out.append(ch)
    return "".join(out)


def boxed(s: str, style: str) -> str:
    """Map letters to squared, negative squared or negative circled capitals."""
    base = {"squared": 0x1F130, "neg_squared": 0x1F170, "neg_circled": 0x1F150}[style]
    out: list[str] = []
    for ch in s:
        up = ch.upper()
        if "A" <= up <= "Z" and ch.isascii():
            out.append(chr(base + ord(up) - ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def keycap_digits(s: str) -> str:
    """Write each ASCII digit as a keycap emoji."""
    return "".join(ch + KEYCAP if "0" <= ch <= "9" else ch for ch in s)
