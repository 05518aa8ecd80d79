"""Strong cues that a text denies or condemns the abuse it contains (speech_cues.py,
negation.py): abuse quoted in order to report it, and derogatory claims called false."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.speech_cues import condemned_quote

_QUOTE = 'Someone wrote "Kurds should be gassed" under my post. Reported and blocked.'


def test_quoted_abuse_with_a_condemning_word_outside_is_a_cue() -> None:
    """Findings inside quotation marks plus "reported" outside them: counter-speech."""
    start = _QUOTE.index("Kurds")
    assert condemned_quote(_QUOTE, [(start, start + 20)])


@pytest.mark.parametrize(
    ("text", "span_of"),
    [
        ('He said "Kurds should be gassed" and he is right', "Kurds"),  # no condemnation
        ('"Kurds" should be gassed, report me if you like', "gassed"),  # abuse outside quotes
        ("Kurds should be gassed. Reported.", "Kurds"),  # no quotation marks
    ],
)
def test_no_cue_without_quotes_around_the_finding_and_a_condemning_word(
    text: str, span_of: str
) -> None:
    """Approving quotes, abuse outside the quotes and unquoted abuse are not counter-speech."""
    start = text.index(span_of)
    assert not condemned_quote(text, [(start, start + len(span_of))])


def test_reported_quote_is_not_flagged(detector: Detector) -> None:
    """The detector lowers quoted, reported abuse."""
    assert not detector.classify(_QUOTE).flagged


def test_unquoted_abuse_next_to_a_report_word_still_flags(detector: Detector) -> None:
    """A condemning word alone is no strong cue: where the model leans offensive the
    identity-attack finding stands."""
    assert detector.classify("all Kurds should be gassed, report me if you like").flagged


@pytest.mark.parametrize(
    "text",
    [
        "'kill all gays' written on the toilet door in the library, facilities notified",
        "'homosexuals are an abomination' is on a church sign near me. complaint filed",
    ],
)
def test_quotes_reported_where_seen_are_not_flagged(detector: Detector, text: str) -> None:
    """Abuse quoted with where it was seen and what was done about it is a report (round 9)."""
    assert not detector.classify(text).flagged


def test_quotes_endorsed_outside_the_quotes_still_flag(detector: Detector) -> None:
    """An endorsing word outside the quotes makes the quote no report (round 9)."""
    assert detector.classify("'kill all gays' written on a wall near me. facts").flagged
