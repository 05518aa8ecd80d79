"""Per-category figures on the locked set: recall for offensive categories, false-flag rate
for benign ones, plus precision and recall of offensive vs benign over the whole set."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OFFENSIVE = (
    "insult", "vulgar", "hate_noslur", "disguised", "misspelled", "scam_plain", "scam_disguised",
)  # fmt: skip
BENIGN = ("everyday", "counter", "reclaimed", "negated", "chatter", "nonprotected")


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    label: str
    category: str
    source: str


def read_rows(path: Path) -> list[Row]:
    """The rows of a locked set's JSON-lines file (every set has this format)."""
    return [
        Row(**json.loads(line)) for line in path.read_text("utf-8").splitlines() if line.strip()
    ]


def load(name: str = "locked.jsonl") -> list[Row]:
    return read_rows(HERE / name)


def measure(rows: Iterable[Row], predict: Callable[[str], bool]) -> dict[str, float]:
    """``{category: rate}`` (recall or false-flag rate) plus ``precision`` and ``recall``."""
    hits: dict[str, list[int]] = {}
    tp = fp = pos = 0
    for row in rows:
        flagged = bool(predict(row.text))
        h = hits.setdefault(row.category, [0, 0])
        h[0] += flagged
        h[1] += 1
        if row.label == "offensive":
            pos += 1
            tp += flagged
        else:
            fp += flagged
    out = {cat: flagged / total for cat, (flagged, total) in hits.items()}
    out["precision"] = tp / (tp + fp) if tp + fp else 1.0
    out["recall"] = tp / pos if pos else 1.0
    return out


def report(figures: dict[str, float]) -> str:
    lines = [f"precision {figures['precision']:.1%}  recall {figures['recall']:.1%}"]
    lines += [f"  recall     {c:15s} {figures[c]:6.1%}" for c in OFFENSIVE if c in figures]
    lines += [f"  false flag {c:15s} {figures[c]:6.1%}" for c in BENIGN if c in figures]
    return "\n".join(lines)


if __name__ == "__main__":
    from contactbot.features.moderation.detector import Detector

    detector = Detector()
    print(report(measure(load(), lambda t: detector.classify(t).flagged)))
