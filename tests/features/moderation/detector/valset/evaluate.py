"""Per-category figures on the validation set (see make_valset.py): recall for offensive
categories, false-flag rate for benign ones. Benign-heavy, written by an independent author
as a set the tuners may read and tune on (detector round 5): its figures are tuning figures.

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.valset.evaluate
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


def load(name: str = "valset.jsonl") -> list[Row]:
    return read_rows(HERE / name)


if __name__ == "__main__":
    print_figures(load())
