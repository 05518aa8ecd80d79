"""Deterministic disguise and misspelling transforms for locked12 seeds.

Seeds mark target words with {braces}. Word-level transforms act on those
words; text-level transforms act on the whole (brace-stripped) text.
"""

import random
import re
from collections.abc import Callable

BRACED = re.compile(r"\{([^{}]+)\}")

CYRILLIC = dict(zip("aeopcxyisjAEOPCXBHKMT", "аеорсхуіѕјАЕОРСХВНКМТ", strict=True))
GREEK = dict(zip("aoivuknptxABEHIKMNOPTXYZ", "αοινυκηρτχΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", strict=True))
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
LEET_ALT = {"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "l": "1"}
EMOJI_LETTERS = {"a": "🅰️", "b": "🅱️", "o": "🅾️", "i": "ℹ️", "m": "Ⓜ️", "x": "❌"}
EMOJI_WORDS = {
    "kill": "🔪",
    "die": "💀",
    "gun": "🔫",
    "shoot": "🔫",
    "burn": "🔥",
    "bomb": "💣",
    "rats": "🐀",
    "pig": "🐖",
    "cow": "🐄",
    "clown": "🤡",
    "shit": "💩",
    "dick": "🍆",
    "ass": "🍑",
    "money": "💰",
    "free": "🆓",
    "bitcoin": "₿",
    "phone": "📱",
    "gas": "⛽",
    "snake": "🐍",
    "coffee": "☕",
    "love": "❤️",
    "pizza": "🍕",
    "snow": "❄️",
    "dog": "🐕",
    "cat": "🐈",
    "beach": "🏖️",
    "new": "🆕",
}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]
KEYCAPS = {str(d): f"{d}\ufe0f\u20e3" for d in range(10)}

# (upper-case start, lower-case start, digit start or None) for math alphabets
# chosen to have no reserved holes.
MATH_FONTS: dict[str, tuple[int, int, int | None]] = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "bold_italic": (0x1D468, 0x1D482, None),
    "bold_script": (0x1D4D0, 0x1D4EA, None),
    "bold_fraktur": (0x1D56C, 0x1D586, None),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "sans_italic": (0x1D608, 0x1D622, None),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
}


def strip_braces(text: str) -> str:
    return BRACED.sub(lambda m: m.group(1), text)


def _map_chars(text: str, table: dict[str, str], rng: random.Random, rate: float) -> str:
    out: list[str] = []
    for ch in text:
        if ch in table and rng.random() < rate:
            out.append(table[ch])
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- word level


def _spaced(word: str, rng: random.Random) -> str:
    return rng.choice([" ", "  ", " "]).join(word)


def _separated(word: str, rng: random.Random) -> str:
    return rng.choice([".", "-", "_", "*", "/", "|"]).join(word)


def _zero_width(word: str, rng: random.Random) -> str:
    zw = rng.choice(ZERO_WIDTH)
    return zw.join(word)


def _mask(word: str, rng: random.Random) -> str:
    if len(word) <= 2:
        return word[0] + "*"
    sym = rng.choice(["*", "*", "*", "#", "@"])
    inner = list(word[1:-1])
    vowels = [i for i, c in enumerate(inner) if c.lower() in "aeiouy"]
    if vowels and rng.random() < 0.55:
        for i in vowels:
            inner[i] = sym
    elif len(inner) <= 3:
        inner = [sym] * len(inner)
    else:
        run = max(1, len(inner) // 2)
        start = rng.randint(0, len(inner) - run)
        inner[start : start + run] = [sym] * run
    return word[0] + "".join(inner) + word[-1]


def _repeat(word: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if not letters:
        return word
    i = rng.choice(letters)
    return word[: i + 1] + word[i] * rng.randint(2, 5) + word[i + 1 :]


def _leet_word(word: str, rng: random.Random) -> str:
    table = LEET if rng.random() < 0.6 else LEET_ALT
    out = _map_chars(word, table, rng, 0.85)
    return out if out != word else word + "z"


def _emoji_word(word: str, rng: random.Random) -> str:
    low = word.lower()
    if low in EMOJI_WORDS:
        return EMOJI_WORDS[low]
    out = "".join(
        EMOJI_LETTERS[c] if c in EMOJI_LETTERS and rng.random() < 0.8 else c for c in low
    )
    return out


def _defang(word: str, rng: random.Random) -> str:
    if "." not in word:
        return _spaced(word, rng)
    return word.replace(".", rng.choice([" . ", "[.]", "(.)", " dot ", ". "]))


WORD_TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "spaced": _spaced,
    "separated": _separated,
    "zero_width": _zero_width,
    "mask": _mask,
    "repeat": _repeat,
    "leet_word": _leet_word,
    "emoji_word": _emoji_word,
    "defang": _defang,
}


def apply_word(seed: str, name: str, rng: random.Random) -> str:
    """Apply a word-level transform to a random non-empty subset of braced words."""
    fn = WORD_TRANSFORMS[name]
    targets = BRACED.findall(seed)
    if not targets:
        return strip_braces(seed)
    k = rng.randint(1, len(targets))
    chosen = set(rng.sample(range(len(targets)), k))
    counter = iter(range(len(targets)))

    def sub(m: re.Match[str]) -> str:
        idx = next(counter)
        return fn(m.group(1), rng) if idx in chosen else m.group(1)

    return BRACED.sub(sub, seed)


# ---------------------------------------------------------------- text level


def _fullwidth(text: str, rng: random.Random) -> str:
    out: list[str] = []
    for ch in text:
        if 0x21 <= ord(ch) <= 0x7E:
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " " and rng.random() < 0.5:
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def _math_font(text: str, rng: random.Random) -> str:
    upper, lower, digit = MATH_FONTS[rng.choice(sorted(MATH_FONTS))]
    out: list[str] = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - 97))
        elif digit and "0" <= ch <= "9":
            out.append(chr(digit + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def _circled(text: str, rng: random.Random) -> str:
    out: list[str] = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x24B6 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x24D0 + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def _cyrillic(text: str, rng: random.Random) -> str:
    return _map_chars(text, CYRILLIC, rng, rng.choice([0.4, 0.7, 1.0]))


def _greek(text: str, rng: random.Random) -> str:
    return _map_chars(text, GREEK, rng, rng.choice([0.5, 0.8]))


def _mixed_case(text: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)


def _leet_text(text: str, rng: random.Random) -> str:
    table = LEET if rng.random() < 0.5 else LEET_ALT
    return _map_chars(text, table, rng, 0.7)


def _keycap_digits(text: str, rng: random.Random) -> str:
    if not any(c.isdigit() for c in text):
        return _fullwidth(text, rng)
    return "".join(KEYCAPS.get(c, c) if c.isdigit() else c for c in text)


TEXT_TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "fullwidth": _fullwidth,
    "math_font": _math_font,
    "circled": _circled,
    "cyrillic": _cyrillic,
    "greek": _greek,
    "mixed_case": _mixed_case,
    "leet_text": _leet_text,
    "keycap_digits": _keycap_digits,
}


def disguise(
    seed: str,
    rng: random.Random,
    word_names: list[str],
    text_names: list[str],
    combo_rate: float = 0.3,
) -> tuple[str, str]:
    """Return (text, recipe) for one disguised variant of a braced seed."""
    pool = [("w", n) for n in word_names] + [("t", n) for n in text_names]
    kind, name = rng.choice(pool)
    recipe = [name]
    if kind == "w":
        text = apply_word(seed, name, rng)
        if text_names and rng.random() < combo_rate:
            extra = rng.choice(text_names)
            text = TEXT_TRANSFORMS[extra](text, rng)
            recipe.append(extra)
    else:
        text = strip_braces(seed)
        if word_names and rng.random() < combo_rate:
            extra = rng.choice(word_names)
            text = apply_word(seed, extra, rng)
            recipe.append(extra)
        text = TEXT_TRANSFORMS[name](text, rng)
    return text, "+".join(recipe)
