"""Build the locked12 held-out test set for the status-text moderation detector.

Date: 2026-12-06.

Written by an independent test-data author who read no detector code, no
training data and no other test or benchmark set. Every text is hand-written
for this set (pool_*.py); the `disguised`, `misspelled`, `scam_disguised` and
`disguised_benign` categories additionally use deterministic programmatic
transforms (transforms.py, misspell.py) of hand-written seeds.

This is a LOCKED set: measure it exactly once per round and never tune,
train, threshold or select on it. Do not edit the texts after seeing results.

Regenerate (from the repository root, standard library only):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked12.make_locked12
"""

import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path

from . import transforms as tf
from .misspell import misspell
from .pool_benign_seeds import BENIGN_SEEDS
from .pool_chatter import CHATTER
from .pool_counter import COUNTER
from .pool_disguise_seeds import DISGUISE_SEEDS
from .pool_everyday import EVERYDAY
from .pool_hate_noslur import HATE_NOSLUR
from .pool_hate_slur import HATE_SLUR
from .pool_insult_vulgar import INSULT, VULGAR
from .pool_misc_benign import COMMERCE, NONPROTECTED
from .pool_misspell_seeds import HAND_MISSPELLED, MISSPELL_SEEDS
from .pool_negated import NEGATED
from .pool_reclaimed import RECLAIMED
from .pool_scam import SCAM_PLAIN, SCAM_SEEDS
from .pool_threat import THREAT

SEED = 20261206
OUT = Path(__file__).with_name("locked12.jsonl")

EXPECTED = {
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
OFFENSIVE = {
    "hate_slur",
    "hate_noslur",
    "insult",
    "vulgar",
    "threat",
    "disguised",
    "misspelled",
    "scam_plain",
    "scam_disguised",
}
TOTAL = 2290
MAX_HAND_LEN = 256

ALL_WORD = sorted(tf.WORD_TRANSFORMS)
ALL_TEXT = sorted(tf.TEXT_TRANSFORMS)
OFFENSIVE_WORD = [n for n in ALL_WORD if n != "defang"]
OFFENSIVE_TEXT = [n for n in ALL_TEXT if n != "keycap_digits"]
BENIGN_WORD = [n for n in ALL_WORD if n not in ("defang", "mask")]
BENIGN_TEXT = OFFENSIVE_TEXT


def norm(text: str) -> str:
    return " ".join(text.lower().split())


class Builder:
    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.seen: set[str] = set()
        self.source = "HAND"

    def add(self, text: str, category: str, source: str) -> bool:
        key = norm(text)
        if not key:
            raise ValueError(f"empty text in {category}")
        if key in self.seen:
            return False
        self.seen.add(key)
        label = "offensive" if category in OFFENSIVE else "benign"
        self.rows.append({"text": text, "label": label, "category": category, "source": source})
        return True

    def add_hand(self, texts: Iterable[str], category: str) -> None:
        for text in texts:
            if not self.add(text, category, "HAND"):
                raise ValueError(f"duplicate hand-written text in {category}: {text!r}")

    def add_variants(
        self,
        seeds: Iterable[str],
        category: str,
        rng: random.Random,
        make: Callable[[str, random.Random], tuple[str, str]],
        per_seed: int = 2,
    ) -> None:
        for seed in seeds:
            plain = norm(tf.strip_braces(seed))
            made = 0
            for _ in range(60):
                text, _recipe = make(seed, rng)
                if text == tf.strip_braces(seed) or norm(text) == plain:
                    continue
                if self.add(text, category, self.source):
                    made += 1
                    if made == per_seed:
                        break
            if made != per_seed:
                raise ValueError(f"could not make {per_seed} variants of {seed!r}")


def build() -> list[dict[str, str]]:
    b = Builder()
    b.add_hand(HATE_SLUR, "hate_slur")
    b.add_hand(HATE_NOSLUR, "hate_noslur")
    b.add_hand(INSULT, "insult")
    b.add_hand(VULGAR, "vulgar")
    b.add_hand(THREAT, "threat")
    b.add_hand(SCAM_PLAIN, "scam_plain")
    b.add_hand(EVERYDAY, "everyday")
    b.add_hand(CHATTER, "chatter")
    b.add_hand(COUNTER, "counter")
    b.add_hand(NEGATED, "negated")
    b.add_hand(RECLAIMED, "reclaimed")
    b.add_hand(NONPROTECTED, "nonprotected")
    b.add_hand(COMMERCE, "commerce")

    b.source = "HAND_DISGUISED"
    b.add_variants(
        DISGUISE_SEEDS,
        "disguised",
        random.Random(SEED + 1),
        lambda s, r: tf.disguise(s, r, OFFENSIVE_WORD, OFFENSIVE_TEXT),
    )
    b.add_variants(
        SCAM_SEEDS,
        "scam_disguised",
        random.Random(SEED + 2),
        lambda s, r: tf.disguise(s, r, ALL_WORD, ALL_TEXT, combo_rate=0.4),
    )
    b.add_variants(
        BENIGN_SEEDS,
        "disguised_benign",
        random.Random(SEED + 3),
        lambda s, r: tf.disguise(s, r, BENIGN_WORD, BENIGN_TEXT),
    )

    b.source = "HAND_MISS"
    for text in HAND_MISSPELLED:
        if not b.add(text, "misspelled", "HAND_MISS"):
            raise ValueError(f"duplicate hand-misspelled text: {text!r}")
    b.add_variants(MISSPELL_SEEDS, "misspelled", random.Random(SEED + 4), misspell)
    return b.rows


def check(rows: list[dict[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["category"]] = counts.get(row["category"], 0) + 1
        want = "offensive" if row["category"] in OFFENSIVE else "benign"
        assert row["label"] == want, row
        assert row["source"] in ("HAND", "HAND_DISGUISED", "HAND_MISS"), row
        assert "{" not in row["text"] and "}" not in row["text"], row
        if row["source"] == "HAND":
            assert len(row["text"]) <= MAX_HAND_LEN, row
    assert counts == EXPECTED, counts
    assert len(rows) == TOTAL, len(rows)
    keys = [norm(r["text"]) for r in rows]
    assert len(set(keys)) == len(keys), "duplicates after normalisation"
    return counts


def main() -> None:
    rows = build()
    counts = check(rows)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_off = sum(1 for r in rows if r["label"] == "offensive")
    for cat in EXPECTED:
        print(f"{cat:18s} {counts[cat]:4d}")
    print(f"total {len(rows)}  offensive {n_off}  benign {len(rows) - n_off}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
