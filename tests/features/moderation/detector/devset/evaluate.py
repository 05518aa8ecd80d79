"""Load the labelled dev set and compute precision / recall / false-flag rates per kind.

Shared by the quality-gate test (``test_devset.py`` beside this folder) and
bench/bench_classify.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_A = ("plain.jsonl", "disguised.jsonl", "phishing.jsonl")
# Set B was written after the lists and rules had been tuned on set A, as a generalisation check.
SET_B = ("fresh_plain.jsonl", "fresh_disguised.jsonl", "fresh_phishing.jsonl")
# Set C was written after tuning on A and B, for a second, later generalisation check.
SET_C = ("setc_plain.jsonl", "setc_disguised.jsonl", "setc_phishing.jsonl")
# Set D was written after tuning on A, B and C (and measured before any tuning on it).
SET_D = ("set_d_plain.jsonl", "set_d_disguised.jsonl", "set_d_phishing.jsonl")
FILES = SET_A + SET_B + SET_C + SET_D
KINDS = ("plain", "disguised", "phishing")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str  # "offensive" | "benign"
    category: str
    kind: str  # "plain" | "disguised" | "phishing"
    source: str
    transform: str = ""


@dataclass(frozen=True, slots=True)
class Scores:
    kind: str
    offensive: int
    benign: int
    tp: int
    fp: int

    @property
    def recall(self) -> float:
        return self.tp / self.offensive if self.offensive else 1.0

    @property
    def precision(self) -> float:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else 1.0

    @property
    def false_flag_rate(self) -> float:
        return self.fp / self.benign if self.benign else 0.0


def load(files: Iterable[str] = FILES) -> list[Example]:
    rows = []
    for name in files:
        for line in (HERE / name).read_text("utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                rows.append(Example(**data))
    return rows


def score(
    examples: Iterable[Example], predict: Callable[[str], bool]
) -> tuple[dict[str, Scores], list[tuple[Example, bool]]]:
    """Scores per kind, plus the misclassified examples with their prediction."""
    counts: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in KINDS}
    errors: list[tuple[Example, bool]] = []
    for ex in examples:
        flagged = bool(predict(ex.text))
        c = counts[ex.kind]
        if ex.label == "offensive":
            c[0] += 1
            c[2] += flagged
        else:
            c[1] += 1
            c[3] += flagged
        if flagged != (ex.label == "offensive"):
            errors.append((ex, flagged))
    return {k: Scores(k, *v) for k, v in counts.items()}, errors
