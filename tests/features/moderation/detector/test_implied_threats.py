"""Threats without a violent word (detector round 7, ``implied_threats.py``): doxxing with a
call to act, menace at the reader's family or home, time running out, spent warnings; and
the everyday sentences made of one of those parts alone."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "the reporter who wrote that lives in flat 6, haddon court. make her feel welcome",
            "threat.doxxing",
        ),
        ("she works at the bakery on king st. you know what to do", "threat.doxxing"),
        ("tell your wife to check the brakes before the school run", "threat.implied"),
        ("nice house. shame if your windows went up in flames", "threat.implied"),
        ("enjoy the school run while you still can", "threat.implied"),
        ("you've been warned twice. there's no third warning", "threat.implied"),
    ],
)
def test_implied_threats_flag_as_threats(detector: Detector, text: str, rule: str) -> None:
    """Each shape flags as a threat and names the rule that read it."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert any(r.rule == rule and r.category == "threat" for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "she lives on king st, pop round for tea sometime",
        "enjoy the sunshine while you still can, rain from monday",
        "tell your wife i said hi",
        "my mum works at the co-op on station road",
        "last warning: the office fridge gets emptied on friday",
    ],
)
def test_one_part_alone_is_not_a_threat(detector: Detector, text: str) -> None:
    """An address without a call to act, a loved one without a menace, or the weather
    "while you still can" raises no threat finding."""
    verdict = detector.classify(text)
    assert not any(r.category == "threat" for r in verdict.reasons), verdict.summary()
