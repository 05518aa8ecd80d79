"""Per-category figures on the sixth locked set (see make_locked6.py): recall for offensive
categories, false-flag rate for benign ones, precision and recall over the whole set. The
categories and the report are locked2's, so the figures compare. Never tune on this set.

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked6.evaluate
"""

from __future__ import annotations

from pathlib import Path

from tests.features.moderation.detector.locked.evaluate import Row, measure, read_rows
from tests.features.moderation.detector.locked2.evaluate import (
    BENIGN,
    OFFENSIVE,
    print_figures,
    report,
)

HERE = Path(__file__).resolve().parent

__all__ = ["BENIGN", "OFFENSIVE", "Row", "load", "measure", "report"]


def load(name: str = "locked6.jsonl") -> list[Row]:
    return read_rows(HERE / name)


if __name__ == "__main__":
    print_figures(load())
