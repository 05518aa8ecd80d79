"""Write locked6.jsonl, an independent locked test set for the moderation detector.

Written 2026-12-05 by a test-data author independent of the detector's tuners, without reading
the detector, its training data or any other test set. Every text, seed and transform in this
directory was written by hand for locked6.

This set must NEVER be trained or tuned on, and its texts must never be copied into training
data, word lists or rules: it exists to measure the detector honestly on text its developers
have not seen.

Regenerate (deterministic, fixed seed, standard library only):

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked6.make_locked6
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import (
    pool_abuse,
    pool_counter,
    pool_disguise,
    pool_everyday,
    pool_hate,
    pool_misc,
    pool_scam,
    pool_slur,
)
from .transforms import (
    MATH_STYLES,
    WHOLE_TEXT_OK,
    disguise,
    misspell,
    obfuscate_scam,
    strip_marks,
)

SEED = 20261205
OUT = Path(__file__).with_name("locked6.jsonl")

TARGETS: dict[str, int] = {
    "insult": 100,
    "vulgar": 70,
    "threat": 80,
    "hate_slur": 110,
    "hate_noslur": 200,
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
OFFENSIVE = frozenset(
    {
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
)

# "math" stands for one of the mathematical alphanumeric styles, picked per text.
DISGUISE_PLAN: tuple[str, ...] = (
    "homoglyph_cyrillic",
    "homoglyph_greek",
    "fullwidth",
    "math",
    "math",
    "smallcaps",
    "spacing",
    "leet",
    "leet",
    "mask",
    "mask",
    "zerowidth",
    "repeat",
    "punct",
    "emoji",
    "diacritics",
    "leet+spacing",
    "homoglyph_cyrillic+zerowidth",
    "leet+punct",
    "smallcaps+spacing",
)
# Benign texts get every method but masking, which ``BENIGN_MASKED`` covers by hand.
BENIGN_PLAN: tuple[str, ...] = tuple(m for m in DISGUISE_PLAN if m != "mask")
MISSPELL_PLAN: tuple[str, ...] = (
    "drop",
    "swap",
    "double",
    "wrong",
    "phonetic",
    "phonetic",
    "nospace",
)

# A bare domain counts as a link; an e-mail address does not.
LINK = re.compile(r"https?://|www\.|(?<!@)\b[\w-]+\.(?:com|net|org|co|io|xyz|top|win|live)\b")
PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")


@dataclass(frozen=True)
class Row:
    """One line of locked6.jsonl."""

    text: str
    label: str
    category: str
    source: str


def _row(text: str, category: str, source: str) -> Row:
    label = "offensive" if category in OFFENSIVE else "benign"
    return Row(text, label, category, source)


def hand(category: str, pool: Iterable[str], tag: str) -> list[Row]:
    """Rows for hand-written texts used as they are."""
    return [_row(text, category, f"{category.upper()}:{tag}") for text in pool]


def templated(category: str, templates: Iterable[tuple[str, tuple[str, ...]]]) -> list[Row]:
    """Rows for the few templates, each filled at most three times."""
    rows: list[Row] = []
    for template, fills in templates:
        assert len(fills) <= 3, template
        rows += [
            _row(template.format(fill), category, f"{category.upper()}:template") for fill in fills
        ]
    return rows


def tagged_by_content(category: str, pool: Iterable[str]) -> list[Row]:
    """Rows tagged ``link``, ``phone`` or ``nolink`` by what the text contains."""
    rows: list[Row] = []
    for text in pool:
        kind = "link" if LINK.search(text) else "phone" if PHONE.search(text) else "nolink"
        rows.append(_row(text, category, f"{category.upper()}:{kind}"))
    return rows


def fit(rows: list[Row], category: str, rng: random.Random) -> list[Row]:
    """Trim a category to its target by a seeded sample; never pad it."""
    target = TARGETS[category]
    assert len(rows) >= target, f"{category}: only {len(rows)} of {target}"
    keep = sorted(rng.sample(range(len(rows)), target))
    return [rows[i] for i in keep]


def _seed_order(seeds: tuple[str, ...], count: int, rng: random.Random) -> list[str]:
    """Every seed once, then as many second uses as ``count`` needs (never a third)."""
    assert count <= 2 * len(seeds), (count, len(seeds))
    first = list(seeds)
    rng.shuffle(first)
    second = list(seeds)
    rng.shuffle(second)
    return (first + second)[:count]


def build_disguised(
    seeds: tuple[str, ...],
    category: str,
    count: int,
    methods: tuple[str, ...],
    rng: random.Random,
    seen: set[str],
) -> list[Row]:
    """Disguise seeds with a spread of methods; a reused seed always gets a new method."""
    plan = [methods[i % len(methods)] for i in range(count)]
    rng.shuffle(plan)
    used: dict[str, set[str]] = {}
    rows: list[Row] = []
    for seed, planned in zip(_seed_order(seeds, count, rng), plan, strict=True):
        plain = strip_marks(seed)
        taken = used.setdefault(seed, set())
        for attempt in range(40):
            family = planned if attempt == 0 else rng.choice(methods)
            if family in taken:
                continue
            method = "math_" + rng.choice(sorted(MATH_STYLES)) if family == "math" else family
            whole = method in WHOLE_TEXT_OK and rng.random() < 0.5
            text = disguise(seed, method, rng, whole)
            if text != plain and text not in seen:
                break
        else:
            raise RuntimeError(f"could not disguise {seed!r}")
        taken.add(family)
        seen.add(text)
        tag = method + ("_all" if whole else "")
        rows.append(_row(text, category, f"{category.upper()}:{tag}"))
    return rows


def build_misspelled(count: int, rng: random.Random, seen: set[str]) -> list[Row]:
    """Misspell the key words of the hate seeds; a reused seed gets a new method."""
    seeds = pool_slur.MISSPELLED_SEEDS
    plan = [MISSPELL_PLAN[i % len(MISSPELL_PLAN)] for i in range(count)]
    rng.shuffle(plan)
    used: dict[str, set[str]] = {}
    rows: list[Row] = []
    for seed, planned in zip(_seed_order(seeds, count, rng), plan, strict=True):
        plain = strip_marks(seed)
        taken = used.setdefault(seed, set())
        for attempt in range(40):
            method = planned if attempt == 0 else rng.choice(MISSPELL_PLAN)
            if method in taken:
                continue
            text = misspell(seed, method, rng)
            if text != plain and text not in seen and len(text.split()) >= 2:
                break
        else:
            raise RuntimeError(f"could not misspell {seed!r}")
        taken.add(method)
        seen.add(text)
        rows.append(_row(text, "misspelled", f"MISSPELLED:{method}"))
    return rows


def build_scam_disguised(rng: random.Random, seen: set[str]) -> list[Row]:
    """Obfuscate links, numbers and lure words; a reused seed avoids its earlier methods."""
    count = TARGETS["scam_disguised"]
    used: dict[str, set[str]] = {}
    rows: list[Row] = []
    for seed in _seed_order(pool_scam.DISGUISED_SEEDS, count, rng):
        taken = used.setdefault(seed, set())
        for _attempt in range(40):
            avoid = frozenset(part.split("_", 1)[1] for part in taken if "_" in part) | taken
            text, tag = obfuscate_scam(seed, rng, frozenset(avoid))
            if text != strip_marks(seed) and text not in seen and tag not in taken:
                break
        else:
            raise RuntimeError(f"could not obfuscate {seed!r}")
        taken.update(tag.split("+"))
        seen.add(text)
        rows.append(_row(text, "scam_disguised", f"SCAM_DISGUISED:{tag}"))
    return rows


def check_lengths(rows: Iterable[Row]) -> None:
    """Hand-written texts stay between 2 and about 35 words."""
    for row in rows:
        words = len(row.text.split())
        assert 2 <= words <= 40, (words, row.text)


def build() -> list[Row]:
    """Build every category, check the set and return it in a seeded order."""
    rng = random.Random(SEED)
    plain: dict[str, list[Row]] = {
        "insult": hand("insult", pool_abuse.INSULT, "hand"),
        "vulgar": hand("vulgar", pool_abuse.VULGAR, "hand"),
        "threat": hand("threat", pool_abuse.THREAT, "violence")
        + hand("threat", pool_abuse.THREAT_DOX, "dox"),
        "hate_slur": hand("hate_slur", pool_slur.HATE_SLUR, "hand"),
        "hate_noslur": hand("hate_noslur", pool_hate.DEHUMAN, "dehuman")
        + hand("hate_noslur", pool_hate.SHOULD, "should")
        + hand("hate_noslur", pool_hate.EXCLUSION, "exclusion")
        + hand("hate_noslur", pool_hate.THREAT_GROUP, "threat_group")
        + hand("hate_noslur", pool_hate.INFERIORITY, "inferiority")
        + hand("hate_noslur", pool_hate.CONSPIRACY, "conspiracy")
        + hand("hate_noslur", pool_hate.PRONOUN, "pronoun")
        + hand("hate_noslur", pool_hate.QUESTION, "question")
        + hand("hate_noslur", pool_hate.NEGATION, "negation")
        + templated("hate_noslur", pool_hate.TEMPLATES),
        "scam_plain": tagged_by_content("scam_plain", pool_scam.NOLINK)
        + hand("scam_plain", pool_scam.LINK, "link"),
        "everyday": hand("everyday", pool_everyday.EVERYDAY, "hand"),
        "chatter": hand("chatter", pool_everyday.CHATTER, "hand"),
        "counter": hand("counter", pool_counter.COUNTER_QUOTE, "quote")
        + hand("counter", pool_counter.COUNTER_MOD, "moderation")
        + hand("counter", pool_counter.COUNTER_NEWS, "news")
        + hand("counter", pool_counter.COUNTER_EDU, "education"),
        "negated": hand("negated", pool_counter.NEGATED_DENIAL, "denial")
        + hand("negated", pool_counter.NEGATED_POSITIVE, "positive")
        + templated("negated", pool_counter.NEGATED_TEMPLATES),
        "reclaimed": hand("reclaimed", pool_misc.RECLAIMED_SELF, "self")
        + hand("reclaimed", pool_misc.RECLAIMED_HOMONYM, "homonym"),
        "nonprotected": hand("nonprotected", pool_misc.NONPROTECTED, "hand"),
        "commerce": tagged_by_content("commerce", pool_misc.COMMERCE),
    }
    rows: list[Row] = []
    for category, candidates in plain.items():
        check_lengths(candidates)
        rows += fit(candidates, category, rng)
    seen = {row.text for row in rows}
    hand_misspelled = hand("misspelled", pool_slur.MISSPELLED_HAND, "hand")
    check_lengths(hand_misspelled)
    rows += hand_misspelled
    seen.update(row.text for row in hand_misspelled)
    rows += build_misspelled(TARGETS["misspelled"] - len(hand_misspelled), rng, seen)
    rows += build_disguised(
        pool_disguise.OFFENSIVE_SEEDS,
        "disguised",
        TARGETS["disguised"],
        DISGUISE_PLAN,
        rng,
        seen,
    )
    benign_masked = hand("disguised_benign", pool_disguise.BENIGN_MASKED, "mask_hand")
    check_lengths(benign_masked)
    rows += benign_masked
    seen.update(row.text for row in benign_masked)
    rows += build_disguised(
        pool_disguise.BENIGN_SEEDS,
        "disguised_benign",
        TARGETS["disguised_benign"] - len(benign_masked),
        BENIGN_PLAN,
        rng,
        seen,
    )
    rows += build_scam_disguised(rng, seen)

    texts = [row.text for row in rows]
    dupes = [t for t, n in Counter(texts).items() if n > 1]
    assert not dupes, dupes
    folded = Counter(" ".join(t.casefold().split()) for t in texts)
    assert all(n == 1 for n in folded.values()), [t for t, n in folded.items() if n > 1]
    counts = Counter(row.category for row in rows)
    assert counts == Counter(TARGETS), counts - Counter(TARGETS)
    rng.shuffle(rows)
    return rows


def main() -> None:
    """Write locked6.jsonl next to this file and print the counts."""
    rows = build()
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            record = {
                "text": row.text,
                "label": row.label,
                "category": row.category,
                "source": row.source,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    by_category = Counter(row.category for row in rows)
    by_label = Counter(row.label for row in rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    for category in TARGETS:
        print(f"  {category:17} {by_category[category]}")
    print(f"  offensive {by_label['offensive']}, benign {by_label['benign']}")


if __name__ == "__main__":
    main()
