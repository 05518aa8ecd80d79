"""Natural-looking misspelling transforms for locked12 seeds (no homoglyphs)."""

import random
import re
from collections.abc import Callable

PHONETIC = {
    "because": ["becuz", "becaus", "cuz"],
    "should": ["shud", "shoud", "shuold"],
    "people": ["peeple", "poeple", "peopel"],
    "disgusting": ["disgustin", "discusting", "disgustng"],
    "their": ["there", "thier"],
    "your": ["ur", "youre", "yor"],
    "you": ["u", "yuo"],
    "are": ["r", "ar"],
    "whole": ["hole"],
    "know": ["no", "kno"],
    "ugly": ["ugley", "ugli"],
    "stupid": ["stoopid", "stupit", "stuped"],
    "immigrants": ["imigrants", "immigrents", "imigrints"],
    "deserve": ["deserv", "diserve", "desirve"],
    "nobody": ["noone", "nobdy"],
    "before": ["b4", "befor"],
    "everyone": ["evryone", "everone"],
    "pathetic": ["pathetik", "patheic"],
    "garbage": ["garbadge", "garbige"],
    "idiot": ["idot", "ideot"],
    "going": ["goin", "gonna"],
    "piece": ["peice", "pice"],
    "country": ["contry", "countrie"],
    "animals": ["animels", "aminals"],
    "allowed": ["aloud", "alowed"],
    "useless": ["useles", "usless"],
    "exterminated": ["exterminatd", "extermanated"],
    "tonight": ["tonite", "2night"],
    "tomorrow": ["tomorow", "tmrw", "tommorrow"],
    "terrorists": ["terorists", "terrorsts"],
    "criminals": ["crimnals", "criminels"],
    "pedophile": ["pedofile", "pedophil"],
}
RULES = [
    (r"ph", "f"),
    (r"tion\b", "shun"),
    (r"ight\b", "ite"),
    (r"ck", "k"),
    (r"ea", "ee"),
    (r"ou", "u"),
]
NEIGHBOURS = {
    "a": "sq",
    "e": "wr",
    "i": "uo",
    "o": "ip",
    "u": "yi",
    "s": "ad",
    "t": "ry",
    "n": "bm",
    "r": "et",
    "l": "k",
    "d": "sf",
    "h": "gj",
    "m": "n",
    "g": "fh",
}


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]


def _edit_word(text: str, rng: random.Random, fn: Callable[[str], str], min_len: int = 4) -> str:
    spans = [s for s in _words(text) if s[1] - s[0] >= min_len]
    if not spans:
        return text
    a, b = rng.choice(spans)
    return text[:a] + fn(text[a:b]) + text[b:]


def drop_letter(text: str, rng: random.Random) -> str:
    def fn(w: str) -> str:
        i = rng.randint(1, len(w) - 1)
        return w[:i] + w[i + 1 :]

    return _edit_word(text, rng, fn)


def swap_letters(text: str, rng: random.Random) -> str:
    def fn(w: str) -> str:
        i = rng.randint(1, len(w) - 2)
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]

    return _edit_word(text, rng, fn)


def double_letter(text: str, rng: random.Random) -> str:
    def fn(w: str) -> str:
        i = rng.randint(1, len(w) - 1)
        return w[: i + 1] + w[i] + w[i + 1 :]

    return _edit_word(text, rng, fn)


def add_neighbour(text: str, rng: random.Random) -> str:
    def fn(w: str) -> str:
        idx = [i for i, c in enumerate(w) if c.lower() in NEIGHBOURS]
        if not idx:
            return w + w[-1]
        i = rng.choice(idx)
        return w[: i + 1] + rng.choice(NEIGHBOURS[w[i].lower()]) + w[i + 1 :]

    return _edit_word(text, rng, fn)


def join_words(text: str, rng: random.Random) -> str:
    spaces = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", text)]
    if not spaces:
        return text
    i = rng.choice(spaces)
    return text[:i] + text[i + 1 :]


def phonetic(text: str, rng: random.Random) -> str:
    hits = [
        (m.start(), m.end(), m.group(0).lower())
        for m in re.finditer(r"[A-Za-z]+", text)
        if m.group(0).lower() in PHONETIC
    ]
    if hits:
        a, b, w = rng.choice(hits)
        return text[:a] + rng.choice(PHONETIC[w]) + text[b:]
    rules = [(p, r) for p, r in RULES if re.search(p, text)]
    if not rules:
        return drop_letter(text, rng)
    pat, rep = rng.choice(rules)
    return re.sub(pat, rep, text, count=1)


OPS: list[Callable[[str, random.Random], str]] = [
    drop_letter,
    swap_letters,
    double_letter,
    add_neighbour,
    join_words,
    phonetic,
]


def misspell(text: str, rng: random.Random) -> tuple[str, str]:
    """Apply 2-3 natural misspelling operations; always changes the text."""
    out = text
    n = rng.choice([2, 2, 3])
    names: list[str] = []
    for op in rng.sample(OPS, n):
        out = op(out, rng)
        names.append(op.__name__)
    if out == text:
        out = drop_letter(text, rng)
        names.append("drop_letter")
    return out, "+".join(names)
