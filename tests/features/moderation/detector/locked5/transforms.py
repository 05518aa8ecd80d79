"""Disguise, misspelling and obfuscation transforms for locked5 (written for this set only).

Pool texts mark the words a transform should touch with braces, e.g. ``all {vermin}``;
``plain`` strips the marks.  Every transform takes a ``random.Random`` so output is
deterministic for a fixed seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

MARK = re.compile(r"\{([^{}:]+)\}")
LINK = re.compile(r"\{LINK:([^{}]+)\}")
PHONE = re.compile(r"\{PHONE:([^{}]+)\}")

WordFn = Callable[[str, random.Random], str]


def plain(text: str) -> str:
    """The text with every mark removed and links/phones written out normally."""
    text = LINK.sub(lambda m: "https://" + m.group(1), text)
    text = PHONE.sub(lambda m: m.group(1), text)
    return MARK.sub(lambda m: m.group(1), text)


def on_marked(text: str, fn: WordFn, rng: random.Random) -> str:
    """Apply ``fn`` to every marked word; unmarked text is left alone."""
    return MARK.sub(lambda m: fn(m.group(1), rng), text)


def marked_words(text: str) -> list[str]:
    return MARK.findall(text)


# --- look-alike letters -------------------------------------------------------------------

CYRILLIC = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
    "h": "\u04bb", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
    "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420",
    "T": "\u0422", "X": "\u0425",
}  # fmt: skip
GREEK = {
    "o": "\u03bf", "i": "\u03b9", "v": "\u03bd", "k": "\u03ba", "u": "\u03c5",
    "p": "\u03c1", "a": "\u03b1", "t": "\u03c4", "n": "\u03b7", "x": "\u03c7",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399",
    "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1",
    "T": "\u03a4", "X": "\u03a7", "Z": "\u0396",
}  # fmt: skip
LEET = {
    "a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["$", "5"],
    "t": ["7"], "g": ["9"], "b": ["8"], "l": ["1"],
}  # fmt: skip
# Offsets of the capital A and small a in some Mathematical Alphanumeric Symbols styles
# that have no holes in the block (bold, bold italic, bold script, bold fraktur,
# sans-serif bold, sans-serif italic, monospace), plus circled letters.
MATH_STYLES = {
    "bold": (0x1D400, 0x1D41A),
    "bold_italic": (0x1D468, 0x1D482),
    "bold_script": (0x1D4D0, 0x1D4EA),
    "bold_fraktur": (0x1D56C, 0x1D586),
    "sans_bold": (0x1D5D4, 0x1D5EE),
    "sans_italic": (0x1D608, 0x1D622),
    "monospace": (0x1D670, 0x1D68A),
    "circled": (0x24B6, 0x24D0),
}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]
COMBINING = ["\u0301", "\u0308", "\u0336", "\u0335", "\u0323", "\u030a"]
EMOJI = ["🔥", "😂", "👏", "✨", "💯", "🙃", "🐸", "⭐", "🌈", "🎉", "👀", "🌸", "💫"]
SEPARATORS = [" ", ".", "-", "_", "|", " . ", "/"]
PUNCT_INSIDE = [".", "'", "-", "_", ",", "|", "~", "^"]
VOWELS = set("aeiouAEIOU")


def _swap_some(word: str, rng: random.Random, table: dict[str, str], rate: float) -> str:
    spots = [i for i, ch in enumerate(word) if ch in table]
    if not spots:
        return word
    chosen = {i for i in spots if rng.random() < rate} or {rng.choice(spots)}
    return "".join(table[ch] if i in chosen else ch for i, ch in enumerate(word))


def homoglyph_cyr(word: str, rng: random.Random) -> str:
    return _swap_some(word, rng, CYRILLIC, 0.6)


def homoglyph_greek(word: str, rng: random.Random) -> str:
    return _swap_some(word, rng, GREEK, 0.6)


def fullwidth(word: str, rng: random.Random) -> str:
    out = []
    for ch in word:
        if ch == " ":
            out.append("\u3000" if rng.random() < 0.5 else " ")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def math_font(word: str, rng: random.Random, style: str | None = None) -> str:
    upper, lower = MATH_STYLES[style or rng.choice(sorted(MATH_STYLES))]
    out = []
    for ch in word:
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def spacing(word: str, rng: random.Random) -> str:
    sep = rng.choice(SEPARATORS)
    return sep.join(word)


def leet(word: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(word) if ch.lower() in LEET]
    if not spots:
        return word
    chosen = {i for i in spots if rng.random() < 0.6} or {rng.choice(spots)}
    return "".join(
        rng.choice(LEET[ch.lower()]) if i in chosen else ch for i, ch in enumerate(word)
    )


def mask(word: str, rng: random.Random) -> str:
    char = rng.choice(["*", "*", "#", "-", "@", "•"])
    if len(word) <= 3:
        return word[0] + char + word[2:]
    inner = [i for i in range(1, len(word) - 1) if word[i] in VOWELS]
    if not inner or rng.random() < 0.35:
        start = rng.randint(1, max(1, len(word) - 3))
        return word[:start] + char * rng.randint(1, 3) + word[start + 2 :]
    return "".join(char if i in inner else ch for i, ch in enumerate(word))


def zero_width(word: str, rng: random.Random) -> str:
    zw = rng.choice(ZERO_WIDTH)
    every = rng.random() < 0.5
    out = [word[0]]
    for ch in word[1:]:
        if every or rng.random() < 0.5:
            out.append(zw)
        out.append(ch)
    result = "".join(out)
    return result if result != word else word[0] + zw + word[1:]


def repeat(word: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if not letters:
        return word
    picks = set(rng.sample(letters, min(len(letters), rng.randint(1, 3))))
    return "".join(ch * rng.randint(2, 4) if i in picks else ch for i, ch in enumerate(word))


def punct_inside(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word[0] + rng.choice(PUNCT_INSIDE) + word[1:]
    if rng.random() < 0.5:
        return rng.choice(PUNCT_INSIDE).join(word)
    cut = rng.randint(1, len(word) - 1)
    return word[:cut] + rng.choice(PUNCT_INSIDE) + word[cut:]


def mixed_case(word: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(ch.upper() if i % 2 else ch.lower() for i, ch in enumerate(word))
    out = "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in word)
    return out if out != word else word.swapcase()


def emoji_letters(word: str, rng: random.Random) -> str:
    emo = rng.choice(EMOJI)
    if rng.random() < 0.5:
        return emo.join(word)
    cut = rng.randint(1, max(1, len(word) - 1))
    return word[:cut] + emo + word[cut:]


def diacritics(word: str, rng: random.Random) -> str:
    out = []
    for ch in word:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.6:
            out.append(rng.choice(COMBINING))
    return "".join(out)


def emoji_words(text: str, rng: random.Random) -> str:
    """Put one emoji between every pair of words (the 'clap' style)."""
    emo = rng.choice(EMOJI)
    return f" {emo} ".join(text.split())


def combo(word: str, rng: random.Random) -> str:
    first, second = rng.sample([leet, punct_inside, zero_width, homoglyph_cyr, repeat], 2)
    return second(first(word, rng), rng)


WORD_METHODS: dict[str, WordFn] = {
    "homoglyph_cyr": homoglyph_cyr,
    "homoglyph_greek": homoglyph_greek,
    "fullwidth": fullwidth,
    "math_font": math_font,
    "spacing": spacing,
    "leet": leet,
    "mask": mask,
    "zero_width": zero_width,
    "repeat": repeat,
    "punct_inside": punct_inside,
    "mixed_case": mixed_case,
    "emoji_letters": emoji_letters,
    "diacritics": diacritics,
    "combo": combo,
}
# Methods that read naturally when applied to the whole status, not just the key words.
WHOLE_TEXT_OK = {"homoglyph_cyr", "homoglyph_greek", "fullwidth", "math_font", "mixed_case"}
SAME_STYLE = {"math_font", "spacing", "emoji_letters", "zero_width", "mask"}


def disguise(text: str, method: str, rng: random.Random) -> str:
    """Disguise a marked text with one method; whole text or only the marked words."""
    if method == "emoji_words":
        return emoji_words(plain(text), rng)
    fn = WORD_METHODS[method]
    if method in WHOLE_TEXT_OK and rng.random() < 0.4:
        return fn(plain(text), rng)
    if method in SAME_STYLE:
        # one font / separator / emoji for the whole status, as a fancy-text tool would do
        seed = rng.random()
        return on_marked(text, lambda w, _r: fn(w, random.Random(seed)), rng)
    return on_marked(text, fn, rng)


# --- misspellings --------------------------------------------------------------------------

KEY_NEIGHBOURS = {
    "a": "sqz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
    "y": "tu", "z": "x",
}  # fmt: skip


def drop_letter(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randint(1, len(word) - 2)
    return word[:i] + word[i + 1 :]


def swap_letters(word: str, rng: random.Random) -> str:
    spots = [i for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_letter(word: str, rng: random.Random) -> str:
    spots = [i for i in range(1, len(word)) if word[i].isalpha()]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[: i + 1] + word[i] + word[i + 1 :]


def wrong_letter(word: str, rng: random.Random) -> str:
    spots = [i for i in range(1, len(word)) if word[i].lower() in KEY_NEIGHBOURS]
    if not spots:
        return word
    i = rng.choice(spots)
    new = rng.choice(KEY_NEIGHBOURS[word[i].lower()])
    return word[:i] + new + word[i + 1 :]


PHONETIC_RULES = [
    ("ph", "f"), ("ck", "k"), ("ee", "ea"), ("tion", "shun"), ("ou", "ow"), ("er", "ur"),
    ("s", "z"), ("c", "k"), ("y", "ie"), ("oo", "u"), ("ight", "ite"), ("ea", "ee"),
]  # fmt: skip


def phonetic(word: str, rng: random.Random, table: dict[str, list[str]] | None = None) -> str:
    if table and word.lower() in table:
        return rng.choice(table[word.lower()])
    rules = [r for r in PHONETIC_RULES if r[0] in word]
    if not rules:
        return word
    old, new = rng.choice(rules)
    at = word.rfind(old)
    return word[:at] + new + word[at + len(old) :]


MISSPELL_METHODS: dict[str, WordFn] = {
    "drop": drop_letter,
    "swap": swap_letters,
    "double": double_letter,
    "wrong": wrong_letter,
}


def no_spaces(text: str, rng: random.Random) -> str:
    """Run together 3-5 words around the first marked word ('theyshouldall go home')."""
    words = text.split()
    hits = [i for i, w in enumerate(words) if MARK.search(w)] or [len(words) // 2]
    width = min(len(words), rng.randint(3, 5))
    start = max(0, min(hits[0] - rng.randint(0, width - 1), len(words) - width))
    joined = "".join(words[start : start + width])
    return plain(" ".join([*words[:start], joined, *words[start + width :]]))


# --- links and phone numbers ---------------------------------------------------------------

DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
KEYCAP = "\ufe0f\u20e3"


def obfuscate_link(target: str, method: str, rng: random.Random) -> str:
    host, _, path = target.partition("/")
    tail = "/" + path if path else ""
    if method == "hxxp":
        return "hxxps://" + host.replace(".", "[.]") + tail
    if method == "brackets":
        return host.replace(".", rng.choice(["[.]", "(.)", "[dot]"])) + tail
    if method == "dot_word":
        word = rng.choice([" dot ", "(dot)", "[dot]", " DOT "])
        slash = " slash " + path if path else ""
        return host.replace(".", word) + slash
    # "spaces": split the host up so it is not one token
    parts = host.split(".")
    return " . ".join(parts) + (" / " + path if path else "")


def obfuscate_phone(number: str, method: str, rng: random.Random) -> str:
    digits = [ch for ch in number if ch.isdigit()]
    lead = "+" if number.startswith("+") else ""
    if method == "spelled":
        return " ".join(DIGIT_WORDS[int(d)] for d in digits)
    if method == "separators":
        sep = rng.choice(["-", ".", " ", " - ", "/"])
        return lead + sep.join(digits)
    if method == "letter_o":
        return number.replace("0", "O").replace("1", rng.choice(["l", "I"]))
    if method == "keycap":
        return lead + "".join(d + KEYCAP for d in digits)
    # "mixed": some digits as words, British 'double' for repeats
    out: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d:
            out.append("double " + ("oh" if d == "0" else DIGIT_WORDS[int(d)]))
            i += 2
            continue
        out.append(DIGIT_WORDS[int(d)] if rng.random() < 0.5 else d)
        i += 1
    return lead + " ".join(out)


LINK_METHODS = ["hxxp", "brackets", "dot_word", "spaces"]
PHONE_METHODS = ["spelled", "separators", "letter_o", "keycap", "mixed"]
