"""Misspelling transforms for locked9: dropped, swapped, doubled and added letters,
missing spaces and phonetic respellings, aimed at the ``[marked]`` words of a seed
(slurs and the hateful/abusive words) so the misspelling lands where it matters.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .charmaps import KEYBOARD_NEIGHBOURS
from .poolutil import marked_spans, strip_marks
from .transforms_disguise import Span, on_spans, targets

# Whole-word respellings people really use in chat.
WORD_RESPELL: dict[str, tuple[str, ...]] = {
    "you": ("u", "yu", "ya"),
    "your": ("ur", "yor", "yore"),
    "you're": ("ur", "your", "yur"),
    "are": ("r", "ar"),
    "people": ("ppl", "peeple", "pepole"),
    "because": ("coz", "cuz", "bcoz"),
    "should": ("shud", "shld", "shoud"),
    "would": ("wud", "wuld"),
    "the": ("da", "teh", "th"),
    "they": ("dey", "thay"),
    "them": ("dem", "thm"),
    "this": ("dis", "thiss"),
    "that": ("dat", "tht"),
    "what": ("wat", "wot"),
    "with": ("wiv", "wid"),
    "going": ("goin", "gna"),
    "fucking": ("fkn", "fukin", "fuckin"),
    "kill": ("kil", "kll"),
    "die": ("dye", "dai"),
    "dead": ("ded",),
    "stupid": ("stoopid", "stupd"),
    "country": ("cuntry", "contry"),
}

# Sub-word phonetic rules (pattern, replacement).
PHONETIC_RULES: tuple[tuple[str, str], ...] = (
    (r"ph", "f"),
    (r"ck", "k"),
    (r"ght", "t"),
    (r"er\b", "a"),
    (r"er\b", "ah"),
    (r"ers\b", "az"),
    (r"s\b", "z"),
    (r"oo(?!t)", "u"),
    (r"ee", "i"),
    (r"tion", "shun"),
    (r"c(?=[aou])", "k"),
    (r"qu", "kw"),
    (r"ew\b", "oo"),
    (r"ike\b", "yke"),
    (r"ot\b", "it"),
    (r"ies\b", "eez"),
    (r"y\b", "ee"),
    (r"ea", "ee"),
    (r"ou", "ow"),
    (r"i(?=[^aeiou]e\b)", "y"),
    (r"gg", "g"),
    (r"th", "d"),
)


def _interior(word: str) -> list[int]:
    return [i for i in range(1, len(word) - 1) if word[i].isalpha()]


def drop_letter(word: str, rng: random.Random) -> str:
    # People mostly drop a vowel or one of a double letter, rarely the start of a word.
    idx = [
        i
        for i in _interior(word)
        if i >= 2
        and (word[i].lower() in "aeiou" or word[i] == word[i - 1] or word[i] == word[i + 1])
    ]
    if len(word) < 5 or not idx:
        return double_letter(word, rng)
    i = rng.choice(idx)
    return word[:i] + word[i + 1 :]


def swap_letters(word: str, rng: random.Random) -> str:
    idx = [
        i
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1] and word[i].isalpha() and word[i + 1].isalpha()
    ]
    if len(word) < 4 or not idx:
        return double_letter(word, rng)
    i = rng.choice(idx)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_letter(word: str, rng: random.Random) -> str:
    idx = [i for i, ch in enumerate(word) if ch.isalpha()]
    if not idx:
        return word + word[-1:]
    i = rng.choice(idx[1:] or idx)
    reps = rng.choice((1, 1, 1, 2))
    return word[: i + 1] + word[i] * reps + word[i + 1 :]


def add_letter(word: str, rng: random.Random) -> str:
    idx = [i for i, ch in enumerate(word) if ch.lower() in KEYBOARD_NEIGHBOURS]
    if not idx:
        return double_letter(word, rng)
    i = rng.choice(idx)
    extra = rng.choice(KEYBOARD_NEIGHBOURS[word[i].lower()])
    return word[: i + 1] + extra + word[i + 1 :]


def phonetic_word(word: str, rng: random.Random) -> str:
    low = word.lower()
    if low in WORD_RESPELL:
        return rng.choice(WORD_RESPELL[low])
    rules = [(p, r) for p, r in PHONETIC_RULES if re.search(p, low)]
    if not rules:
        return word
    out = low
    for pat, rep in rng.sample(rules, min(len(rules), rng.choice((1, 1, 2)))):
        out = re.sub(pat, rep, out, count=1)
    return out if out != low else word


WORD_OPS: dict[str, Callable[[str, random.Random], str]] = {
    "MISS_DROP": drop_letter,
    "MISS_SWAP": swap_letters,
    "MISS_DOUBLE": double_letter,
    "MISS_ADD": add_letter,
    "MISS_PHON": phonetic_word,
}


def _respell_function_words(text: str, rng: random.Random, rate: float) -> str:
    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in WORD_RESPELL and rng.random() < rate:
            return rng.choice(WORD_RESPELL[w.lower()])
        return w

    return re.sub(r"[A-Za-z']+", sub, text)


def nospace(seed: str, rng: random.Random) -> str:
    """Glue the marked words to a neighbour and drop a few other spaces."""
    text = strip_marks(seed)
    spans: list[Span] = marked_spans(seed)
    glue: set[int] = set()
    for start, end in spans:
        if end < len(text) and text[end] == " ":
            glue.add(end)
        elif start > 0 and text[start - 1] == " ":
            glue.add(start - 1)
    others = [i for i, ch in enumerate(text) if ch == " " and i not in glue]
    if others:
        glue.update(rng.sample(others, max(1, len(others) // 4)))
    out = "".join(ch for i, ch in enumerate(text) if i not in glue)
    return out


def _some_spans(spans: list[Span], rng: random.Random) -> list[Span]:
    """At least one marked word, each other one with probability 0.55."""
    must = rng.randrange(len(spans))
    return [sp for i, sp in enumerate(spans) if i == must or rng.random() < 0.55]


def misspell(seed: str, rng: random.Random, op: str) -> str:
    """Apply one misspelling strategy to a marked seed."""
    if op == "MISS_NOSPACE":
        return nospace(seed, rng)
    text, spans = targets(seed, rng)
    if op == "MISS_MIX":
        ops = list(WORD_OPS.values())
        out = on_spans(text, _some_spans(spans, rng), lambda w: rng.choice(ops)(w, rng))
        return _respell_function_words(out, rng, 0.5)
    fn = WORD_OPS[op]
    if op == "MISS_PHON":
        # phonetic respellings hit every marked word they fit, plus function words
        out = on_spans(text, spans, lambda w: fn(w, rng))
        return _respell_function_words(out, rng, 0.4)
    return on_spans(text, _some_spans(spans, rng), lambda w: fn(w, rng))


MISSPELL_OPS: tuple[str, ...] = (
    "MISS_DROP",
    "MISS_SWAP",
    "MISS_DOUBLE",
    "MISS_ADD",
    "MISS_NOSPACE",
    "MISS_PHON",
    "MISS_PHON",
    "MISS_MIX",
)


def misspell_all(seeds: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Misspell each seed once, cycling through the strategies in a seeded order."""
    order = list(range(len(seeds)))
    rng.shuffle(order)
    out: list[tuple[str, str]] = [("", "")] * len(seeds)
    for n, i in enumerate(order):
        op = MISSPELL_OPS[n % len(MISSPELL_OPS)]
        seed = seeds[i]
        text = misspell(seed, rng, op)
        if text == strip_marks(seed):
            text = misspell(seed, rng, "MISS_SWAP")
            op = "MISS_SWAP"
        if text == strip_marks(seed):
            raise ValueError(f"misspelling left seed unchanged: {seed!r}")
        out[i] = (text, op)
    return out
