"""Rough talk that is not abuse (detector round 7, ``banter.py``): one oath aimed at no one,
and a mild insult next to explicit affection, are lowered; aimed, repeated, sexual or
hurtful uses are not."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector, DetectorSettings


@pytest.mark.parametrize(
    "text",
    [
        "holy shit i passed",
        "this fucking bus is late again",
        "see you tomorrow you numpty ❤️",
        "lmaooo you're such an idiot, love you really",
        "get well soon you absolute plonker, the office is boring without you",
        "oi dickhead you still owe me a tenner from the pub quiz",  # a friend's debt (round 8)
        "Gaz you muppet, you've left your keys at mine again",
        "shite weather but sure look",  # one oath that two list entries match (round 9)
        "lol you're such a nerd, I love it",  # "love it" is affection (round 9)
    ],
)
def test_oaths_and_affectionate_teasing_are_not_flagged(detector: Detector, text: str) -> None:
    """A single swear word with nobody to aim at, or a mild insult beside "love you", a
    heart or good wishes, is lowered to low severity and says why."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()
    assert any(r.rule.endswith((".undirected", ".friendly")) for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "fuck off",  # aimed at the reader
        "fuck you and your shit band",  # "you"
        "he's a fucking liar",  # a person to aim at
        "fuck fuck fuck this fucking shit",  # a run of oaths: gratuitous
        "looking for a quick fuck tonight, no strings",  # sexual, not an oath
        "rate my ass 🍑",  # a body part, not an oath
        "lmao ur such a loser, nobody likes you",  # laughter is no affection
        "you're so ugly ❤️",  # hurtful whatever the heart
        "dumbest person on this forum by a mile. congrats, idiot",  # sarcastic "congrats"
    ],
)
def test_aimed_repeated_sexual_and_hurtful_uses_still_flag(detector: Detector, text: str) -> None:
    """Swearing at someone, a run of oaths, sexual use, mocking laughter, a hurtful insult or
    a sarcastic congratulation keeps the flag."""
    assert detector.classify(text).flagged


def test_a_real_attack_is_never_lowered_by_affection(detector: Detector) -> None:
    """Affection lowers mild insults only: a slur or a death wish next to a heart still
    flags at full severity."""
    verdict = detector.classify("kill yourself ❤️")
    assert verdict.flagged
    assert not any(r.rule.endswith(".friendly") for r in verdict.reasons)


def test_flag_oaths_setting_keeps_lone_oaths_flagged() -> None:
    """``flag_oaths: true`` (family-friendly spaces) turns the oath reading off: "fuck
    mondays" flags again; affectionate teasing is still lowered. A non-boolean is refused."""
    strict = Detector(DetectorSettings.from_mapping({"flag_oaths": True}))
    assert strict.classify("fuck mondays").flagged
    assert not strict.classify("see you tomorrow you numpty ❤️").flagged
    assert not Detector().classify("fuck mondays").flagged
    with pytest.raises(ValueError, match="flag_oaths"):
        DetectorSettings.from_mapping({"flag_oaths": "yes"})


def test_plans_lower_insults_but_not_threats(detector: Detector) -> None:
    """A friend's plans ("see you at 7") lower a mild insult, but a meeting is no affection:
    "see you in the car park after the game, ref" keeps its threat reading (round 8)."""
    assert not detector.classify("shut it you muppet, see you at 7").flagged
    verdict = detector.classify("see you in the car park after the game ref, you're dead")
    assert verdict.flagged
