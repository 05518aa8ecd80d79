"""Misspelled long slurs (misspell.py): one dropped or swapped inner letter reads as the listed
word; real words one slip away and substitutions do not."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.misspell import slips


@pytest.mark.parametrize(
    "text",
    [
        "get out you towlhead",  # dropped letter
        "another wetbcak on our street",  # swapped letters
        "shut up you zipperhed",  # dropped letter near the end
    ],
)
def test_slipped_slurs_flag_and_say_so(detector: Detector, text: str) -> None:
    """A slip of a listed slur flags, and the reason says the word was misspelled."""
    verdict = detector.classify(text)
    assert verdict.flagged, verdict
    assert any("misspelled" in r.explanation for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "honeys, I'm home",  # honkeys minus k
        "time to reskin the app",  # redskin minus d
        "Muslime in Deutschland",  # mudslime minus d, German for Muslims
        "what a bigger problem",  # a substituted letter is never tried
    ],
)
def test_real_words_near_slurs_do_not_flag(detector: Detector, text: str) -> None:
    """Words one slip from a slur that are words in their own right stay clean."""
    assert not detector.classify(text).flagged


def test_slips_keep_the_first_and_last_letter() -> None:
    """Slips change inner letters only, so a plural is never read as a slip of its singular."""
    variants = set(slips("wetback"))
    assert "weback" in variants and "wetbcak" in variants
    assert all(v[0] == "w" and v[-1] == "k" for v in variants)


@pytest.mark.parametrize(
    ("typed", "view"),
    [
        ("gays should be excuted", "gays should be executed"),
        ("aqsians are the worst", "asians are the worst"),
    ],
)
def test_misspelled_rule_words_are_read_as_meant(
    detector: Detector, typed: str, view: str
) -> None:
    """An unknown word one edit from a word of the rules' vocabulary reads as that word, so
    the rules see misspelled hate (round 9)."""
    assert detector.normalize(typed).text == view


@pytest.mark.parametrize(
    "typed", ["i fired my pots in the kiln", "your face could curdle milk", "ryan went to kildare"]
)
def test_short_known_and_unrelated_words_stay_as_typed(detector: Detector, typed: str) -> None:
    """Short words, everyday words and words far from any rule word are never corrected."""
    assert detector.normalize(typed).text == typed
