"""Write locked7.jsonl, the seventh locked test set for the moderation detector.

Written 2026-12-05 by a test-data author independent of the detector's tuners, without
reading the detector, its training data or other sets. Every text and transform here is
the author's own writing. This set must NEVER be trained or tuned on, nor copied into
training data, word lists or rules: it is measured once, for an honest figure.

Deterministic (fixed seed, standard library only). Regenerate with:

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked7.make_locked7
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tests.features.moderation.detector.locked7 import (
    pool_disguise,
    pool_everyday,
    pool_hate,
    pool_misspelled,
    pool_personal,
    pool_scam,
    pool_scam_disguised,
    pool_speech,
    pool_words,
)
from tests.features.moderation.detector.locked7.transforms import DISGUISES, disguise, plain
from tests.features.moderation.detector.locked7.transforms_more import (
    SPELLINGS,
    misspell,
    obfuscate,
)

HERE = Path(__file__).resolve().parent
SEED = 20261205

OFFENSIVE = "offensive"
BENIGN = "benign"

Row = dict[str, str]
Made = tuple[str, str]  # (text, source)


def texts(block: str) -> list[str]:
    """The non-empty lines of a pool block."""
    return [line.strip() for line in block.splitlines() if line.strip()]


def hand(block: str, source: str = "HAND") -> Iterator[Made]:
    for text in texts(block):
        yield text, source


def rotate(tags: list[str], start: int) -> list[str]:
    return tags[start % len(tags) :] + tags[: start % len(tags)]


def disguised(seeds: list[str], rng: random.Random, prefix: str) -> Iterator[Made]:
    """Each seed once with one method, then again with another, methods in rotation."""
    tags = list(DISGUISES)
    for shift in (0, 7):
        for i, seed in enumerate(seeds):
            tag = tags[(i + shift) % len(tags)]
            yield disguise(seed, tag, rng), f"{prefix}_{tag}"


def misspelled(seeds: list[str], rng: random.Random) -> Iterator[Made]:
    tags = [*SPELLINGS, "JOIN"]
    for i, seed in enumerate(seeds):
        tag = tags[i % len(tags)]
        yield misspell(seed, tag, rng), f"MISS_{tag}"


def scam_obfuscated(seeds: list[str], rng: random.Random) -> Iterator[Made]:
    """Each seed with the first method in rotation that applies to it, then a second pass."""
    tags = ["LURE", "NUMBER", "LINK", "MIX"]
    for shift in (0, 2):
        for i, seed in enumerate(seeds):
            for tag in rotate(tags, i + shift):
                text = obfuscate(seed, tag, rng)
                if text is not None:
                    yield text, f"SD_{tag}"
                    break


def scam_plain() -> Iterator[Made]:
    """180 plain scams, 113 of them (63 %) without a link."""
    nolink = texts(pool_scam.SCAM_NOLINK)[:113]
    links = texts(pool_scam.SCAM_LINK)[:67]
    for text in nolink:
        yield text, "HAND_NOLINK"
    for text in links:
        yield text, "HAND_LINK"


def build() -> list[Row]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[Row] = []

    def fill(category: str, label: str, target: int, made: Iterable[Made]) -> None:
        count = 0
        for text, source in made:
            if count == target:
                break
            text = text.strip()
            if not text or text in seen:
                if source.startswith("HAND"):
                    raise ValueError(f"duplicate hand-written text: {text!r}")
                continue
            seen.add(text)
            rows.append({"text": text, "label": label, "category": category, "source": source})
            count += 1
        if count != target:
            raise ValueError(f"{category}: made {count}, wanted {target}")

    o, b = OFFENSIVE, BENIGN
    fill("insult", o, 100, hand(pool_personal.INSULT))
    fill("vulgar", o, 70, hand(pool_personal.VULGAR))
    fill("threat", o, 80, hand(pool_personal.THREAT))
    fill("hate_slur", o, 110, hand(pool_hate.HATE_SLUR))
    fill("hate_noslur", o, 200, hand(pool_hate.HATE_NOSLUR))
    fill(
        "disguised",
        o,
        200,
        chain(
            hand(pool_disguise.HAND_DISGUISED),
            disguised(texts(pool_disguise.OFFENSIVE_SEEDS), rng, "DIS"),
        ),
    )
    fill(
        "misspelled",
        o,
        200,
        chain(
            hand(pool_misspelled.MISSPELLED_HAND, "HAND_MISSPELLED"),
            misspelled(texts(pool_misspelled.MISSPELL_SEEDS), rng),
        ),
    )
    fill("scam_plain", o, 180, scam_plain())
    fill(
        "scam_disguised",
        o,
        160,
        chain(
            hand(pool_scam_disguised.SCAM_DISGUISED_HAND, "HAND_OBFUSCATED"),
            scam_obfuscated(texts(pool_scam_disguised.SCAM_SEEDS), rng),
        ),
    )
    fill("everyday", b, 200, hand(pool_everyday.EVERYDAY))
    fill("chatter", b, 130, hand(pool_everyday.CHATTER))
    fill("counter", b, 160, hand(pool_speech.COUNTER))
    fill("negated", b, 120, hand(pool_speech.NEGATED))
    fill("reclaimed", b, 100, hand(pool_words.RECLAIMED))
    fill("nonprotected", b, 80, hand(pool_words.NONPROTECTED))
    fill("commerce", b, 70, hand(pool_words.COMMERCE))
    fill(
        "disguised_benign",
        b,
        130,
        disguised(texts(pool_disguise.BENIGN_SEEDS), rng, "DB"),
    )
    check(rows)
    random.Random(SEED).shuffle(rows)
    return rows


def chain(*parts: Iterable[Made]) -> Iterator[Made]:
    for part in parts:
        yield from part


def check(rows: list[Row]) -> None:
    """Transformed texts must differ from their seeds and carry no leftover braces."""
    for row in rows:
        if "{" in row["text"] or "}" in row["text"]:
            raise ValueError(f"leftover brace: {row}")
    plains = {plain(t) for t in texts(pool_disguise.OFFENSIVE_SEEDS)}
    plains |= {plain(t) for t in texts(pool_disguise.BENIGN_SEEDS)}
    plains |= {plain(t) for t in texts(pool_misspelled.MISSPELL_SEEDS)}
    plains |= {plain(t) for t in texts(pool_scam_disguised.SCAM_SEEDS)}
    for row in rows:
        if not row["source"].startswith("HAND") and row["text"] in plains:
            raise ValueError(f"transform left the seed unchanged: {row}")


def write(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(make: Callable[[], list[Row]] = build) -> None:
    rows = make()
    path = HERE / "locked7.jsonl"
    write(rows, path)
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    main()
