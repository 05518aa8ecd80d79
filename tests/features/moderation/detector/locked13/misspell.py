"""Deterministic natural-misspelling transform for the hand-written misspelling seeds.

Edits mimic hurried typing and phonetic spelling: dropped, swapped, doubled or added letters,
missing spaces, and sound-alike spellings. No look-alike characters are used.
"""

import random
import re

PHONETIC = {
    "disgusting": ["discusting", "disgustin", "disgustting"], "people": ["peeple", "poeple"],
    "should": ["shud", "shuold"], "their": ["there"], "you're": ["your", "youre"],
    "parasites": ["parasits", "parrasites"], "terrorists": ["terorists", "terrorrists"],
    "idiot": ["idiet", "idot"], "stupid": ["stoopid", "stupit"], "worthless": ["worthles"],
    "pathetic": ["pathetik", "patethic"], "immigrants": ["imigrants", "immigrunts"],
    "abomination": ["abomanation", "abombination"], "deserve": ["deserv", "diserve"],
    "exist": ["exsist", "exhist"], "animals": ["aminals", "animels"],
    "criminals": ["criminels", "crimminals"], "savages": ["savijes", "savidges"],
    "coming": ["comming", "cumming"], "tonight": ["tonite", "tonigt"],
    "useless": ["usless", "useles"], "mentally": ["mentaly", "mentlly"],
    "every": ["evry", "evrey"], "single": ["singel", "sinlge"], "thieves": ["theives", "thiefs"],
    "scammers": ["scamers", "scammars"], "beggars": ["beggers", "begars"],
    "disease": ["desease", "diseaze"], "sterilise": ["sterelize", "sterilize"],
    "exterminated": ["exterminaited", "exterminted"], "paedophiles": ["pedofiles", "peadophiles"],
    "predators": ["preditors", "predaters"], "garbage": ["garbige", "garbaj"],
    "arrogant": ["arogant", "arrogent"], "bastard": ["basterd", "bastad"],
    "pervert": ["pervirt", "perv ert"], "traitors": ["traiters", "traytors"],
    "monkeys": ["monkies", "monkees"], "rapists": ["rapeists", "rapests"],
    "cockroaches": ["cockroches", "cocroaches"], "foreigners": ["foriegners", "forigners"],
    "foreigner": ["foriegner", "forigner"], "filthy": ["filthey", "filty"],
    "children": ["childern", "chidlren"], "regret": ["regrett", "regeret"],
    "because": ["becuase", "becos"], "piece": ["peice"], "country": ["contry", "countrey"],
    "fucking": ["fukin", "fuckin", "fcking"], "bitch": ["bich", "bitvh"],
    "whore": ["hore", "hoar"],
    "ashamed": ["ashamd", "ashaimed"], "deported": ["diported", "deportted"],
    "abused": ["abuesd"], "brainwashed": ["brain washed", "brainwased"],
    "ignorant": ["ignorent", "ignerant"], "ugly": ["ugley", "uggly"],
    "nobody": ["noboddy", "no body"], "retard": ["retart", "reetard"],
    "waste": ["wast", "waist"], "neighbourhood": ["neighberhood", "naybourhood"],
    "punishment": ["punishmint", "punnishment"], "banned": ["band", "baned"],
    "religion": ["relegion"], "disabled": ["dissabled", "disabeld"],
}  # fmt: skip
KEYBOARD_NEAR = {
    "a": "sq", "s": "ad", "d": "sf", "e": "wr", "r": "et", "t": "ry", "i": "uo", "o": "ip",
    "u": "yi", "n": "bm", "m": "n", "l": "k", "k": "jl", "g": "fh", "h": "gj", "c": "xv",
}  # fmt: skip


def _drop(w: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(w))
    return w[:i] + w[i + 1 :]


def _swap(w: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(w) - 1)
    return w[:i] + w[i + 1] + w[i] + w[i + 2 :]


def _double(w: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(w))
    return w[:i] + w[i] + w[i:]


def _add(w: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(w) if c.lower() in KEYBOARD_NEAR and i > 0]
    if not idx:
        return _double(w, rng)
    i = rng.choice(idx)
    return w[: i + 1] + rng.choice(KEYBOARD_NEAR[w[i].lower()]) + w[i + 1 :]


def _phonetic(w: str, rng: random.Random) -> str:
    return rng.choice(PHONETIC[w.lower()])


EDITS = [_drop, _swap, _double, _add]


def misspell(text: str, rng: random.Random, prefer_phonetic: bool) -> str:
    """Apply two or three natural spelling edits to words, maybe dropping one space."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(re.sub(r"\W", "", w)) >= 4]
    phon = [i for i in candidates if words[i].lower() in PHONETIC]
    n_edits = rng.choice([1, 2, 2])
    done: set[int] = set()
    if prefer_phonetic and phon:
        i = rng.choice(phon)
        words[i] = _phonetic(words[i], rng)
        done.add(i)
    pool = [i for i in candidates if i not in done]
    rng.shuffle(pool)
    for i in pool[: max(0, n_edits - len(done))]:
        w = words[i]
        if not w.isalpha():
            continue
        words[i] = rng.choice(EDITS)(w, rng)
        done.add(i)
    if rng.random() < (0.25 if prefer_phonetic else 0.5):
        gaps = [i for i in range(len(words) - 1) if len(words[i]) <= 6]
        if gaps:
            j = rng.choice(gaps)
            words[j : j + 2] = [words[j] + words[j + 1]]
    return " ".join(words)
