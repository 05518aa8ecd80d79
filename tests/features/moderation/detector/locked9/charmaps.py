"""Character tables used by the locked9 disguise transforms (own tables, stdlib only)."""

from __future__ import annotations

# Latin letter -> visually confusable letters from other scripts (Cyrillic, Greek, Armenian).
HOMOGLYPHS: dict[str, tuple[str, ...]] = {
    "a": ("\u0430", "\u0251"),
    "c": ("\u0441", "\u03f2"),
    "d": ("\u0501",),
    "e": ("\u0435",),
    "g": ("\u0261",),
    "h": ("\u04bb",),
    "i": ("\u0456", "\u03b9"),
    "j": ("\u0458",),
    "k": ("\u03ba",),
    "l": ("\u04cf",),
    "n": ("\u0578",),
    "o": ("\u043e", "\u03bf"),
    "p": ("\u0440", "\u03c1"),
    "q": ("\u051b",),
    "s": ("\u0455",),
    "u": ("\u057d", "\u03c5"),
    "v": ("\u03bd",),
    "w": ("\u051d",),
    "x": ("\u0445",),
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

ZERO_WIDTH: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")

MASK_CHARS: tuple[str, ...] = ("*", "*", "*", "#", "_", "\u2022", "-")

# (uppercase A, lowercase a, digit 0 or 0 when the style has no digits)
MATH_STYLES: dict[str, tuple[int, int, int]] = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "bold_italic": (0x1D468, 0x1D482, 0),
    "bold_script": (0x1D4D0, 0x1D4EA, 0),
    "bold_fraktur": (0x1D56C, 0x1D586, 0),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "sans_italic": (0x1D608, 0x1D622, 0),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
    "fraktur_ds_digits": (0x1D56C, 0x1D586, 0x1D7D8),
}

KEYBOARD_NEIGHBOURS: dict[str, str] = {
    "q": "wa",
    "w": "qes",
    "e": "wrd",
    "r": "etf",
    "t": "ryg",
    "y": "tuh",
    "u": "yij",
    "i": "uok",
    "o": "ipl",
    "p": "ol",
    "a": "qsz",
    "s": "adw",
    "d": "sfe",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "j": "hku",
    "k": "jli",
    "l": "ko",
    "z": "xa",
    "x": "zc",
    "c": "xv",
    "v": "cb",
    "b": "vn",
    "n": "bm",
    "m": "n",
}

DIGIT_WORDS: tuple[str, ...] = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
)


def fullwidth(text: str) -> str:
    """ASCII printable -> fullwidth forms; spaces become ideographic spaces."""
    out = []
    for ch in text:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def math_alnum(text: str, style: str) -> str:
    """Render ASCII letters (and digits where the style has them) in a math style."""
    upper, lower, digit = MATH_STYLES[style]
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        elif digit and "0" <= ch <= "9":
            out.append(chr(digit + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)
