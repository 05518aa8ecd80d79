"""Verdicts: score combination, reason fields and the moderator summary."""

from __future__ import annotations

import dataclasses
import re

import pytest

from contactbot.features.moderation.detector import Detector, Reason, Verdict
from contactbot.features.moderation.detector.verdict import combine


def _reason(severity: str) -> Reason:
    return Reason("r", "vulgar", severity, 0, 1, "x", "why")


def test_score_combines_reasons_as_noisy_or() -> None:
    """One high reason scores 0.9, two lows 0.36, and the score never exceeds 1."""
    assert combine([_reason("high")]) == pytest.approx(0.9)
    assert combine([_reason("low"), _reason("low")]) == pytest.approx(0.36)
    assert combine([_reason("high")] * 10) <= 1.0
    assert combine([]) == 0.0


def test_reason_and_verdict_are_frozen() -> None:
    """Results are immutable values."""
    reason = _reason("low")
    with pytest.raises(dataclasses.FrozenInstanceError):
        reason.severity = "high"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Verdict(False, 0.0).flagged = True  # type: ignore[misc]


def test_reason_carries_rule_category_severity_span_and_explanation(detector: Detector) -> None:
    """A reason names its rule, category and severity, quotes the original and explains."""
    text = "lol you f4gg0t"
    (reason,) = detector.classify(text).reasons
    assert reason.rule == "wordlist.hate"
    assert reason.category == "hate"
    assert reason.severity == "high"
    assert text[reason.start : reason.end] == reason.matched == "f4gg0t"
    assert "faggot" in reason.explanation and "leetspeak" in reason.explanation


def test_summary_is_one_short_line_for_moderators(detector: Detector) -> None:
    """The summary gives the decision, score and the most severe reasons."""
    summary = detector.classify("free nitro at dlscord.gift/abc").summary()
    assert re.match(r"flagged (0\.9\d|1\.00): ", summary)
    assert "dlscord.gift" in summary and "phishing (high)" in summary
    assert "\n" not in summary


def test_summary_neutralises_control_characters(detector: Detector) -> None:
    """Bidi and control characters from the status cannot garble the moderator notice."""
    summary = detector.classify("fu\u202eck off").summary()
    assert "\u202e" not in summary


def test_clean_text_has_empty_verdict(detector: Detector) -> None:
    """A benign status has score 0, no reasons and says so."""
    verdict = detector.classify("On holiday until Monday 🌴")
    assert verdict == Verdict(False, 0.0)
    assert verdict.summary() == "not flagged 0.00"


def test_to_dict_is_json_ready(detector: Detector) -> None:
    """to_dict gives plain values for storage or logging."""
    data = detector.classify("fuck off").to_dict()
    assert data["flagged"] is True
    assert isinstance(data["reasons"], list) and data["reasons"][0]["category"] == "vulgar"


def test_reason_words_are_the_lower_case_words_the_user_typed() -> None:
    """``Reason.words`` splits the quoted text into lower-case ASCII words (what the banter
    and denial readings compare against word lists)."""
    reason = Reason("harassment.insult", "harassment", "medium", 0, 12, "You're a DORK", "x")
    assert reason.words() == ["you", "re", "a", "dork"]
