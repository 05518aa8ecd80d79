"""Disguise and misspelling methods of the third locked set, its own (not locked2's, not
devset/make_disguised.py's, not training/corpus2.py's).

Disguise: Unicode look-alike alphabets (fullwidth, mathematical bold/italic/script/
double-struck/monospace, circled letters), Cyrillic and Greek homoglyphs, invisible characters
inside words, single-character digit/symbol leet, spaced or dotted or underscored letters,
vowel masking with a star, letter stretching and alternating case. Misspelling: keyboard
neighbour slips, phonetic respellings, text-speak and vowel confusion.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

_WORD_RE = re.compile(r"[A-Za-z]{3,}")


def _alphabet(upper_a: int, lower_a: int, holes: dict[str, str] | None = None) -> dict[str, str]:
    out = {chr(65 + i): chr(upper_a + i) for i in range(26)}
    out |= {chr(97 + i): chr(lower_a + i) for i in range(26)}
    return out | (holes or {})


# Mathematical alphanumerics; the script and double-struck alphabets have letters that live
# in the Letterlike Symbols block instead (the "holes").
_STYLES = {
    "fullwidth": _alphabet(0xFF21, 0xFF41),
    "math_bold": _alphabet(0x1D400, 0x1D41A),
    "math_italic": _alphabet(0x1D434, 0x1D44E, {"h": "ℎ"}),
    "math_script": _alphabet(0x1D4D0, 0x1D4EA),  # bold script: no holes
    "double_struck": _alphabet(
        0x1D538,
        0x1D552,
        {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"},
    ),
    "monospace": _alphabet(0x1D670, 0x1D68A),
    "circled": _alphabet(0x24B6, 0x24D0),
}
_HOMOGLYPHS = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і",
    "s": "ѕ", "j": "ј", "k": "κ", "n": "η", "t": "τ", "u": "υ", "v": "ν", "h": "һ",
}  # fmt: skip
_INVISIBLE = ["\u200b", "\u200d", "\u2060", "\u00ad", "\ufeff"]
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7", "g": "9", "l": "1"}


def _on_words(text: str, rng: random.Random, share: float, fn: Callable[[str], str]) -> str:
    """Apply ``fn`` to words of 3+ letters with probability ``share``; the longest word is
    always among them, so the loaded word is usually hit."""
    words = list(_WORD_RE.finditer(text))
    if not words:
        return text
    chosen = {m.start() for m in words if rng.random() < share}
    chosen.add(max(words, key=lambda m: len(m.group())).start())
    return _WORD_RE.sub(lambda m: fn(m.group()) if m.start() in chosen else m.group(), text)


def styled_alphabet(text: str, rng: random.Random) -> str:
    table = _STYLES[rng.choice(sorted(_STYLES))]
    return _on_words(text, rng, 0.8, lambda w: "".join(table.get(c, c) for c in w))


def homoglyphs(text: str, rng: random.Random) -> str:
    return _on_words(
        text,
        rng,
        0.6,
        lambda w: "".join(
            _HOMOGLYPHS[c] if c in _HOMOGLYPHS and rng.random() < 0.5 else c for c in w
        ),
    )


def invisible(text: str, rng: random.Random) -> str:
    mark = rng.choice(_INVISIBLE)
    return _on_words(text, rng, 0.5, lambda w: mark.join(w))


def digit_leet(text: str, rng: random.Random) -> str:
    return _on_words(
        text,
        rng,
        0.7,
        lambda w: "".join(_LEET[c.lower()] if c.lower() in _LEET else c for c in w),
    )


def spaced(text: str, rng: random.Random) -> str:
    sep = rng.choice((" ", ".", "_", "-", " . "))
    return _on_words(text, rng, 0.25, lambda w: sep.join(w))


def star_vowels(text: str, rng: random.Random) -> str:
    def one(word: str) -> str:
        return word[0] + "".join("*" if c.lower() in "aeiou" else c for c in word[1:])

    return _on_words(text, rng, 0.4, one)


def stretched(text: str, rng: random.Random) -> str:
    def one(word: str) -> str:
        vowels = [i for i, c in enumerate(word) if c.lower() in "aeiou"] or [len(word) - 1]
        i = rng.choice(vowels)
        return word[: i + 1] + word[i] * rng.randint(3, 6) + word[i + 1 :]

    return _on_words(text, rng, 0.5, one)


def alternating(text: str, rng: random.Random) -> str:
    start = rng.randint(0, 1)
    return _on_words(
        text,
        rng,
        0.9,
        lambda w: "".join(c.upper() if (i + start) % 2 else c.lower() for i, c in enumerate(w)),
    )


def leet_homoglyphs(text: str, rng: random.Random) -> str:
    return homoglyphs(digit_leet(text, rng), rng)


def star_spaced(text: str, rng: random.Random) -> str:
    return spaced(star_vowels(text, rng), rng)


DISGUISES: dict[str, Callable[[str, random.Random], str]] = {
    "styled_alphabet": styled_alphabet,
    "homoglyphs": homoglyphs,
    "invisible": invisible,
    "digit_leet": digit_leet,
    "spaced": spaced,
    "star_vowels": star_vowels,
    "stretched": stretched,
    "alternating": alternating,
    "leet+homoglyphs": leet_homoglyphs,
    "star+spaced": star_spaced,
}

# ---------------------------------------------------------------- misspelling
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    c: "".join(r[j] for j in (i - 1, i + 1) if 0 <= j < len(r))
    for r in _ROWS
    for i, c in enumerate(r)
}
_PHONETIC = [
    ("ph", "f"), ("ck", "k"), ("ee", "ea"), ("ou", "u"), ("er", "a"), ("tion", "shun"),
    ("s", "z"), ("c", "k"), ("y", "ie"), ("ll", "l"), ("tt", "t"), ("gh", ""), ("ea", "ee"),
]  # fmt: skip
_TEXTSPEAK = {"you": "u", "are": "r", "your": "ur", "you're": "ur", "to": "2", "for": "4",
              "because": "cuz", "the": "da", "they": "dey", "them": "dem", "people": "ppl",
              "should": "shud", "with": "wit"}  # fmt: skip
_VOWEL_SWAP = {"a": "e", "e": "i", "i": "e", "o": "u", "u": "o"}


def _keyboard(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c in _NEIGHBOURS and i > 0]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + rng.choice(_NEIGHBOURS[word[i]]) + word[i + 1 :]


def _phonetic(word: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in _PHONETIC if a in word[1:]]
    if not options:
        return _keyboard(word, rng)
    a, b = rng.choice(options)
    return word[0] + word[1:].replace(a, b, 1)


def _vowel(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c in _VOWEL_SWAP and i > 0]
    if not spots:
        return _keyboard(word, rng)
    i = rng.choice(spots)
    return word[:i] + _VOWEL_SWAP[word[i]] + word[i + 1 :]


_SLIPS = (_keyboard, _phonetic, _vowel)


def misspell(text: str, rng: random.Random, key: str = "") -> str:
    """Text-speak for common short words, then one or two slips (keyboard neighbour, phonetic
    respelling, vowel confusion) in words of five letters or more, longest first, or in the
    ``key`` word (a slur) first; the text always changes."""
    words = text.split(" ")
    if rng.random() < 0.5:
        words = [_TEXTSPEAK.get(w.lower(), w) for w in words]
    long_ones = sorted(
        (i for i, w in enumerate(words) if (w.isalpha() and len(w) >= 5) or (key and w == key)),
        key=lambda i: (words[i] != key, -len(words[i])),
    )
    for i in long_ones[: rng.choice((1, 2))]:
        words[i] = rng.choice(_SLIPS)(words[i].lower(), rng)
    out = " ".join(words)
    if out == text and long_ones:
        out = text.replace(words[long_ones[0]], _keyboard(words[long_ones[0]], rng), 1)
    return out
