"""Regression gates on the retired locked sets (dev sets: training figures) and on the
current locked sets, with about one text of tolerance per category.

The dev-set gates catch a change that loses ground on text the detector was tuned or trained
on; they say nothing about unseen text. Since detector round 6, locked to locked7 are all
training data (model v8). The locked8 and locked9 gates pin the figures measured once on
them at the end of round 6 (docs/moderation.md, "Detector round 6"): text nobody here tuned
or trained on, so a change that loses ground on unseen text is caught.

Each minimum is the measured rate less one text of the category, each maximum the rate plus
one text.
"""

from __future__ import annotations

from contactbot.features.moderation.detector import Detector
from tests.features.moderation.detector.locked import evaluate as locked1
from tests.features.moderation.detector.locked.evaluate import Row, measure
from tests.features.moderation.detector.locked2 import evaluate as locked2
from tests.features.moderation.detector.locked3 import evaluate as locked3
from tests.features.moderation.detector.locked4 import evaluate as locked4
from tests.features.moderation.detector.locked5 import evaluate as locked5
from tests.features.moderation.detector.locked6 import evaluate as locked6
from tests.features.moderation.detector.locked7 import evaluate as locked7
from tests.features.moderation.detector.locked8 import evaluate as locked8
from tests.features.moderation.detector.locked9 import evaluate as locked9


def _assert_gate(
    detector: Detector, rows: list[Row], minimums: dict[str, float], maximums: dict[str, float]
) -> None:
    """At least 1,500 texts; each rate at or above its minimum, or at or below its maximum."""
    assert len(rows) >= 1500
    figures = measure(rows, lambda t: detector.classify(t).flagged)
    report = {k: round(v, 3) for k, v in figures.items()}
    for key, low in minimums.items():
        assert figures[key] >= low, (key, report)
    for key, high in maximums.items():
        assert figures[key] <= high, (key, report)


# The first locked set, retired to training: TRAINING figures of detector round 6
# (model v8).
_LOCKED1_DEV_MIN = {
    "precision": 0.993,
    "recall": 0.982,
    "insult": 0.992,
    "vulgar": 0.9,
    "hate_noslur": 0.972,
    "disguised": 0.975,
    "misspelled": 0.975,
    "scam_plain": 0.98,
    "scam_disguised": 0.986,
}
_LOCKED1_DEV_MAX = {
    "everyday": 0.007,
    "chatter": 0.05,
    "counter": 0.007,
    "negated": 0.01,
    "reclaimed": 0.05,
    "nonprotected": 0.034,
}


def test_locked_dev_gate(detector: Detector) -> None:
    """The first locked set: training figures stay where detector round 6 left them."""
    _assert_gate(detector, locked1.load(), _LOCKED1_DEV_MIN, _LOCKED1_DEV_MAX)


# The second locked set, retired to training: TRAINING figures of detector round 6
# (model v8).
_LOCKED2_DEV_MIN = {
    "precision": 0.983,
    "recall": 0.99,
    "insult": 0.99,
    "vulgar": 0.987,
    "threat": 0.983,
    "hate_slur": 0.991,
    "hate_noslur": 0.995,
    "disguised": 0.968,
    "misspelled": 0.953,
    "scam_plain": 0.993,
    "scam_disguised": 0.986,
}
_LOCKED2_DEV_MAX = {
    "everyday": 0.006,
    "chatter": 0.024,
    "counter": 0.053,
    "negated": 0.008,
    "reclaimed": 0.01,
    "nonprotected": 0.012,
    "commerce": 0.072,
    "disguised_benign": 0.04,
}


def test_locked2_dev_gate(detector: Detector) -> None:
    """The second locked set: training figures stay where detector round 6 left them."""
    _assert_gate(detector, locked2.load(), _LOCKED2_DEV_MIN, _LOCKED2_DEV_MAX)


# The third locked set, retired to training: TRAINING figures of detector round 6
# (model v8).
_LOCKED3_DEV_MIN = {
    "precision": 0.987,
    "recall": 0.996,
    "insult": 0.99,
    "vulgar": 0.985,
    "threat": 0.983,
    "hate_slur": 0.972,
    "hate_noslur": 0.995,
    "disguised": 0.993,
    "misspelled": 0.984,
    "scam_plain": 0.992,
    "scam_disguised": 0.992,
}
_LOCKED3_DEV_MAX = {
    "everyday": 0.006,
    "chatter": 0.034,
    "counter": 0.007,
    "negated": 0.075,
    "reclaimed": 0.02,
    "nonprotected": 0.013,
    "commerce": 0.015,
    "disguised_benign": 0.016,
}


def test_locked3_dev_gate(detector: Detector) -> None:
    """The third locked set: training figures stay where detector round 6 left them."""
    _assert_gate(detector, locked3.load(), _LOCKED3_DEV_MIN, _LOCKED3_DEV_MAX)


# The fourth locked set, retired to training: TRAINING figures of detector round 6
# (model v8).
_LOCKED4_DEV_MIN = {
    "precision": 0.998,
    "recall": 0.983,
    "insult": 0.98,
    "vulgar": 0.971,
    "threat": 0.985,
    "hate_slur": 0.99,
    "hate_noslur": 0.965,
    "disguised": 0.975,
    "misspelled": 0.946,
    "scam_plain": 0.992,
    "scam_disguised": 0.992,
}
_LOCKED4_DEV_MAX = {
    "everyday": 0.005,
    "chatter": 0.008,
    "counter": 0.007,
    "negated": 0.009,
    "reclaimed": 0.02,
    "nonprotected": 0.013,
    "commerce": 0.015,
    "disguised_benign": 0.008,
}


def test_locked4_dev_gate(detector: Detector) -> None:
    """The fourth locked set: training figures stay where detector round 6 left them."""
    _assert_gate(detector, locked4.load(), _LOCKED4_DEV_MIN, _LOCKED4_DEV_MAX)


# The fifth locked set, retired to training: TRAINING figures of detector round 6
# (model v8).
_LOCKED5_DEV_MIN = {
    "precision": 0.98,
    "recall": 0.971,
    "insult": 0.97,
    "vulgar": 0.957,
    "threat": 0.887,
    "hate_slur": 0.99,
    "hate_noslur": 0.945,
    "disguised": 0.985,
    "misspelled": 0.955,
    "scam_plain": 0.977,
    "scam_disguised": 0.987,
}
_LOCKED5_DEV_MAX = {
    "everyday": 0.005,
    "chatter": 0.016,
    "counter": 0.032,
    "negated": 0.034,
    "reclaimed": 0.08,
    "nonprotected": 0.038,
    "commerce": 0.072,
    "disguised_benign": 0.031,
}


def test_locked5_dev_gate(detector: Detector) -> None:
    """The fifth locked set: training figures stay where detector round 6 left them."""
    _assert_gate(detector, locked5.load(), _LOCKED5_DEV_MIN, _LOCKED5_DEV_MAX)


# The sixth locked set, retired to training: TRAINING figures of detector round 6
# (model v8).
_LOCKED6_DEV_MIN = {
    "precision": 0.977,
    "recall": 0.963,
    "insult": 0.95,
    "vulgar": 0.942,
    "threat": 0.925,
    "hate_slur": 0.972,
    "hate_noslur": 0.885,
    "disguised": 0.975,
    "misspelled": 0.97,
    "scam_plain": 0.988,
    "scam_disguised": 0.987,
}
_LOCKED6_DEV_MAX = {
    "everyday": 0.005,
    "chatter": 0.024,
    "counter": 0.025,
    "negated": 0.017,
    "reclaimed": 0.07,
    "nonprotected": 0.113,
    "commerce": 0.086,
    "disguised_benign": 0.031,
}


def test_locked6_dev_gate(detector: Detector) -> None:
    """The sixth locked set: training figures stay where detector round 6 left them."""
    _assert_gate(detector, locked6.load(), _LOCKED6_DEV_MIN, _LOCKED6_DEV_MAX)


# The seventh locked set, retired to training: TRAINING figures of detector round 6
# (model v8).
_LOCKED7_DEV_MIN = {
    "precision": 0.985,
    "recall": 0.956,
    "insult": 0.97,
    "vulgar": 0.957,
    "threat": 0.937,
    "hate_slur": 0.972,
    "hate_noslur": 0.89,
    "disguised": 0.97,
    "misspelled": 0.91,
    "scam_plain": 0.983,
    "scam_disguised": 0.993,
}
_LOCKED7_DEV_MAX = {
    "everyday": 0.005,
    "chatter": 0.024,
    "counter": 0.007,
    "negated": 0.042,
    "reclaimed": 0.07,
    "nonprotected": 0.05,
    "commerce": 0.029,
    "disguised_benign": 0.016,
}


def test_locked7_dev_gate(detector: Detector) -> None:
    """The seventh locked set: training figures stay where detector round 6 left them."""
    _assert_gate(detector, locked7.load(), _LOCKED7_DEV_MIN, _LOCKED7_DEV_MAX)


# The eighth locked set, by an independent author, measured once on the final
# round-6 code (training/locked8_round1.txt): never read, tuned or trained on.
_LOCKED8_MIN = {
    "precision": 0.942,
    "recall": 0.841,
    "insult": 0.74,
    "vulgar": 0.942,
    "threat": 0.712,
    "hate_slur": 0.918,
    "hate_noslur": 0.705,
    "disguised": 0.95,
    "misspelled": 0.72,
    "scam_plain": 0.911,
    "scam_disguised": 0.931,
}
_LOCKED8_MAX = {
    "everyday": 0.01,
    "chatter": 0.124,
    "counter": 0.088,
    "negated": 0.1,
    "reclaimed": 0.17,
    "nonprotected": 0.125,
    "commerce": 0.029,
    "disguised_benign": 0.008,
}


def test_locked8_gate(detector: Detector) -> None:
    """Per-category figures on the eighth locked set (measured once, never tuned
    on) stay at least where detector round 6 measured them."""
    _assert_gate(detector, locked8.load(), _LOCKED8_MIN, _LOCKED8_MAX)


# The ninth locked set, by an independent author, measured once on the final
# round-6 code (training/locked9_round1.txt): never read, tuned or trained on.
_LOCKED9_MIN = {
    "precision": 0.945,
    "recall": 0.831,
    "insult": 0.73,
    "vulgar": 0.9,
    "threat": 0.65,
    "hate_slur": 0.881,
    "hate_noslur": 0.765,
    "disguised": 0.94,
    "misspelled": 0.809,
    "scam_plain": 0.838,
    "scam_disguised": 0.837,
}
_LOCKED9_MAX = {
    "everyday": 0.01,
    "chatter": 0.139,
    "counter": 0.082,
    "negated": 0.05,
    "reclaimed": 0.13,
    "nonprotected": 0.1,
    "commerce": 0.1,
    "disguised_benign": 0.024,
}


def test_locked9_gate(detector: Detector) -> None:
    """Per-category figures on the ninth locked set (measured once, never tuned
    on) stay at least where detector round 6 measured them."""
    _assert_gate(detector, locked9.load(), _LOCKED9_MIN, _LOCKED9_MAX)
