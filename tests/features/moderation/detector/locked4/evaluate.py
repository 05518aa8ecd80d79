"""Per-category figures on the fourth locked set (see make_locked4.py): recall for offensive
categories, false-flag rate for benign ones, precision and recall over the whole set. The
categories and the report are locked2's, so the figures compare. Never tune on this set.

    PYTHONPATH=. .venv/bin/python -m tests.features.moderation.detector.locked4.evaluate
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.features.moderation.detector.locked.evaluate import Row, measure
from tests.features.moderation.detector.locked2.evaluate import BENIGN, OFFENSIVE, report

HERE = Path(__file__).resolve().parent

__all__ = ["BENIGN", "OFFENSIVE", "Row", "load", "measure", "report"]


def load(name: str = "locked4.jsonl") -> list[Row]:
    return [
        Row(**json.loads(line))
        for line in (HERE / name).read_text("utf-8").splitlines()
        if line.strip()
    ]


if __name__ == "__main__":
    from contactbot.features.moderation.detector import Detector

    detector = Detector()
    rows = load()
    print(f"{len(rows)} texts")
    print(report(measure(rows, lambda t: detector.classify(t).flagged), rows))
