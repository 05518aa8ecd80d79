"""Deterministic disguise of hand-written scam seeds.

Phone and account numbers are spread out or re-encoded, links and handles are defanged
or broken up, marked brand words get a word-level disguise, and emoji are sprinkled in.
"""

import random
import re

from . import fonts
from ._text import marked_spans, strip_marks
from .transforms import WORD_STYLES, WordStyle, apply_to_spans, money_leet

_EMOJI_DECOR: tuple[str, ...] = (
    "\U0001f381",
    "\U0001f4b0",
    "\U0001f525",
    "\u2705",
    "\U0001f4f2",
    "\U0001f4af",
    "\U0001f911",
    "\U0001f3c6",
    "\U0001f389",
    "\u26a1",
    "\U0001f6a8",
    "\U0001f449",
    "\u203c\ufe0f",
    "\U0001f64f",
)

_NUMBER = re.compile(r"\+?\d(?:[ -]?\d){6,}")
_URL = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|in|pk|uk|ke|ng|gh|me)"
    r"(?:/[\w.-]*)?|t\.me/\w+|@[a-z][\w.]+|\b[\w.]+@gmail\.com\b",
    re.IGNORECASE,
)
_DIGIT_WORDS: tuple[str, ...] = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
)


_NUMBER_MODES: tuple[str, ...] = (
    "spaced",
    "dotted",
    "dashed",
    "letters",
    "words",
    "fullwidth",
    "circled",
    "keycap",
    "math",
    "mixed_sep",
)


def obfuscate_number(number: str, rng: random.Random) -> str:
    """Spread out or re-encode a phone or account number."""
    digits = [ch for ch in number if ch.isdigit()]
    plus = "+" if number.startswith("+") else ""
    mode = rng.choice(_NUMBER_MODES)
    if mode == "spaced":
        return plus + " ".join(digits)
    if mode == "dotted":
        return plus + ".".join(digits)
    if mode == "dashed":
        return plus + "-".join("".join(digits[i : i + 2]) for i in range(0, len(digits), 2))
    if mode == "letters":
        table = {"0": "O", "1": "l", "5": "S", "8": "B"}
        return plus + "".join(table.get(d, d) if rng.random() < 0.8 else d for d in digits)
    if mode == "words":
        return plus + " ".join(_DIGIT_WORDS[int(d)] if rng.random() < 0.5 else d for d in digits)
    if mode == "fullwidth":
        return fonts.in_font(plus + "".join(digits), "fullwidth")
    if mode == "circled":
        return plus + fonts.in_font("".join(digits), "circled")
    if mode == "keycap":
        return plus + "".join(d + "\ufe0f\u20e3" for d in digits)
    if mode == "math":
        return plus + fonts.in_font("".join(digits), rng.choice(("bold", "double_struck", "mono")))
    seps = ("_", "*", " ", "/")
    return plus + "".join(
        d + (rng.choice(seps) if i % 3 == 2 else "") for i, d in enumerate(digits)
    )


def obfuscate_link(link: str, rng: random.Random) -> str:
    """Defang or break up a domain, link, handle or e-mail address."""
    if "@" in link and not link.startswith("@"):
        user, _, domain = link.partition("@")
        host = domain.replace(".", rng.choice((" [dot] ", " dot ", "(.)", " . ")))
        at = rng.choice((" [at] ", " at ", "(@)", " @ "))
        return user + at + host
    if link.startswith("@"):
        return "@ " + link[1:].replace(".", rng.choice((" . ", "(.)", "[.]")))
    mode = rng.choice(("defang", "dot_word", "spaced", "hxxp", "spaced_letters", "paren"))
    if mode == "defang":
        return link.replace(".", "[.]")
    if mode == "dot_word":
        return link.replace(".", rng.choice((" dot ", " DOT ", "(dot)")))
    if mode == "spaced":
        return link.replace(".", " . ").replace("/", " / ")
    if mode == "hxxp":
        bare = re.sub(r"^https?://", "", link)
        return rng.choice(("hxxps://", "hxxp://", "h**ps://")) + bare.replace(".", "[.]", 1)
    if mode == "spaced_letters":
        head, dot, tail = link.partition(".")
        return " ".join(head) + " " + dot + " " + tail
    return link.replace(".", "(.)")


def disguise_scam(seed: str, rng: random.Random) -> str:
    """Disguise a scam seed: obfuscated numbers and links, disguised brands, emoji."""
    text = strip_marks(seed)
    spans = marked_spans(seed)
    changed = False
    if spans and rng.random() < 0.6:
        name = rng.choice(
            ("homoglyph", "money_leet", "spaced", "mixed_case", "zero_width", "fancy", "leet")
        )
        style: WordStyle = money_leet if name == "money_leet" else WORD_STYLES[name]
        if rng.random() < 0.5:
            spans = spans[:1]
        text = apply_to_spans(text, spans, [style], rng)
        changed = True
    if _NUMBER.search(text) and rng.random() < 0.85:
        text = _NUMBER.sub(lambda m: obfuscate_number(m.group(0), rng), text)
        changed = True
    if _URL.search(text) and rng.random() < 0.9:
        text = _URL.sub(lambda m: obfuscate_link(m.group(0), rng), text)
        changed = True
    if not changed or rng.random() < 0.45:
        lead = "".join(rng.choice(_EMOJI_DECOR) for _ in range(rng.randint(1, 3)))
        tail = "".join(rng.choice(_EMOJI_DECOR) for _ in range(rng.randint(1, 3)))
        if not changed and rng.random() < 0.5:
            text = re.sub(r"\s+", lambda _m: " " + rng.choice(_EMOJI_DECOR) + " ", text, count=2)
        text = f"{lead} {text} {tail}"
    return text
