"""Build valset3.jsonl, a VALIDATION set for the profile-status moderation detector.

Date: 2026-12-06.

Author: an independent test-data author who read no detector code and no training data (and no
other test set). Every text is hand-written for this set; the 100 disguised scams are
deterministic transforms (disguise.py) of hand-written seeds (pool_scam_seeds.py).

This is a VALIDATION set: the maintainers read it and tune the detector on it. It is NOT a locked
or held-out test set, so scores on it are optimistic once it has been used for tuning.

It focuses on the detector's known weak spots:
  benign    chatter 450   banter, trash talk, hyperbole, venting, dark humour, gossip, news, lore
  benign    negated 150   negated or anti-hate statements about groups
  benign    everyday 100  plain ordinary statuses
  offensive threat 200    threats, mostly without obvious violent words
  offensive scam_plain 200      scams and phishing, mostly without links
  offensive scam_disguised 100  scams disguised with look-alikes, spacing, dots, leet, zero-width

Each JSONL line has the keys text, label, category, source. The build is deterministic (fixed
seed), self-checks counts, labels and duplicates, and shuffles with a fixed seed.

Regenerate from the repository root with:

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.valset3.make_valset3
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from .disguise import KINDS, disguise
from .pool_chatter_a import CHATTER_A
from .pool_chatter_b import CHATTER_B
from .pool_chatter_c import CHATTER_C
from .pool_everyday import EVERYDAY
from .pool_negated import NEGATED
from .pool_scam import SCAM_PLAIN
from .pool_scam_seeds import SCAM_SEEDS
from .pool_threat import THREAT

SEED = 20261206
OUTPUT = Path(__file__).with_name("valset3.jsonl")
MAX_CHARS = 256

EXPECTED = {
    "chatter": 450,
    "negated": 150,
    "everyday": 100,
    "threat": 200,
    "scam_plain": 200,
    "scam_disguised": 100,
}
LABELS = {
    "chatter": "benign",
    "negated": "benign",
    "everyday": "benign",
    "threat": "offensive",
    "scam_plain": "offensive",
    "scam_disguised": "offensive",
}
HAND = "valset3-hand"

# Invisible characters; U+200D is left out because emoji sequences such as 🏳️‍🌈 need it.
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff]")


def normalise(text: str) -> str:
    """Lowercase and collapse whitespace: the key for the duplicate check."""
    return " ".join(text.lower().split())


def opener(text: str, words: int = 4) -> str:
    """The first few words of a hand-written text, for the repeated-frame check."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower())[:words])


def build() -> list[dict[str, str]]:
    records: list[dict[str, str]] = []

    def add(category: str, texts: list[str], source: str = HAND) -> None:
        for text in texts:
            records.append(
                {"text": text, "label": LABELS[category], "category": category, "source": source}
            )

    add("chatter", CHATTER_A + CHATTER_B + CHATTER_C)
    add("negated", NEGATED)
    add("everyday", EVERYDAY)
    add("threat", THREAT)
    add("scam_plain", SCAM_PLAIN)

    rng = random.Random(SEED)
    kinds = [KINDS[i % len(KINDS)] for i in range(len(SCAM_SEEDS))]
    rng.shuffle(kinds)
    for seed_text, kind in zip(SCAM_SEEDS, kinds, strict=True):
        disguised = disguise(seed_text, kind, rng)
        add("scam_disguised", [disguised], source=f"valset3-disguised-{kind}")

    check(records)
    random.Random(SEED).shuffle(records)
    return records


def check(records: list[dict[str, str]]) -> None:
    problems: list[str] = []

    counts = Counter(r["category"] for r in records)
    if dict(counts) != EXPECTED:
        problems.append(f"category counts {dict(counts)} != {EXPECTED}")
    if len(records) != sum(EXPECTED.values()):
        problems.append(f"total {len(records)} != {sum(EXPECTED.values())}")

    for r in records:
        if set(r) != {"text", "label", "category", "source"}:
            problems.append(f"bad keys {sorted(r)}")
        if r["label"] != LABELS.get(r["category"]):
            problems.append(f"label {r['label']!r} wrong for category {r['category']!r}")
        text = r["text"]
        if not text or text != text.strip() or "\n" in text or "\r" in text:
            problems.append(f"empty, padded or multi-line text: {text!r}")
        if len(text) > MAX_CHARS:
            problems.append(f"{len(text)} chars > {MAX_CHARS}: {text!r}")
        if r["category"] != "scam_disguised" and _INVISIBLE.search(text):
            problems.append(f"invisible character in a hand-written text: {text!r}")

    seen: dict[str, str] = {}
    for r in records:
        key = normalise(r["text"])
        if key in seen:
            problems.append(f"duplicate ({seen[key]} / {r['category']}): {r['text']!r}")
        seen[key] = r["category"]

    # The disguised scams' seeds must not repeat any plain scam either.
    plain = {normalise(t) for t in SCAM_PLAIN}
    for seed_text in SCAM_SEEDS:
        if normalise(seed_text) in plain:
            problems.append(f"seed repeats a plain scam: {seed_text!r}")
    if len({normalise(t) for t in SCAM_SEEDS}) != len(SCAM_SEEDS):
        problems.append("duplicate scam seeds")

    # Repeated sentence frames: no four-word opening may start more than two hand-written texts.
    openers = Counter(
        opener(r["text"])
        for r in records
        if r["source"] == HAND and len(opener(r["text"]).split()) == 4
    )
    for start, n in openers.items():
        if n > 2:
            problems.append(f"opening {start!r} starts {n} texts")

    if problems:
        raise SystemExit("valset3 self-check failed:\n  " + "\n  ".join(problems))


def main() -> int:
    records = build()
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter((r["label"], r["category"]) for r in records)
    print(f"wrote {len(records)} records to {OUTPUT}")
    for (label, category), n in sorted(counts.items()):
        print(f"  {label:9} {category:15} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
