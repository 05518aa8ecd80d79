"""Denied and hedged claims (detector round 5): a denial frame acquits the claim it governs;
the hedge "I'm not saying X, but ..." and a denial aimed at the writer do not."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector


@pytest.mark.parametrize(
    "text",
    [
        "nobody thinks asians are dogs except actual bigots",
        "i refuse to believe roma are thieves because of gossip",
        "not all muslims are terrorists, in fact almost none are",
        "the idea that jews are greedy is a nasty stereotype",
        "don't ever tell me mexicans are rapists",
        "it's a lie that refugees are dangerous",
        "not every arab is a terrorist, obviously",
        "I don't think immigrants are a problem at all",
        "i will never accept that women are inferior",
    ],
)
def test_denied_claims_are_not_flagged(detector: Detector, text: str) -> None:
    """A claim governed by "nobody thinks", "refuse to believe", "not all", "the idea that
    ... is a stereotype", "it's a lie that", "not every", or (detector round 7) a refused
    exclusionary claim ("don't think X are a problem") is denied, not made."""
    assert not detector.classify(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Being poor doesn't make you a criminal.",
        "Having a stammer doesn't mean you're stupid. Give people time.",
        "Being disabled doesn't make you a burden on anyone.",
    ],
)
def test_denied_insults_about_a_class_of_people_are_not_flagged(
    detector: Detector, text: str
) -> None:
    """An insult at "you" after "doesn't make you" or "doesn't mean you're" denies a slur on
    a class of people (detector round 8); the finding stays at low severity."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()
    assert any(r.rule.endswith(".negated") for r in verdict.reasons)


def test_a_denial_after_the_insult_denies_nothing(detector: Detector) -> None:
    """Only an insult after the denial is lowered: in "you're stupid and it doesn't make you
    special" the denial is about "special"."""
    assert detector.classify("you're stupid and it doesn't make you special").flagged


@pytest.mark.parametrize(
    "text",
    [
        "I'm not saying muslims are terrorists but they are",
        "im not saying faggot but you are one",
        "dont call me a racist, immigrants are vermin",
        "immigrants are vermin",
        "i don't think so. muslims don't deserve to live",
        "not every muslim is a terrorist but most are",
    ],
)
def test_hedges_and_misdirected_denials_still_flag(detector: Detector, text: str) -> None:
    """A "but" after a negated "saying" makes the claim; "don't call me a racist" denies
    something about the writer, not the claim that follows. An exclusionary claim that
    carries its own negation ("don't deserve to live") stays an attack after "I don't think"."""
    assert detector.classify(text).flagged


def test_slur_said_of_another_is_no_self_description(detector: Detector) -> None:
    """ "my coworker is a <slur>": the "my" does not make the slur the writer's own."""
    verdict = detector.classify("ugh my new coworker is a kike")
    assert verdict.flagged
    assert any(r.category == "hate" and r.severity == "high" for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Stop pretending Jews are secretly running the media",
        "stop acting like Muslims are all the same person",
        "it is wrong to blame Chinese people for a virus",
    ],
)
def test_refusing_a_claim_about_a_group_is_not_flagged(detector: Detector, text: str) -> None:
    """A refusal frame right before a group word denies the claim that follows (round 9)."""
    assert not detector.classify(text).flagged
