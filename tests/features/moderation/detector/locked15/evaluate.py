"""Per-category figures on the fifteenth locked set (see make_locked15.py). Never tune on it.

PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked15.evaluate
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


def load(name: str = "locked15.jsonl") -> list[Row]:
    return read_rows(HERE / name)


if __name__ == "__main__":
    print_figures(load())
