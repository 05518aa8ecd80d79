"""Build locked10.jsonl, a locked held-out test set for the status-text moderation detector.

Date: 2026-12-06.

Provenance: written by an independent test-data author who read no detector code, no
training data, no benchmark code and no other test set (no devset, valset or earlier locked
set). Every text is the author's own hand-written text (the ``pool_*.py`` modules) or a
deterministic transform of the author's own hand-written seeds (``disguise.py`` for the
``disguised``, ``scam_disguised`` and ``disguised_benign`` categories, ``misspell.py`` for part
of ``misspelled``). Nothing is copied from public datasets or benchmark suites. The detector
was never run while writing it.

LOCKED SET: measure it exactly once per round and never tune on it. Do not add its texts,
its errors or anything learned from reading them to word lists, rules, thresholds or
training data; a set that has been tuned on no longer measures anything.

Voice: mostly gaming Discord, Twitch chat and Reddit threads (slang, abbreviations, long
rambling texts), with British, American, Indian and Australian English mixed in; scams lean on
crypto, gaming items, Steam gifts, fake moderators and fake support desks.

Each line of locked10.jsonl is {"text", "label", "category", "source"} with label
"offensive" or "benign" and source one of HAND, HAND_MISS (typed misspelled by hand),
HAND_MISS_GEN (hand seed, misspelled by misspell.py) or HAND_DISGUISED (hand seed,
disguised by disguise.py).

Regenerate (from the repository root, standard library only):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked10.make_locked10
"""

import importlib
import json
import pkgutil
import random
import unicodedata
from pathlib import Path

from tests.features.moderation.detector.locked10.disguise import all_styles, disguise, plain
from tests.features.moderation.detector.locked10.misspell import misspell

SEED = 20261206
OUT = Path(__file__).with_name("locked10.jsonl")
MAX_HAND_CHARS = 256  # a profile status is short
MAX_CHARS = 280  # the disguise transforms may stretch a seed a little

OFFENSIVE_COUNTS = {
    "hate_slur": 110,
    "hate_noslur": 200,
    "insult": 100,
    "vulgar": 70,
    "threat": 80,
    "disguised": 200,
    "misspelled": 200,
    "scam_plain": 180,
    "scam_disguised": 160,
}
BENIGN_COUNTS = {
    "everyday": 200,
    "chatter": 130,
    "counter": 160,
    "negated": 120,
    "reclaimed": 100,
    "nonprotected": 80,
    "commerce": 70,
    "disguised_benign": 130,
}
COUNTS = {**OFFENSIVE_COUNTS, **BENIGN_COUNTS}
TOTAL = 2290

# Categories taken verbatim from the hand-written pools.
HAND_CATEGORIES = [
    "hate_slur",
    "hate_noslur",
    "insult",
    "vulgar",
    "threat",
    "scam_plain",
    "everyday",
    "chatter",
    "counter",
    "negated",
    "reclaimed",
    "nonprotected",
    "commerce",
]
# Disguised categories: (category, seed pool key, styles left out for that category).
DISGUISED = [
    ("disguised", "seed_disguised", ()),
    ("scam_disguised", "seed_scam_disguised", ("mask",)),
    ("disguised_benign", "seed_disguised_benign", ("mask",)),
]
PACKAGE = "tests.features.moderation.detector.locked10"


def load_pools() -> dict[str, list[str]]:
    """Merge the TEXTS dicts of every pool_*.py module (in file-name order)."""
    pools: dict[str, list[str]] = {}
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]))
    for name in names:
        if not name.startswith("pool_"):
            continue
        module = importlib.import_module(f"{PACKAGE}.{name}")
        for key, texts in module.TEXTS.items():
            pools.setdefault(key, []).extend(texts)
    return pools


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def label_of(category: str) -> str:
    return "offensive" if category in OFFENSIVE_COUNTS else "benign"


def record(text: str, category: str, source: str) -> dict[str, str]:
    return {"text": text, "label": label_of(category), "category": category, "source": source}


def disguised_records(
    category: str, seeds: list[str], skip: tuple[str, ...], rng: random.Random
) -> list[dict[str, str]]:
    styles = all_styles(skip)
    plan = (styles * (len(seeds) // len(styles) + 1))[: len(seeds)]
    rng.shuffle(plan)
    out = []
    for seed, style in zip(seeds, plan, strict=True):
        base = plain(seed)
        # Fall back through the other styles if one leaves the text unchanged (e.g. leet on
        # a word with no replaceable letter) or stretches it past the length limit.
        order = [style] + [s for s in styles if s != style]
        for candidate in order:
            text = disguise(seed, candidate, rng)
            if text != base and len(text) <= MAX_CHARS:
                break
        else:
            raise AssertionError(f"no usable disguise for seed {seed!r}")
        out.append(record(text, category, "HAND_DISGUISED"))
    return out


def build() -> list[dict[str, str]]:
    pools = load_pools()
    check_pools(pools)
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for category in HAND_CATEGORIES:
        records += [record(t, category, "HAND") for t in pools[category]]

    records += [record(t, "misspelled", "HAND_MISS") for t in pools["misspelled"]]
    miss_rng = random.Random(SEED + 1)
    records += [
        record(misspell(t, miss_rng), "misspelled", "HAND_MISS_GEN")
        for t in pools["seed_misspelled"]
    ]

    for offset, (category, key, skip) in enumerate(DISGUISED, start=2):
        records += disguised_records(category, pools[key], skip, random.Random(SEED + offset))

    rng.shuffle(records)
    return records


def check_pools(pools: dict[str, list[str]]) -> None:
    for category in HAND_CATEGORIES:
        assert len(pools[category]) == COUNTS[category], (category, len(pools[category]))
    assert len(pools["misspelled"]) + len(pools["seed_misspelled"]) == COUNTS["misspelled"]
    for category, key, _ in DISGUISED:
        assert len(pools[key]) == COUNTS[category], (key, len(pools[key]))
        for seed in pools[key]:
            assert "{" in seed, f"seed without a marked word: {seed!r}"
    for key, texts in pools.items():
        for text in texts:
            assert text == text.strip() and "  " not in text, (key, text)
            assert len(plain(text)) <= MAX_HAND_CHARS, (key, text)
            if not key.startswith("seed_"):
                assert not set("{}<>") & set(text), (key, text)
    seed_bases = [norm(plain(t)) for k, v in pools.items() if k.startswith("seed_") for t in v]
    hand = [norm(t) for k, v in pools.items() if not k.startswith("seed_") for t in v]
    assert len(set(seed_bases + hand)) == len(seed_bases) + len(hand), "a seed repeats a text"


def check(records: list[dict[str, str]]) -> None:
    assert len(records) == TOTAL == sum(COUNTS.values()), len(records)
    counts: dict[str, int] = {}
    for rec in records:
        assert set(rec) == {"text", "label", "category", "source"}, rec
        assert rec["label"] == label_of(rec["category"]), rec
        assert rec["source"] in {"HAND", "HAND_MISS", "HAND_MISS_GEN", "HAND_DISGUISED"}, rec
        assert rec["text"] and len(rec["text"]) <= MAX_CHARS, rec
        assert not set("{}<>") & set(rec["text"]), rec
        assert all(unicodedata.category(c) != "Cc" for c in rec["text"]), rec
        counts[rec["category"]] = counts.get(rec["category"], 0) + 1
    assert counts == COUNTS, counts
    seen: dict[str, str] = {}
    for rec in records:
        key = norm(rec["text"])
        assert key not in seen, f"duplicate: {rec['text']!r} ({seen.get(key)})"
        seen[key] = rec["category"]


def main() -> None:
    records = build()
    check(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labels: dict[str, int] = {}
    for rec in records:
        labels[rec["label"]] = labels.get(rec["label"], 0) + 1
    print(f"wrote {len(records)} records to {OUT}")
    print("labels:", json.dumps(labels, sort_keys=True))
    print("categories:", json.dumps(COUNTS))


if __name__ == "__main__":
    main()
