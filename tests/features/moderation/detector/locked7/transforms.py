"""Disguise and misspelling transforms for the seventh locked set, written for it alone.

A seed marks the words to change with braces; a seed without braces is changed as a
whole where the method allows it. Every function is deterministic given its ``Random``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

BRACED = re.compile(r"\{([^{}]+)\}")

Change = Callable[[str, random.Random], str]


def plain(seed: str) -> str:
    """The seed with its braces removed."""
    return BRACED.sub(lambda m: m.group(1), seed)


def marked(seed: str) -> list[str]:
    return BRACED.findall(seed)


def on_marked(seed: str, change: Change, rng: random.Random, share: float = 1.0) -> str:
    """Apply ``change`` to the braced spans (at least one), or to the whole unmarked seed."""
    spans = marked(seed)
    if not spans:
        return change(seed, rng)
    chosen = {i for i in range(len(spans)) if rng.random() < share}
    if not chosen:
        chosen = {rng.randrange(len(spans))}
    counter = iter(range(len(spans)))

    def one(m: re.Match[str]) -> str:
        i = next(counter)
        return change(m.group(1), rng) if i in chosen else m.group(1)

    return BRACED.sub(one, seed)


def _letters(word: str) -> list[int]:
    return [i for i, c in enumerate(word) if c.isalpha()]


# --- alphabets -------------------------------------------------------------------------

# Latin letters and the Cyrillic or Greek letters drawn the same.
LOOKALIKE = {
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
    "A": "\u0391",
    "B": "\u0392",
    "E": "\u0395",
    "H": "\u0397",
    "K": "\u039a",
    "M": "\u039c",
    "O": "\u039f",
    "T": "\u03a4",
    "n": "\u0578",
    "u": "\u057d",
}


def lookalike(text: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(text) if c in LOOKALIKE]
    if not spots:
        return fullwidth(text, rng)
    keep = [i for i in spots if rng.random() < 0.6] or [rng.choice(spots)]
    out = list(text)
    for i in keep:
        out[i] = LOOKALIKE[out[i]]
    return "".join(out)


def fullwidth(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# (name, first capital, first small, exceptions) of the mathematical alphabets.
MATH_ALPHABETS: list[tuple[str, int, int, dict[str, str]]] = [
    ("bold", 0x1D400, 0x1D41A, {}),
    ("italic", 0x1D434, 0x1D44E, {"h": "\u210e"}),
    ("bolditalic", 0x1D468, 0x1D482, {}),
    ("boldscript", 0x1D4D0, 0x1D4EA, {}),
    ("boldfraktur", 0x1D56C, 0x1D586, {}),
    ("sans", 0x1D5A0, 0x1D5BA, {}),
    ("sansbold", 0x1D5D4, 0x1D5EE, {}),
    ("mono", 0x1D670, 0x1D68A, {}),
    (
        "double",
        0x1D538,
        0x1D552,
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
]


def maths(text: str, rng: random.Random) -> str:
    _, upper, lower, odd = rng.choice(MATH_ALPHABETS)
    out = []
    for c in text:
        if c in odd:
            out.append(odd[c])
        elif "A" <= c <= "Z":
            out.append(chr(upper + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(lower + ord(c) - ord("a")))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7CE + ord(c) - ord("0")))
        else:
            out.append(c)
    return "".join(out)


SMALL_CAPS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d"
        "\u0274\u1d0f\u1d18\u01eb\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21x\u028f\u1d22",
        strict=True,
    )
)


def small_caps(text: str, rng: random.Random) -> str:
    return "".join(SMALL_CAPS.get(c.lower(), c) if c.isascii() else c for c in text)


def circled(text: str, rng: random.Random) -> str:
    style = rng.choice(["circle", "negative", "paren", "square"])
    out = []
    for c in text:
        low = c.lower()
        if not ("a" <= low <= "z" and c.isascii()):
            out.append(c)
            continue
        n = ord(low) - ord("a")
        if style == "circle":
            out.append(chr(0x24D0 + n))
        elif style == "negative":
            out.append(chr(0x1F150 + n))
        elif style == "paren":
            out.append(chr(0x249C + n))
        else:
            out.append(chr(0x1F130 + n))
    return "".join(out)


ACCENTED = {
    "a": "àáâäãå",
    "e": "èéêë",
    "i": "ìíîï",
    "o": "òóôöõø",
    "u": "ùúûü",
    "n": "ñń",
    "c": "çć",
    "s": "śš",
    "y": "ýÿ",
    "z": "žź",
    "g": "ğġ",
    "k": "ķ",
    "r": "ŕř",
}


def accented(text: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(text) if c.lower() in ACCENTED and c.islower()]
    if not spots:
        return lookalike(text, rng)
    keep = [i for i in spots if rng.random() < 0.7] or [rng.choice(spots)]
    out = list(text)
    for i in keep:
        out[i] = rng.choice(ACCENTED[out[i]])
    return "".join(out)


# --- breaking words up -----------------------------------------------------------------

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def invisible(text: str, rng: random.Random) -> str:
    mark = rng.choice(INVISIBLE)
    out = []
    for i, c in enumerate(text):
        out.append(c)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if c.isalpha() and nxt.isalpha() and rng.random() < 0.75:
            out.append(mark if rng.random() < 0.8 else rng.choice(INVISIBLE))
    joined = "".join(out)
    return joined if joined != text else text[:1] + mark + text[1:]


def spaced(text: str, rng: random.Random) -> str:
    gap = rng.choice([" ", " ", "  "])
    return (gap * 3).join(gap.join(w) for w in text.split(" "))


def punctuated(text: str, rng: random.Random) -> str:
    mark = rng.choice([".", "-", "_", "·", "*", "/", "'", "|", "~"])
    whole = rng.random() < 0.6

    def one(word: str) -> str:
        if len(word) < 2:
            return word
        if whole:
            return mark.join(word)
        cut = rng.randrange(1, len(word))
        return word[:cut] + mark + word[cut:]

    return " ".join(one(w) for w in text.split(" "))


EMOJI = ["🔥", "💀", "😂", "🤡", "👉", "⭐", "🌟", "🐍", "✨", "💥", "👀", "🎉", "❤️", "🌈"]


def emoji_between(text: str, rng: random.Random) -> str:
    mark = rng.choice(EMOJI)
    return " ".join(mark.join(w) if len(w) > 1 else w for w in text.split(" "))


LEET = {
    "a": "4@",
    "e": "3",
    "i": "1!|",
    "o": "0",
    "s": "5$",
    "t": "7+",
    "l": "1",
    "g": "9",
    "b": "8",
    "z": "2",
}


def leet(text: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(text) if c.lower() in LEET]
    if not spots:
        return punctuated(text, rng)
    keep = [i for i in spots if rng.random() < 0.65] or [rng.choice(spots)]
    out = list(text)
    for i in keep:
        out[i] = rng.choice(LEET[out[i].lower()])
    return "".join(out)


def masked(text: str, rng: random.Random) -> str:
    mark = rng.choice(["*", "#", "_", "$", "*", "%"])

    def one(word: str) -> str:
        inner = [i for i in _letters(word) if 0 < i < len(word) - 1]
        if not inner:
            return word
        vowels = [i for i in inner if word[i] in "aeiouy"] or inner
        hide = {rng.choice(vowels)}
        if len(inner) > 3 and rng.random() < 0.4:
            hide.add(rng.choice(inner))
        return "".join(mark if i in hide else c for i, c in enumerate(word))

    words = text.split(" ")
    done = [one(w) for w in words]
    if done == words:
        return leet(text, rng)
    return " ".join(done)


def stretched(text: str, rng: random.Random) -> str:
    def one(word: str) -> str:
        spots = _letters(word)
        if not spots:
            return word
        vowels = [i for i in spots if word[i] in "aeiou"] or spots
        pick = {rng.choice(vowels)}
        if rng.random() < 0.5:
            pick.add(spots[-1])
        return "".join(c * rng.randint(3, 7) if i in pick else c for i, c in enumerate(word))

    return " ".join(one(w) for w in text.split(" "))


def _two(first: Change, second: Change) -> Change:
    def both(text: str, rng: random.Random) -> str:
        return second(first(text, rng), rng)

    return both


# Tag -> (change, whether it may take the whole text when the seed marks words).
DISGUISES: dict[str, tuple[Change, bool]] = {
    "LOOKALIKE": (lookalike, True),
    "FULLWIDTH": (fullwidth, True),
    "MATHS": (maths, True),
    "SMALLCAPS": (small_caps, True),
    "CIRCLED": (circled, True),
    "ACCENTED": (accented, True),
    "SPACED": (spaced, False),
    "LEET": (leet, False),
    "MASK": (masked, False),
    "ZEROWIDTH": (invisible, True),
    "STRETCH": (stretched, False),
    "PUNCT": (punctuated, False),
    "EMOJI": (emoji_between, False),
    "LEET_SPACED": (_two(leet, spaced), False),
    "LOOKALIKE_ZW": (_two(lookalike, invisible), False),
    "MASK_STRETCH": (_two(stretched, masked), False),
}


# Methods whose style is drawn once per text, so that every span shares one font.
ONE_STYLE = {"MATHS", "CIRCLED"}


def disguise(seed: str, tag: str, rng: random.Random) -> str:
    change, may_whole = DISGUISES[tag]
    if tag in ONE_STYLE:
        style = rng.random()
        base = change

        def change(text: str, _: random.Random) -> str:
            return base(text, random.Random(style))

    if may_whole and marked(seed) and rng.random() < 0.35:
        return change(plain(seed), rng)
    return on_marked(seed, change, rng, share=0.7)
