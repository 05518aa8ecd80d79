"""Build the locked14 held-out test set for the status-text moderation detector.

Date: 2026-12-06.

Author statement: written by an independent test-data author who did not see the
detector code, its training data, its wordlists, its other test sets, its docs or
its history. Every text in the pool_*.py modules was written by hand for this set
in the register of online gaming and sports fandom (Discord, Twitch/Kick chat,
Steam and console party chat, esports, football, rugby, cricket and AFL fan chat)
in Australian, New Zealand and British English. No text was downloaded or copied
from any corpus. Disguised and misspelled rows are produced from those hand-written
seeds only, by the deterministic transforms in transforms.py, scam_disguise.py and
misspell.py, with fixed random seeds.

Regenerate (from the repository root):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked14.make_locked14

Output: locked14.jsonl next to this file, one JSON object per line with the keys
text, label ("offensive" or "benign"), category and source ("HAND",
"HAND_DISGUISED" or "HAND_MISS"), shuffled with a fixed seed, without duplicate
texts (case-insensitive, whitespace-normalised).
"""

import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from .misspell import misspell
from .pool_chatter import CHATTER
from .pool_counter import COUNTER
from .pool_everyday import EVERYDAY
from .pool_hate_noslur import HATE_NOSLUR
from .pool_hate_slur import HATE_SLUR
from .pool_insult_vulgar import INSULT, VULGAR
from .pool_negated import NEGATED
from .pool_nonprotected_commerce import COMMERCE, NONPROTECTED
from .pool_reclaimed import RECLAIMED
from .pool_scam import SCAM_PLAIN
from .pool_scam_links import SCAM_LINK_SEEDS
from .pool_threat import THREAT
from .scam_disguise import disguise_scam
from .transforms import disguise_benign, disguise_offensive

OUT_PATH: Path = Path(__file__).with_name("locked14.jsonl")
SHUFFLE_SEED: int = 14_2026_1206
MAX_WORDS: int = 40
MIN_WORDS: int = 2

Row = dict[str, str]
Transform = Callable[[str, random.Random], str]

PLAIN: list[tuple[str, str, list[str]]] = [
    ("hate_slur", "offensive", HATE_SLUR),
    ("hate_noslur", "offensive", HATE_NOSLUR),
    ("insult", "offensive", INSULT),
    ("vulgar", "offensive", VULGAR),
    ("threat", "offensive", THREAT),
    ("scam_plain", "offensive", SCAM_PLAIN),
    ("everyday", "benign", EVERYDAY),
    ("chatter", "benign", CHATTER),
    ("counter", "benign", COUNTER),
    ("negated", "benign", NEGATED),
    ("reclaimed", "benign", RECLAIMED),
    ("nonprotected", "benign", NONPROTECTED),
    ("commerce", "benign", COMMERCE),
]

EXPECTED: dict[str, int] = {
    "hate_slur": 110,
    "hate_noslur": 200,
    "insult": 100,
    "vulgar": 70,
    "threat": 80,
    "disguised": 200,
    "misspelled": 200,
    "scam_plain": 180,
    "scam_disguised": 160,
    "everyday": 200,
    "chatter": 130,
    "counter": 160,
    "negated": 120,
    "reclaimed": 100,
    "nonprotected": 80,
    "commerce": 70,
    "disguised_benign": 130,
}

# How many seeds each derived category takes from each hand-written pool.
DISGUISED_QUOTA: list[tuple[list[str], int]] = [
    (HATE_SLUR, 60),
    (HATE_NOSLUR, 50),
    (INSULT, 35),
    (VULGAR, 25),
    (THREAT, 30),
]
MISSPELLED_QUOTA: list[tuple[list[str], int]] = [
    (HATE_SLUR, 45),
    (HATE_NOSLUR, 65),
    (INSULT, 35),
    (VULGAR, 25),
    (THREAT, 30),
]
SCAM_DISGUISED_QUOTA: list[tuple[list[str], int]] = [
    (SCAM_LINK_SEEDS, 101),
    (SCAM_PLAIN, 59),
]
BENIGN_DISGUISED_QUOTA: list[tuple[list[str], int]] = [
    (EVERYDAY, 60),
    (CHATTER, 40),
    (COMMERCE, 30),
]


def norm(text: str) -> str:
    """Case-insensitive, whitespace-normalised key for duplicate checks."""
    return " ".join(text.lower().split())


def word_count_ok(text: str) -> bool:
    """True when the text has between MIN_WORDS and MAX_WORDS words."""
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS


def row(text: str, label: str, category: str, source: str) -> Row:
    """Build one output row."""
    return {"text": text, "label": label, "category": category, "source": source}


def split_seeds(
    quotas_a: list[tuple[list[str], int]],
    quotas_b: list[tuple[list[str], int]],
    rng: random.Random,
) -> tuple[list[str], list[str]]:
    """Draw disjoint seed lists for two derived categories from the same pools."""
    a: list[str] = []
    b: list[str] = []
    for (pool, n_a), (pool_b, n_b) in zip(quotas_a, quotas_b, strict=True):
        assert pool is pool_b
        order = list(pool)
        rng.shuffle(order)
        a.extend(order[:n_a])
        b.extend(order[n_a : n_a + n_b])
    return a, b


def draw_seeds(quotas: list[tuple[list[str], int]], rng: random.Random) -> list[str]:
    """Draw seeds without replacement from each pool."""
    out: list[str] = []
    for pool, n in quotas:
        order = list(pool)
        rng.shuffle(order)
        out.extend(order[:n])
    return out


def derive(
    seeds: list[str],
    fn: Transform,
    rng: random.Random,
    seen: set[str],
    label: str,
    category: str,
    source: str,
) -> list[Row]:
    """Transform each seed, retrying until the result is new and in length."""
    rows: list[Row] = []
    for seed in seeds:
        for _ in range(50):
            text = fn(seed, rng)
            key = norm(text)
            if key not in seen and key != norm(seed) and word_count_ok(text):
                break
        else:
            raise RuntimeError(f"could not derive a new text from seed: {seed!r}")
        seen.add(key)
        rows.append(row(text, label, category, source))
    return rows


def build() -> list[Row]:
    """Build all rows, check counts and uniqueness, and shuffle."""
    rows: list[Row] = []
    seen: set[str] = set()
    for category, label, texts in PLAIN:
        for text in texts:
            key = norm(text)
            if key in seen:
                raise ValueError(f"duplicate hand-written text: {text!r}")
            if not word_count_ok(text):
                raise ValueError(f"text outside {MIN_WORDS}-{MAX_WORDS} words: {text!r}")
            seen.add(key)
            rows.append(row(text, label, category, "HAND"))
    for text in SCAM_LINK_SEEDS:
        seen.add(norm(text))

    rng = random.Random(20261206)
    dis_seeds, miss_seeds = split_seeds(DISGUISED_QUOTA, MISSPELLED_QUOTA, rng)
    scam_seeds = draw_seeds(SCAM_DISGUISED_QUOTA, rng)
    benign_seeds = draw_seeds(BENIGN_DISGUISED_QUOTA, rng)

    rows += derive(
        dis_seeds,
        disguise_offensive,
        random.Random(1401),
        seen,
        "offensive",
        "disguised",
        "HAND_DISGUISED",
    )
    rows += derive(
        miss_seeds, misspell, random.Random(1402), seen, "offensive", "misspelled", "HAND_MISS"
    )
    rows += derive(
        scam_seeds,
        disguise_scam,
        random.Random(1403),
        seen,
        "offensive",
        "scam_disguised",
        "HAND_DISGUISED",
    )
    rows += derive(
        benign_seeds,
        disguise_benign,
        random.Random(1404),
        seen,
        "benign",
        "disguised_benign",
        "HAND_DISGUISED",
    )

    counts = Counter(r["category"] for r in rows)
    if dict(counts) != EXPECTED:
        raise ValueError(f"category counts differ from the brief: {dict(counts)}")
    keys = [norm(r["text"]) for r in rows]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate texts in output")
    random.Random(SHUFFLE_SEED).shuffle(rows)
    return rows


def write(rows: list[Row], path: Path) -> None:
    """Write rows as JSON lines (UTF-8, non-ASCII kept as is)."""
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    """Build, write and print category counts."""
    rows = build()
    write(rows, OUT_PATH)
    counts = Counter(r["category"] for r in rows)
    labels = Counter(r["label"] for r in rows)
    sources = Counter(r["source"] for r in rows)
    for category in EXPECTED:
        print(f"{category:18s} {counts[category]:5d}")
    print(f"{'total':18s} {len(rows):5d}")
    print("labels:", dict(sorted(labels.items())))
    print("sources:", dict(sorted(sources.items())))
    print(f"wrote {OUT_PATH}")


if __name__ == "__main__":
    main()
