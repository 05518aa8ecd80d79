"""Disguise transforms for the locked10 seeds (standard library only).

Seeds mark the words to disguise with braces, ``{word}``, and links, handles and
phone numbers with angle brackets, ``<bit.ly/abc>``. Unmarked text is kept as written.
Every function takes an explicit ``random.Random`` so the output is deterministic.
"""

import random
import re

_SEGMENT = re.compile(r"\{([^{}]+)\}|<([^<>]+)>")

CYRILLIC = {
    "a": "а", "c": "с", "e": "е", "i": "і", "j": "ј", "o": "о", "p": "р", "s": "ѕ",
    "x": "х", "y": "у", "h": "һ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н",
    "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
}  # fmt: skip
GREEK = {
    "o": "ο", "v": "ν", "i": "ι", "k": "κ", "p": "ρ", "u": "υ", "n": "η", "a": "α",
    "t": "τ", "y": "γ", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ",
    "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Z": "Ζ",
}  # fmt: skip
LEET = {
    "a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"],
    "t": ["7"], "g": ["9"], "b": ["8"], "l": ["1"], "z": ["2"],
}  # fmt: skip
EMOJI_LETTERS = {
    "a": "🅰️", "b": "🅱️", "o": "🅾️", "i": "ℹ️", "m": "Ⓜ️", "p": "🅿️", "x": "❌",
}  # fmt: skip
EMOJI_WORDS = {
    "monkey": "🐒", "monkeys": "🐒🐒", "ape": "🦍", "apes": "🦍🦍", "pig": "🐷",
    "pigs": "🐷🐷", "rat": "🐀", "rats": "🐀🐀", "snake": "🐍", "clown": "🤡",
    "kill": "🔪", "stab": "🔪", "die": "💀", "dead": "💀", "shoot": "🔫", "shot": "🔫",
    "bomb": "💣", "burn": "🔥", "dick": "🍆", "cock": "🍆", "ass": "🍑", "pussy": "😺",
    "gas": "⛽", "trash": "🗑️", "cow": "🐄", "eyes": "👀", "fire": "🔥", "rope": "🪢",
    "hang": "🪢", "cat": "🐈", "dog": "🐕", "pizza": "🍕", "coffee": "☕", "love": "❤️",
    "music": "🎵", "beach": "🏖️", "tea": "🍵", "baby": "👶", "crying": "😭",
    "money": "💰", "free": "🆓", "gift": "🎁", "btc": "₿", "win": "🏆", "cash": "💵",
}  # fmt: skip
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]
MASKS = ["*", "#"]

# Mathematical alphanumeric styles without holes in the lowercase/uppercase blocks.
MATH_STYLES = {
    "bold": (0x1D41A, 0x1D400, 0x1D7CE),
    "bold_italic": (0x1D482, 0x1D468, 0x1D7CE),
    "sans": (0x1D5BA, 0x1D5A0, 0x1D7E2),
    "sans_bold": (0x1D5EE, 0x1D5D4, 0x1D7EC),
    "sans_italic": (0x1D622, 0x1D608, 0x1D7E2),
    "monospace": (0x1D68A, 0x1D670, 0x1D7F6),
    "double": (0x1D552, 0x1D538, 0x1D7D8),
}
_DOUBLE_HOLES = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}


def math_font(text: str, style: str) -> str:
    lower, upper, digit = MATH_STYLES[style]
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - 97))
        elif "A" <= ch <= "Z":
            if style == "double" and ch in _DOUBLE_HOLES:
                out.append(_DOUBLE_HOLES[ch])
            else:
                out.append(chr(upper + ord(ch) - 65))
        elif "0" <= ch <= "9":
            out.append(chr(digit + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _swap(word: str, table: dict[str, str], rng: random.Random, rate: float) -> str:
    spots = [i for i, c in enumerate(word) if c in table]
    if not spots:
        return word
    chosen = {i for i in spots if rng.random() < rate} or {rng.choice(spots)}
    return "".join(table[c] if i in chosen else c for i, c in enumerate(word))


def cyrillic(word: str, rng: random.Random) -> str:
    return _swap(word, CYRILLIC, rng, 0.6)


def greek(word: str, rng: random.Random) -> str:
    return _swap(word, GREEK, rng, 0.6)


def leet(word: str, rng: random.Random) -> str:
    table = {k: rng.choice(v) for k, v in LEET.items()}
    return _swap(word, table, rng, 0.7)


def spaced(word: str, rng: random.Random) -> str:
    return " ".join(word)


def dotted(word: str, rng: random.Random) -> str:
    return rng.choice([".", "-", "_", "|"]).join(word)


def zero_width(word: str, rng: random.Random) -> str:
    if len(word) < 2:
        return word
    out = [word[0]]
    for ch in word[1:]:
        out.append(rng.choice(ZERO_WIDTH) + ch)
    return "".join(out)


def mask(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word
    sym = rng.choice(MASKS)
    inner = word[1:-1]
    if rng.random() < 0.7 and any(c in "aeiou" for c in inner):
        inner = "".join(sym if c in "aeiou" else c for c in inner)
    else:
        inner = sym * len(inner)
    return word[0] + inner + word[-1]


def mixed_case(word: str, rng: random.Random) -> str:
    start = rng.random() < 0.5
    out = []
    for i, ch in enumerate(word):
        out.append(ch.upper() if (i % 2 == 0) == start else ch.lower())
    return "".join(out)


def repeat_letters(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c.isalpha()]
    if not spots:
        return word
    vowels = [i for i in spots if word[i] in "aeiouy"] or spots
    chosen = set(rng.sample(vowels, min(len(vowels), rng.randint(1, 2))))
    return "".join(c * rng.randint(3, 6) if i in chosen else c for i, c in enumerate(word))


def regional(word: str, rng: random.Random) -> str:
    letters = [chr(0x1F1E6 + ord(c) - 97) if "a" <= c <= "z" else c for c in word.lower()]
    return "\u200b".join(letters)


def emoji_sub(word: str, rng: random.Random) -> str:
    key = word.lower()
    if key in EMOJI_WORDS:
        return EMOJI_WORDS[key]
    return _swap(word, EMOJI_LETTERS, rng, 1.0)


def font_word(word: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return fullwidth(word)
    return math_font(word, rng.choice(sorted(MATH_STYLES)))


WORD_STYLES = {
    "cyrillic": cyrillic,
    "greek": greek,
    "leet": leet,
    "spaced": spaced,
    "dotted": dotted,
    "zero_width": zero_width,
    "mask": mask,
    "mixed_case": mixed_case,
    "repeat": repeat_letters,
    "regional": regional,
    "emoji": emoji_sub,
    "font": font_word,
}
COMBOS = {
    "cyrillic+zero_width": ("cyrillic", "zero_width"),
    "leet+spaced": ("leet", "spaced"),
    "mask+repeat": ("mask", "repeat"),
    "leet+mixed_case": ("leet", "mixed_case"),
    "greek+dotted": ("greek", "dotted"),
}
WHOLE_STYLES = ("whole_math", "whole_fullwidth", "whole_mixed_case", "whole_cyrillic")
# Masking hides only some of the marked words (at least one), as people mask the worst word.
PARTIAL_STYLES = ("mask", "mask+repeat")


def plain(seed: str) -> str:
    """The seed with its markers removed (what a reader sees without disguise)."""
    return _SEGMENT.sub(lambda m: m.group(1) or m.group(2), seed)


def _apply_word(style: str, word: str, rng: random.Random) -> str:
    names = COMBOS.get(style, (style,))
    for name in names:
        word = WORD_STYLES[name](word, rng)
    return word


def _whole(style: str, text: str, rng: random.Random) -> str:
    if style == "whole_math":
        return math_font(text, rng.choice(sorted(MATH_STYLES)))
    if style == "whole_fullwidth":
        return fullwidth(text)
    if style == "whole_mixed_case":
        return "".join(mixed_case(w, rng) for w in re.split(r"(\s+)", text))
    return "".join(cyrillic(w, rng) for w in re.split(r"(\s+)", text))


def disguise_link(item: str, rng: random.Random) -> str:
    """Disguise a link, handle or phone number the way scam posts do."""
    if re.fullmatch(r"[+\d\s()-]+", item):
        choice = rng.randrange(3)
        digits = [c for c in item if not c.isspace()]
        if choice == 0:
            return " ".join(digits)
        if choice == 1:
            return item.replace("0", "O").replace("1", "l")
        return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in digits)
    if item.startswith("@") or "#" in item:
        choice = rng.randrange(3)
        if choice == 0:
            return "@ " + item.lstrip("@") if item.startswith("@") else item.replace("#", " # ")
        if choice == 1:
            return _swap(item, CYRILLIC, rng, 0.5)
        return item.replace("_", " (underscore) ")
    choice = rng.randrange(6)
    if choice == 0:
        return item.replace(".", " . ")
    if choice == 1:
        return item.replace(".", "[.]", 1) if rng.random() < 0.5 else item.replace(".", "[.]")
    if choice == 2:
        return item.replace(".", " dot ").replace("/", " / ")
    if choice == 3:
        host, _, rest = item.partition("/")
        host = _swap(host, CYRILLIC, rng, 0.4)
        return host + ("/" + rest if rest else "")
    if choice == 4:
        return "hxxps://" + item.replace(".", "(.)")
    return " ".join(item)


def disguise(seed: str, style: str, rng: random.Random) -> str:
    """Apply ``style`` to the marked words of ``seed`` (and disguise any marked links)."""
    if style in WHOLE_STYLES:
        return _whole(style, plain(seed), rng)
    marked = [m.start() for m in _SEGMENT.finditer(seed) if m.group(1) is not None]
    chosen = set(marked)
    if style in PARTIAL_STYLES and marked:
        chosen = {i for i in marked if rng.random() < 0.6} or {rng.choice(marked)}

    def repl(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            if m.start() not in chosen:
                return m.group(1)
            return _apply_word(style, m.group(1), rng)
        return disguise_link(m.group(2), rng)

    return _SEGMENT.sub(repl, seed)


def all_styles(skip: tuple[str, ...] = ()) -> list[str]:
    """Every style name, leaving out ``skip`` and any combination that uses a skipped style."""
    names = sorted(WORD_STYLES) + sorted(COMBOS) + list(WHOLE_STYLES)
    return [n for n in names if not set(COMBOS.get(n, (n,))) & set(skip)]
