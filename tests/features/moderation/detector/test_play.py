"""Trash talk about a game (detector round 9, ``play.py``): threats and skill insults aimed at
a fellow player drop to low; the same words outside a game, at a match, or aimed at the
person keep their flag."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector


@pytest.mark.parametrize(
    "text",
    [
        "you're trash at smash bros and you know it, rematch friday",
        "you're dead meat in the next round mate (it's laser tag don't worry)",
        "haha you're rubbish at darts mate",
    ],
)
def test_trash_talk_about_a_game_is_lowered(detector: Detector, text: str) -> None:
    """Every finding is lowered with the playful reading; the text does not flag."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()
    assert any(r.rule.endswith(".playful") for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "you're dead, see you at the match",
        "you're garbage at this game and garbage as a person",
        "you're a worthless piece of trash, rematch friday",
        "i will end you, i know where you live, rematch friday",
    ],
)
def test_real_threats_and_personal_insults_keep_their_flag(detector: Detector, text: str) -> None:
    """A match is no game, and an insult to the person or a real threat is not trash talk."""
    assert detector.classify(text).flagged
