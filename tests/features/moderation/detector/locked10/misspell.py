"""Natural-misspelling transform for the locked10 ``misspelled`` seeds (standard library only).

The edits imitate fast, careless typing and phonetic spelling: dropped, swapped, doubled or
added letters, two words run together, and common phonetic respellings. No look-alike
characters, symbols or deliberate masking are used (that is the ``disguised`` category).
"""

import random

PHONETIC_WORDS = {
    "because": ["becuz", "becos", "becuase"],
    "should": ["shud", "shoud"],
    "would": ["wud", "woud"],
    "could": ["cud", "coud"],
    "people": ["peple", "poeple", "peopel"],
    "really": ["realy", "rly"],
    "disgusting": ["discusting", "disgustin", "disgustng"],
    "idiot": ["idoit", "idiet"],
    "stupid": ["stoopid", "stupd"],
    "know": ["no", "kno"],
    "where": ["were", "wer"],
    "your": ["ur", "yor"],
    "you're": ["your", "youre"],
    "their": ["there", "thier"],
    "they": ["thay", "tehy"],
    "tonight": ["tonite", "2nite"],
    "the": ["teh", "da"],
    "every": ["evry", "evrey"],
    "everyone": ["evryone", "every1"],
    "everybody": ["evrybody", "everybdy"],
    "immediately": ["imediately", "immediatly"],
    "government": ["goverment", "govermint"],
    "country": ["contry", "countrey"],
    "terrorists": ["terorists", "terrorrists"],
    "embarrassment": ["embarassment", "embarrasment"],
    "disabled": ["disabeld", "dissabled"],
    "children": ["childern", "chilren"],
    "piece": ["peice", "pece"],
    "retarded": ["retarted", "retardid"],
    "faggot": ["fagot", "faggit"],
    "whore": ["hore", "hoar"],
    "bitch": ["bich", "biatch"],
    "loser": ["looser", "losser"],
    "worthless": ["worthles", "wothless"],
    "pathetic": ["pathetik", "patheitc"],
    "freaks": ["freeks", "freakz"],
    "immigrants": ["imigrants", "immigrunts"],
    "refugees": ["refugess", "refujees"],
    "chinese": ["chineese", "chinees"],
    "mexicans": ["mexicns", "mexicants"],
    "savages": ["savidges", "savagez"],
    "ugly": ["ugley", "ugli"],
    "whole": ["hole", "hol"],
    "family": ["famly", "famaly"],
    "nobody": ["noone", "nobdy"],
    "going": ["goin", "gona"],
    "nothing": ["nothin", "nuthing"],
    "something": ["somethin", "sumthing"],
    "deserve": ["deserv", "desirve"],
    "animals": ["animales", "aminals"],
    "criminals": ["crimanals", "criminels"],
    "muslims": ["muslins", "muzlims"],
    "disgusted": ["discusted", "disgustid"],
    "ashamed": ["ashamd", "ashaimed"],
    "burden": ["burdon", "burdan"],
    "perverts": ["perverst", "pervs"],
    "predators": ["preditors", "predaters"],
    "cockroaches": ["cockroches", "cockroachs"],
    "exactly": ["exacly", "exactley"],
    "friends": ["freinds", "frends"],
    "kitchen": ["kitchin", "kichen"],
    "traditional": ["tradtional", "tradishional"],
    "responsible": ["responsable", "resposible"],
    "parasites": ["parasits", "parisites"],
    "transgender": ["transgendre", "transjender"],
    "teeth": ["teef", "teath"],
    "properly": ["propperly", "proply"],
}
PHONETIC_PARTS = [
    ("ph", "f"),
    ("ck", "k"),
    ("ight", "ite"),
    ("tion", "shun"),
    ("ea", "ee"),
    ("ou", "u"),
    ("ss", "s"),
    ("ll", "l"),
]
KEY_NEIGHBOURS = {
    "a": "sq", "s": "ad", "d": "sf", "e": "wr", "r": "et", "t": "ry", "i": "uo",
    "o": "ip", "n": "bm", "m": "n", "l": "k", "u": "yi", "h": "gj", "g": "fh",
}  # fmt: skip


def _drop(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i + 1 :]


def _swap(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _double(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i] + word[i:]


def _add(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c in KEY_NEIGHBOURS and i > 0]
    if not spots:
        return _double(word, rng)
    i = rng.choice(spots)
    return word[: i + 1] + rng.choice(KEY_NEIGHBOURS[word[i]]) + word[i + 1 :]


def _phonetic_part(word: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in PHONETIC_PARTS if a in word[1:]]
    if not options:
        return _drop(word, rng)
    a, b = rng.choice(options)
    return word[0] + word[1:].replace(a, b, 1)


LETTER_EDITS = [_drop, _swap, _double, _add, _phonetic_part]


def _misspell_word(word: str, rng: random.Random) -> str:
    core = word.rstrip(",.!?")
    tail = word[len(core) :]
    if core.lower() in PHONETIC_WORDS and rng.random() < 0.8:
        return rng.choice(PHONETIC_WORDS[core.lower()]) + tail
    if len(core) < 4 or not core.isalpha():
        return word
    return rng.choice(LETTER_EDITS)(core, rng) + tail


def misspell(text: str, rng: random.Random) -> str:
    """Return ``text`` with two to four natural misspellings (always at least one)."""
    words = text.split(" ")
    candidates = [
        i
        for i, w in enumerate(words)
        if w.rstrip(",.!?").lower() in PHONETIC_WORDS or len(w.rstrip(",.!?")) >= 4
    ]
    rng.shuffle(candidates)
    edits = rng.randint(2, 4)
    for i in candidates[:edits]:
        words[i] = _misspell_word(words[i], rng)
    # Sometimes two words run together, as when the space bar is missed.
    if len(words) > 3 and rng.random() < 0.35:
        j = rng.randrange(len(words) - 1)
        words[j : j + 2] = [words[j] + words[j + 1]]
    out = " ".join(words)
    if out == text:
        i = max(range(len(words)), key=lambda k: len(words[k]))
        words[i] = _drop(words[i], rng) if len(words[i]) > 2 else words[i] + words[i][-1]
        out = " ".join(words)
    return out
