"""Disguise, misspelling and scam-obfuscation transforms written by hand for locked6.

Seeds mark what a transform may change: ``{word}`` for key words, ``<url:...>`` for links and
``<tel:...>`` for phone numbers. Every function takes an explicit ``random.Random`` so the
generator stays deterministic. Nothing here is shared with the detector or other test sets.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

WordFn = Callable[[str, random.Random], str]

MARK = re.compile(r"\{([^{}]+)\}")
URL_MARK = re.compile(r"<url:([^<>]+)>")
TEL_MARK = re.compile(r"<tel:([^<>]+)>")
LETTERS = re.compile(r"[A-Za-z]+")
PRINTABLE_RUN = re.compile(r"[!-~]+")


def strip_marks(seed: str) -> str:
    """Return the seed as plain text, with every marker replaced by its content."""
    text = MARK.sub(r"\1", seed)
    text = URL_MARK.sub(r"\1", text)
    return TEL_MARK.sub(r"\1", text)


# --- look-alike characters ------------------------------------------------------------------

CYRILLIC: dict[str, str] = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
    "h": "\u04bb", "d": "\u0501", "w": "\u051d",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
    "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422",
    "X": "\u0425",
}  # fmt: skip

GREEK: dict[str, str] = {
    "o": "\u03bf", "a": "\u03b1", "v": "\u03bd", "i": "\u03b9", "k": "\u03ba",
    "p": "\u03c1", "u": "\u03c5", "x": "\u03c7", "y": "\u03b3", "n": "\u03b7",
    "t": "\u03c4",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399",
    "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1",
    "T": "\u03a4", "X": "\u03a7", "Z": "\u0396",
}  # fmt: skip

SMALL_CAPS: dict[str, str] = dict(
    zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True)
)

# Mathematical alphanumeric styles: (capital A, small a, digit zero or None).
MATH_STYLES: dict[str, tuple[int, int, int | None]] = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "italic": (0x1D434, 0x1D44E, None),
    "bold_italic": (0x1D468, 0x1D482, None),
    "bold_script": (0x1D4D0, 0x1D4EA, None),
    "fraktur": (0x1D504, 0x1D51E, None),
    "double_struck": (0x1D538, 0x1D552, 0x1D7D8),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
}

# Letters that Unicode placed in the Letterlike Symbols block instead.
MATH_HOLES: dict[tuple[str, str], str] = {
    ("italic", "h"): "\u210e",
    ("fraktur", "C"): "\u212d", ("fraktur", "H"): "\u210c", ("fraktur", "I"): "\u2111",
    ("fraktur", "R"): "\u211c", ("fraktur", "Z"): "\u2128",
    ("double_struck", "C"): "\u2102", ("double_struck", "H"): "\u210d",
    ("double_struck", "N"): "\u2115", ("double_struck", "P"): "\u2119",
    ("double_struck", "Q"): "\u211a", ("double_struck", "R"): "\u211d",
    ("double_struck", "Z"): "\u2124",
}  # fmt: skip

LEET: dict[str, str] = {
    "a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "g": "96",
    "b": "8", "z": "2",
}  # fmt: skip

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
MASKS = "*#_$"
INNER_PUNCT = ".-_|'~,"
EMOJI_FILL = ("⭐", "✨", "🔸", "🌸", "🙃", "💫", "🍕", "🔹", "🌀", "🎈", "🍀", "❄")
COMBINING = ("\u0301", "\u0308", "\u0336", "\u0332", "\u0300", "\u0303")
ACCENTED: dict[str, str] = {
    "a": "áàäâ", "e": "éèëê", "i": "íìïî", "o": "óòöô", "u": "úùüû", "n": "ñ", "c": "ç",
    "y": "ý",
}  # fmt: skip


def _replace_some(word: str, table: dict[str, str], rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(word) if ch in table]
    if not spots:
        return word
    chosen = set(rng.sample(spots, rng.randint(1, min(len(spots), 3))))
    return "".join(table[ch] if i in chosen else ch for i, ch in enumerate(word))


def cyrillic(word: str, rng: random.Random) -> str:
    """Swap one to three letters for Cyrillic look-alikes."""
    return _replace_some(word, CYRILLIC, rng)


def greek(word: str, rng: random.Random) -> str:
    """Swap one to three letters for Greek look-alikes."""
    return _replace_some(word, GREEK, rng)


def fullwidth(word: str, rng: random.Random) -> str:
    """Write every printable ASCII character in its fullwidth form."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in word)


def small_caps(word: str, rng: random.Random) -> str:
    """Write letters as small capitals."""
    return "".join(SMALL_CAPS.get(ch.lower(), ch) for ch in word)


def math_style(style: str) -> WordFn:
    """Return a transform writing letters (and digits, if the style has them) in ``style``."""
    upper, lower, digit = MATH_STYLES[style]

    def convert(word: str, rng: random.Random) -> str:
        out: list[str] = []
        for ch in word:
            hole = MATH_HOLES.get((style, ch))
            if hole is not None:
                out.append(hole)
            elif "A" <= ch <= "Z":
                out.append(chr(upper + ord(ch) - ord("A")))
            elif "a" <= ch <= "z":
                out.append(chr(lower + ord(ch) - ord("a")))
            elif digit is not None and "0" <= ch <= "9":
                out.append(chr(digit + ord(ch) - ord("0")))
            else:
                out.append(ch)
        return "".join(out)

    return convert


def spacing(word: str, rng: random.Random) -> str:
    """Put spaces between the letters."""
    return rng.choice((" ", " ", "  ")).join(word)


def leet(word: str, rng: random.Random) -> str:
    """Replace some or all letters that have a digit or symbol look-alike."""
    spots = [i for i, ch in enumerate(word) if ch.lower() in LEET]
    if not spots:
        return word
    count = len(spots) if rng.random() < 0.35 else rng.randint(1, len(spots))
    chosen = set(rng.sample(spots, count))
    return "".join(
        rng.choice(LEET[ch.lower()]) if i in chosen else ch for i, ch in enumerate(word)
    )


def mask(word: str, rng: random.Random) -> str:
    """Hide inner letters behind one of ``* # _ $``, the way people self-censor."""
    sym = rng.choice(MASKS)
    if len(word) <= 2:
        return word[0] + sym
    inner = range(1, len(word) - 1)
    vowels = [i for i in inner if word[i].lower() in "aeiouy"]
    if rng.random() < 0.3 or not vowels:
        if len(word) > 3 and rng.random() < 0.5:
            return word[0] + sym * (len(word) - 2) + word[-1]
        middle = len(word) // 2
        return word[:middle] + sym + word[middle + 1 :]
    return "".join(sym if i in vowels else ch for i, ch in enumerate(word))


def zero_width(word: str, rng: random.Random) -> str:
    """Insert invisible characters between letters."""
    mark = rng.choice(ZERO_WIDTH)
    if len(word) < 2:
        return word + mark
    gaps = list(range(1, len(word)))
    if rng.random() < 0.4:
        chosen = set(gaps)
    else:
        chosen = set(rng.sample(gaps, min(len(gaps), rng.randint(1, 2))))
    return "".join((mark + ch) if i in chosen else ch for i, ch in enumerate(word))


def repeat(word: str, rng: random.Random) -> str:
    """Stretch one or two letters, vowels first."""
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if not letters:
        return word
    vowels = [i for i in letters if word[i].lower() in "aeiou"]
    picks = {rng.choice(vowels or letters)}
    if len(letters) > 4 and rng.random() < 0.3:
        picks.add(rng.choice(letters))
    return "".join(ch * rng.randint(3, 6) if i in picks else ch for i, ch in enumerate(word))


def _between(word: str, fillers: tuple[str, ...], rng: random.Random) -> str:
    if len(word) < 2:
        return word + rng.choice(fillers)
    if rng.random() < 0.5:
        return rng.choice(fillers).join(word)
    cut = rng.randint(1, len(word) - 1)
    return word[:cut] + rng.choice(fillers) + word[cut:]


def punct(word: str, rng: random.Random) -> str:
    """Put punctuation inside the word, between every letter or at one point."""
    return _between(word, tuple(INNER_PUNCT), rng)


def emoji(word: str, rng: random.Random) -> str:
    """Put an emoji between every letter or at one point."""
    return _between(word, EMOJI_FILL, rng)


def diacritics(word: str, rng: random.Random) -> str:
    """Add accents: a combining mark on every letter, or accented forms of one or two."""
    if rng.random() < 0.4:
        mark = rng.choice(COMBINING)
        return "".join(ch + mark if ch.isalnum() else ch for ch in word)
    spots = [i for i, ch in enumerate(word) if ch.lower() in ACCENTED]
    if not spots:
        return word[0] + rng.choice(COMBINING) + word[1:]
    chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 2))))
    return "".join(
        rng.choice(ACCENTED[ch.lower()]) if i in chosen else ch for i, ch in enumerate(word)
    )


def chain(*steps: WordFn) -> WordFn:
    """Apply several word transforms one after the other."""

    def run(word: str, rng: random.Random) -> str:
        for step in steps:
            word = step(word, rng)
        return word

    return run


DISGUISES: dict[str, WordFn] = {
    "homoglyph_cyrillic": cyrillic,
    "homoglyph_greek": greek,
    "fullwidth": fullwidth,
    "smallcaps": small_caps,
    "spacing": spacing,
    "leet": leet,
    "mask": mask,
    "zerowidth": zero_width,
    "repeat": repeat,
    "punct": punct,
    "emoji": emoji,
    "diacritics": diacritics,
    "leet+spacing": chain(leet, spacing),
    "homoglyph_cyrillic+zerowidth": chain(cyrillic, zero_width),
    "leet+punct": chain(leet, punct),
    "smallcaps+spacing": chain(small_caps, spacing),
}
for _style in MATH_STYLES:
    DISGUISES["math_" + _style] = math_style(_style)

# Methods that people also apply to a whole message (fancy-text generators, look-alike bots).
WHOLE_TEXT_OK = frozenset(
    {"homoglyph_cyrillic", "homoglyph_greek", "fullwidth", "smallcaps", "diacritics"}
    | {"math_" + style for style in MATH_STYLES}
)


def disguise(seed: str, method: str, rng: random.Random, whole: bool) -> str:
    """Disguise the marked words of ``seed`` (or every word, if ``whole``) with ``method``."""
    fn = DISGUISES[method]
    if not whole:
        if "spacing" in method:
            # Keep word boundaries visible when neighbouring marked words are both spaced out.
            seed = seed.replace("} {", "}   {")
        return MARK.sub(lambda m: fn(m.group(1), rng), seed)
    text = strip_marks(seed)
    pattern = PRINTABLE_RUN if method == "fullwidth" else LETTERS
    return pattern.sub(lambda m: fn(m.group(0), rng), text)


# --- misspellings ---------------------------------------------------------------------------

NEIGHBOURS: dict[str, str] = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij",
    "i": "uok", "o": "ipl", "p": "ol", "a": "qsz", "s": "adw", "d": "sfe", "f": "dgr",
    "g": "fht", "h": "gjy", "j": "hku", "k": "jli", "l": "ko", "z": "xa", "x": "zc",
    "c": "xv", "v": "cb", "b": "vn", "n": "bm", "m": "n",
}  # fmt: skip

# Sound-alike rewrites people type without thinking; tried in random order.
PHONETIC_RULES: tuple[tuple[str, str], ...] = (
    (r"ph", "f"),
    (r"ck", "k"),
    (r"qu", "kw"),
    (r"x", "ks"),
    (r"s\b", "z"),
    (r"tion", "shun"),
    (r"er\b", "a"),
    (r"ee", "ea"),
    (r"oo", "u"),
    (r"c(?=[aou])", "k"),
    (r"ea", "ee"),
    (r"igh", "i"),
    (r"ght", "t"),
    (r"ous\b", "us"),
    (r"ism", "izm"),
    (r"ai", "ay"),
    (r"y\b", "ie"),
    (r"ie", "y"),
    (r"ed\b", "d"),
    (r"([aeiou])([bdgmnprt])\2", r"\1\2"),
)

# Hand-picked sound-alike spellings of some key words.
PHONETIC_WORDS: dict[str, tuple[str, ...]] = {
    "muslims": ("muzlims", "mozlems", "mooslims", "muslimz"),
    "muslim": ("muzlim", "mozlem", "mooslim"),
    "jews": ("jooz", "joos", "jewz"),
    "jewish": ("jooish", "jewsh"),
    "immigrants": ("immagrants", "imigrunts", "immigrints"),
    "refugees": ("refujees", "refyoogees", "reffugees"),
    "faggots": ("faggits", "fagits", "faggutz"),
    "faggot": ("faggit", "fagget", "fagut"),
    "niggers": ("niggaz", "nigguhs", "niggerz"),
    "nigger": ("nigguh", "niggah", "nigga"),
    "niggas": ("niggaz", "niggahs"),
    "gays": ("gayz", "gheys", "gaez"),
    "trannies": ("trannys", "trannyz", "tranniez"),
    "retards": ("reetards", "retardz", "retartz"),
    "retarded": ("retarted", "reetarded", "retardid"),
    "pakis": ("pakkies", "pakeez", "pakiz"),
    "terrorists": ("terrists", "terrorests", "terrerists"),
    "mexicans": ("mexicanz", "meksicans", "mexikans"),
    "subhuman": ("subhooman", "subhumin", "sub-hooman"),
    "vermin": ("vermen", "vermun", "vurmin"),
    "parasites": ("parasights", "parrasites", "parasytes"),
    "savages": ("savidges", "savijes", "savuges"),
    "animals": ("aminals", "animuls", "anamals"),
    "chinks": ("chinx", "chinkz", "chinkss"),
    "kikes": ("kykes", "kikez", "kykez"),
    "spics": ("spix", "spicks", "spiks"),
    "lesbians": ("lezbians", "lesbeans", "lezbeans"),
    "dykes": ("dikes", "dykez", "diekes"),
    "disgusting": ("disgustin", "discusting", "disgustang"),
    "deported": ("deportid", "deportd", "deeported"),
    "homosexuals": ("homosexshuals", "homosekshuals", "homoseksuals"),
    "nigerians": ("nigerianz", "naijerians"),
    "pakistanis": ("pakistanees", "pakistaniz"),
    "arabs": ("ayrabs", "arabz", "a-rabs"),
    "gypsies": ("gipsys", "jipsies", "gypsys"),
    "criminals": ("crimminals", "criminalz", "crimnals"),
    "scammers": ("scamerz", "skammers"),
    "africans": ("afrikans", "africanz"),
    "exterminated": ("exterminaited", "extaminated"),
    "rapists": ("rapeists", "raypists", "rapistz"),
    "queers": ("queerz", "kweers"),
    "hindus": ("hindoos", "hindooz"),
    "sikhs": ("seeks", "sikhz"),
    "terrorist": ("terrist", "terrorest"),
}


def _interior(word: str) -> list[int]:
    return [i for i in range(1, len(word) - 1) if word[i].isalpha()]


def drop_letter(word: str, rng: random.Random) -> str:
    """Drop one inner letter: half of a doubled letter first, then a vowel, then any."""
    spots = _interior(word)
    if len(word) < 4 or not spots:
        return word
    doubled = [i for i in spots if word[i] == word[i - 1] or word[i] == word[i + 1]]
    vowels = [i for i in spots if word[i].lower() in "aeiou"]
    if doubled and rng.random() < 0.6:
        i = rng.choice(doubled)
    elif vowels and rng.random() < 0.75:
        i = rng.choice(vowels)
    else:
        i = rng.choice(spots)
    return word[:i] + word[i + 1 :]


def swap_letters(word: str, rng: random.Random) -> str:
    """Swap two neighbouring inner letters that differ."""
    spots = [
        i
        for i in range(1, len(word) - 1)
        if word[i].isalpha() and word[i + 1].isalpha() and word[i] != word[i + 1]
    ]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_letter(word: str, rng: random.Random) -> str:
    """Type one letter twice, consonants first."""
    letters = [i for i, ch in enumerate(word) if ch.isalpha() and i > 0]
    if not letters:
        return word + word[-1]
    consonants = [i for i in letters if word[i].lower() not in "aeiou"]
    i = rng.choice(consonants or letters)
    return word[: i + 1] + word[i] + word[i + 1 :]


def wrong_letter(word: str, rng: random.Random) -> str:
    """Hit a neighbouring key for one inner letter."""
    spots = [i for i in _interior(word) if word[i].lower() in NEIGHBOURS]
    if not spots:
        spots = [i for i, ch in enumerate(word) if ch.lower() in NEIGHBOURS]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + rng.choice(NEIGHBOURS[word[i].lower()]) + word[i + 1 :]


def phonetic(word: str, rng: random.Random) -> str:
    """Spell the word the way it sounds."""
    known = PHONETIC_WORDS.get(word.lower())
    if known and rng.random() < 0.7:
        return rng.choice(known)
    rules = list(PHONETIC_RULES)
    rng.shuffle(rules)
    for pattern, repl in rules:
        changed = re.sub(pattern, repl, word, count=1)
        if changed != word:
            return changed
    if known:
        return rng.choice(known)
    return word


MISSPELLINGS: dict[str, WordFn] = {
    "drop": drop_letter,
    "swap": swap_letters,
    "double": double_letter,
    "wrong": wrong_letter,
    "phonetic": phonetic,
}


SHORT_WORD_UNSAFE = frozenset({"drop", "wrong"})


def misspell(seed: str, method: str, rng: random.Random) -> str:
    """Misspell the marked words of ``seed`` with ``method`` (``nospace`` joins words)."""
    if method == "nospace":
        spans = list(MARK.finditer(seed))
        pick = rng.choice(spans)
        before, after = seed[: pick.start()], seed[pick.end() :]
        if after.startswith(" ") and (rng.random() < 0.6 or not before.endswith(" ")):
            after = after[1:]
        elif before.endswith(" "):
            before = before[:-1]
        return strip_marks(before + pick.group(1) + after)
    fn = MISSPELLINGS[method]
    spans = list(MARK.finditer(seed))
    if method in SHORT_WORD_UNSAFE:
        # Dropping or mistyping a letter of a short word leaves a different word, not a typo.
        spans = [m for m in spans if len(m.group(1)) >= 6]
        if not spans:
            return strip_marks(seed)
    first = rng.randrange(len(spans))
    out: list[str] = []
    last = 0
    for n, m in enumerate(spans):
        out.append(seed[last : m.start()])
        word = m.group(1)
        out.append(fn(word, rng) if n == first or rng.random() < 0.4 else word)
        last = m.end()
    out.append(seed[last:])
    return strip_marks("".join(out))


# --- scam obfuscation -----------------------------------------------------------------------

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DIGIT_LETTERS: dict[str, str] = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}
KEYCAP = "\ufe0f\u20e3"


def _split_url(url: str) -> tuple[str, str, str]:
    scheme = ""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            scheme, url = prefix, url[len(prefix) :]
    host, slash, path = url.partition("/")
    return scheme, host, slash + path


def obfuscate_url(url: str, method: str, rng: random.Random) -> str:
    """Write a link so it no longer looks like one."""
    scheme, host, path = _split_url(url)
    if method == "hxxp":
        return (scheme or "https://").replace("http", "hxxp") + host.replace(".", "[.]") + path
    if method == "brackets":
        return host.replace(".", "[.]") + path
    if method == "parens":
        return host.replace(".", "(.)") + path
    if method == "dot_word":
        word = rng.choice((" dot ", " DOT ", " (dot) "))
        return host.replace(".", word) + path
    if method == "spaced":
        return host.replace(".", " . ") + path.replace("/", " / ")
    if method == "remove_spaces":
        cut = rng.randint(2, max(2, len(host) - 2))
        glued = host[:cut] + " " + host[cut:].replace(".", " . ")
        return glued + path + rng.choice((" (remove the spaces)", " (no spaces)"))
    if method == "homoglyph":
        return scheme + _replace_some(host, CYRILLIC, rng) + path
    raise ValueError(method)


URL_METHODS = ("hxxp", "brackets", "parens", "dot_word", "spaced", "remove_spaces", "homoglyph")


def obfuscate_tel(tel: str, method: str, rng: random.Random) -> str:
    """Write a phone number so a digit pattern no longer matches it."""
    if method == "words":
        spoken = [
            " ".join(DIGIT_WORDS[int(ch)] for ch in group if ch.isdigit()) for group in tel.split()
        ]
        return ("plus " if tel.startswith("+") else "") + ", ".join(spoken)
    if method == "letters":
        spots = [i for i, ch in enumerate(tel) if ch in DIGIT_LETTERS]
        chosen = set(rng.sample(spots, max(1, (len(spots) * 2) // 3)))
        return "".join(DIGIT_LETTERS[ch] if i in chosen else ch for i, ch in enumerate(tel))
    if method == "separators":
        sep = rng.choice((".", "-", "*", "/", "_", " "))
        plus = "+" if tel.startswith("+") else ""
        return plus + sep.join(ch for ch in tel if ch.isdigit())
    if method == "mixed":
        out: list[str] = []
        for ch in tel:
            if ch.isdigit() and rng.random() < 0.5:
                out.append(" " + DIGIT_WORDS[int(ch)] + " ")
            else:
                out.append(ch)
        return re.sub(r" {2,}", " ", "".join(out)).strip()
    if method == "keycaps":
        return "".join(ch + KEYCAP if ch.isdigit() else ch for ch in tel)
    raise ValueError(method)


TEL_METHODS = ("words", "letters", "separators", "mixed", "keycaps")

LURE_METHODS: dict[str, WordFn] = {
    "lure_leet": leet,
    "lure_cyrillic": cyrillic,
    "lure_greek": greek,
    "lure_mathbold": math_style("sans_bold"),
    "lure_fullwidth": fullwidth,
    "lure_spacing": spacing,
    "lure_punct": punct,
    "lure_zerowidth": zero_width,
    "lure_diacritics": diacritics,
}


def obfuscate_scam(seed: str, rng: random.Random, avoid: frozenset[str]) -> tuple[str, str]:
    """Obfuscate the links, numbers and (sometimes) lure words of a scam seed.

    Returns the text and a ``+``-joined tag of the methods used; ``avoid`` lists methods a
    previous use of the same seed already took.
    """
    used: list[str] = []

    def pick(options: tuple[str, ...]) -> str:
        fresh = [o for o in options if o not in avoid] or list(options)
        return rng.choice(fresh)

    def on_url(m: re.Match[str]) -> str:
        method = pick(URL_METHODS)
        used.append("url_" + method)
        return obfuscate_url(m.group(1), method, rng)

    def on_tel(m: re.Match[str]) -> str:
        method = pick(TEL_METHODS)
        used.append("tel_" + method)
        return obfuscate_tel(m.group(1), method, rng)

    text = URL_MARK.sub(on_url, seed)
    text = TEL_MARK.sub(on_tel, text)
    if not used or rng.random() < 0.4:
        lure = pick(tuple(LURE_METHODS))
        used.append(lure)
        fn = LURE_METHODS[lure]
        spans = list(MARK.finditer(text))
        chosen = set(rng.sample(range(len(spans)), rng.randint(1, min(2, len(spans)))))
        text = _apply_to_spans(text, spans, chosen, fn, rng)
    return strip_marks(text), "+".join(used)


def _apply_to_spans(
    text: str, spans: list[re.Match[str]], chosen: set[int], fn: WordFn, rng: random.Random
) -> str:
    out: list[str] = []
    last = 0
    for n, m in enumerate(spans):
        out.append(text[last : m.start()])
        out.append(fn(m.group(1), rng) if n in chosen else m.group(1))
        last = m.end()
    out.append(text[last:])
    return "".join(out)
