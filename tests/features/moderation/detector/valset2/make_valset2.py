"""Build valset2.jsonl, a validation set for the profile-status moderation detector.

Date: 2026-12-06.

Written by an independent author who did not read the detector, its training data, or any
other evaluation set; every text was written by hand for this set (the scam_disguised bases
are then rendered through the disguise transforms in transforms.py).

This is a VALIDATION set that the maintainers read and tune on. It is NOT a locked set, so
scores on it say little about unseen text once it has been used for tuning.

It concentrates on the detector's weak areas: personal insults, threats (explicit, implied,
doxxing with a call to act), plain and disguised scams, and benign chatter or commerce that
looks rough or scammy but should not be flagged.

Regenerate (deterministic, seed 61206) from the repository root:

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.valset2.make_valset2
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from . import (
    pool_chatter_a,
    pool_chatter_b,
    pool_commerce,
    pool_insult,
    pool_scam,
    pool_scam_disguised,
    pool_threat,
    transforms,
)

SEED = 61206
OUTPUT = Path(__file__).with_name("valset2.jsonl")

TARGETS: dict[str, tuple[str, int]] = {
    "insult": ("offensive", 150),
    "threat": ("offensive", 150),
    "scam_plain": ("offensive", 200),
    "scam_disguised": ("offensive", 100),
    "chatter": ("benign", 300),
    "commerce": ("benign", 100),
}

MIN_NOLINK_SHARE = 0.60

LINK = re.compile(
    r"(https?://|www\.|t\.me/|\b[a-z0-9-]+(\.[a-z0-9-]+)*\."
    r"(com|net|org|info|top|xyz|uk|co|in|io|app|shop|support|live|online|gg|help|ru|me|gift)\b)",
    re.IGNORECASE,
)

Row = dict[str, str]


def lines(block: str) -> list[str]:
    """One text per non-empty line of a pool block."""
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def check_no_duplicates(pools: dict[str, list[str]]) -> None:
    """Raise if any hand-written text appears twice, within or across pools."""
    seen: dict[str, str] = {}
    dupes: list[str] = []
    for name, texts in pools.items():
        for text in texts:
            key = _key(transforms.plain(text))
            if key in seen:
                dupes.append(f"{name} / {seen[key]}: {text!r}")
            seen[key] = name
    if dupes:
        raise ValueError("duplicated hand-written texts:\n" + "\n".join(dupes))


def row(text: str, category: str, source: str) -> Row:
    label = TARGETS[category][0]
    return {"text": text, "label": label, "category": category, "source": source}


def scam_plain_rows(texts: list[str]) -> list[Row]:
    rows = [row(t, "scam_plain", "HAND_LINK" if LINK.search(t) else "HAND_NOLINK") for t in texts]
    nolink = sum(1 for r in rows if r["source"] == "HAND_NOLINK")
    if nolink < MIN_NOLINK_SHARE * len(rows):
        raise ValueError(f"scam_plain: only {nolink}/{len(rows)} texts have no link")
    return rows


def scam_disguised_rows(hand: list[str], bases: list[str], rng: random.Random) -> list[Row]:
    rows = [row(t, "scam_disguised", "HAND_DIS") for t in hand]
    order = list(bases)
    rng.shuffle(order)
    names = sorted(transforms.TECHNIQUES)
    for idx, base in enumerate(order):
        technique = names[idx % len(names)]
        rows.append(row(transforms.disguise(base, technique, rng), "scam_disguised", technique))
    return rows


def build() -> list[Row]:
    rng = random.Random(SEED)
    pools = {
        "insult": lines(pool_insult.INSULTS),
        "threat": lines(pool_threat.THREATS),
        "scam_plain": lines(pool_scam.SCAMS),
        "scam_disguised_hand": lines(pool_scam_disguised.DISGUISED_HAND),
        "scam_disguised_bases": lines(pool_scam_disguised.DISGUISED_BASES),
        "chatter": lines(pool_chatter_a.CHATTER_A) + lines(pool_chatter_b.CHATTER_B),
        "commerce": lines(pool_commerce.COMMERCE),
    }
    check_no_duplicates(pools)

    rows: list[Row] = []
    rows += [row(t, "insult", "HAND") for t in pools["insult"]]
    rows += [row(t, "threat", "HAND") for t in pools["threat"]]
    rows += scam_plain_rows(pools["scam_plain"])
    rows += scam_disguised_rows(pools["scam_disguised_hand"], pools["scam_disguised_bases"], rng)
    rows += [row(t, "chatter", "HAND") for t in pools["chatter"]]
    rows += [row(t, "commerce", "HAND") for t in pools["commerce"]]

    counts = Counter(r["category"] for r in rows)
    wrong = {c: (counts.get(c, 0), n) for c, (_, n) in TARGETS.items() if counts.get(c, 0) != n}
    if wrong:
        raise ValueError(f"category counts not met (got, want): {wrong}")
    texts = Counter(r["text"] for r in rows)
    repeated = [t for t, n in texts.items() if n > 1]
    if repeated:
        raise ValueError(f"duplicate output texts: {repeated}")

    rng.shuffle(rows)
    return rows


def write(rows: list[Row], path: Path = OUTPUT) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for r in rows:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    rows = build()
    write(rows)
    counts = Counter((r["label"], r["category"]) for r in rows)
    for (label, category), n in sorted(counts.items()):
        print(f"{label:9} {category:15} {n}")
    print(f"wrote {len(rows)} rows to {OUTPUT}")


if __name__ == "__main__":
    main()
