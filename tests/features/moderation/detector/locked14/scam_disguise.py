"""Deterministic disguise for the locked14 scam seeds.

Links are defanged or obfuscated (hxxp schemes, [.] and (dot) dots, "dot com" words,
spaced or homoglyph domains, fullwidth dots), phone numbers are spaced, dotted,
written with look-alike letters, keycap emoji or fancy digits, and bait words and
brand names get leet, homoglyphs, spacing or zero-width characters. Emoji are added
as scammers do. All randomness comes from the caller's random.Random.
"""

import random
import re

from . import glyphs
from .keywords import SCAM_KEYWORDS
from .transforms import (
    apply_word,
    disguise,
    insert_emoji,
    leet,
    pick_targets,
    spaced,
    tokens,
    zero_width,
)

URL = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/[^\s,]*)?")
PHONE = re.compile(r"\+?\d[\d ]{6,}\d")

EMOJI_SCAM: list[str] = ["🎁", "🔥", "💰", "✅", "🚨", "⚠️", "💸", "🎉", "👇", "📦", "🏆", "💎"]

SCAM_WEIGHTS: dict[str, float] = {
    "spaced": 0.8,
    "leet": 1.0,
    "mask": 0.0,
    "repeat": 0.2,
    "diacritic": 0.2,
    "cyrillic": 1.2,
    "greek": 0.5,
    "mixed_lookalike": 0.6,
    "fullwidth": 0.4,
    "math": 0.8,
    "circled": 0.3,
    "boxed": 0.3,
    "zero_width": 0.7,
    "case": 0.3,
    "emoji": 1.3,
}

DIGIT_LOOKALIKE: dict[str, str] = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}
DIGIT_WORDS: list[str] = ["zero", "one", "two", "three", "four", "five", "six", "seven"]
DIGIT_WORDS += ["eight", "nine"]


def obfuscate_url(url: str, rng: random.Random) -> str:
    """Defang or obfuscate one link with one or two styles."""
    scheme = ""
    rest = url
    m = re.match(r"(https?)://", url)
    if m:
        scheme = m.group(1)
        rest = url[m.end() :]
    host, _, path = rest.partition("/")
    path = "/" + path if path else ""
    styles = rng.sample(
        ["hxxp", "brackets", "dot_word", "spaced", "homoglyph", "wide_dot", "no_scheme"],
        rng.choice([1, 2, 2]),
    )
    if "spaced" in styles and "dot_word" in styles:
        styles.remove("dot_word")
    if "homoglyph" in styles:
        host = glyphs.homoglyph(host, rng, rng.choice(["cyrillic", "mixed"]), 0.5)
    if "brackets" in styles:
        host = host.replace(".", rng.choice(["[.]", "(.)", "[dot]", "(dot)", "{.}"]))
    elif "dot_word" in styles:
        host = host.replace(".", rng.choice([" dot ", " DOT ", " . "]))
        if path and rng.random() < 0.5:
            path = path.replace("/", " slash ")
    elif "wide_dot" in styles:
        host = host.replace(".", rng.choice(["\uff0e", "\u3002", "\u2024"]))
    if "spaced" in styles:
        parts = host.split(".")
        host = " . ".join(" ".join(p) if len(p) <= 6 else p for p in parts)
    if "hxxp" in styles:
        scheme = rng.choice(["hxxps", "hxxp", "h**ps", "https"])
        return scheme + "://" + host + path
    if "no_scheme" in styles or not scheme:
        return host + path
    return scheme + "://" + host + path


def obfuscate_phone(num: str, rng: random.Random) -> str:
    """Space, dot, letter-swap or emoji-fy a phone number."""
    digits = [ch for ch in num if ch.isdigit()]
    plus = "+" if num.startswith("+") else ""
    style = rng.choice(["dots", "spaced", "lookalike", "keycap", "fullwidth", "math", "words"])
    if style == "dots":
        return plus + rng.choice([".", "-", "\u00b7"]).join(digits)
    if style == "spaced":
        return plus + " ".join(digits)
    if style == "lookalike":
        return "".join(DIGIT_LOOKALIKE.get(ch, ch) if rng.random() < 0.7 else ch for ch in num)
    if style == "keycap":
        return plus + glyphs.keycap_digits("".join(digits))
    if style == "fullwidth":
        return glyphs.fullwidth(num, False)
    if style == "math":
        return glyphs.math_font(num, rng.choice([0, 5, 6, 7, 9]))
    head = "".join(digits[:4])
    tail = " ".join(DIGIT_WORDS[int(d)] for d in digits[4:])
    return plus + head + " " + tail


def looks_like_link(token: str) -> bool:
    """True for tokens that are (parts of) links, which bait_words leaves alone."""
    return "/" in token or "." in token.strip(".,!?:;") or "(" in token or "[" in token


def bait_words(text: str, rng: random.Random) -> str:
    """Disguise one to three bait or brand words."""
    toks = tokens(text)
    targets = pick_targets(toks, rng, SCAM_KEYWORDS, limit=3, skip=looks_like_link)
    style = rng.choice(["leet", "homoglyph", "spaced", "zero_width", "homoglyph"])
    if style == "leet":
        apply_word(toks, targets, leet, rng)
    elif style == "spaced":
        apply_word(toks, targets[:2], spaced, rng)
    elif style == "zero_width":
        apply_word(toks, targets, zero_width, rng)
    else:
        script = rng.choice(["cyrillic", "greek", "mixed"])
        for i in targets:
            toks[i] = glyphs.homoglyph(toks[i], rng, script, 0.6)
    return "".join(toks)


def disguise_scam(text: str, rng: random.Random) -> str:
    """Disguise a scam seed: links and numbers first, then bait words and emoji."""
    out = text
    has_link = URL.search(out) is not None
    has_phone = PHONE.search(out) is not None
    if has_link:
        out = URL.sub(lambda m: obfuscate_url(m.group(0), rng), out)
    if has_phone:
        out = PHONE.sub(lambda m: obfuscate_phone(m.group(0), rng), out)
    if not (has_link or has_phone):
        if rng.random() < 0.45:
            return disguise(out, rng, SCAM_WEIGHTS, SCAM_KEYWORDS, EMOJI_SCAM)
        out = bait_words(out, rng)
    elif rng.random() < 0.5:
        out = bait_words(out, rng)
    if rng.random() < 0.5:
        out = "".join(insert_emoji(tokens(out), rng, EMOJI_SCAM))
    return out
