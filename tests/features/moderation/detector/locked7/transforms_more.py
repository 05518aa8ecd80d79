"""Misspelling transforms for hate seeds and obfuscation transforms for scam seeds.

Written for the seventh locked set alone; see transforms.py for the seed format.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.features.moderation.detector.locked7.transforms import (
    BRACED,
    accented,
    invisible,
    leet,
    lookalike,
    marked,
    masked,
    on_marked,
    plain,
    punctuated,
    spaced,
)

Spell = Callable[[str, random.Random], str | None]

VOWELS = "aeiou"

# Keys next to each other on a QWERTY keyboard.
NEIGHBOURS = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
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
    "v": "cb",
    "w": "qe",
    "y": "tu",
    "z": "x",
}

# Spellings by ear: (pattern, replacement).
SOUNDS = [
    (r"ph", "f"),
    (r"ck", "k"),
    (r"qu", "kw"),
    (r"er\b", "a"),
    (r"ews\b", "ooz"),
    (r"ew\b", "oo"),
    (r"oo", "u"),
    (r"ee", "ea"),
    (r"tion", "shun"),
    (r"c([aou])", r"k\1"),
    (r"x", "ks"),
    (r"ight", "ite"),
    (r"ies\b", "eez"),
    (r"([^aeiou])s\b", r"\1z"),
    (r"ou", "ow"),
    (r"igg", "ig"),
    (r"ain", "ane"),
    (r"ed\b", "d"),
    (r"th", "d"),
    (r"ea", "ee"),
    (r"ll", "l"),
    (r"mm", "m"),
    (r"([aeiou])y", r"\1i"),
]


def _inner(word: str) -> list[int]:
    return [i for i in range(1, len(word) - 1) if word[i].isalpha()]


def drop(word: str, rng: random.Random) -> str | None:
    spots = _inner(word)
    if len(word) < 5 or not spots:
        return None
    doubled = [i for i in spots if word[i] == word[i - 1]]
    vowels = [i for i in spots if word[i] in VOWELS]
    i = rng.choice(doubled or vowels or spots)
    return word[:i] + word[i + 1 :]


def swap(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1]]
    spots = [i for i in spots if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) < 4 or not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double(word: str, rng: random.Random) -> str | None:
    spots = [
        i
        for i, c in enumerate(word)
        if c.isalpha()
        and c not in VOWELS
        and (i == 0 or word[i - 1] != c)
        and (i + 1 == len(word) or word[i + 1] != c)
    ]
    if not spots:
        return None
    i = rng.choice(spots[1:] or spots)
    return word[: i + 1] + word[i] + word[i + 1 :]


def near_key(word: str, rng: random.Random) -> str | None:
    spots = [i for i in _inner(word) if word[i] in NEIGHBOURS]
    if len(word) < 5 or not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + rng.choice(NEIGHBOURS[word[i]]) + word[i + 1 :]


def wrong_vowel(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(word)) if word[i] in VOWELS]
    if len(word) < 5 or not spots:
        return None
    i = rng.choice(spots)
    other = rng.choice([v for v in VOWELS if v != word[i]])
    return word[:i] + other + word[i + 1 :]


def by_ear(word: str, rng: random.Random) -> str | None:
    usable = [(p, r) for p, r in SOUNDS if re.search(p, word)]
    if not usable:
        return None
    pattern, repl = rng.choice(usable)
    out = re.sub(pattern, repl, word, count=1)
    return out if out != word else None


SPELLINGS: dict[str, Spell] = {
    "DROP": drop,
    "SWAP": swap,
    "DOUBLE": double,
    "KEY": near_key,
    "VOWEL": wrong_vowel,
    "PHONETIC": by_ear,
}


def _spell_span(span: str, spell: Spell, rng: random.Random) -> str:
    """Misspell the longest word of a span, falling back through the other spellings."""
    words = span.split(" ")
    target = max(range(len(words)), key=lambda i: len(words[i]))
    for attempt in [spell, *SPELLINGS.values()]:
        out = attempt(words[target].lower(), rng)
        if out and out != words[target].lower():
            words[target] = out
            return " ".join(words)
    return span + span[-1]


def misspell(seed: str, tag: str, rng: random.Random) -> str:
    """Misspell the marked key words of a hate seed; JOIN also drops the spaces around one."""
    if tag == "JOIN":
        spans = marked(seed)
        first = rng.randrange(len(spans))
        pieces = BRACED.split(seed)
        # pieces alternate text, span, text, span...; glue the chosen span to a neighbour.
        k = 2 * first + 1
        pieces[k] = pieces[k].replace(" ", "")
        if k + 1 < len(pieces) and pieces[k + 1].startswith(" ") and rng.random() < 0.6:
            pieces[k + 1] = pieces[k + 1][1:]
        elif pieces[k - 1].endswith(" "):
            pieces[k - 1] = pieces[k - 1][:-1]
        else:
            pieces[k + 1] = pieces[k + 1].lstrip(" ")
        return "".join(pieces)
    spell = SPELLINGS[tag]
    return on_marked(seed, lambda s, r: _spell_span(s, spell, r), rng, share=0.5)


# --- scam obfuscation ------------------------------------------------------------------

LINK = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
NUMBER = re.compile(r"(?<![\w£$€])\+?\(?\d[\d \-()]{3,}\d(?![\w%])")

DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def defang(link: str, rng: random.Random) -> str:
    style = rng.choice(["brackets", "word", "parens", "spaces", "dotword", "bullet", "hxxp"])
    out = link
    if style in ("brackets", "hxxp"):
        out = out.replace(".", "[.]")
    elif style == "word":
        out = out.replace(".", " dot ").replace("/", " / ")
    elif style == "parens":
        out = out.replace(".", "(.)")
    elif style == "spaces":
        out = out.replace(".", " . ")
    elif style == "dotword":
        out = out.replace(".", "[dot]")
    else:
        out = out.replace(".", rng.choice(["•", "·", "。"]))
    out = re.sub(r"^http", "hxxp", out) if style == "hxxp" else out
    return out if out != link else link.replace(".", " . ")


def hide_number(number: str, rng: random.Random) -> str:
    style = rng.choice(["words", "letters", "fullwidth", "circled", "keycap", "dotted", "super"])
    out = []
    for c in number:
        if not c.isdigit():
            out.append(", " if style == "words" and c == " " else c)
            continue
        d = int(c)
        if style == "words":
            out.append(DIGIT_WORDS[d] + " ")
        elif style == "letters":
            out.append({"0": "O", "1": rng.choice("lI"), "8": "B", "5": "S"}.get(c, c))
        elif style == "fullwidth":
            out.append(chr(0xFF10 + d))
        elif style == "circled":
            out.append("\u24ea" if d == 0 else chr(0x2460 + d - 1))
        elif style == "keycap":
            out.append(c + "\ufe0f\u20e3")
        elif style == "dotted":
            out.append(c + ".")
        else:
            out.append("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"[d])
    text = "".join(out).strip().rstrip(".").replace(" ,", ",")
    return text if text != number else number.replace("0", "O")


LURES = [lookalike, leet, invisible, punctuated, masked, accented, spaced]


def obfuscate(seed: str, tag: str, rng: random.Random) -> str | None:
    """One obfuscated form of a scam seed, or None when the seed has nothing for ``tag``."""
    text = plain(seed)
    has_link = LINK.search(text) is not None
    has_number = NUMBER.search(text) is not None
    if tag == "LINK":
        return LINK.sub(lambda m: defang(m.group(0), rng), text) if has_link else None
    if tag == "NUMBER":
        return NUMBER.sub(lambda m: hide_number(m.group(0), rng), text) if has_number else None
    if not marked(seed) or (tag == "MIX" and not (has_link or has_number)):
        return None
    lured = on_marked(seed, rng.choice(LURES), rng, share=0.6)
    if tag == "LURE":
        return lured
    lured = LINK.sub(lambda m: defang(m.group(0), rng), lured)
    return NUMBER.sub(lambda m: hide_number(m.group(0), rng), lured)
