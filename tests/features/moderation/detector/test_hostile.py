"""Hostile and odd input never crashes the detector and stays bounded."""

from __future__ import annotations

import random

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.detector import MAX_CHARS


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\t\r",
        "\x00\x01\x02fuck\x7f",
        "\u202e\u2066\u2069\u200f bidi \u202d",
        "\ud800\udfff lone surrogates \udc00",
        "\ufeff\u200b\u200b\u200b",
        "\U000e0066\U000e0075 tag characters",
        "🏳️‍🌈👨‍👩‍👧‍👦🧑🏽‍🚒",
        "a" * 10_000,
        "f u c k " * 1500,
        "*" * 5000,
        "1" * 5000,
        "$!@|" * 2000,
        "..." * 3000,
        "http://" + "a." * 3000 + "com",
        "a\u0301" * 4000,
        "".join(chr(c) for c in range(0x20, 0x3000)),
        "ﷺ" * 1000,
    ],
)
def test_hostile_input_never_crashes(detector: Detector, text: str) -> None:
    """Empty, control, bidi, surrogate, huge and repetitive input returns a verdict."""
    verdict = detector.classify(text)
    assert 0.0 <= verdict.score <= 1.0
    for reason in verdict.reasons:
        assert 0 <= reason.start <= reason.end <= len(text)
        assert text[reason.start : reason.end] == reason.matched


def test_random_unicode_never_crashes(detector: Detector) -> None:
    """Random code points from the whole range (seeded) never crash the detector."""
    rng = random.Random(4426)
    for _ in range(300):
        text = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 80)))
        verdict = detector.classify(text)
        for reason in verdict.reasons:
            assert text[reason.start : reason.end] == reason.matched


def test_long_input_is_cut_to_a_prefix(detector: Detector) -> None:
    """Only the first MAX_CHARS characters are examined, so cost per call is bounded."""
    text = "a" * MAX_CHARS + " fuck"
    assert not detector.classify(text).flagged
    assert detector.classify("fuck you " + "a" * MAX_CHARS).flagged


def test_non_string_is_rejected(detector: Detector) -> None:
    """Passing bytes or None is a programming error, reported as TypeError."""
    with pytest.raises(TypeError):
        detector.classify(b"fuck")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        detector.classify(None)  # type: ignore[arg-type]
