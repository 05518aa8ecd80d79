"""Disguise and misspelling transforms for the fourth locked test set (see make_locked4.py).

Written for locked4 by its author, independently of the detector and its tuners; the
mappings below are hand-picked, not taken from any detector word list. Never train or tune
on texts produced here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

# Latin letter -> look-alikes from Cyrillic, Greek, Armenian and Latin extensions.
HOMOGLYPHS: dict[str, str] = {
    "a": "аɑα",
    "c": "сϲ",
    "d": "ԁ",
    "e": "еє",
    "g": "ɡ",
    "h": "һ",
    "i": "іɩ",
    "j": "ј",
    "k": "κ",
    "n": "ո",
    "o": "оοσ",
    "p": "рρ",
    "s": "ѕ",
    "u": "υս",
    "v": "ν",
    "w": "ԝ",
    "x": "хχ",
    "y": "уγ",
    "A": "АΑ",
    "B": "ВΒ",
    "C": "С",
    "E": "ЕΕ",
    "H": "НΗ",
    "I": "ІΙ",
    "K": "КΚ",
    "M": "МΜ",
    "N": "Ν",
    "O": "ОΟ",
    "P": "РΡ",
    "S": "Ѕ",
    "T": "ТΤ",
    "X": "ХΧ",
    "Y": "Υ",
}

LEET: dict[str, str] = {
    "a": "4@",
    "b": "8",
    "e": "3",
    "g": "96",
    "i": "1!",
    "l": "1|",
    "o": "0",
    "s": "5$",
    "t": "7+",
    "z": "2",
}

# First code point of a styled alphabet: (capital A, small a). All without reserved holes.
STYLED: dict[str, tuple[int, int]] = {
    "bold": (0x1D400, 0x1D41A),
    "bold_script": (0x1D4D0, 0x1D4EA),
    "bold_fraktur": (0x1D56C, 0x1D586),
    "sans_bold": (0x1D5D4, 0x1D5EE),
    "sans_italic": (0x1D608, 0x1D622),
    "monospace": (0x1D670, 0x1D68A),
}

SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SEPARATORS = [" ", ".", "-", "_", "*", "|", "·", "/", "~"]
MASKS = ["*", "#", "@", "$", "%", "_"]
INFIX_EMOJI = ["🍑", "💩", "🤡", "🔥", "⭐", "🐀", "💀", "👉", "🙈", "🌮", "❄️", "🍆"]
STYLE_EMOJI = ["✨", "🌸", "💫", "🌈", "🦋", "🌿", "⚡", "💖", "👏", "🎀"]

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def homoglyph(text: str, rng: random.Random, rate: float = 0.6) -> str:
    return "".join(
        rng.choice(HOMOGLYPHS[ch]) if ch in HOMOGLYPHS and rng.random() < rate else ch
        for ch in text
    )


def fullwidth(text: str, rng: random.Random) -> str:
    del rng
    return "".join(
        chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch)
        for ch in text
    )


def styled(text: str, rng: random.Random) -> str:
    """Mathematical alphanumeric letters (bold, script, fraktur, sans, monospace)."""
    upper, lower = STYLED[rng.choice(sorted(STYLED))]
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def circled(text: str, rng: random.Random) -> str:
    del rng
    return "".join(chr(0x24D0 + ord(ch) - ord("a")) if "a" <= ch <= "z" else ch for ch in text)


def small_caps(text: str, rng: random.Random) -> str:
    del rng
    return "".join(SMALL_CAPS.get(ch, ch) for ch in text.lower())


def spaced(word: str, rng: random.Random) -> str:
    return rng.choice(SEPARATORS).join(word)


def leet(word: str, rng: random.Random, rate: float = 0.7) -> str:
    out = [
        rng.choice(LEET[ch.lower()]) if ch.lower() in LEET and rng.random() < rate else ch
        for ch in word
    ]
    result = "".join(out)
    return result if result != word else word[:-1] + rng.choice(LEET.get(word[-1], "0"))


def masked(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word[0] + rng.choice(MASKS)
    mask = rng.choice(MASKS)
    inner = list(word[1:-1])
    if rng.random() < 0.5:
        inner = [mask if ch.lower() in "aeiou" else ch for ch in inner]
        if "".join(inner) == word[1:-1]:
            inner[0] = mask
    else:
        inner = [mask] * len(inner)
    return word[0] + "".join(inner) + word[-1]


def zero_width(word: str, rng: random.Random) -> str:
    mark = rng.choice(ZERO_WIDTH)
    return mark.join(word) if rng.random() < 0.5 else word[:2] + mark + word[2:]


def emoji_infix(word: str, rng: random.Random) -> str:
    cut = rng.randrange(1, len(word)) if len(word) > 1 else 1
    return word[:cut] + rng.choice(INFIX_EMOJI) + word[cut:]


def strike(word: str, rng: random.Random) -> str:
    mark = rng.choice(["\u0336", "\u0332", "\u0335"])
    return "".join(ch + mark for ch in word)


WordFn = Callable[[str, random.Random], str]
TextFn = Callable[[str, random.Random], str]

WORD_DISGUISES: dict[str, WordFn] = {
    "spaced": spaced,
    "leet": leet,
    "masked": masked,
    "zero_width": zero_width,
    "emoji_infix": emoji_infix,
    "homoglyph_word": homoglyph,
    "strike": strike,
}

TEXT_DISGUISES: dict[str, TextFn] = {
    "homoglyph": homoglyph,
    "fullwidth": fullwidth,
    "styled": styled,
    "circled": circled,
    "small_caps": small_caps,
}


def key_words(text: str, keys: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of words in text that are (or start with) one of keys; else the longest word."""
    lowered = [k.lower() for k in keys]
    spans = [
        m.span()
        for m in _WORD.finditer(text)
        if any(m.group().lower().startswith(k) for k in lowered)
    ]
    if spans:
        return spans
    words = list(_WORD.finditer(text))
    if not words:
        return []
    longest = max(words, key=lambda m: len(m.group()))
    return [longest.span()]


def on_words(text: str, spans: Sequence[tuple[int, int]], fn: Callable[[str], str]) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(fn(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def disguise(text: str, keys: Sequence[str], rng: random.Random) -> tuple[str, str]:
    """Disguise text (its key words, or all of it); returns (new text, method name)."""
    if rng.random() < 0.35:
        name = rng.choice(sorted(TEXT_DISGUISES))
        if name in ("circled", "small_caps"):
            text = text.lower()
        return TEXT_DISGUISES[name](text, rng), name
    name = rng.choice(sorted(WORD_DISGUISES))
    fn = WORD_DISGUISES[name]
    spans = key_words(text, keys)
    new = on_words(text, spans, lambda w: fn(w, rng))
    if rng.random() < 0.25:
        second = rng.choice(sorted(WORD_DISGUISES))
        new = on_words(new, key_words(new, keys), lambda w: WORD_DISGUISES[second](w, rng))
        name = f"{name}+{second}"
    return new, name


# --- misspelling -------------------------------------------------------------------------

NEIGHBOURS: dict[str, str] = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "w": "qe",
    "y": "tu",
}


def drop_letter(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word)) if len(word) > 3 else len(word) - 1
    return word[:i] + word[i + 1 :]


def swap_letters(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word[::-1]
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_letter(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    return word[:i] + word[i] + word[i:]


def add_letter(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) + 1)
    near = NEIGHBOURS.get(word[i - 1].lower(), "aeiouhy")
    return word[:i] + rng.choice(near) + word[i:]


def vowel_swap(word: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(word) if ch in "aeiou"]
    if not spots:
        return add_letter(word, rng)
    i = rng.choice(spots)
    return word[:i] + rng.choice([v for v in "aeiouy" if v != word[i]]) + word[i + 1 :]


MISSPELLINGS: dict[str, WordFn] = {
    "drop": drop_letter,
    "swap": swap_letters,
    "double": double_letter,
    "add": add_letter,
    "vowel": vowel_swap,
}


def squash(text: str, rng: random.Random) -> str:
    """Remove the spaces around one or more words ("theyshould go back")."""
    parts = text.split(" ")
    if len(parts) < 2:
        return text
    for _ in range(rng.randint(1, max(1, len(parts) // 3))):
        if len(parts) < 2:
            break
        i = rng.randrange(len(parts) - 1)
        parts[i : i + 2] = [parts[i] + parts[i + 1]]
    return " ".join(parts)


def misspell(text: str, keys: Sequence[str], rng: random.Random) -> tuple[str, str]:
    """Misspell key words (one or two edits) and sometimes squash spaces."""
    spans = key_words(text, keys)
    names: list[str] = []

    def edit(word: str) -> str:
        name = rng.choice(sorted(MISSPELLINGS))
        names.append(name)
        new = MISSPELLINGS[name](word, rng)
        if rng.random() < 0.3:
            extra = rng.choice(sorted(MISSPELLINGS))
            names.append(extra)
            new = MISSPELLINGS[extra](new, rng)
        if new.lower() == word.lower() or len(new) < len(word) - 1:
            return double_letter(word, rng)
        return new

    new = on_words(text, spans, edit)
    if rng.random() < 0.3 or new == text:
        new = squash(new, rng)
        names.append("nospace")
    return new, "+".join(dict.fromkeys(names))


# --- numbers and links, for scams ---------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def obfuscate_number(number: str, rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return " ".join(DIGIT_WORDS[int(d)] if d.isdigit() else d for d in number if d != " ")
    if kind == 1:
        return "".join(chr(0x1D7CE + int(d)) if d.isdigit() else d for d in number)
    if kind == 2:
        return "".join({"0": "O", "1": "l", "5": "S", "8": "B"}.get(d, d) for d in number)
    return ".".join(d for d in number if d.isdigit() or d == "+")


def obfuscate_url(url: str, rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return url.replace(".", "[.]").replace("https://", "hxxps://")
    if kind == 1:
        return url.replace("https://", "").replace(".", " dot ").replace("/", " slash ")
    if kind == 2:
        return homoglyph(url, rng, rate=0.4)
    return url.replace("https://", "").replace(".", " . ")
