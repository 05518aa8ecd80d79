"""Scam-specific disguise transforms for locked9: spaced or spelled-out phone digits,
"dot" for ".", obfuscated handles, homoglyph brand names, leet and letter spacing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .charmaps import DIGIT_WORDS
from .poolutil import strip_marks
from .transforms_disguise import (
    SPACE_SEPS,
    homoglyph_word,
    leet_word,
    merge_adjacent,
    on_spans,
    spaced_with,
    targets,
    zw_word,
)

PHONE_RE = re.compile(r"\+?\d[\d -]{6,}\d")
DOMAIN_RE = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|net|org|io|xyz|co|uk|info|top|site|online|"
    r"link|ly|me|app|cc|vip|shop|club|live|in|au|gg|im|support)(?:/[\w/.-]*)?",
    re.IGNORECASE,
)
HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.-]{3,}(?::[a-z0-9.-]+)?")
EMAIL_RE = re.compile(r"\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\b", re.IGNORECASE)

ScamFn = Callable[[str, random.Random], str]


def _digits(num: str, rng: random.Random) -> str:
    digits = [c for c in num if c.isdigit()]
    plus = "+" if num.startswith("+") else ""
    mode = rng.choice(("spaced", "words", "mixed", "dotted", "letters"))
    if mode == "spaced":
        return plus + " ".join(digits)
    if mode == "words":
        return ("plus " if plus else "") + " ".join(DIGIT_WORDS[int(d)] for d in digits)
    if mode == "mixed":
        return plus + " ".join(DIGIT_WORDS[int(d)] if rng.random() < 0.4 else d for d in digits)
    if mode == "dotted":
        return plus + ".".join(digits)
    table = {"0": "O", "1": "l", "5": "S", "8": "B"}
    out = "".join(table.get(d, d) if rng.random() < 0.6 else d for d in digits)
    if out == "".join(digits):
        out = " ".join(digits)
    return plus + out


def scd_digits(seed: str, rng: random.Random) -> str:
    text = strip_marks(seed)
    return PHONE_RE.sub(lambda m: _digits(m.group(0), rng), text)


def _undot(url: str, rng: random.Random) -> str:
    url = re.sub(r"^https?://", "", url) if rng.random() < 0.7 else url
    dot = rng.choice((" dot ", "(.)", "[.]", " . ", "(dot)", " DOT ", ","))
    out = url.replace(".", dot)
    if "://" in out:
        out = out.replace("://", rng.choice((" : // ", "://")))
    return out


def scd_dot(seed: str, rng: random.Random) -> str:
    text = strip_marks(seed)
    return DOMAIN_RE.sub(lambda m: _undot(m.group(0), rng), text)


def _handle(handle: str, rng: random.Random) -> str:
    name = handle[1:]
    mode = rng.choice(("spaced", "at", "split", "at_space"))
    if mode == "spaced":
        return "@ " + " ".join(name)
    if mode == "at":
        return "at " + name.replace(":", " on ").replace(".", " dot ")
    if mode == "at_space":
        return "@ " + name.replace(":", " : ").replace(".", " . ")
    cut = max(1, len(name) // 2)
    return "@" + name[:cut] + " " + name[cut:] + " (no space)"


def _email(addr: str, rng: random.Random) -> str:
    at = rng.choice((" at ", " [at] ", "(at)", " @ "))
    dot = rng.choice((" dot ", "[.]", "(dot)", " . "))
    user, domain = addr.split("@", 1)
    return user + at + domain.replace(".", dot)


def scd_handle(seed: str, rng: random.Random) -> str:
    text = strip_marks(seed)
    text = EMAIL_RE.sub(lambda m: _email(m.group(0), rng), text)
    return HANDLE_RE.sub(lambda m: _handle(m.group(0), rng), text)


def _on_marks(fn: Callable[[str, random.Random], str]) -> ScamFn:
    def run(seed: str, rng: random.Random) -> str:
        text, spans = targets(seed, rng)
        return on_spans(text, spans, lambda w: fn(w, rng))

    return run


scd_homo = _on_marks(homoglyph_word)
scd_leet = _on_marks(leet_word)


def scd_space(seed: str, rng: random.Random) -> str:
    text, spans = targets(seed, rng)
    sep = rng.choice(SPACE_SEPS)
    return on_spans(text, merge_adjacent(text, spans), lambda w: spaced_with(w, sep))


scd_zw = _on_marks(zw_word)


def applicable(seed: str) -> list[str]:
    text = strip_marks(seed)
    names = ["SCD_HOMO", "SCD_LEET", "SCD_SPACE", "SCD_ZW"]
    if PHONE_RE.search(text):
        names += ["SCD_DIGITS", "SCD_DIGITS"]
    if DOMAIN_RE.search(text):
        names += ["SCD_DOT", "SCD_DOT"]
    if HANDLE_RE.search(text) or EMAIL_RE.search(text):
        names += ["SCD_HANDLE", "SCD_HANDLE"]
    return names


SCAM_FNS: dict[str, ScamFn] = {
    "SCD_DIGITS": scd_digits,
    "SCD_DOT": scd_dot,
    "SCD_HANDLE": scd_handle,
    "SCD_HOMO": scd_homo,
    "SCD_LEET": scd_leet,
    "SCD_SPACE": scd_space,
    "SCD_ZW": scd_zw,
}


MARK_FNS: tuple[str, ...] = ("SCD_HOMO", "SCD_LEET", "SCD_SPACE", "SCD_ZW")
STRUCT_FNS: tuple[str, ...] = ("SCD_DIGITS", "SCD_DOT", "SCD_HANDLE")


def scam_disguise_all(seeds: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Disguise each scam seed once.

    Structural tricks (digits, dots, handles) are offered twice as often where the
    seed has a number, link or handle; usage is balanced across tricks.  About a third
    of the marked-word disguises also get a structural trick stacked on (SCD_MIX).
    """
    used: dict[str, int] = dict.fromkeys(SCAM_FNS, 0)
    out: list[tuple[str, str]] = []
    for seed in seeds:
        names = applicable(seed)
        least = min(used[n] for n in names)
        name = rng.choice([n for n in names if used[n] <= least + 2])
        used[name] += 1
        text = SCAM_FNS[name](seed, rng)
        source = name
        structs = [n for n in STRUCT_FNS if n in names]
        if name in MARK_FNS and structs and rng.random() < 0.35:
            mixed = SCAM_FNS[rng.choice(structs)](text, rng)
            if mixed != text:
                text, source = mixed, "SCD_MIX"
        if text == strip_marks(seed):
            raise ValueError(f"scam transform {name} left seed unchanged: {seed!r}")
        out.append((text, source))
    return out
