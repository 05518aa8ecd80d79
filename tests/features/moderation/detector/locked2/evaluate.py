"""Per-category figures on the second locked set (see make_locked2.py): recall for offensive
categories, false-flag rate for benign ones, precision and recall over the whole set.

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked2.evaluate
"""

from __future__ import annotations

from pathlib import Path

from tests.features.moderation.detector.locked.evaluate import Row, measure, read_rows

HERE = Path(__file__).resolve().parent
OFFENSIVE = (
    "insult", "vulgar", "threat", "hate_slur", "hate_noslur", "disguised", "misspelled",
    "scam_plain", "scam_disguised",
)  # fmt: skip
BENIGN = (
    "everyday", "chatter", "counter", "negated", "reclaimed", "nonprotected", "commerce",
    "disguised_benign",
)  # fmt: skip

__all__ = ["BENIGN", "OFFENSIVE", "Row", "load", "measure", "report"]


def load(name: str = "locked2.jsonl") -> list[Row]:
    return read_rows(HERE / name)


def report(figures: dict[str, float], rows: list[Row] | None = None) -> str:
    counts: dict[str, int] = {}
    for row in rows or []:
        counts[row.category] = counts.get(row.category, 0) + 1
    lines = [f"precision {figures['precision']:.1%}  recall {figures['recall']:.1%}"]
    lines += [
        f"  recall     {c:16s} {figures[c]:6.1%}  (n={counts.get(c, '?')})"
        for c in OFFENSIVE
        if c in figures
    ]
    lines += [
        f"  false flag {c:16s} {figures[c]:6.1%}  (n={counts.get(c, '?')})"
        for c in BENIGN
        if c in figures
    ]
    return "\n".join(lines)


def print_figures(rows: list[Row]) -> None:
    """What ``python -m ...evaluate`` prints for a set: its size and its figures."""
    from contactbot.features.moderation.detector import Detector

    detector = Detector()
    print(f"{len(rows)} texts")
    print(report(measure(rows, lambda t: detector.classify(t).flagged), rows))


if __name__ == "__main__":
    print_figures(load())
