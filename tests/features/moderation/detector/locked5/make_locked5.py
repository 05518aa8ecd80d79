"""Write locked5.jsonl: a held-out test set of Matrix profile statuses for the detector.

Written 2026-12-05 by a test-data author independent of the detector's tuners, without
reading the detector, its word lists, its training data or any other test set (devset,
locked, locked2, locked3, locked4).  Every text and transform here is the author's own.

This set must NEVER be trained or tuned on, nor copied into training data, word lists
or rules: its only use is to measure the detector honestly on text its tuners never saw.

Regenerate (deterministic, standard library only):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked5.make_locked5
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import transforms as tf
from .pools_abuse import INSULT, THREAT, VULGAR
from .pools_benign import EVERYDAY
from .pools_benign2 import CHATTER, COMMERCE, NONPROTECTED
from .pools_benign3 import COUNTER
from .pools_benign4 import NEGATED, RECLAIMED_HOMONYM, RECLAIMED_SELF
from .pools_benign5 import DISGUISED_BENIGN_BASE
from .pools_disguise import DISGUISE_BASE, MISSPELL_BASE, PHONETIC
from .pools_hate import HATE_SLUR
from .pools_hate2 import FRAMES, GROUPS, HATE_NOSLUR
from .pools_scams import SCAM_LINK, SCAM_NOLINK
from .pools_scams2 import SCAM_DISGUISE_LINK, SCAM_DISGUISE_NOLINK

SEED = 20261205
OUT = Path(__file__).with_name("locked5.jsonl")

OFFENSIVE = "offensive"
BENIGN = "benign"

# category -> (label, target rows)
TARGETS: dict[str, tuple[str, int]] = {
    "insult": (OFFENSIVE, 100),
    "vulgar": (OFFENSIVE, 70),
    "threat": (OFFENSIVE, 80),
    "hate_slur": (OFFENSIVE, 110),
    "hate_noslur": (OFFENSIVE, 200),
    "disguised": (OFFENSIVE, 200),
    "misspelled": (OFFENSIVE, 200),
    "scam_plain": (OFFENSIVE, 180),
    "scam_disguised": (OFFENSIVE, 160),
    "everyday": (BENIGN, 200),
    "chatter": (BENIGN, 130),
    "counter": (BENIGN, 160),
    "negated": (BENIGN, 120),
    "reclaimed": (BENIGN, 100),
    "nonprotected": (BENIGN, 80),
    "commerce": (BENIGN, 70),
    "disguised_benign": (BENIGN, 130),
}
SCAM_PLAIN_NOLINK = 115  # of 180: at least 60 % without a link
SCAM_DISGUISED_NOLINK = 100  # of 160

Candidate = tuple[str, str]  # (text, source)

OFF_DISGUISES = [
    "homoglyph_cyr", "homoglyph_greek", "fullwidth", "math_font", "spacing", "leet",
    "mask", "zero_width", "repeat", "punct_inside", "mixed_case", "emoji_letters",
    "diacritics", "combo",
]  # fmt: skip
BENIGN_DISGUISES = [
    "spacing", "homoglyph_cyr", "homoglyph_greek", "emoji_words", "emoji_letters", "leet",
    "math_font", "fullwidth", "zero_width", "repeat", "mixed_case", "punct_inside",
    "diacritics",
]  # fmt: skip
LURE_DISGUISES = [
    "leet", "homoglyph_cyr", "homoglyph_greek", "spacing", "emoji_letters", "emoji_words",
    "zero_width", "mixed_case", "math_font", "fullwidth", "punct_inside", "repeat", "combo",
]  # fmt: skip
MISSPELLINGS = ["drop", "swap", "double", "wrong", "phonetic", "nospace"]

URL_SHORTENER = re.compile(r"\b(bit\.ly|tinyurl\.com|cutt\.ly)/")
URL_IP = re.compile(r"\bhttps?://\d+\.\d+\.\d+\.\d+")


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class Collector:
    """Gathers rows, dropping exact duplicates (and near-duplicates for plain text)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.seen: set[str] = set()
        self.seen_norm: set[str] = set()

    def fill(
        self, category: str, candidates: Iterable[Candidate], want: int, near: bool = True
    ) -> None:
        label = TARGETS[category][0]
        got = 0
        for text, source in candidates:
            if got == want:
                return
            assert "{" not in text and "}" not in text, text
            key = _norm(text)
            if text in self.seen or (near and key in self.seen_norm):
                continue
            self.seen.add(text)
            self.seen_norm.add(key)
            self.rows.append(
                {"text": text, "label": label, "category": category, "source": source}
            )
            got += 1
        if got < want:
            raise SystemExit(f"{category}: only {got} of {want} rows")


def shuffled(rng: random.Random, items: Iterable[str]) -> list[str]:
    out = list(items)
    rng.shuffle(out)
    return out


def from_pool(rng: random.Random, pool: list[str], source: str) -> Iterator[Candidate]:
    for text in shuffled(rng, pool):
        yield text, source


def threat_source(text: str) -> str:
    low = text.lower()
    if any(w in low for w in ("kill yourself", "kys", "hang yourself", "until you kill")):
        return "THREAT:selfharm"
    if any(w in low for w in ("address", "dox", "leak", "workplace", "school", " ip ", "route")):
        return "THREAT:dox"
    if low.startswith(("someone", "everyone", "whoever", "we should")):
        return "THREAT:incite"
    return "THREAT:violence"


def threats(rng: random.Random) -> Iterator[Candidate]:
    for text in shuffled(rng, THREAT):
        yield text, threat_source(text)


def hate_noslur(rng: random.Random) -> Iterator[Candidate]:
    yield from from_pool(rng, HATE_NOSLUR, "HATE_NOSLUR")
    groups = shuffled(rng, GROUPS)
    g = 0
    for _ in range(3):  # each frame at most three times, each time with another group
        for frame in shuffled(rng, FRAMES):
            text = frame.replace("{G}", groups[g % len(groups)])
            g += 1
            if rng.random() < 0.2:
                text = text[0].upper() + text[1:]
            yield text, "HATE_NOSLUR:template"


def disguised(
    rng: random.Random, bases: list[str], methods: list[str], tag: str, per_base: int
) -> Iterator[Candidate]:
    """Each base at most ``per_base`` times, with the methods taken in rotation."""
    i = rng.randrange(len(methods))
    for _ in range(per_base):
        for base in shuffled(rng, bases):
            for _attempt in range(len(methods)):
                method = methods[i % len(methods)]
                i += 1
                text = tf.disguise(base, method, rng)
                if text != tf.plain(base):
                    yield text, f"{tag}:{method}"
                    break


def misspell(base: str, method: str, rng: random.Random) -> str:
    if method == "nospace":
        return tf.no_spaces(base, rng)
    words = tf.marked_words(base)
    # Dropping, swapping or changing a letter of a short word (abos, jews) makes it
    # unreadable, so those methods only touch words of five letters or more.
    short_ok = method in ("double", "phonetic")
    fit = [i for i, w in enumerate(words) if short_ok or len(w) >= 5]
    if not fit:
        return tf.plain(base)
    # Usually the first key word (the group or slur); sometimes two key words.
    chosen = {fit[0]} if rng.random() < 0.6 else set(rng.sample(fit, min(2, len(fit))))
    position = iter(range(len(words)))

    def one(word: str, r: random.Random) -> str:
        if next(position) not in chosen:
            return word
        if method == "phonetic":
            return tf.phonetic(word, r, PHONETIC)
        return tf.MISSPELL_METHODS[method](word, r)

    return tf.on_marked(base, one, rng)


def misspelled(rng: random.Random) -> Iterator[Candidate]:
    i = rng.randrange(len(MISSPELLINGS))
    for _ in range(3):
        for base in shuffled(rng, MISSPELL_BASE):
            for _attempt in range(len(MISSPELLINGS)):
                method = MISSPELLINGS[i % len(MISSPELLINGS)]
                i += 1
                text = misspell(base, method, rng)
                if text != tf.plain(base):
                    yield text, f"MISSPELLED:{method}"
                    break


def scam_link_source(text: str) -> str:
    if URL_SHORTENER.search(text):
        return "SCAM_PLAIN:shortener"
    if URL_IP.search(text):
        return "SCAM_PLAIN:ip_url"
    return "SCAM_PLAIN:link"


def scam_plain_links(rng: random.Random) -> Iterator[Candidate]:
    for text in shuffled(rng, SCAM_LINK):
        yield text, scam_link_source(text)


def obfuscate_scam(base: str, rng: random.Random, k: int) -> tuple[str, str]:
    """Obfuscate the link or phone number (rotating methods) and maybe the lure words."""
    parts: list[str] = []
    if tf.LINK.search(base):
        method = tf.LINK_METHODS[k % len(tf.LINK_METHODS)]
        base = tf.LINK.sub(lambda m: tf.obfuscate_link(m.group(1), method, rng), base)
        parts.append("link_" + method)
    elif tf.PHONE.search(base):
        method = tf.PHONE_METHODS[k % len(tf.PHONE_METHODS)]
        base = tf.PHONE.sub(lambda m: tf.obfuscate_phone(m.group(1), method, rng), base)
        parts.append("phone_" + method)
    if not parts or rng.random() < 0.5:
        lure = LURE_DISGUISES[(k * 7 + rng.randrange(3)) % len(LURE_DISGUISES)]
        base = tf.disguise(base, lure, rng)
        parts.append(lure)
    return tf.plain(base), "SCAM_DISGUISED:" + "+".join(parts)


def scam_disguised(rng: random.Random, bases: list[str]) -> Iterator[Candidate]:
    k = rng.randrange(20)
    for _ in range(3):
        for base in shuffled(rng, bases):
            k += 1
            text, source = obfuscate_scam(base, rng, k)
            if text != tf.plain(base):
                yield text, source


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    c = Collector()
    n = {name: want for name, (_, want) in TARGETS.items()}
    c.fill("insult", from_pool(rng, INSULT, "INSULT"), n["insult"])
    c.fill("vulgar", from_pool(rng, VULGAR, "VULGAR"), n["vulgar"])
    c.fill("threat", threats(rng), n["threat"])
    c.fill("hate_slur", from_pool(rng, HATE_SLUR, "HATE_SLUR"), n["hate_slur"])
    c.fill("hate_noslur", hate_noslur(rng), n["hate_noslur"])
    c.fill(
        "disguised",
        disguised(rng, DISGUISE_BASE, OFF_DISGUISES, "DISGUISED", 2),
        n["disguised"],
        near=False,
    )
    c.fill("misspelled", misspelled(rng), n["misspelled"], near=False)
    c.fill("scam_plain", from_pool(rng, SCAM_NOLINK, "SCAM_PLAIN:nolink"), SCAM_PLAIN_NOLINK)
    c.fill("scam_plain", scam_plain_links(rng), n["scam_plain"] - SCAM_PLAIN_NOLINK)
    no_link = SCAM_DISGUISED_NOLINK
    c.fill("scam_disguised", scam_disguised(rng, SCAM_DISGUISE_NOLINK), no_link, near=False)
    with_link = n["scam_disguised"] - no_link
    c.fill("scam_disguised", scam_disguised(rng, SCAM_DISGUISE_LINK), with_link, near=False)
    c.fill("everyday", from_pool(rng, EVERYDAY, "EVERYDAY"), n["everyday"])
    c.fill("chatter", from_pool(rng, CHATTER, "CHATTER"), n["chatter"])
    c.fill("counter", from_pool(rng, COUNTER, "COUNTER"), n["counter"])
    c.fill("negated", from_pool(rng, NEGATED, "NEGATED"), n["negated"])
    c.fill("reclaimed", reclaimed(rng), n["reclaimed"])
    c.fill("nonprotected", from_pool(rng, NONPROTECTED, "NONPROTECTED"), n["nonprotected"])
    c.fill("commerce", from_pool(rng, COMMERCE, "COMMERCE"), n["commerce"])
    c.fill(
        "disguised_benign",
        disguised(rng, DISGUISED_BENIGN_BASE, BENIGN_DISGUISES, "DISGUISED_BENIGN", 2),
        n["disguised_benign"],
        near=False,
    )
    rows = c.rows
    rng.shuffle(rows)
    return rows


def reclaimed(rng: random.Random) -> Iterator[Candidate]:
    tagged = [(t, "RECLAIMED:self") for t in RECLAIMED_SELF]
    tagged += [(t, "RECLAIMED:homonym") for t in RECLAIMED_HOMONYM]
    rng.shuffle(tagged)
    yield from tagged


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(row["category"] for row in rows)
    for name, (label, _) in TARGETS.items():
        print(f"{name:18} {label:9} {counts[name]:4}")
    print(f"{'total':28} {len(rows):4}  -> {OUT}")


if __name__ == "__main__":
    main()
