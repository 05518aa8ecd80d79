"""Build the locked9 held-out test set for the contactbot moderation detector.

Date: 2026-12-06.

Written by an independent test-data author WITHOUT reading the detector, its
training data, its benchmarks or any other test set.  Every text is the author's
own writing (hand-written pools plus the author's own disguise/misspelling
transforms of hand-written seeds).  This set is measured exactly once for an honest
held-out figure: it must NEVER be trained on, tuned on, or used to pick thresholds.

Regenerate (from the repository root):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked9.make_locked9

Output: locked9.jsonl next to this file, one JSON object per line with keys
text, label ("offensive" | "benign"), category and source (how the text was made).
The build raises if a category count is not met, a hand-written text is
duplicated, or any other self-check fails.  Rows are shuffled with a fixed seed.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from . import (
    pool_chatter,
    pool_commerce,
    pool_counter,
    pool_disguised,
    pool_disguised_benign,
    pool_everyday,
    pool_hate,
    pool_hate_noslur,
    pool_insult,
    pool_misspelled,
    pool_negated,
    pool_reclaimed,
    pool_scam,
    pool_scam_disguised,
)
from .poolutil import strip_marks
from .transforms_disguise import BENIGN_METHODS, OFFENSIVE_METHODS, disguise_all
from .transforms_scam import DOMAIN_RE, scam_disguise_all
from .transforms_spelling import misspell_all

SEED = 91206
NAME = "locked9"
OUTPUT = Path(__file__).with_name(f"{NAME}.jsonl")

OFFENSIVE = "offensive"
BENIGN = "benign"

COUNTS: dict[str, tuple[str, int]] = {
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
    "disguised_benign": (BENIGN, 130),
    "commerce": (BENIGN, 70),
}
TOTAL = 2290

LINK_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
# "<group> are <something>" near the start of a hate_noslur text.
GROUP_ARE_RE = re.compile(r"^\W*[\w' -]{0,30}?\b(are|r)\b", re.IGNORECASE)

Row = dict[str, str]


class BuildError(RuntimeError):
    """A self-check of the locked9 build failed."""


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _row(text: str, category: str, source: str) -> Row:
    return {"text": text, "label": COUNTS[category][0], "category": category, "source": source}


def _has_link(text: str) -> bool:
    return bool(LINK_RE.search(text) or DOMAIN_RE.search(text))


def hand_written() -> dict[str, list[tuple[str, str]]]:
    """Every hand-written row, by category, as (text, source)."""

    def tag(texts: list[str], source: str) -> list[tuple[str, str]]:
        return [(t, source) for t in texts]

    scam = [(t, "HAND_LINK" if _has_link(t) else "HAND_NOLINK") for t in pool_scam.SCAM_PLAIN]
    return {
        "insult": tag(pool_insult.INSULT, "HAND"),
        "vulgar": tag(pool_insult.VULGAR, "HAND"),
        "threat": tag(pool_insult.THREAT, "HAND"),
        "hate_slur": tag(pool_hate.HATE_SLUR, "HAND"),
        "hate_noslur": tag(pool_hate_noslur.HATE_NOSLUR, "HAND"),
        "disguised": tag(pool_disguised.DISGUISED_HAND, "HAND_DIS"),
        "misspelled": tag(pool_misspelled.MISSPELLED_HAND, "HAND_MISS"),
        "scam_plain": scam,
        "scam_disguised": tag(pool_scam_disguised.SCAM_DISGUISED_HAND, "HAND_SCD"),
        "everyday": tag(pool_everyday.EVERYDAY, "HAND"),
        "chatter": tag(pool_chatter.CHATTER, "HAND"),
        "counter": tag(pool_counter.COUNTER, "HAND"),
        "negated": tag(pool_negated.NEGATED, "HAND"),
        "reclaimed": tag(pool_reclaimed.RECLAIMED, "HAND"),
        "nonprotected": tag(pool_reclaimed.NONPROTECTED, "HAND"),
        "disguised_benign": tag(pool_disguised_benign.DISGUISED_BENIGN_HAND, "HAND_DB"),
        "commerce": tag(pool_commerce.COMMERCE, "HAND"),
    }


SEED_POOLS: dict[str, list[str]] = {
    "disguised": pool_disguised.DISGUISED_SEEDS,
    "misspelled": pool_misspelled.MISSPELLED_SEEDS,
    "scam_disguised": pool_scam_disguised.SCAM_DISGUISED_SEEDS,
    "disguised_benign": pool_disguised_benign.DISGUISED_BENIGN_SEEDS,
}


def generated() -> dict[str, list[tuple[str, str]]]:
    """Rows produced by the transforms from the seed pools, as (text, source)."""

    def rng(part: str) -> random.Random:
        return random.Random(f"{SEED}:{NAME}:{part}")

    return {
        "disguised": disguise_all(SEED_POOLS["disguised"], rng("disguised"), OFFENSIVE_METHODS),
        "misspelled": misspell_all(SEED_POOLS["misspelled"], rng("misspelled")),
        "scam_disguised": scam_disguise_all(SEED_POOLS["scam_disguised"], rng("scam")),
        "disguised_benign": disguise_all(
            SEED_POOLS["disguised_benign"], rng("disguised_benign"), BENIGN_METHODS
        ),
    }


def check_hand_unique(hand: dict[str, list[tuple[str, str]]]) -> None:
    seen: dict[str, str] = {}
    for category, items in hand.items():
        for text, _ in items:
            key = _norm(text)
            if key in seen:
                raise BuildError(
                    f"duplicate hand-written text in {category} and {seen[key]}: {text!r}"
                )
            seen[key] = category
    for category, seeds in SEED_POOLS.items():
        keys = [_norm(strip_marks(s)) for s in seeds]
        if len(set(keys)) != len(keys):
            dupes = sorted({k for k in keys if keys.count(k) > 1})
            raise BuildError(f"duplicate seed text in {category}: {dupes}")


def check_rows(rows: list[Row]) -> None:
    by_cat: dict[str, list[Row]] = {}
    for row in rows:
        by_cat.setdefault(row["category"], []).append(row)
        if not row["text"].strip():
            raise BuildError(f"empty text in {row['category']}")
        if row["label"] != COUNTS[row["category"]][0]:
            raise BuildError(f"wrong label for {row['category']}: {row['text']!r}")
    for category, (_, want) in COUNTS.items():
        got = len(by_cat.get(category, []))
        if got != want:
            raise BuildError(f"category {category}: {got} rows, expected {want}")
    if len(rows) != TOTAL or sum(n for _, n in COUNTS.values()) != TOTAL:
        raise BuildError(f"total {len(rows)} rows, expected {TOTAL}")
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        dupes = sorted({t for t in texts if texts.count(t) > 1})
        raise BuildError(f"duplicate output texts: {dupes[:5]}")
    scam = by_cat["scam_plain"]
    nolink = sum(r["source"] == "HAND_NOLINK" for r in scam)
    if nolink < 0.6 * len(scam):
        raise BuildError(f"scam_plain: only {nolink}/{len(scam)} without a link")
    shaped = sum(bool(GROUP_ARE_RE.search(r["text"])) for r in by_cat["hate_noslur"])
    if shaped > len(by_cat["hate_noslur"]) // 2:
        raise BuildError(f"hate_noslur: {shaped} texts look like '<group> are <word>'")


def build() -> list[Row]:
    hand = hand_written()
    check_hand_unique(hand)
    rows = [_row(t, cat, src) for cat, items in hand.items() for t, src in items]
    rows += [_row(t, cat, src) for cat, items in generated().items() for t, src in items]
    check_rows(rows)
    random.Random(SEED).shuffle(rows)
    return rows


def main() -> None:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["category"]] = counts.get(row["category"], 0) + 1
    for category in COUNTS:
        print(f"{category:18s} {counts[category]:5d}")
    print(f"{'total':18s} {len(rows):5d} -> {OUTPUT.name}")


if __name__ == "__main__":
    main()
