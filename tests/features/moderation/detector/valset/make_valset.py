"""Write ``valset.jsonl``, a hand-written validation set of Matrix profile statuses.

Written 2026-12-05 by an author independent of the detector's tuners. This is a
VALIDATION set: the tuners may read it and tune on it. It is NOT a locked test set
and must not be reported as held-out performance.

Every text comes from the hand-written pools in this package; the output is
deterministic (fixed seed, standard library only). Regenerate with::

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.valset.make_valset
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path
from typing import Final

from tests.features.moderation.detector.valset import (
    pool_chatter,
    pool_counter,
    pool_everyday_a,
    pool_everyday_b,
    pool_hate,
    pool_insult,
    pool_negated,
    pool_nonprotected,
    pool_threat,
)

SEED: Final = 20261205
SOURCE: Final = "VALSET"
OUTPUT: Final = Path(__file__).with_name("valset.jsonl")

BENIGN: Final = "benign"
OFFENSIVE: Final = "offensive"

# (category, label, texts, expected count)
POOLS: Final[tuple[tuple[str, str, tuple[str, ...], int], ...]] = (
    ("everyday", BENIGN, pool_everyday_a.TEXTS + pool_everyday_b.TEXTS, 500),
    ("chatter", BENIGN, pool_chatter.TEXTS, 300),
    ("negated", BENIGN, pool_negated.TEXTS, 250),
    ("counter", BENIGN, pool_counter.TEXTS, 150),
    ("nonprotected", BENIGN, pool_nonprotected.TEXTS, 100),
    ("hate_noslur", OFFENSIVE, pool_hate.TEXTS, 250),
    ("threat", OFFENSIVE, pool_threat.TEXTS, 150),
    ("insult", OFFENSIVE, pool_insult.TEXTS, 150),
)


def _key(text: str) -> str:
    """Duplicate key: case-folded, NFKC-normalised, whitespace-collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def build_records() -> list[dict[str, str]]:
    """Collect every pool into records, checking counts and rejecting duplicates."""
    records: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for category, label, texts, expected in POOLS:
        if len(texts) != expected:
            raise ValueError(f"{category}: expected {expected} texts, found {len(texts)}")
        for text in texts:
            if text != text.strip() or not text:
                raise ValueError(f"{category}: text has stray whitespace: {text!r}")
            key = _key(text)
            if key in seen:
                raise ValueError(f"duplicate text in {category} and {seen[key]}: {text!r}")
            seen[key] = category
            records.append({"text": text, "label": label, "category": category, "source": SOURCE})
    random.Random(SEED).shuffle(records)
    return records


def main() -> None:
    """Write the shuffled records to ``valset.jsonl`` and print a summary."""
    records = build_records()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for record in records:
        counts[record["category"]] = counts.get(record["category"], 0) + 1
    print(f"wrote {len(records)} records to {OUTPUT}")
    for category, _label, _texts, _expected in POOLS:
        print(f"  {category}: {counts[category]}")


if __name__ == "__main__":
    main()
