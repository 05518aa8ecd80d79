"""Weapon emoji aimed at a group or a place of worship (detector round 9,
``emoji_threats.py``), and the everyday emoji that share the shapes."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector


@pytest.mark.parametrize(
    "text", ["🔫 the refugees", "💣 all the jews", "🔥 the mosque", "🔪 those immigrants"]
)
def test_weapon_emoji_at_a_target_is_a_threat(detector: Detector, text: str) -> None:
    """The emoji is the verb: the text flags as a threat with the emoji rule."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert any(r.rule == "threat.emoji_weapon" for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "🔥 the new album",
        "🔫 the dishes tonight lol",
        "love the mosque 🔥 beautiful lights",
        "🔥 the refugees choir was amazing",
        "😂🔪 the onions made me cry",
    ],
)
def test_everyday_emoji_pass(detector: Detector, text: str) -> None:
    """Praise fire, kitchen knives and emoji after the noun do not flag."""
    verdict = detector.classify(text)
    assert not any(r.rule == "threat.emoji_weapon" for r in verdict.reasons), verdict.summary()
