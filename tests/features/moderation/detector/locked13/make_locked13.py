"""Build the locked13 held-out test set for the status-text moderation detector.

Date: 2026-12-06.

Written by an independent test-data author who read no detector code, no training data and
no other test set. Every text is the author's own hand-written writing (the ``pool_*`` modules),
plus deterministic programmatic disguise and misspelling transforms of the author's own
hand-written seeds (``transforms.py``, ``misspell.py``).

This is a LOCKED set: measure it exactly once per round and never tune on it (no threshold
picking, no error analysis feeding back into training or rules, no looking at individual misses
before the round's figures are final).

Regenerate (deterministic: fixed random seeds) from the repository root with::

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked13.make_locked13
"""

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

from .misspell import misspell
from .pool_abuse import INSULT, THREAT, VULGAR
from .pool_counter import COUNTER, NEGATED
from .pool_everyday import CHATTER, EVERYDAY
from .pool_hate_noslur import HATE_NOSLUR
from .pool_hate_slur import HATE_SLUR
from .pool_misc_benign import COMMERCE, NONPROTECTED, RECLAIMED
from .pool_scam import SCAM_PLAIN, SCAM_SEEDS
from .pool_seeds import BENIGN_DISGUISE_SEEDS, DISGUISE_SEEDS, MISSPELL_SEEDS
from .transforms import disguise, keyword_spans, parse_seed, random_word_spans

OUT = Path(__file__).with_name("locked13.jsonl")
SEED = 20261206

EXPECTED = {
    "hate_slur": 110, "hate_noslur": 200, "insult": 100, "vulgar": 70, "threat": 80,
    "disguised": 200, "misspelled": 200, "scam_plain": 180, "scam_disguised": 160,
    "everyday": 200, "chatter": 130, "counter": 160, "negated": 120, "reclaimed": 100,
    "nonprotected": 80, "commerce": 70, "disguised_benign": 130,
}  # fmt: skip
OFFENSIVE = {
    "hate_slur", "hate_noslur", "insult", "vulgar", "threat", "disguised", "misspelled",
    "scam_plain", "scam_disguised",
}  # fmt: skip

OFFENSIVE_STYLES = [
    "homoglyph", "leet", "spaced", "dotted", "dashed", "zero_width", "masked", "mixed_case",
    "repeated", "emoji", "leet_spaced", "homoglyph_zw", "fullwidth", "math_font",
    "homoglyph_text",
]  # fmt: skip
SCAM_STYLES = [
    "homoglyph", "homoglyph_text", "leet", "spaced", "zero_width", "mixed_case", "fullwidth",
    "math_font", "dashed", "dotted", "emoji", "homoglyph_zw", "leet_spaced",
]  # fmt: skip
BENIGN_STYLES = [
    "fullwidth", "math_font", "circled", "small_caps", "spaced", "leet", "dotted", "mixed_case",
    "repeated", "emoji", "zero_width", "homoglyph_text",
]  # fmt: skip


def norm(text: str) -> str:
    """Key used for the duplicate check: lowercase with collapsed whitespace."""
    return re.sub(r"\s+", " ", text.lower()).strip()


def two_variants(
    plain: str, spans: list[Any], styles: list[str], rng: random.Random, first: str | None = None
) -> list[str]:
    """Two visibly different disguises of one seed, each different from the plain text."""
    order = rng.sample(styles, len(styles))
    if first is not None:
        order.remove(first)
        order.insert(0, first)
    out: list[str] = []
    for style in order:
        text = disguise(plain, spans, style, rng)
        if norm(text) != norm(plain) and norm(text) not in {norm(t) for t in out}:
            out.append(text)
        if len(out) == 2:
            return out
    raise AssertionError(f"could not disguise seed twice: {plain!r}")


def build_disguised(rng: random.Random) -> list[str]:
    texts = []
    for seed in DISGUISE_SEEDS:
        plain, spans = parse_seed(seed)
        texts += two_variants(plain, spans, OFFENSIVE_STYLES, rng)
    return texts


def build_scam_disguised(rng: random.Random) -> list[str]:
    texts = []
    for seed in SCAM_SEEDS:
        plain, spans = parse_seed(seed)
        words = keyword_spans(plain, []) or random_word_spans(plain, rng)
        if spans:
            first = disguise(plain, spans, "dotted_domain", rng)
            second = two_variants(plain, words, SCAM_STYLES, rng)[0]
            texts += [first, second]
        else:
            texts += two_variants(plain, words, SCAM_STYLES, rng)
    return texts


def build_benign_disguised(rng: random.Random) -> list[str]:
    texts = []
    for seed in BENIGN_DISGUISE_SEEDS:
        spans = random_word_spans(seed, rng)
        texts += two_variants(seed, spans, BENIGN_STYLES, rng)
    return texts


def build_misspelled(rng: random.Random) -> list[str]:
    texts = []
    for seed in MISSPELL_SEEDS:
        got: list[str] = []
        for prefer in (True, False, False, True):
            text = misspell(seed, rng, prefer_phonetic=prefer)
            if norm(text) != norm(seed) and norm(text) not in {norm(t) for t in got}:
                got.append(text)
            if len(got) == 2:
                break
        assert len(got) == 2, seed
        texts += got
    return texts


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    hand = {
        "hate_slur": HATE_SLUR, "hate_noslur": HATE_NOSLUR, "insult": INSULT, "vulgar": VULGAR,
        "threat": THREAT, "scam_plain": SCAM_PLAIN, "everyday": EVERYDAY, "chatter": CHATTER,
        "counter": COUNTER, "negated": NEGATED, "reclaimed": RECLAIMED,
        "nonprotected": NONPROTECTED, "commerce": COMMERCE,
    }  # fmt: skip
    rows = []
    for category, texts in hand.items():
        rows += [{"text": t, "category": category, "source": "HAND"} for t in texts]
    generated = [
        ("disguised", build_disguised(rng), "HAND_DISGUISED"),
        ("misspelled", build_misspelled(rng), "HAND_MISS"),
        ("scam_disguised", build_scam_disguised(rng), "HAND_DISGUISED"),
        ("disguised_benign", build_benign_disguised(rng), "HAND_DISGUISED"),
    ]
    for category, texts, source in generated:
        rows += [{"text": t, "category": category, "source": source} for t in texts]
    for row in rows:
        row["label"] = "offensive" if row["category"] in OFFENSIVE else "benign"
    rows = [{k: r[k] for k in ("text", "label", "category", "source")} for r in rows]
    random.Random(SEED + 1).shuffle(rows)
    return rows


def check(rows: list[dict[str, str]]) -> None:
    counts = Counter(r["category"] for r in rows)
    assert counts == Counter(EXPECTED), {
        c: (counts.get(c, 0), n) for c, n in EXPECTED.items() if counts.get(c, 0) != n
    }
    assert len(rows) == sum(EXPECTED.values()) == 2290, len(rows)
    seen: dict[str, str] = {}
    for r in rows:
        key = norm(r["text"])
        assert key not in seen, f"duplicate: {r['text']!r} ({r['category']}, {seen.get(key)})"
        seen[key] = r["category"]
        want = "offensive" if r["category"] in OFFENSIVE else "benign"
        assert r["label"] == want, r
        assert r["text"] == r["text"].strip() and r["text"], r
        assert "[" not in r["text"] or r["category"] in {"scam_disguised", "counter"}, r
        assert len(r["text"]) <= 280, r


def main() -> None:
    rows = build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(r["category"] for r in rows)
    labels = Counter(r["label"] for r in rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    print(dict(sorted(labels.items())))
    for cat in EXPECTED:
        print(f"  {cat:18s} {counts[cat]}")


if __name__ == "__main__":
    main()
