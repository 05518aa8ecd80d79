"""Build the locked15 held-out test set for the status-text moderation detector.

Date: 2026-12-06.

Author statement: written by an independent test-data author who did not see the
detector's code, training data, wordlists, other test sets, docs or history. Every text
is hand-written in the ``pool_*`` modules of this package; the disguised and misspelled
rows are deterministic transforms (fixed random seeds) of hand-written seeds only. No text
was downloaded or copied from any corpus. The register is community-group and family-chat
talk (neighbourhood and marketplace groups, WhatsApp family and church groups, forums) in
Nigerian, Ghanaian, Kenyan, Indian, Pakistani and Jamaican English and the voice of older
British and American adults, with scams typical of those regions.

Regenerate (from the repository root)::

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked15.make_locked15

Output: ``locked15.jsonl`` next to this file, one JSON object per line with the keys
``text``, ``label`` ("offensive" or "benign"), ``category`` and ``source`` ("HAND",
"HAND_DISGUISED" or "HAND_MISS"). Rows are shuffled with a fixed seed and no two texts are
equal after lower-casing and whitespace normalisation.
"""

import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from .misspell import misspell
from .pool_chatter import CHATTER
from .pool_commerce import BENIGN_SEEDS, COMMERCE
from .pool_counter import COUNTER
from .pool_everyday import EVERYDAY
from .pool_hate_noslur import HATE_NOSLUR
from .pool_hate_slur import HATE_SLUR
from .pool_insult_vulgar import INSULT, VULGAR
from .pool_negated import NEGATED
from .pool_offensive_seeds_a import DISGUISE_SEEDS
from .pool_offensive_seeds_b import MISSPELL_SEEDS
from .pool_reclaimed import NONPROTECTED, RECLAIMED
from .pool_scam import SCAM_PLAIN
from .pool_scam_seeds import SCAM_SEEDS
from .pool_threat import THREAT
from .scam_transforms import disguise_scam
from .transforms import disguise_benign, disguise_offensive

OUT_PATH = Path(__file__).with_name("locked15.jsonl")
SHUFFLE_SEED = 15_2026_1206
MAX_RETRIES = 12

Row = dict[str, str]
Transform = Callable[[str, random.Random], str]

# (category, label, pool, count)
PLAIN: tuple[tuple[str, str, list[str], int], ...] = (
    ("hate_slur", "offensive", HATE_SLUR, 110),
    ("hate_noslur", "offensive", HATE_NOSLUR, 200),
    ("insult", "offensive", INSULT, 100),
    ("vulgar", "offensive", VULGAR, 70),
    ("threat", "offensive", THREAT, 80),
    ("scam_plain", "offensive", SCAM_PLAIN, 180),
    ("everyday", "benign", EVERYDAY, 200),
    ("chatter", "benign", CHATTER, 130),
    ("counter", "benign", COUNTER, 160),
    ("negated", "benign", NEGATED, 120),
    ("reclaimed", "benign", RECLAIMED, 100),
    ("nonprotected", "benign", NONPROTECTED, 80),
    ("commerce", "benign", COMMERCE, 70),
)

# (category, label, seeds, count, transform, source, rng seed)
TRANSFORMED: tuple[tuple[str, str, list[str], int, Transform, str, int], ...] = (
    ("disguised", "offensive", DISGUISE_SEEDS, 200, disguise_offensive, "HAND_DISGUISED", 1501),
    ("misspelled", "offensive", MISSPELL_SEEDS, 200, misspell, "HAND_MISS", 1502),
    ("scam_disguised", "offensive", SCAM_SEEDS, 160, disguise_scam, "HAND_DISGUISED", 1503),
    ("disguised_benign", "benign", BENIGN_SEEDS, 130, disguise_benign, "HAND_DISGUISED", 1504),
)


def norm_key(text: str) -> str:
    """Duplicate key: lower-cased, whitespace-normalised text."""
    return " ".join(text.lower().split())


def _word_count(text: str) -> int:
    return len(text.replace("{", "").replace("}", "").split())


def _check_length(category: str, text: str) -> None:
    n = _word_count(text)
    if not 2 <= n <= 40:
        raise ValueError(f"{category}: {n} words, outside 2-40: {text!r}")


def build_rows() -> list[Row]:
    """Build every row in a fixed order (before shuffling)."""
    rows: list[Row] = []
    seen: set[str] = set()

    def add(text: str, label: str, category: str, source: str) -> bool:
        key = norm_key(text)
        if key in seen:
            return False
        seen.add(key)
        rows.append({"text": text, "label": label, "category": category, "source": source})
        return True

    for category, label, pool, count in PLAIN:
        if len(pool) < count:
            raise ValueError(f"{category}: pool has {len(pool)} texts, need {count}")
        for text in pool[:count]:
            if "{" in text or "}" in text:
                raise ValueError(f"{category}: stray marker in {text!r}")
            _check_length(category, text)
            if not add(text, label, category, "HAND"):
                raise ValueError(f"{category}: duplicate text {text!r}")

    for category, label, seeds, count, transform, source, seed in TRANSFORMED:
        if len(seeds) < count:
            raise ValueError(f"{category}: {len(seeds)} seeds, need {count}")
        rng = random.Random(seed)
        for seed_text in seeds[:count]:
            _check_length(category, seed_text)
            plain = norm_key(seed_text.replace("{", "").replace("}", ""))
            for _ in range(MAX_RETRIES):
                out = transform(seed_text, rng)
                if norm_key(out) != plain and add(out, label, category, source):
                    break
            else:
                raise ValueError(f"{category}: no distinct transform for {seed_text!r}")
    return rows


def main() -> None:
    """Write locked15.jsonl and print the category counts."""
    rows = build_rows()
    random.Random(SHUFFLE_SEED).shuffle(rows)
    with OUT_PATH.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_cat = Counter(row["category"] for row in rows)
    by_label = Counter(row["label"] for row in rows)
    for category, _label, _pool, _count in PLAIN:
        print(f"{category:18s} {by_cat[category]:5d}")
    for category, *_rest in TRANSFORMED:
        print(f"{category:18s} {by_cat[category]:5d}")
    print(f"{'offensive':18s} {by_label['offensive']:5d}")
    print(f"{'benign':18s} {by_label['benign']:5d}")
    print(f"{'total':18s} {len(rows):5d}  -> {OUT_PATH.name}")


if __name__ == "__main__":
    main()
