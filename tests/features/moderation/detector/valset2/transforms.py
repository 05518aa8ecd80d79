"""Disguise transforms for the scam base texts in pool_scam_disguised.DISGUISED_BASES.

A base text marks its give-away tokens: {P:...} phone number, {U:...} web address,
{H:...} account handle, {K:...} platform name or trigger word. A technique renders every
marker in its own disguised way; some techniques also touch common scam trigger words in the
unmarked text. Everything is driven by the random.Random passed in, so output is deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

MARKER = re.compile(r"\{([PUHK]):([^{}]+)\}")

TRIGGER = re.compile(
    r"\b(free|bitcoin|crypto|profit|claim|cash|win|prize|invest|money|bonus|refund|loan|"
    r"guaranteed|verify|account|wallet|password|login)\b",
    re.IGNORECASE,
)

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

HOMOGLYPHS = {
    "a": "а",
    "c": "с",
    "e": "е",
    "i": "і",
    "o": "о",
    "p": "р",
    "s": "ѕ",
    "x": "х",
    "y": "у",
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
}

LEET = {"a": ("4", "@"), "e": ("3",), "i": ("1", "!"), "o": ("0",), "s": ("5", "$"), "t": ("7",)}
LEET_DIGITS = {"0": ("O", "o"), "1": ("l", "I")}

PLATFORM_SPLITS = {
    "whatsapp": ("whats app", "what's app", "wh@ts @pp", "the green app"),
    "telegram": ("tele gram", "tele-gram", "the paper plane app", "tgram"),
    "instagram": ("insta gram", "the gram", "1nsta"),
    "snapchat": ("snap chat", "the ghost app", "sn@p"),
    "hangouts": ("hang outs", "g hangouts"),
    "bitcoin": ("bit coin", "b!tcoin", "btc (bit c0in)"),
    "crypto": ("cryp to", "kripto", "krypto"),
}

SEP_EMOJI = ("🔥", "💰", "✨", "🔹", "💸", "⭐", "🚀", "💎")
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")

Renderer = Callable[[str, str, random.Random], str]


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit() or ch == "+")


def _spread(value: str, sep: str) -> str:
    return sep.join(ch for ch in value if not ch.isspace())


def _spaced(kind: str, value: str, rng: random.Random) -> str:
    if kind == "P":
        return _spread(_digits(value), rng.choice((" ", " ", "-", " . ")))
    if kind == "U":
        if rng.random() < 0.5:
            return value.replace(".", " . ").replace("/", " / ")
        return _spread(value, " ")
    if kind == "H":
        return (
            value[:1] + " " + _spread(value[1:], " ")
            if value.startswith("@")
            else _spread(value, " ")
        )
    return _spread(value, " ")


def _spell_phone(value: str, rng: random.Random) -> str:
    words: list[str] = []
    chars = _digits(value)
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch == "+":
            words.append("plus")
            i += 1
            continue
        word = "oh" if ch == "0" and rng.random() < 0.4 else DIGIT_WORDS[int(ch)]
        if i + 1 < len(chars) and chars[i + 1] == ch and rng.random() < 0.6:
            words.append("double " + word)
            i += 2
            continue
        words.append(word)
        i += 1
    return " ".join(words)


def _words(kind: str, value: str, rng: random.Random) -> str:
    if kind == "P":
        return _spell_phone(value, rng)
    if kind == "U":
        return value.replace(".", " dot ").replace("/", " slash ")
    if kind == "H":
        out = value.replace("_", " underscore ").replace(".", " dot ")
        return "at " + out[1:] if out.startswith("@") else out
    options = PLATFORM_SPLITS.get(value.lower())
    if options:
        return rng.choice(options)
    mid = len(value) // 2
    return value[:mid] + " " + value[mid:]


def _dot(kind: str, value: str, rng: random.Random) -> str:
    if kind == "U":
        return value.replace(
            ".", rng.choice(("(.)", "[.]", " dot ", "(dot)", "[dot]", " d0t ", "。"))
        )
    if kind == "H":
        body = value[1:] if value.startswith("@") else value
        return body.replace("_", rng.choice(("(underscore)", "[_]", " _ "))).replace(".", " dot ")
    if kind == "P":
        digits = _digits(value)
        prefix = "+" if digits.startswith("+") else ""
        return prefix + _spread(digits.lstrip("+"), ".")
    return ".".join(value)


def _homoglyph_word(value: str, rng: random.Random) -> str:
    out = [HOMOGLYPHS[ch] if ch in HOMOGLYPHS and rng.random() < 0.6 else ch for ch in value]
    if "".join(out) == value:
        for idx, ch in enumerate(value):
            if ch in HOMOGLYPHS:
                out[idx] = HOMOGLYPHS[ch]
                break
    return "".join(out)


def _homoglyph(kind: str, value: str, rng: random.Random) -> str:
    if kind == "P":
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in value)
    return _homoglyph_word(value, rng)


def _leet_word(value: str, rng: random.Random) -> str:
    out = [
        rng.choice(LEET[ch.lower()]) if ch.lower() in LEET and rng.random() < 0.7 else ch
        for ch in value
    ]
    if "".join(out) == value:
        for idx, ch in enumerate(value):
            if ch.lower() in LEET:
                out[idx] = LEET[ch.lower()][0]
                break
    return "".join(out)


def _leet(kind: str, value: str, rng: random.Random) -> str:
    if kind == "P":
        out = [
            rng.choice(LEET_DIGITS[ch]) if ch in LEET_DIGITS and rng.random() < 0.8 else ch
            for ch in value
        ]
        return "".join(out)
    return _leet_word(value, rng)


def _emoji(kind: str, value: str, rng: random.Random) -> str:
    sep = rng.choice(SEP_EMOJI)
    if kind == "P":
        if rng.random() < 0.5:
            return "".join(f"{ch}\ufe0f\u20e3" if ch.isdigit() else ch for ch in _digits(value))
        return _spread(_digits(value), sep)
    if kind == "U":
        return value.replace(".", sep)
    if kind == "H":
        body = value[1:] if value.startswith("@") else value
        lead = rng.choice(("📲 ", "👉 ", "📩 "))
        if "_" in body or "." in body:
            return lead + body.replace("_", sep).replace(".", sep)
        return lead + _spread(body, sep)
    return _spread(value, sep)


def _zero_width_word(value: str, rng: random.Random) -> str:
    return rng.choice(ZERO_WIDTH).join(value)


def _zero_width(kind: str, value: str, rng: random.Random) -> str:
    if kind == "P":
        return _spread(value, rng.choice(ZERO_WIDTH))
    return _zero_width_word(value, rng)


TECHNIQUES: dict[str, Renderer] = {
    "DIS_SPACED": _spaced,
    "DIS_WORDS": _words,
    "DIS_DOT": _dot,
    "DIS_HOMO": _homoglyph,
    "DIS_LEET": _leet,
    "DIS_EMOJI": _emoji,
    "DIS_ZW": _zero_width,
}

# Techniques that also disguise trigger words in the unmarked part of the text.
TRIGGER_WORD_RENDERERS: dict[str, Callable[[str, random.Random], str]] = {
    "DIS_HOMO": _homoglyph_word,
    "DIS_LEET": _leet_word,
    "DIS_ZW": _zero_width_word,
}


def plain(base: str) -> str:
    """The base text with every marker replaced by its plain value."""
    return MARKER.sub(lambda m: m.group(2), base)


def disguise(base: str, technique: str, rng: random.Random) -> str:
    """Render base with technique; raise if the base has no marker or nothing changed."""
    if not MARKER.search(base):
        raise ValueError(f"disguised base has no marker: {base!r}")
    render = TECHNIQUES[technique]
    word_render = TRIGGER_WORD_RENDERERS.get(technique)
    parts: list[str] = []
    pos = 0
    for match in MARKER.finditer(base):
        parts.append(_plain_part(base[pos : match.start()], word_render, rng))
        parts.append(render(match.group(1), match.group(2), rng))
        pos = match.end()
    parts.append(_plain_part(base[pos:], word_render, rng))
    text = "".join(parts)
    if text == plain(base) or "{" in text or "}" in text:
        raise ValueError(f"{technique} did not disguise {base!r}")
    return text


def _plain_part(
    segment: str, word_render: Callable[[str, random.Random], str] | None, rng: random.Random
) -> str:
    if word_render is None:
        return segment
    return TRIGGER.sub(lambda m: word_render(m.group(0), rng), segment)
