"""Layer 3: identity-attack, threat and harassment rules, self-descriptions and counter-speech."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector


@pytest.mark.parametrize(
    "text",
    [
        "jews are vermin",
        "Muslims are terrorists, all of them",
        "immigrants are rats",
        "gays are an abomination",
        "trans people are mentally ill freaks",
        "kill all jews",
        "gas the jews",
        "exterminate the muslims",
        "death to all arabs",
        "gays should be hanged",
        "refugees deserve to die",
        "I hate muslims",
        "muslims don't deserve rights",
        "gay people shouldn't exist",
        "no blacks allowed",
        "filthy mexicans everywhere",
        "The only good muslim is a dead muslim",
        "jewish rats control the media",
        "I wish all the jews were gone",
    ],
)
def test_identity_attacks_flag_as_hate(detector: Detector, text: str) -> None:
    """A group term combined with dehumanising, violent or exclusionary language is hate."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert "hate" in verdict.categories


@pytest.mark.parametrize(
    "text",
    [
        "Proud to be gay",
        "Muslim and happy",
        "trans woman, she/her",
        "Black and proud",
        "Jewish, Berliner, coffee addict",
        "Proud immigrant, proud engineer",
        "Disabled gamer, wheelchair user",
        "Non-binary, they/them",
        "Refugees welcome",
        "Gay man in tech",
        "Lesbian mum of two",
    ],
)
def test_self_descriptions_pass(detector: Detector, text: str) -> None:
    """Identity terms in a self-description or support statement never flag."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()


@pytest.mark.parametrize(
    "text",
    [
        "Calling people the n-word is never ok",
        "stop saying faggot",
        "'Retard' is a slur, please don't use it",
        'Words like "chink" are racist',
        "Someone called me a tranny today",
        "Muslims are not terrorists",
        "Immigrants are not criminals",
        'Saying "all muslims are terrorists" is bigotry',
    ],
)
def test_counter_speech_is_lowered_below_the_threshold(detector: Detector, text: str) -> None:
    """Quoted or reported slurs and negated attacks do not flag."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()


def test_counter_speech_keeps_a_low_reason_for_review(detector: Detector) -> None:
    """A reported slur is still recorded, at low severity, so moderators can look."""
    verdict = detector.classify("stop saying faggot")
    assert [(r.severity, r.rule) for r in verdict.reasons] == [("low", "wordlist.hate.reported")]


@pytest.mark.parametrize("text", ["you're a faggot", "faggot", "shut up faggot"])
def test_plain_slur_use_flags(detector: Detector, text: str) -> None:
    """A slur used plainly flags at high severity."""
    verdict = detector.classify(text)
    assert verdict.flagged
    assert any(r.category == "hate" and r.severity == "high" for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "I will find you and hurt you",
        "I'm going to kill you",
        "i'll stab you",
        "someone should shoot you",
        "I know where you live",
        "you are going to die",
        "I'm coming to your house with a knife",
        "Your kids aren't safe",
        "I will make you bleed",
        "bringing a gun to school tomorrow",
    ],
)
def test_threats_flag(detector: Detector, text: str) -> None:
    """First-person threats and threats of harm to the reader flag as threats."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert "threat" in verdict.categories


@pytest.mark.parametrize(
    "text",
    [
        "Killing it at work today",
        "This deadline is killing me",
        "Shoot me a message if needed",
        "I'll shoot you an email later",
        "I'm going to beat you at chess tonight",
        "I'd die for some sunshine",
        "Dead tired after the gym",
        "I would never hurt you",
        "Break a leg tonight!",
    ],
)
def test_violent_idioms_pass(detector: Detector, text: str) -> None:
    """Everyday violent idioms are not threats."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()


@pytest.mark.parametrize(
    "text",
    [
        "you are worthless",
        "you're a pathetic idiot",
        "ur so stupid",
        "are you dumb?",
        "hope you die",
        "Imagine being this stupid",
        "shut your fat mouth",
    ],
)
def test_insults_at_the_reader_flag_as_harassment(detector: Detector, text: str) -> None:
    """Insults aimed at the reader are harassment."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert "harassment" in verdict.categories


@pytest.mark.parametrize(
    "text",
    [
        "I'm such an idiot, forgot my keys",
        "Thank you, stupid printer",
        "You're not stupid, you're tired",
        "my code is garbage today",
    ],
)
def test_self_deprecation_and_negated_insults_pass(detector: Detector, text: str) -> None:
    """Insults at oneself, at objects, or negated, do not flag."""
    verdict = detector.classify(text)
    assert not verdict.flagged, verdict.summary()
