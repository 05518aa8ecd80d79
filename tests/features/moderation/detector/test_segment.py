"""Spaced-out text split back into words (detector round 8, ``segment.py``)."""

from __future__ import annotations

import pytest

from contactbot.features.moderation.detector import Detector
from contactbot.features.moderation.detector.segment import segment


@pytest.mark.parametrize(
    ("typed", "view"),
    [
        ("y o u a r e a f u c k i n g i d i o t", "you are a fucking idiot"),
        ("g a s t h e j e w s", "gas the jews"),
        ("i h o p e y o u d i e", "i hope you die"),
    ],
)
def test_spaced_sentences_get_their_words_back(detector: Detector, typed: str, view: str) -> None:
    """Letters spaced one by one, gaps between words lost, read as the sentence; spans still
    map back to what the user typed."""
    norm = detector.normalize(typed)
    assert norm.text == view
    verdict = detector.classify(typed)
    assert verdict.flagged
    assert all(r.matched == typed[r.start : r.end] for r in verdict.reasons)


def test_unknown_letters_stay_joined(detector: Detector) -> None:
    """A run that does not split wholly into known words stays one word, as before."""
    assert detector.normalize("x q z v b n m k l p").text == "xqzvbnmklp"


def test_grammar_words_are_preferred_over_fewer_longer_words() -> None:
    """ "are a" (two grammar words) beats "area": a grammar word costs less than a word."""
    ranks = {"you": 9, "are": 9, "a": 9, "area": 1, "fucking": 1, "idiot": 1}
    pieces = segment("youareafuckingidiot", ranks.get, common_rank=5)
    assert pieces == ["you", "are", "a", "fucking", "idiot"]
    assert segment("idiot", ranks.get, common_rank=5) is None  # one piece: nothing to split
