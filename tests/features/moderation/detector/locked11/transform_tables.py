"""Character tables for the locked11 disguise transforms (see transforms.py).

Look-alike letters, leetspeak digits, emoji stand-ins and the Unicode
mathematical alphanumeric ranges used for "fancy font" styling.
"""

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")

LEET = {
    "a": ("4", "@"),
    "e": ("3",),
    "i": ("1", "!"),
    "o": ("0",),
    "s": ("5", "$"),
    "t": ("7",),
    "l": ("1",),
    "g": ("9",),
    "b": ("8",),
}

# Latin letter -> Cyrillic or Greek look-alike.
HOMOGLYPH = {
    "a": ("\u0430",),
    "c": ("\u0441",),
    "e": ("\u0435",),
    "o": ("\u043e", "\u03bf"),
    "p": ("\u0440",),
    "x": ("\u0445",),
    "y": ("\u0443",),
    "i": ("\u0456", "\u03b9"),
    "j": ("\u0458",),
    "s": ("\u0455",),
    "h": ("\u04bb",),
    "v": ("\u03bd",),
    "u": ("\u03c5",),
    "k": ("\u03ba",),
    "A": ("\u0410", "\u0391"),
    "B": ("\u0412", "\u0392"),
    "C": ("\u0421",),
    "E": ("\u0415", "\u0395"),
    "H": ("\u041d", "\u0397"),
    "I": ("\u0406", "\u0399"),
    "K": ("\u041a", "\u039a"),
    "M": ("\u041c", "\u039c"),
    "N": ("\u039d",),
    "O": ("\u041e", "\u039f"),
    "P": ("\u0420", "\u03a1"),
    "S": ("\u0405",),
    "T": ("\u0422", "\u03a4"),
    "X": ("\u0425", "\u03a7"),
    "Y": ("\u03a5",),
    "Z": ("\u0396",),
}

EMOJI_LETTER = {
    "o": "\u2b55",
    "a": "\U0001f170\ufe0f",
    "b": "\U0001f171\ufe0f",
    "i": "\u2139\ufe0f",
    "x": "\u274c",
    "s": "\U0001f4b2",
}

EMOJI_WORD = {
    "pig": "\U0001f437",
    "pigs": "\U0001f437\U0001f437",
    "rat": "\U0001f400",
    "rats": "\U0001f400\U0001f400",
    "snake": "\U0001f40d",
    "snakes": "\U0001f40d\U0001f40d",
    "monkey": "\U0001f412",
    "monkeys": "\U0001f412\U0001f412",
    "ape": "\U0001f98d",
    "apes": "\U0001f98d\U0001f98d",
    "dog": "\U0001f415",
    "dogs": "\U0001f415\U0001f415",
    "cow": "\U0001f404",
    "clown": "\U0001f921",
    "trash": "\U0001f5d1\ufe0f",
    "rubbish": "\U0001f5d1\ufe0f",
    "gun": "\U0001f52b",
    "knife": "\U0001f52a",
    "burn": "\U0001f525",
    "fire": "\U0001f525",
    "dead": "\U0001f480",
    "shit": "\U0001f4a9",
    "crap": "\U0001f4a9",
    "love": "\u2764\ufe0f",
    "sun": "\u2600\ufe0f",
    "coffee": "\u2615",
    "cake": "\U0001f370",
    "beer": "\U0001f37a",
    "tea": "\U0001f375",
    "money": "\U0001f4b0",
    "cash": "\U0001f4b5",
    "phone": "\U0001f4de",
    "gift": "\U0001f381",
    "home": "\U0001f3e0",
    "music": "\U0001f3b5",
    "dance": "\U0001f483",
    "star": "\u2b50",
    "eggplant": "\U0001f346",
    "peach": "\U0001f351",
}

# Math alphanumeric styles: (capital A, small a, {letter: code point for the
# "holes" that live in the Letterlike Symbols block instead}).
MATH_STYLES = {
    "bold": (0x1D400, 0x1D41A, {}),
    "italic": (0x1D434, 0x1D44E, {"h": 0x210E}),
    "bold_italic": (0x1D468, 0x1D482, {}),
    "script": (
        0x1D49C,
        0x1D4B6,
        {
            "B": 0x212C,
            "E": 0x2130,
            "F": 0x2131,
            "H": 0x210B,
            "I": 0x2110,
            "L": 0x2112,
            "M": 0x2133,
            "R": 0x211B,
            "e": 0x212F,
            "g": 0x210A,
            "o": 0x2134,
        },
    ),
    "bold_script": (0x1D4D0, 0x1D4EA, {}),
    "fraktur": (
        0x1D504,
        0x1D51E,
        {"C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128},
    ),
    "double_struck": (
        0x1D538,
        0x1D552,
        {
            "C": 0x2102,
            "H": 0x210D,
            "N": 0x2115,
            "P": 0x2119,
            "Q": 0x211A,
            "R": 0x211D,
            "Z": 0x2124,
        },
    ),
    "bold_fraktur": (0x1D56C, 0x1D586, {}),
    "sans_bold": (0x1D5D4, 0x1D5EE, {}),
    "sans_italic": (0x1D608, 0x1D622, {}),
    "monospace": (0x1D670, 0x1D68A, {}),
}
MATH_DIGITS = {
    "bold": 0x1D7CE,
    "double_struck": 0x1D7D8,
    "sans_bold": 0x1D7EC,
    "monospace": 0x1D7F6,
}

SMALL_CAPS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d"
        "\u0274\u1d0f\u1d18\u01eb\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21x\u028f\u1d22",
        strict=True,
    )
)
