"""Spelling-variation transforms for locked8: dropped, swapped, doubled, added letters,
missing spaces and phonetic spellings.

Like ``transforms.py`` they work on the words a seed marks with braces and return the
text without braces; a transform that cannot change a seed returns the plain text.
"""

from __future__ import annotations

import random
import re

from .transforms import KEY, KeyFn, Transform, on_keys, plain

NEIGHBOURS = {
    "a": "qsz",
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
PHONETIC_WORDS = {
    "you": "u",
    "your": "ur",
    "you're": "ur",
    "yourself": "urself",
    "are": "r",
    "the": "da",
    "because": "cuz",
    "people": "ppl",
    "should": "shud",
    "what": "wat",
    "them": "dem",
    "this": "dis",
    "that": "dat",
    "with": "wiv",
    "know": "no",
    "going": "gonna",
    "to": "2",
    "for": "4",
    "they": "dey",
    "back": "bak",
    "stupid": "stoopid",
    "idiot": "idjit",
    "disgusting": "disgustin",
    "die": "dye",
    "dead": "ded",
    "kill": "kil",
    "i'll": "ill",
    "i'm": "im",
    "everything": "evrythin",
    "fucking": "fukin",
    "country": "cuntry",
    "immigrants": "imigrants",
    "muslims": "muzlims",
    "jews": "joos",
}
PHONETIC_RULES = [
    (r"ck", "k"),
    (r"ph", "f"),
    (r"ers$", "az"),
    (r"er$", "a"),
    (r"ing$", "in"),
    (r"ight", "ite"),
    (r"tion", "shun"),
    (r"ous$", "us"),
    (r"ee", "ea"),
    (r"oo", "u"),
    (r"wh", "w"),
    (r"qu", "kw"),
    (r"c(?=[aou])", "k"),
    (r"x", "ks"),
    (r"y$", "ie"),
    (r"s$", "z"),
]


def _on_words(key: str, rng: random.Random, fn: KeyFn) -> str:
    words = key.split(" ")
    out = [fn(w, rng) for w in words]
    if out == words:
        return key
    return " ".join(out)


def drop_word(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


def swap_word(word: str, rng: random.Random) -> str:
    spots = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1]]
    if len(word) < 4 or not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_word(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c.isalpha()]
    if len(word) < 3 or not spots:
        return word
    i = rng.choice(spots)
    return word[: i + 1] + word[i] + word[i + 1 :]


def add_word(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c.lower() in NEIGHBOURS]
    if len(word) < 3 or not spots:
        return word
    i = rng.choice(spots)
    extra = rng.choice(NEIGHBOURS[word[i].lower()] + "eh")
    return word[: i + 1] + extra + word[i + 1 :]


def phonetic_word(word: str, rng: random.Random) -> str:
    low = word.lower()
    if low in PHONETIC_WORDS:
        return PHONETIC_WORDS[low]
    rules = [r for r in PHONETIC_RULES if re.search(r[0], low)]
    if not rules:
        return word
    rng.shuffle(rules)
    for pattern, repl in rules[: rng.choice([1, 2])]:
        low = re.sub(pattern, repl, low, count=1)
    return low


def _key_transform(fn: KeyFn) -> Transform:
    def key_fn(key: str, rng: random.Random) -> str:
        return _on_words(key, rng, fn)

    def apply(seed: str, rng: random.Random) -> str:
        return on_keys(seed, key_fn, rng)

    return apply


def no_space(seed: str, rng: random.Random) -> str:
    """Glue each marked word to a neighbour, and multi-word keys together."""
    del rng
    text = KEY.sub(lambda m: "{" + m.group(1).replace(" ", "") + "}", seed)
    text = re.sub(r" \{", "{", text, count=1)
    text = re.sub(r"\} (?=\w)", "}", text, count=1)
    return plain(text)


def phonetic(seed: str, rng: random.Random) -> str:
    """Phonetic spellings of marked words plus chat spellings of common words."""
    text = on_keys(seed, lambda k, r: _on_words(k, r, phonetic_word), rng)

    def common(m: re.Match[str]) -> str:
        w = m.group(0)
        sub = PHONETIC_WORDS.get(w.lower())
        return sub if sub is not None and rng.random() < 0.6 else w

    return re.sub(r"[A-Za-z']+", common, text)


LETTER_FNS: list[KeyFn] = [drop_word, swap_word, double_word, add_word, phonetic_word]


def mixed(seed: str, rng: random.Random) -> str:
    """Two different letter-level mistakes in long marked words, one in short ones."""
    first, second = rng.sample(LETTER_FNS, 2)

    def both(word: str, r: random.Random) -> str:
        once = first(word, r)
        return second(once, r) if len(word) >= 7 else once

    return on_keys(seed, lambda k, r: _on_words(k, r, both), rng)


MISSPELLINGS: list[tuple[str, Transform]] = [
    ("MISS_DROP", _key_transform(drop_word)),
    ("MISS_SWAP", _key_transform(swap_word)),
    ("MISS_DOUBLE", _key_transform(double_word)),
    ("MISS_ADD", _key_transform(add_word)),
    ("MISS_NOSPACE", no_space),
    ("MISS_PHON", phonetic),
    ("MISS_MIXED", mixed),
]
