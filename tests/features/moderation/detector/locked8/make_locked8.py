"""Build the locked8 held-out test set for the moderation detector.

Date: 2026-12-06.

Written by an independent author who did not read the detector, its training data, its
docs or benchmarks, or any other test set. Every text is the author's own writing;
disguised and misspelled rows are made from the author's own seeds by the transforms
in this folder. This set is measured once for an honest held-out figure: it must never
be trained or tuned on, and nothing in the detector may be changed because of it.

Regenerate (from the repository root):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked8.make_locked8

The build is deterministic (fixed seed). It raises if a category's count is not met, if
a hand-written text or seed is duplicated, or if a generated row repeats another row.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from .misspell import MISSPELLINGS
from .pool_benign_misc import COMMERCE, DISGUISED_BENIGN_HAND, DISGUISED_BENIGN_SEEDS
from .pool_chatter import CHATTER
from .pool_counter import COUNTER
from .pool_disguised import DISGUISED_HAND, DISGUISED_SEEDS
from .pool_everyday import EVERYDAY
from .pool_hate_noslur import HATE_NOSLUR
from .pool_hate_slur import HATE_SLUR
from .pool_insult import INSULT, VULGAR
from .pool_misspelled import MISSPELLED_HAND, MISSPELLED_SEEDS
from .pool_negated import NEGATED
from .pool_reclaimed import NONPROTECTED, RECLAIMED
from .pool_scam import SCAM_PLAIN
from .pool_scam_disguised import SCAM_DISGUISED_HAND, SCAM_DISGUISED_SEEDS
from .pool_threat import THREAT
from .scamobf import SCAM_OBFUSCATIONS
from .transforms import DISGUISES, Transform, keys, plain

SEED = 20261206
OUT = Path(__file__).with_name("locked8.jsonl")

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

# Categories written entirely by hand.
HAND_POOLS: dict[str, str] = {
    "insult": INSULT,
    "vulgar": VULGAR,
    "threat": THREAT,
    "hate_slur": HATE_SLUR,
    "hate_noslur": HATE_NOSLUR,
    "scam_plain": SCAM_PLAIN,
    "everyday": EVERYDAY,
    "chatter": CHATTER,
    "counter": COUNTER,
    "negated": NEGATED,
    "reclaimed": RECLAIMED,
    "nonprotected": NONPROTECTED,
    "commerce": COMMERCE,
}
# Categories with a hand-written part plus rows generated from seeds:
# (hand-written block, its source tag, seed block, transforms).
GENERATED: dict[str, tuple[str, str, str, list[tuple[str, Transform]]]] = {
    "disguised": (DISGUISED_HAND, "HAND_DIS", DISGUISED_SEEDS, DISGUISES),
    "misspelled": (MISSPELLED_HAND, "HAND_MISS", MISSPELLED_SEEDS, MISSPELLINGS),
    "scam_disguised": (
        SCAM_DISGUISED_HAND,
        "HAND_DIS",
        SCAM_DISGUISED_SEEDS,
        SCAM_OBFUSCATIONS,
    ),
    "disguised_benign": (DISGUISED_BENIGN_HAND, "HAND_DIS", DISGUISED_BENIGN_SEEDS, DISGUISES),
}
PER_SEED = 2

LINK = re.compile(
    r"https?://|www\.|\b(?:t|wa)\.me/|\b[\w-]+\.(?:com|net|org|co|uk|info|shop|io|app|biz"
    r"|live|top|club|finance|download|ly|xyz)\b"
)
ARE_SHAPE = re.compile(r"^(?:the |all |every |most )?[\w' -]{1,30}? are ")

Row = dict[str, str]


def lines(block: str) -> list[str]:
    """One text per non-empty line of a pool block."""
    return [line.strip() for line in block.splitlines() if line.strip()]


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def check_unique_hand_texts() -> None:
    """Raise if any hand-written text or seed appears twice, in any pool."""
    seen: dict[str, str] = {}
    blocks = [(c, b) for c, b in HAND_POOLS.items()]
    for category, (hand, _tag, seeds, _fns) in GENERATED.items():
        blocks.append((category, hand))
        blocks.append((category + " seeds", "\n".join(plain(s) for s in lines(seeds))))
    for category, block in blocks:
        for text in lines(block):
            key = norm(text)
            if key in seen:
                raise ValueError(
                    f"duplicate hand-written text in {category} and {seen[key]}: {text!r}"
                )
            seen[key] = category


def hand_rows(category: str) -> list[Row]:
    label, count = COUNTS[category]
    texts = lines(HAND_POOLS[category])
    if len(texts) != count:
        raise ValueError(f"{category}: {len(texts)} hand-written texts, need exactly {count}")
    rows = []
    for text in texts:
        source = "HAND"
        if category == "scam_plain":
            source = "HAND_LINK" if LINK.search(text) else "HAND_NOLINK"
        rows.append({"text": text, "label": label, "category": category, "source": source})
    return rows


def generated_rows(category: str, used: set[str]) -> list[Row]:
    label, count = COUNTS[category]
    hand, hand_tag, seed_block, transforms = GENERATED[category]
    rows = [
        {"text": t, "label": label, "category": category, "source": hand_tag} for t in lines(hand)
    ]
    used.update(norm(r["text"]) for r in rows)
    rng = random.Random(f"{SEED}-{category}")
    seeds = lines(seed_block)
    for seed in seeds:
        if not keys(seed):
            raise ValueError(f"{category}: seed without braced words: {seed!r}")
    rng.shuffle(seeds)
    needed = count - len(rows)
    n = len(transforms)
    for i, seed in enumerate(seeds):
        if needed <= 0:
            break
        base = plain(seed)
        made = 0
        for step in range(n):
            if made == PER_SEED or needed <= 0:
                break
            tag, fn = transforms[(PER_SEED * i + step) % n]
            text = fn(seed, rng).strip()
            if norm(text) == norm(base) or norm(text) in used or "{" in text or "}" in text:
                continue
            used.add(norm(text))
            rows.append({"text": text, "label": label, "category": category, "source": tag})
            made += 1
            needed -= 1
    if len(rows) != count:
        raise ValueError(f"{category}: made {len(rows)} rows, need exactly {count}")
    return rows


def check_quotas(rows: list[Row]) -> None:
    scams = [r for r in rows if r["category"] == "scam_plain"]
    no_link = sum(r["source"] == "HAND_NOLINK" for r in scams)
    if no_link < 0.6 * len(scams):
        raise ValueError(f"scam_plain: only {no_link}/{len(scams)} without a link")
    hate = [r["text"] for r in rows if r["category"] == "hate_noslur"]
    shaped = sum(bool(ARE_SHAPE.match(t)) for t in hate)
    if shaped * 2 > len(hate):
        raise ValueError(f"hate_noslur: {shaped}/{len(hate)} follow '<group> are ...'")


def build() -> list[Row]:
    check_unique_hand_texts()
    rows: list[Row] = []
    for category in COUNTS:
        if category in HAND_POOLS:
            rows.extend(hand_rows(category))
    used = {norm(r["text"]) for r in rows}
    for category in COUNTS:
        if category in GENERATED:
            rows.extend(generated_rows(category, used))
    for category, (label, count) in COUNTS.items():
        got = [r for r in rows if r["category"] == category]
        if len(got) != count or any(r["label"] != label for r in got):
            raise ValueError(f"{category}: {len(got)} rows, need {count} labelled {label}")
    if len(rows) != TOTAL:
        raise ValueError(f"{len(rows)} rows in total, need {TOTAL}")
    if len({norm(r["text"]) for r in rows}) != len(rows):
        raise ValueError("duplicate text among the rows")
    check_quotas(rows)
    random.Random(SEED).shuffle(rows)
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
