"""Generator of locked4, the fourth locked test set for the moderation detector.

locked4.jsonl holds short Matrix profile statuses in 17 categories (9 offensive, 8 benign),
one JSON object a line with text, label ("offensive" or "benign"), category and source.
Written on 2026-12-05 by a test-data author independent of the detector's tuners, without
reading the detector, its training data or the other sets' pools; every text and transform
is the author's own. This set measures the detector: it must NEVER be trained or tuned on,
and its texts must not be copied into training data, word lists or rules.

Deterministic (fixed seed, stdlib only):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked4.make_locked4
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import pools_abuse, pools_benign, pools_benign2, pools_hate, pools_scams
from .transforms import disguise, misspell, obfuscate_number, obfuscate_url

HERE = Path(__file__).resolve().parent
SEED = 20261205

TARGETS: dict[str, int] = {
    "insult": 100,
    "vulgar": 70,
    "threat": 70,
    "hate_slur": 110,
    "hate_noslur": 200,
    "disguised": 160,
    "misspelled": 130,
    "scam_plain": 140,
    "scam_disguised": 130,
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
    "insult",
    "vulgar",
    "threat",
    "hate_slur",
    "hate_noslur",
    "disguised",
    "misspelled",
    "scam_plain",
    "scam_disguised",
}

Row = tuple[str, str]  # (text, source)
Plain = Callable[[random.Random, int], list[str]]

PLAIN: dict[str, Plain] = {
    "insult": pools_abuse.insults,
    "vulgar": pools_abuse.vulgar,
    "threat": pools_abuse.threats,
    "hate_slur": pools_hate.hate_slur,
    "hate_noslur": pools_hate.hate_noslur,
    "scam_plain": pools_scams.scam_plain,
    "everyday": pools_benign.everyday,
    "chatter": pools_benign.chatter,
    "counter": pools_benign2.counter,
    "negated": pools_benign2.negated,
    "reclaimed": pools_benign2.reclaimed,
    "nonprotected": pools_benign2.nonprotected,
    "commerce": pools_benign2.commerce,
}


def disguised(rng: random.Random, n: int) -> list[Row]:
    keys = pools_hate.HATE_KEYS + pools_abuse.ABUSE_KEYS
    base = (
        pools_hate.hate_slur(rng, 120)
        + pools_hate.hate_noslur(rng, 120)
        + pools_abuse.insults(rng, 80)
    )
    return [(t, f"DISGUISED:{m}") for t, m in (disguise(b, keys, rng) for b in base)][: n * 2]


def misspelled(rng: random.Random, n: int) -> list[Row]:
    base = pools_hate.hate_slur(rng, 150) + pools_hate.hate_noslur(rng, 150)
    rows = [misspell(b, pools_hate.HATE_KEYS, rng) for b in base]
    return [(t, f"MISSPELLED:{m}") for t, m in rows][: n * 2]


def _scam_obfuscate(text: str, rng: random.Random) -> tuple[str, list[str]]:
    methods: list[str] = []
    for url in pools_scams.URLS:
        if url in text:
            text = text.replace(url, obfuscate_url(url, rng))
            methods.append("url")
    for phone in pools_scams.PHONES:
        if phone in text:
            text = text.replace(phone, obfuscate_number(phone, rng))
            methods.append("number")
    return text, methods


def scam_disguised(rng: random.Random, n: int) -> list[Row]:
    out: list[Row] = []
    for text in pools_scams.scam_plain(rng, n * 2):
        text, methods = _scam_obfuscate(text, rng)
        if not methods or rng.random() < 0.7:
            text, method = disguise(text, pools_scams.SCAM_KEYS, rng)
            methods.append(method)
        out.append((text, "SCAM_DISGUISED:" + "+".join(methods)))
    return out


def disguised_benign(rng: random.Random, n: int) -> list[Row]:
    base = pools_benign.everyday(rng, 200) + pools_benign.chatter(rng, 120)
    rng.shuffle(base)
    out: list[Row] = []
    for text in base[: n * 2]:
        if rng.random() < 0.2:
            emo = rng.choice(["✨", "👏", "🌸", "💫"])
            out.append((f" {emo} ".join(text.split()), "DISGUISED_BENIGN:emoji_between"))
            continue
        words = [w for w in text.split() if len(w) > 3]
        new, method = disguise(text, words[:2], rng)
        out.append((new, f"DISGUISED_BENIGN:{method}"))
    return out


BUILT: dict[str, Callable[[random.Random, int], list[Row]]] = {
    "disguised": disguised,
    "misspelled": misspelled,
    "scam_disguised": scam_disguised,
    "disguised_benign": disguised_benign,
}


def build(seed: int = SEED) -> list[dict[str, str]]:
    rng = random.Random(seed)
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for category, target in TARGETS.items():
        if category in PLAIN:
            candidates = [(t, category.upper()) for t in PLAIN[category](rng, target)]
        else:
            candidates = BUILT[category](rng, target)
        label = "offensive" if category in OFFENSIVE else "benign"
        taken = 0
        for text, source in candidates:
            text = text.strip()
            if taken >= target or text in seen or not 3 <= len(text) <= 200:
                continue
            seen.add(text)
            rows.append({"text": text, "label": label, "category": category, "source": source})
            taken += 1
    return rows


def main() -> None:
    rows = build()
    with (HERE / "locked4.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(row["category"] for row in rows)
    for category in TARGETS:
        print(f"{category:18} {counts[category]:4d} / {TARGETS[category]}")
    print(f"{'total':18} {len(rows):4d}")


if __name__ == "__main__":
    main()
