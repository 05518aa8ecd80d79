"""Build the locked11 held-out test set for the status-text moderation detector.

Date: 2026-12-06.

Written by an independent test-data author who read no detector code, no
training data and no other test, validation or locked set. Every text is the
author's own: hand-written pools (pool_*.py) plus the author's own
deterministic disguise transforms (transforms.py) applied to hand-written
seeds for the disguised, scam_disguised and disguised_benign categories.
The misspelled category is hand-typed with natural misspellings.

This is a LOCKED set: measure it exactly once per round and never tune,
train, pick thresholds or write rules against it. Regenerate from the
repository root with:

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked11.make_locked11

Output: locked11.jsonl next to this file, one JSON object per line with
"text", "label" ("offensive" | "benign"), "category" and "source"
("HAND", "HAND_MISS" or "HAND_DISGUISED"). Standard library only.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from .pool_benign_seeds import BENIGN_SEEDS
from .pool_chatter import CHATTER
from .pool_counter import COUNTER
from .pool_disguised_seeds import DISGUISED_SEEDS
from .pool_everyday import EVERYDAY
from .pool_hate_noslur import HATE_NOSLUR
from .pool_hate_slur import HATE_SLUR
from .pool_insult import INSULT
from .pool_misspelled import MISSPELLED
from .pool_negated import NEGATED
from .pool_nonprotected_commerce import COMMERCE, NONPROTECTED
from .pool_reclaimed import RECLAIMED
from .pool_scam import SCAM_PLAIN
from .pool_scam_seeds import SCAM_SEEDS
from .pool_vulgar_threat import THREAT, VULGAR
from .transforms import TEXT_STYLES, WORD_STYLES, disguise, strip_marks

OUT = Path(__file__).with_name("locked11.jsonl")
SEED = 20261206
MAX_CHARS = 300

OFFENSIVE, BENIGN = "offensive", "benign"

EXPECTED = {
    "hate_slur": (OFFENSIVE, 110),
    "hate_noslur": (OFFENSIVE, 200),
    "insult": (OFFENSIVE, 100),
    "vulgar": (OFFENSIVE, 70),
    "threat": (OFFENSIVE, 80),
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
TOTAL = 2290

PLAIN_POOLS = {
    "hate_slur": (HATE_SLUR, "HAND"),
    "hate_noslur": (HATE_NOSLUR, "HAND"),
    "insult": (INSULT, "HAND"),
    "vulgar": (VULGAR, "HAND"),
    "threat": (THREAT, "HAND"),
    "misspelled": (MISSPELLED, "HAND_MISS"),
    "scam_plain": (SCAM_PLAIN, "HAND"),
    "everyday": (EVERYDAY, "HAND"),
    "chatter": (CHATTER, "HAND"),
    "counter": (COUNTER, "HAND"),
    "negated": (NEGATED, "HAND"),
    "reclaimed": (RECLAIMED, "HAND"),
    "nonprotected": (NONPROTECTED, "HAND"),
    "commerce": (COMMERCE, "HAND"),
}

# (seed block, is a scam, styles allowed). Word-level styles are listed twice so
# they come up about twice as often as whole-text fonts. Masking ("f*ck") is
# kept for abuse only: a masked scam or greeting would no longer be readable.
SEEDED_POOLS = {
    "disguised": (DISGUISED_SEEDS, False, [*WORD_STYLES, *WORD_STYLES, *TEXT_STYLES]),
    "scam_disguised": (
        SCAM_SEEDS,
        True,
        [s for s in [*WORD_STYLES, *WORD_STYLES, *TEXT_STYLES] if not s.startswith("masked")],
    ),
    "disguised_benign": (
        BENIGN_SEEDS,
        False,
        [s for s in [*WORD_STYLES, *WORD_STYLES, *TEXT_STYLES] if not s.startswith("masked")],
    ),
}


def lines(block: str) -> list[str]:
    """Non-empty, stripped lines of a hand-written pool block."""
    return [line.strip() for line in block.splitlines() if line.strip()]


def dedup_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def build_seeded(category: str, rng: random.Random) -> list[dict[str, str]]:
    block, scam, styles = SEEDED_POOLS[category]
    seeds = lines(block)
    schedule: list[str] = []
    while len(schedule) < len(seeds):
        batch = list(styles)
        rng.shuffle(batch)
        schedule.extend(batch)
    rows = []
    for seed, style in zip(seeds, schedule, strict=False):
        assert "{" in seed, f"seed without a marked span: {seed!r}"
        plain = strip_marks(seed)
        text = disguise(seed, style, rng, scam=scam)
        if text == plain:  # a style that happened to leave it unchanged
            text = disguise(seed, "homoglyph_zero_width", rng, scam=scam)
        assert text != plain and "{" not in text and "}" not in text, (seed, style, text)
        rows.append({"text": text, "category": category, "source": "HAND_DISGUISED"})
    return rows


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    for category, (block, source) in PLAIN_POOLS.items():
        for text in lines(block):
            assert "{" not in text and "}" not in text, f"stray brace in {category}: {text!r}"
            rows.append({"text": text, "category": category, "source": source})
    for category in SEEDED_POOLS:
        rows.extend(build_seeded(category, random.Random(f"{SEED}-{category}")))
    for row in rows:
        row["label"] = EXPECTED[row["category"]][0]
    rng.shuffle(rows)
    return [
        {"text": r["text"], "label": r["label"], "category": r["category"], "source": r["source"]}
        for r in rows
    ]


def check(rows: list[dict[str, str]]) -> None:
    counts = Counter(r["category"] for r in rows)
    for category, (_label, n) in EXPECTED.items():
        assert counts[category] == n, f"{category}: {counts[category]} != {n}"
    assert set(counts) == set(EXPECTED), set(counts) ^ set(EXPECTED)
    assert len(rows) == TOTAL, len(rows)
    for r in rows:
        assert r["label"] == EXPECTED[r["category"]][0], r
        assert r["label"] in (OFFENSIVE, BENIGN), r
        assert r["source"] in ("HAND", "HAND_MISS", "HAND_DISGUISED"), r
        assert r["text"] == r["text"].strip() and r["text"], r
        assert len(r["text"]) <= MAX_CHARS, (len(r["text"]), r["text"])
    keys = Counter(dedup_key(r["text"]) for r in rows)
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"duplicates: {dupes[:5]}"


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(r["category"] for r in rows)
    labels = Counter(r["label"] for r in rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    for category in EXPECTED:
        print(f"  {category:17s} {counts[category]:4d}  {EXPECTED[category][0]}")
    print(f"  offensive {labels[OFFENSIVE]}, benign {labels[BENIGN]}")


if __name__ == "__main__":
    main()
