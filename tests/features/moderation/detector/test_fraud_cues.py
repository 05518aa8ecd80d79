"""Fraud without a link or a prize (detector round 7, ``fraud_cues.py``): payment that cannot
be got back, unlock fees, sellers abroad who want money first, a phone fraud's script; and
the everyday sentences that share their words."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("2 tickets for saturday, face value, bank transfer only", "scam.unprotected_payment"),
        ("flood relief: donate via gift cards to our coordinator", "scam.unprotected_payment"),
        ("your card was cloned, a courier will collect it, prepare your pin", "scam.fraud_script"),
        ("you are under digital arrest, stay on the video call", "scam.fraud_script"),
        ("i sent you a 6 digit code by mistake, can you send it back", "scam.fraud_script"),
        ("puppies ready, i'm overseas so just pay the deposit and the courier brings them",
         "scam.away_seller"),
        ("earn from home reviewing products, pay for the starter kit first", "scam.unlock_fee"),
        # round 9: gift cards sent as money, a bank transfer made upfront
        ("i'm deployed abroad, please send me itunes cards so i can call you",
         "scam.unprotected_payment"),
        ("tickets at face value, just need the money upfront by bank transfer",
         "scam.unprotected_payment"),
    ],
)  # fmt: skip
def test_fraud_cues_flag(detector: Detector, text: str, rule: str) -> None:
    """Each cue flags the text as spam or phishing and names its rule."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict.summary()
    assert any(r.rule == rule for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "cash only at the car boot sale, no card payments sorry",
        "i'm working abroad this month, my sister will deliver the cake",
        "don't hang up on your nan, she just wants a chat",
        "the registration fee for under-9s football is £20, pay at the clubhouse",
    ],
)
def test_everyday_payment_talk_raises_no_fraud_cue(detector: Detector, text: str) -> None:
    """Cash-only stalls, relatives abroad, phone manners and club fees are not fraud cues."""
    rules = [r.rule for r in detector.classify(text).reasons]
    assert not any(
        r.startswith(("scam.fraud", "scam.unprotected", "scam.away", "scam.unlock")) for r in rules
    ), rules
