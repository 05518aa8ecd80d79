"""Scam obfuscation transforms for locked8: spaced or spelled digits, "dot" for ".",
obfuscated handles and app names, and the key-word disguises of ``transforms.py``.

Each takes a seed (braces mark words to disguise) and a seeded ``random.Random`` and
returns text without braces; one that cannot change the seed returns the plain text.
"""

from __future__ import annotations

import random
import re

from .transforms import (
    Transform,
    fullwidth_key,
    homoglyph_key,
    leet_key,
    on_keys,
    plain,
    space_key,
    zero_width_key,
)

PHONE = re.compile(r"\+?\d[\d ()\-]{6,}\d")
DOMAIN = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:[a-z]{2,12})(?:/[\w\-/.]*)?")
HANDLE = re.compile(r"(?<![\w.])@[\w.:\-]+\w")
APPS = {
    "whatsapp": ["whats@pp", "w h a t s a p p", "WhatsApp\u200b", "wh4tsapp", "watsap", "W/A"],
    "telegram": ["teIegram", "t e l e g r a m", "telegrm", "t3legram", "tele", "TG"],
    "cashapp": ["ca$happ", "c a s h a p p", "cash 4pp"],
    "bitcoin": ["b1tc0in", "₿itcoin", "b i t c o i n", "bitc0in"],
}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
LOOKALIKE_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B"}


def _digits(number: str, rng: random.Random) -> str:
    mode = rng.choice(["spaced", "dashed", "lookalike", "words", "dotted"])
    digits = [c for c in number if c.isdigit()]
    if mode == "spaced":
        return ("+" if number.startswith("+") else "") + " ".join(digits)
    if mode == "dashed":
        return "-".join(digits)
    if mode == "dotted":
        return ".".join(digits)
    if mode == "lookalike":
        out = "".join(LOOKALIKE_DIGITS.get(c, c) for c in number)
        return out if out != number else " ".join(digits)
    half = len(digits) // 2
    return " ".join(DIGIT_WORDS[int(d)] for d in digits[:half]) + " " + "".join(digits[half:])


def digits(seed: str, rng: random.Random) -> str:
    return PHONE.sub(lambda m: _digits(m.group(0), rng), plain(seed))


def _dot(link: str, rng: random.Random) -> str:
    dot = rng.choice([" dot ", "[.]", "(.)", " . ", "(dot)", " d0t "])
    scheme = rng.choice(["", "hxxps://", "https colon "]) if re.match(r"https?://", link) else ""
    link = re.sub(r"^https?://", "", link)
    link = link.replace("/", rng.choice(["/", " slash "]))
    return scheme + link.replace(".", dot)


def dots(seed: str, rng: random.Random) -> str:
    text = plain(seed)
    text = HANDLE.sub(lambda m: m.group(0).replace(".", " dot "), text)
    text = re.sub(
        r"[\w.]+@[\w-]+\.[a-z]+",
        lambda m: m.group(0).replace("@", " (at) ").replace(".", " (dot) "),
        text,
    )
    return DOMAIN.sub(lambda m: _dot(m.group(0), rng), text)


def _handle(handle: str, rng: random.Random) -> str:
    body = handle[1:]
    mode = rng.choice(["spaced", "words", "at"])
    if mode == "spaced":
        return "@ " + " ".join(body)
    if mode == "words":
        return "at " + body.replace("_", " underscore ").replace(":", " colon ")
    return "(at)" + body.replace("_", " _ ")


def handles(seed: str, rng: random.Random) -> str:
    """Obfuscate @handles and the chat apps scammers send people to."""
    text = HANDLE.sub(lambda m: _handle(m.group(0), rng), plain(seed))

    def app(m: re.Match[str]) -> str:
        return rng.choice(APPS[m.group(0).lower()])

    return re.sub(r"(?i)\b(?:whatsapp|telegram|cashapp|bitcoin)\b", app, text)


def _keys(fn: Transform) -> Transform:
    def apply(seed: str, rng: random.Random) -> str:
        return on_keys(seed, fn, rng)

    return apply


def mixed(seed: str, rng: random.Random) -> str:
    """A link or number disguise plus look-alike or leet letters in the key words."""
    key_fn = rng.choice([homoglyph_key, leet_key, zero_width_key])
    text = on_keys(seed, key_fn, rng)
    out = PHONE.sub(lambda m: _digits(m.group(0), rng), text)
    return DOMAIN.sub(lambda m: _dot(m.group(0), rng), out)


SCAM_OBFUSCATIONS: list[tuple[str, Transform]] = [
    ("SDIS_DIGITS", digits),
    ("SDIS_DOT", dots),
    ("SDIS_HANDLE", handles),
    ("SDIS_HOMOGLYPH", _keys(homoglyph_key)),
    ("SDIS_LEET", _keys(leet_key)),
    ("SDIS_SPACE", _keys(space_key)),
    ("SDIS_ZW", _keys(zero_width_key)),
    ("SDIS_FULLWIDTH", _keys(fullwidth_key)),
    ("SDIS_MIXED", mixed),
]
