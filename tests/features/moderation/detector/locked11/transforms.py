"""Deterministic disguise transforms applied to the locked11 hand-written seeds.

Seeds mark the spans to disguise with braces, e.g. ``"you {useless} {cow}"``.
Word-level styles change only the marked spans, the way people really dodge
filters ("f*ck", "sc.u.m", "n1gg4"); whole-text styles restyle every letter
(fancy fonts, fullwidth, look-alike letters) and just drop the braces.
Everything is driven by a caller-supplied ``random.Random`` so output is fixed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .transform_tables import (
    EMOJI_LETTER,
    EMOJI_WORD,
    HOMOGLYPH,
    LEET,
    MATH_DIGITS,
    MATH_STYLES,
    SMALL_CAPS,
    ZERO_WIDTH,
)

MARK = re.compile(r"\{([^{}]+)\}")

WordStyle = Callable[[str, random.Random], str]
TextStyle = Callable[[str, random.Random], str]


def strip_marks(seed: str) -> str:
    """The plain text of a seed, braces removed."""
    return MARK.sub(lambda m: m.group(1), seed)


def _ensure_changed(word: str, out: str, fallback: WordStyle, rng: random.Random) -> str:
    return out if out != word else fallback(word, rng)


# --- word-level styles -------------------------------------------------------


def spaced(word: str, rng: random.Random) -> str:
    return "  ".join(" ".join(part) for part in word.split(" "))


def separated(word: str, rng: random.Random) -> str:
    sep = rng.choice([".", "-", "_", "\u00b7", "/", "|"])
    return " ".join(sep.join(part) for part in word.split(" "))


def zero_width(word: str, rng: random.Random) -> str:
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if i < len(word) - 1 and ch != " " and word[i + 1] != " ":
            out.append(rng.choice(ZERO_WIDTH))
    return "".join(out)


def leet(word: str, rng: random.Random, density: float = 0.75) -> str:
    out = []
    for ch in word:
        subs = LEET.get(ch.lower())
        if subs and rng.random() < density:
            out.append(rng.choice(subs))
        else:
            out.append(ch)
    text = "".join(out)
    if text == word:
        for i, ch in enumerate(word):
            if ch.lower() in LEET:
                return word[:i] + LEET[ch.lower()][0] + word[i + 1 :]
        return homoglyph_word(word, rng)
    return text


VOWELS = "aeiouAEIOU"


def _mask_part(part: str, mask: str, mode: str, rng: random.Random) -> str:
    if len(part) < 3 or not part.isalpha():
        return part
    if mode == "tail" and len(part) <= 6:
        return part[0] + mask * (len(part) - 1)
    if mode == "middle" and len(part) <= 5:
        return part[0] + mask * (len(part) - 2) + part[-1]
    vowel_idx = [i for i, c in enumerate(part) if i > 0 and c in VOWELS]
    if not vowel_idx:
        return part[0] + mask * (len(part) - 2) + part[-1]
    if len(part) > 6:
        vowel_idx = rng.sample(vowel_idx, k=max(1, len(vowel_idx) // 2))
    return "".join(mask if i in vowel_idx else c for i, c in enumerate(part))


def masked(word: str, rng: random.Random) -> str:
    mask = rng.choice(["*", "*", "*", "#", "@", "-"])
    mode = rng.choice(["vowels", "vowels", "middle", "tail"])
    out = " ".join(_mask_part(part, mask, mode, rng) for part in word.split(" "))
    return _ensure_changed(word, out, leet, rng)


def repeated(word: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(word) if c.isalpha()]
    if not idx:
        return leet(word, rng)
    vowels = [i for i in idx if word[i].lower() in "aeiouy"] or idx
    picks = {rng.choice(vowels)}
    if len(word) >= 7 and rng.random() < 0.5:
        picks.add(rng.choice(vowels))
    if rng.random() < 0.3:
        picks.add(idx[-1])
    return "".join(c * (rng.randint(2, 5) if i in picks else 1) for i, c in enumerate(word))


def mixed_case(word: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        out = "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(word))
    else:
        out = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)
    return _ensure_changed(word, out, lambda w, r: w.swapcase(), rng)


def homoglyph_word(word: str, rng: random.Random) -> str:
    out = []
    for ch in word:
        subs = HOMOGLYPH.get(ch)
        out.append(rng.choice(subs) if subs and rng.random() < 0.7 else ch)
    return _ensure_changed(word, "".join(out), zero_width, rng)


def emoji_word(word: str, rng: random.Random) -> str:
    key = word.lower()
    if key in EMOJI_WORD:
        return EMOJI_WORD[key]
    out = "".join(EMOJI_LETTER.get(c, c) if c in "oaix" else c for c in word)
    return _ensure_changed(word, out, leet, rng)


def leet_separated(word: str, rng: random.Random) -> str:
    return separated(leet(word, rng), rng)


def homoglyph_zero_width(word: str, rng: random.Random) -> str:
    swapped = "".join(
        rng.choice(HOMOGLYPH[c]) if c in HOMOGLYPH and rng.random() < 0.5 else c for c in word
    )
    return zero_width(swapped, rng)


def masked_mixed(word: str, rng: random.Random) -> str:
    return mixed_case(masked(word, rng), rng)


def leet_repeated(word: str, rng: random.Random) -> str:
    return repeated(leet(word, rng, density=0.5), rng)


# --- whole-text styles -------------------------------------------------------


def fullwidth(text: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def math_font(text: str, rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(sorted(MATH_STYLES))
    cap, small, holes = MATH_STYLES[style]
    digit0 = MATH_DIGITS.get(style)
    out = []
    for c in text:
        if c in holes:
            out.append(chr(holes[c]))
        elif "A" <= c <= "Z":
            out.append(chr(cap + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(small + ord(c) - ord("a")))
        elif digit0 and "0" <= c <= "9":
            out.append(chr(digit0 + ord(c) - ord("0")))
        else:
            out.append(c)
    return "".join(out)


def circled(text: str, rng: random.Random) -> str:
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


def small_caps(text: str, rng: random.Random) -> str:
    return "".join(SMALL_CAPS.get(c.lower(), c) if c.isalpha() else c for c in text)


def homoglyph_text(text: str, rng: random.Random) -> str:
    return "".join(
        rng.choice(HOMOGLYPH[c]) if c in HOMOGLYPH and rng.random() < 0.6 else c for c in text
    )


def alt_caps_text(text: str, rng: random.Random) -> str:
    out, up = [], rng.random() < 0.5
    for c in text:
        if c.isalpha():
            out.append(c.upper() if up else c.lower())
            up = not up
        else:
            out.append(c)
    return "".join(out)


WORD_STYLES: dict[str, WordStyle] = {
    "spaced": spaced,
    "separated": separated,
    "zero_width": zero_width,
    "leet": leet,
    "masked": masked,
    "repeated": repeated,
    "mixed_case": mixed_case,
    "homoglyph": homoglyph_word,
    "emoji": emoji_word,
    "leet_separated": leet_separated,
    "homoglyph_zero_width": homoglyph_zero_width,
    "masked_mixed": masked_mixed,
    "leet_repeated": leet_repeated,
}

TEXT_STYLES: dict[str, TextStyle] = {
    "fullwidth": fullwidth,
    "math_font": math_font,
    "circled": circled,
    "small_caps": small_caps,
    "homoglyph_text": homoglyph_text,
    "alt_caps": alt_caps_text,
}

# --- scam specifics ----------------------------------------------------------

DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+(/\S*)?$")
PHONE = re.compile(r"^\+?[\d ()-]{7,}$")


def disguise_domain(token: str, rng: random.Random) -> str:
    dot = rng.choice([" . ", "[.]", "(.)", " dot ", "\u2022", " .", ". "])
    out = token.replace(".", dot)
    if rng.random() < 0.3:
        out = out.replace("/", " / ")
    return out


def disguise_phone(token: str, rng: random.Random) -> str:
    mode = rng.choice(["letters", "spaced", "mixed"])
    if mode == "letters":
        out = token.replace("0", "O").replace("1", "l")
        if out == token:
            out = token.replace("5", "S").replace("8", "B")
        return out if out != token else " ".join(token)
    if mode == "spaced":
        return " ".join(c for c in token if c != " ")
    return "".join(
        {"0": "O", "1": "I"}.get(c, c) + (" " if c.isdigit() and rng.random() < 0.3 else "")
        for c in token
    ).strip()


def apply_word_style(seed: str, style: WordStyle, rng: random.Random, scam: bool = False) -> str:
    def sub(m: re.Match[str]) -> str:
        span = m.group(1)
        if scam and DOMAIN.match(span):
            return disguise_domain(span, rng)
        if scam and PHONE.match(span):
            return disguise_phone(span, rng)
        return style(span, rng)

    return MARK.sub(sub, seed)


def disguise(seed: str, style_name: str, rng: random.Random, scam: bool = False) -> str:
    """Apply the named style to one seed and return the disguised text."""
    if style_name in TEXT_STYLES:
        plain = strip_marks(seed)
        if scam:
            # Look-alike fonts still leave the link dotted the way scammers write it.
            plain = strip_marks(apply_word_style(seed, lambda w, r: w, rng, scam=True))
        return TEXT_STYLES[style_name](plain, rng)
    return apply_word_style(seed, WORD_STYLES[style_name], rng, scam=scam)
